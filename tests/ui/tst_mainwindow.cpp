// SPDX-License-Identifier: GPL-3.0-or-later
// The console window on a real engine (offscreen platform): it shows where the engine listens and
// what the queue holds, and says why when the engine could not start.

#include "ConsoleFixture.h"
#include "DataDirectory.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "PropertySheet.h"
#include "core/Engine.h"
#include "widgets/FormFields.h"
#include "wizard/FirstRun.h"
#include "wizard/FirstRunWizard.h"

#include <QAction>
#include <QTabWidget>

#include <QLabel>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsListeningAddressAndQueue();
    void showsWhyTheEngineIsNotRunning();
    void labelsAreAccessible();
    void menuOpensPropertySheetAndWizard();
    void firstRunWizardOnlyForDefaultConfiguration();
};

namespace {
bool prepareDataFolder(const QString &dir)
{
    QString error;
    auto settings = Settings::open(configDatabasePath(dir), {dir, u"mx.test.example"_s}, &error);
    return settings && settings->setText(Keys::SmtpListen, u"127.0.0.1:0"_s).isEmpty();
}
} // namespace

void TestMainWindow::showsListeningAddressAndQueue()
{
    QTemporaryDir dir;
    QVERIFY(prepareDataFolder(dir.path()));
    EngineHost host(dir.path());
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    MainWindow window(&host, QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const quint16 port = host.engine()->smtpPort();
    QVERIFY(port != 0);
    QCOMPARE(window.listeningText(), u"127.0.0.1, port %1"_s.arg(port));
    QVERIFY2(window.queueText().startsWith(u"0 message"_s), qPrintable(window.queueText()));

    // A message for a remote domain stays queued; the window shows it without being asked.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write(
        "EHLO c\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<b@elsewhere.example>\r\nDATA\r\nhi\r\n.\r\n");
    QTRY_VERIFY2(window.queueText().startsWith(u"1 message"_s), qPrintable(window.queueText()));
    QVERIFY(window.queueText().contains(u"1 for other hosts"_s));
}

void TestMainWindow::showsWhyTheEngineIsNotRunning()
{
    MainWindow window(nullptr, u"Another Sluice (process 42) is already running"_s);
    window.show();
    const auto labels = window.findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(),
                                   [](QLabel *label) { return label->text().contains(u"process 42"_s); });
    QVERIFY(shown);
}

void TestMainWindow::labelsAreAccessible()
{
    MainWindow window(nullptr, u"x"_s);
    int buddies = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        ++buddies;
        QVERIFY2(label->text().contains(u'&'), qPrintable(label->text())); // a mnemonic
        QVERIFY(!label->buddy()->accessibleName().isEmpty());
        QCOMPARE(label->buddy()->focusPolicy(), Qt::StrongFocus);
    }
    QCOMPARE(buddies, 4);
}

void TestMainWindow::menuOpensPropertySheetAndWizard()
{
    TestSupport::ConsoleFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(nullptr, u"not running here"_s, fixture.context.get());
    window.show();
    QAction *properties = nullptr;
    QAction *wizard = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Properties…"_s)
            properties = action;
        if (action->text().startsWith(u"Run the setup &wizard"_s))
            wizard = action;
    }
    QVERIFY(properties && properties->isEnabled());
    QVERIFY(wizard && wizard->isEnabled());
    properties->trigger();
    auto *sheet = window.findChild<PropertySheet *>();
    QVERIFY(sheet);
    QTRY_VERIFY(sheet->isVisible());
    QCOMPARE(sheet->tabs()->count(), 7);
    QStringList titles;
    for (int tab = 0; tab < sheet->tabs()->count(); ++tab)
        titles << FormFields::plainText(sheet->tabs()->tabText(tab));
    QCOMPARE(titles, QStringList({u"General"_s, u"Connections"_s, u"Dial-up Connections"_s, u"Mail Retrieval"_s,
                                  u"Security"_s, u"Routing"_s, u"Diagnostics"_s}));
    TestSupport::saveScreenshot(&window, u"main-window"_s);
    wizard->trigger();
    QTRY_VERIFY(window.findChild<FirstRunWizard *>() && window.findChild<FirstRunWizard *>()->isVisible());

    // Without a configuration there is nothing to edit: the actions are off.
    MainWindow bare(nullptr, u"x"_s);
    for (QAction *action : bare.findChildren<QAction *>()) {
        if (action->text() == u"&Properties…"_s)
            QVERIFY(!action->isEnabled());
    }
}

void TestMainWindow::firstRunWizardOnlyForDefaultConfiguration()
{
    TestSupport::ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(shouldRunFirstRunWizard(*fixture.settings));
    QVERIFY(fixture.settings->setText(Keys::LocalDomains, u"office.example"_s).isEmpty());
    QVERIFY(!shouldRunFirstRunWizard(*fixture.settings));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
