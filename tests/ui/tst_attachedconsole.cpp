// SPDX-License-Identifier: GPL-3.0-or-later
// The console attached to the real service: `sluice --headless` runs on a temporary data folder, the
// console finds the folder taken and talks to the service over its control socket. It shows the
// service's status and queue, its Link menu commands reach the service (checked with `sluice status`),
// and it survives the service stopping and starting again.

#include "../link/ProviderPeer.h"
#include "Console.h"
#include "LinkActions.h"
#include "MainWindow.h"
#include "ServiceConnection.h"
#include "ServiceFixture.h"
#include "StatusPanel.h"
#include "log/LogViewer.h"
#include "queue/QueueViewer.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestAttachedConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attachesAndSurvivesARestart();
};

namespace {

QProcessEnvironment sluiceEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SLUICE_DATA_DIR"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return environment;
}

/// `sluice --headless` on a data folder, its standard error collected.
class Service
{
public:
    explicit Service(const QString &dir)
        : m_dir(dir)
    {}
    ~Service() { stop(); }

    bool start()
    {
        m_log.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(sluiceEnvironment());
        m_process->setProcessChannelMode(QProcess::ForwardedOutputChannel);
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                         [this] { m_log += m_process->readAllStandardError(); });
        m_process->start(QStringLiteral(SLUICE_BINARY), {u"--data-dir"_s, m_dir, u"--headless"_s});
        if (!m_process->waitForStarted(10000))
            return false;
        return QTest::qWaitFor([this] { return m_log.contains("running on data folder"); }, 20000);
    }
    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(20000))
            m_process->kill();
    }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QByteArray log() const { return m_log; }

private:
    QString m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
};

/// `sluice status` from the command line: the service's own answer, not the console's view of it.
QHash<QString, QString> serviceStatus(const QString &dir)
{
    QProcess process;
    process.setProcessEnvironment(sluiceEnvironment());
    process.start(QStringLiteral(SLUICE_BINARY), {u"--data-dir"_s, dir, u"status"_s});
    QHash<QString, QString> pairs;
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return pairs;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0 && !pairs.contains(QString::fromUtf8(line.left(equals))))
            pairs.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    return pairs;
}

QAction *linkMenuAction(MainWindow *window, const QString &prefix)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->text() != u"&Link"_s || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions())
            if (action->text().startsWith(prefix))
                return action;
    }
    return nullptr;
}

int rows(QAbstractItemView *view)
{
    return view && view->model() ? view->model()->rowCount() : -1;
}

} // namespace

void TestAttachedConsole::attachesAndSurvivesARestart()
{
    QTemporaryDir dir;
    Test::ProviderPeer provider;
    QVERIFY(provider.listen());
    QVERIFY(prepareLinkDataFolder(dir.path(), provider.port(), u"touch %1/up"_s.arg(dir.path())));
    Service service(dir.path());
    QVERIFY2(service.start(), service.log().constData());

    ConsoleSession console(dir.path());
    console.start(false);
    QVERIFY(console.isAttached());
    QVERIFY(!console.runsEngine());
    QVERIFY(console.context()); // settings are still edited here
    MainWindow *window = console.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QString attached = u"Attached to the Sluice service (process %1)"_s.arg(service.pid());
    QTRY_COMPARE_WITH_TIMEOUT(window->statusPanel()->engineText(), attached, 10000);
    QVERIFY2(window->statusBarText().contains(attached), qPrintable(window->statusBarText()));
    QVERIFY2(window->statusBarText().contains(u"Link: Idle"_s), qPrintable(window->statusBarText()));
    QCOMPARE(window->tabs()->count(), 3);

    // The service's queue: a message for the provider waits, the status and the queue viewer show it.
    const quint16 port = console.connection()->status().value(u"smtp-port"_s).toUShort();
    QVERIFY(port != 0);
    QCOMPARE(window->listeningText(), u"127.0.0.1, port %1"_s.arg(port));
    provider.setOfficePort(port);
    QVERIFY(submitMessage(port, "friend@elsewhere.test"));
    QTRY_VERIFY2_WITH_TIMEOUT(window->queueText().startsWith(u"1 message"_s), qPrintable(window->queueText()),
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(rows(window->queueViewer()->tableView()), 1, 10000);

    // Link menu -> service.
    QAction *connectNow = linkMenuAction(window, u"&Connect now"_s);
    QAction *pause = linkMenuAction(window, u"&Pause schedule"_s);
    QAction *reload = linkMenuAction(window, u"&Reload settings"_s);
    QVERIFY(connectNow && pause && reload && linkMenuAction(window, u"&Hang up"_s));
    QVERIFY(connectNow->isEnabled() && pause->isEnabled() && reload->isEnabled());
    connectNow->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(serviceStatus(dir.path()).value(u"last-ok"_s), u"yes"_s, 30000);
    QCOMPARE(provider.receivedData().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rows(window->queueViewer()->tableView()), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rows(window->logViewer()->table()) >= 1, 10000);

    pause->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(serviceStatus(dir.path()).value(u"paused"_s), u"yes"_s, 10000);
    QTRY_COMPARE(pause->text(), u"Resume &schedule"_s);
    QTRY_VERIFY(window->statusBarText().contains(u"schedule paused"_s));
    pause->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(serviceStatus(dir.path()).value(u"paused"_s), u"no"_s, 10000);
    QTRY_COMPARE(pause->text(), u"&Pause schedule"_s);

    reload->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(service.log().contains("reloading the settings"), 10000);

    // The service stops: the console says so and waits for it.
    service.stop();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->statusBarText().contains(u"Sluice service not reachable, reconnecting…"_s), 10000);
    QVERIFY(window->statusPanel()->engineText().contains(u"not reachable"_s));
    QVERIFY(!connectNow->isEnabled());

    // It comes back (another process): the console recovers, and the viewers are live again.
    QVERIFY2(service.start(), service.log().constData());
    const QString reattached = u"Attached to the Sluice service (process %1)"_s.arg(service.pid());
    QTRY_COMPARE_WITH_TIMEOUT(window->statusPanel()->engineText(), reattached, 15000);
    QTRY_VERIFY(connectNow->isEnabled());
    const quint16 newPort = console.connection()->status().value(u"smtp-port"_s).toUShort();
    QVERIFY(newPort != 0);
    QVERIFY(submitMessage(newPort, "another@elsewhere.test"));
    QTRY_COMPARE_WITH_TIMEOUT(rows(window->queueViewer()->tableView()), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window->queueText().startsWith(u"1 message"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rows(window->logViewer()->table()) >= 1, 10000);
    service.stop();
}

QTEST_MAIN(TestAttachedConsole)
#include "tst_attachedconsole.moc"
