// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon on a real X server with a real XEmbed tray (Xvfb + trayer, see with-tray.sh): the console
// runs the engine in process against a scripted provider, and the icon, its tooltip and its messages
// follow real link cycles; the tray menu's Connect now starts one. Without a system tray this test fails:
// it exists to check the tray.

#include "../link/ProviderPeer.h"
#include "Console.h"
#include "EngineHost.h"
#include "LinkActions.h"
#include "ServiceConnection.h"
#include "ServiceFixture.h"
#include "core/Engine.h"
#include "tray/TrayIcon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyStateHasAnIcon();
    void followsACycleStartedFromTheMenu();
    void showsErrorAndNotifiesWhenDialingFails();
};

namespace {

QAction *menuAction(TrayIcon *tray, const QString &text)
{
    for (QAction *action : tray->menu()->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QImage iconImage(const QIcon &icon)
{
    return icon.pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_ARGB32);
}

/// A console running the engine on a prepared data folder, with the provider.
struct Office
{
    QTemporaryDir dir;
    Test::ProviderPeer provider;
    std::unique_ptr<ConsoleSession> console;

    bool start(const QString &connect = QString())
    {
        if (!dir.isValid() || !provider.listen() ||
            !prepareLinkDataFolder(dir.path(), provider.port(), connect))
            return false;
        console = std::make_unique<ConsoleSession>(dir.path());
        console->start(true);
        if (!console->runsEngine() || !console->tray()) {
            qWarning("engine running: %d, tray: %p", console->runsEngine(),
                     static_cast<void *>(console->tray()));
            return false;
        }
        provider.setOfficePort(console->host()->engine()->smtpPort());
        return true;
    }
    ~Office()
    {
        if (console)
            console->stopEngine();
    }
};

} // namespace

void TestTrayIcon::initTestCase()
{
    // trayer needs a moment to take the _NET_SYSTEM_TRAY_S0 selection after with-tray.sh started it.
    QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
                              "no system tray: run this test through tests/ui/with-tray.sh", 15000);
}

void TestTrayIcon::everyStateHasAnIcon()
{
    for (const QString &state :
         {u"idle"_s, u"dialing"_s, u"connected"_s, u"delivering"_s, u"error"_s, u"offline"_s}) {
        const QIcon icon(TrayIcon::iconPath(state));
        QVERIFY2(!icon.isNull() && !iconImage(icon).isNull(), qPrintable(state)); // SVG plugin + resource
        QVERIFY(TrayIcon::iconPath(state).endsWith(u"state-%1.svg"_s.arg(state)));
    }
    QVERIFY(!QIcon(u":/sluice/icons/sluice.svg"_s).pixmap(64).isNull());
}

