// SPDX-License-Identifier: GPL-3.0-or-later
// The console window on a real engine (offscreen platform), through the control socket as always: it
// shows where the engine listens and what the queue holds, and says why when the engine could not start;
// its Link menu is there, usable only while an engine answers.

#include "Console.h"
#include "ConsoleFixture.h"
#include "DataDirectory.h"
#include "EngineHost.h"
#include "LinkActions.h"
#include "MainWindow.h"
#include "PropertySheet.h"
#include "ServiceConnection.h"
#include "ServiceFixture.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "StatusPanel.h"
#include "core/Engine.h"
#include "widgets/FormFields.h"
#include "wizard/FirstRun.h"
#include "wizard/FirstRunWizard.h"

#include "link/LinkController.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
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
    void linkMenuNeedsAnEngine();
    void firstRunWizardOnlyForDefaultConfiguration();
};

namespace {
bool prepareDataFolder(const QString &dir)
{
    QString error;
    auto settings = Settings::open(configDatabasePath(dir), {dir, u"mx.test.example"_s}, &error);
    // Mail for other domains stays queued (no delivery attempt, no DNS query leaves this machine).
    return settings && settings->setText(Keys::SmtpListen, u"127.0.0.1:0"_s).isEmpty() &&
           settings->setText(Keys::TransferMode, u"inbound_only"_s).isEmpty();
}
} // namespace

void TestMainWindow::showsListeningAddressAndQueue()
{
    QTemporaryDir dir;
    QVERIFY(prepareDataFolder(dir.path()));
    ConsoleSession console(dir.path());
    console.start(false);
    QVERIFY2(console.runsEngine(), qPrintable(console.startProblem()));
    MainWindow &window = *console.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const quint16 port = console.host()->engine()->smtpPort();
    QVERIFY(port != 0);
    QTRY_COMPARE(window.listeningText(), u"127.0.0.1, port %1"_s.arg(port));
    QVERIFY2(window.queueText().startsWith(u"0 message"_s), qPrintable(window.queueText()));
    QCOMPARE(window.statusPanel()->engineText(), u"Running in this console"_s);
    QVERIFY2(window.statusBarText().contains(u"Link: Idle"_s), qPrintable(window.statusBarText()));
    QVERIFY(window.statusBarText().contains(u"Engine running in this console"_s));
    QStringList tabs;
    for (int tab = 0; tab < window.tabs()->count(); ++tab)
        tabs << FormFields::plainText(window.tabs()->tabText(tab));
    QCOMPARE(tabs, QStringList({u"Status"_s, u"Queue"_s, u"Connection log"_s}));

    // A message for a remote domain stays queued; the window shows it without being asked.
    QVERIFY(TestSupport::submitMessage(port, "b@elsewhere.example"));
    QTRY_VERIFY2(window.queueText().startsWith(u"1 message"_s), qPrintable(window.queueText()));
    QVERIFY(window.queueText().contains(u"1 for other hosts"_s));
    console.stopEngine();
}

void TestMainWindow::showsWhyTheEngineIsNotRunning()
{
    QTemporaryDir dir;
    ServiceConnection connection(dir.filePath(u"control.sock"_s));
    connection.open();
    MainWindow window(&connection, nullptr, dir.path());
    window.setStartProblem(u"Another Sluice (process 42) is already running"_s);
    window.show();
    const auto labels = window.findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(),
                                   [](QLabel *label) { return label->text().contains(u"process 42"_s); });
    QVERIFY(shown);
    QVERIFY2(window.statusBarText().contains(u"not reachable"_s), qPrintable(window.statusBarText()));
}

void TestMainWindow::labelsAreAccessible()
{
    QTemporaryDir dir;
    ServiceConnection connection(dir.filePath(u"control.sock"_s));
    MainWindow window(&connection, nullptr, dir.path());
    int buddies = 0;
    for (QLabel *label : window.statusPanel()->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        ++buddies;
        QVERIFY2(label->text().contains(u'&'), qPrintable(label->text())); // a mnemonic
        QVERIFY(!label->buddy()->accessibleName().isEmpty());
        QCOMPARE(label->buddy()->focusPolicy(), Qt::StrongFocus);
    }
    QCOMPARE(buddies, 8);
}

void TestMainWindow::menuOpensPropertySheetAndWizard()
{
    TestSupport::ConsoleFixture fixture;
    QVERIFY(fixture.open());
    ServiceConnection connection(fixture.dir.filePath(u"control.sock"_s));
    MainWindow window(&connection, fixture.context.get(), fixture.dir.path());
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
    QCOMPARE(titles, QStringList({u"General"_s, u"Connections"_s, u"Dial-up Connections"_s,
                                  u"Mail Retrieval"_s, u"Security"_s, u"Routing"_s, u"Diagnostics"_s}));
    TestSupport::saveScreenshot(&window, u"main-window"_s);
    wizard->trigger();
    QTRY_VERIFY(window.findChild<FirstRunWizard *>() && window.findChild<FirstRunWizard *>()->isVisible());

    // Without a configuration there is nothing to edit: the actions are off.
    MainWindow bare(&connection, nullptr, fixture.dir.path());
    for (QAction *action : bare.findChildren<QAction *>()) {
        if (action->text() == u"&Properties…"_s)
            QVERIFY(!action->isEnabled());
    }
}

void TestMainWindow::linkMenuNeedsAnEngine()
{
    QTemporaryDir dir;
    QVERIFY(prepareDataFolder(dir.path()));
    // No engine on this socket: the Link menu is there, greyed out.
    ServiceConnection nowhere(dir.filePath(u"nothing.sock"_s));
    nowhere.open();
    MainWindow idle(&nowhere, nullptr, dir.path());
    const QList<QAction *> actions = idle.linkActions()->all();
    QCOMPARE(actions.size(), 4);
    for (QAction *action : actions) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        QVERIFY(!action->toolTip().isEmpty());
    }
    QMenu *link = nullptr;
    for (QAction *menu : idle.menuBar()->actions())
        if (menu->text() == u"&Link"_s)
            link = menu->menu();
    QVERIFY(link);
    for (QAction *action : actions)
        QVERIFY(link->actions().contains(action));

    // With the engine: enabled, and Pause turns into Resume when the engine says it is paused.
    ConsoleSession console(dir.path());
    console.start(false);
    QVERIFY(console.runsEngine());
    LinkActions *live = console.window()->linkActions();
    QTRY_VERIFY(live->pauseResume()->isEnabled());
    QCOMPARE(live->pauseResume()->text(), u"&Pause schedule"_s);
    live->pauseResume()->trigger();
    QTRY_COMPARE(live->pauseResume()->text(), u"Resume &schedule"_s);
    QVERIFY(console.host()->engine()->link()->isSchedulePaused());
    live->pauseResume()->trigger();
    QTRY_COMPARE(live->pauseResume()->text(), u"&Pause schedule"_s);
    QVERIFY(!console.host()->engine()->link()->isSchedulePaused());
    console.stopEngine();
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
