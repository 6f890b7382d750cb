// SPDX-License-Identifier: GPL-3.0-or-later
// Console start-up benchmark (run by hand, not by ctest): a configuration with 500 e-mail domains and
// 1,000 host rules, then the time from opening the configuration to the property sheet's first paint,
// and from "E-Mail Domain…" to the list's first paint. Target: under 400 ms each.
//
//   build/tests/bench/console_bench        (offscreen unless QT_QPA_PLATFORM says otherwise)

#include "ConsoleContext.h"
#include "EmailDomainTable.h"
#include "FakeSecretStore.h"
#include "HostRuleTable.h"
#include "PropertySheet.h"
#include "Settings.h"
#include "SqlTransaction.h"
#include "dialogs/EmailDomainListDialog.h"
#include "pages/ConnectionsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

constexpr int DomainCount = 500;
constexpr int HostCount = 1000;
constexpr qint64 TargetMs = 400;

/// Quits its event loop at the watched widget's first paint event.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            QCoreApplication::exit(0);
        }
        return false;
    }
    bool painted = false;
};

bool fillConfiguration(const QString &path, const SettingsEnvironment &environment)
{
    QString error;
    std::unique_ptr<Settings> settings = Settings::open(path, environment, &error);
    if (!settings) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    EmailDomainTable domains(settings.get());
    SqlTransaction transaction(settings->database());
    for (int i = 0; i < DomainCount; ++i) {
        EmailDomainEntry entry;
        entry.domain = u"branch%1.example"_s.arg(i, 3, 10, QLatin1Char('0'));
        entry.forward = i % 2 == 0;
        entry.host = entry.forward ? u"mail%1.provider.example"_s.arg(i) : QString();
        entry.hold = i % 3 == 0;
        if (i % 5 == 0) {
            entry.auth = u"login"_s;
            entry.account = u"office%1"_s.arg(i);
        }
        if (const QString problem = domains.put(entry); !problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return false;
        }
    }
    if (!transaction.commit())
        return false;
    QList<HostRuleEntry> rules;
    for (int i = 0; i < HostCount; ++i) {
        HostRuleEntry rule;
        rule.network = u"10.%1.%2.0/24"_s.arg(i / 256).arg(i % 256);
        rule.accept = i % 4 != 0;
        rule.relay = rule.accept && i % 2 == 0;
        rules.append(rule);
    }
    if (const QString problem = HostRuleTable(settings.get()).setEntries(rules); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return false;
    }
    return true;
}

/// Runs the event loop until the watched widget's first paint, or for 10 s at most; false then.
bool waitForPaint(const FirstPaint &watcher)
{
    if (watcher.painted)
        return true;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
    guard.start(10000);
    QCoreApplication::exec();
    return watcher.painted;
}

void report(const char *what, qint64 ms)
{
    if (ms < 0)
        std::printf("%s: no paint within 10 s (target < %lld ms)\n", what, static_cast<long long>(TargetMs));
    else
        std::printf("%s: %lld ms (target < %lld ms)\n", what, static_cast<long long>(ms),
                    static_cast<long long>(TargetMs));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.db"_s);
    const SettingsEnvironment environment{dir.path(), u"gateway.example"_s};
    if (!dir.isValid() || !fillConfiguration(path, environment))
        return 2;
    std::printf("configuration: %d e-mail domains, %d host rules\n", DomainCount, HostCount);

    // Console start: open the configuration, build the context and the sheet with every page, show it.
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<Settings> settings = Settings::open(path, environment, &error);
    if (!settings)
        return 2;
    ConsoleContext context(settings.get(), nullptr);
    // The keychain is not what is measured (and may prompt): passwords come from memory.
    context.setSecretStore(std::make_unique<FakeSecretStore>());
    PropertySheet sheet(&context);
    FirstPaint sheetPaint(&sheet);
    sheet.show();
    const qint64 sheetMs = waitForPaint(sheetPaint) ? timer.elapsed() : -1;
    report("console first paint", sheetMs);

    ConnectionsPage *connections = nullptr;
    for (PropertyPage *page : sheet.pages())
        connections = connections ? connections : qobject_cast<ConnectionsPage *>(page);
    if (!connections)
        return 2;
    sheet.tabs()->setCurrentWidget(connections);
    QCoreApplication::processEvents();
    // "E-Mail Domain…": the dialog and its view over the page's 500-row model, until it is painted.
    timer.restart();
    EmailDomainListDialog *list = connections->openEmailDomains();
    FirstPaint listPaint(list);
    const qint64 listMs = waitForPaint(listPaint) ? timer.elapsed() : -1;
    report("E-Mail Domain list first paint", listMs);
    list->close();
    return sheetMs >= 0 && listMs >= 0 && sheetMs < TargetMs && listMs < TargetMs ? 0 : 1;
}