void TestTrayIcon::followsACycleStartedFromTheMenu()
{
    Office office;
    QVERIFY(office.start());
    TrayIcon *tray = office.console->tray();
    QVERIFY(tray->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(tray->state(), u"idle"_s, 10000);
    QVERIFY2(tray->toolTip().contains(u"Last cycle: None yet"_s), qPrintable(tray->toolTip()));

    // One message for the provider waits in the queue; the tooltip counts it.
    QVERIFY(submitMessage(office.console->host()->engine()->smtpPort(), "friend@elsewhere.test"));
    QTRY_VERIFY2_WITH_TIMEOUT(tray->toolTip().contains(u"Outbound queued: 1"_s), qPrintable(tray->toolTip()),
                              10000);
    QVERIFY(tray->toolTip().contains(u"Held for ETRN: 0"_s));
    QVERIFY(tray->toolTip().contains(u"Inbound awaiting delivery: 0"_s));
    QVERIFY(tray->toolTip().contains(u"Next cycle: None scheduled"_s));

    // What the tray shows at every status update of the cycle, and whether the icon matched it then.
    QStringList states;
    bool iconsMatch = true;
    connect(office.console->connection(), &ServiceConnection::statusChanged, this, [&] {
        iconsMatch = iconsMatch && iconImage(tray->systemTrayIcon()->icon()) ==
                                       iconImage(QIcon(TrayIcon::iconPath(tray->state())));
        if (states.isEmpty() || states.constLast() != tray->state())
            states << tray->state();
    });
    QAction *connectNow = menuAction(tray, u"&Connect now"_s);
    QVERIFY(connectNow);
    QTRY_VERIFY(connectNow->isEnabled());
    connectNow->trigger();

    // Dialing lasts a second (the profile's connect command sleeps), then the mail leaves, the provider
    // is asked for held mail, the link idles for a second and is hung up.
    QTRY_VERIFY2_WITH_TIMEOUT(states.contains(u"dialing"_s), qPrintable(states.join(u' ')), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(office.provider.receivedData().size(), 1, 15000);
    QTRY_VERIFY2_WITH_TIMEOUT(states.contains(u"connected"_s), qPrintable(states.join(u' ')), 15000);
    QTRY_VERIFY2_WITH_TIMEOUT(states.constLast() == u"idle"_s && tray->toolTip().contains(u"succeeded"_s),
                              qPrintable(states.join(u' ') + u"\n"_s + tray->toolTip()), 20000);
    QVERIFY2(states.indexOf(u"dialing"_s) < states.indexOf(u"connected"_s), qPrintable(states.join(u' ')));
    QVERIFY(iconsMatch);
    QCOMPARE(iconImage(tray->systemTrayIcon()->icon()), iconImage(QIcon(TrayIcon::iconPath(u"idle"_s))));
    const QString tip = tray->toolTip();
    QVERIFY2(tip.startsWith(u"Sluice: Idle"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Outbound queued: 0"_s), qPrintable(tip));
    const QString result = office.console->connection()->status().value(u"last-result"_s);
    QVERIFY(!result.isEmpty());
    QVERIFY2(tip.contains(u"Last cycle: "_s) && tip.contains(result), qPrintable(tip));
    QCOMPARE(office.provider.etrnArguments().size(), 1);
}

void TestTrayIcon::showsErrorAndNotifiesWhenDialingFails()
{
    Office office;
    QVERIFY(office.start(u"false"_s)); // the connect command fails: dialing fails
    TrayIcon *tray = office.console->tray();
    QTRY_COMPARE_WITH_TIMEOUT(tray->state(), u"idle"_s, 10000);
    QSignalSpy notified(tray, &TrayIcon::notified);
    QAction *connectNow = menuAction(tray, u"&Connect now"_s);
    QVERIFY(connectNow);
    QTRY_VERIFY(connectNow->isEnabled());
    connectNow->trigger();

    QTRY_COMPARE_WITH_TIMEOUT(tray->state(), u"error"_s, 15000);
    QCOMPARE(iconImage(tray->systemTrayIcon()->icon()), iconImage(QIcon(TrayIcon::iconPath(u"error"_s))));
    QTRY_VERIFY2(tray->toolTip().contains(u"failed"_s), qPrintable(tray->toolTip()));
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10000);
    QCOMPARE(notified.at(0).at(0).toString(), u"dial-failed"_s);
    QVERIFY(notified.at(0).at(2).toBool()); // shown
    QCOMPARE(tray->lastMessage().value(0), u"Sluice could not dial"_s);

    // Muted from the tray menu: the setting changes, and the next failure shows nothing.
    QAction *mute = tray->muteAction();
    QVERIFY(mute && mute->isCheckable() && !mute->isChecked());
    mute->trigger();
    QVERIFY(tray->notificationsMuted());
    QVERIFY(!office.console->settings()->boolValue(Keys::Notifications));
    const QStringList before = tray->lastMessage();
    connectNow->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 15000);
    QCOMPARE(notified.at(1).at(0).toString(), u"dial-failed"_s);
    QVERIFY(!notified.at(1).at(2).toBool()); // not shown
    QCOMPARE(tray->lastMessage(), before);
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
