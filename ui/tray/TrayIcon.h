// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Sluice {

class LinkActions;
class ServiceConnection;
class Settings;

/// The system tray icon: the link's state at a glance (an icon per state: idle, dialing, connected,
/// delivering, error), a tooltip with the counts, the last and the next cycle, a menu with the link
/// commands, and a message when something fails (dial failed, the provider refused to release held mail,
/// a message could not be delivered) unless muted (console.notifications). Everything comes from the
/// engine's status and events over the control socket, as in the console window.
///
/// Create it only when QSystemTrayIcon::isSystemTrayAvailable(): without a tray the window's status bar
/// shows the state instead.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    /// actions: shared with the main window (not owned). settings: for the mute switch; may be nullptr
    /// (then notifications are shown and the switch is off).
    TrayIcon(ServiceConnection *connection, LinkActions *actions, Settings *settings,
             QObject *parent = nullptr);
    ~TrayIcon() override;

    void show();
    bool isVisible() const;

    /// The state the icon shows: idle, dialing, connected, delivering, error, or "offline" while no
    /// engine answers.
    QString state() const { return m_state; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QAction *muteAction() const { return m_mute; }
    bool notificationsMuted() const;
    /// The last notification shown (title, text), for tests and the log; empty when none.
    QStringList lastMessage() const { return m_lastMessage; }
    QSystemTrayIcon *systemTrayIcon() const { return m_icon; }

    /// The icon resource for a state (":/sluice/icons/state-idle.svg", ...).
    static QString iconPath(const QString &state);

Q_SIGNALS:
    void openConsoleRequested();
    void quitRequested();
    /// A notification was shown (or would have been, had it not been muted: then shown is false).
    void notified(const QString &kind, const QString &text, bool shown);

private:
    void update();
    void onEvent(const QString &name, const QStringList &fields);

    ServiceConnection *m_connection;
    LinkActions *m_actions;
    QPointer<Settings> m_settings;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_mute = nullptr;
    QString m_state;
    QStringList m_lastMessage;
};

} // namespace Sluice
