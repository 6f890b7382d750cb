// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace Sluice {

class ServiceConnection;

/// The link commands a person gives the engine (Connect now, Hang up, Pause schedule / Resume schedule,
/// Reload settings) as actions shared by the main window's Link menu and the tray menu: sent over the
/// control socket, enabled only while the engine answers, the pause action's text following the
/// engine's "paused" status.
class LinkActions : public QObject
{
    Q_OBJECT
public:
    explicit LinkActions(ServiceConnection *connection, QObject *parent = nullptr);

    QAction *connectNow() const { return m_connectNow; }
    QAction *hangUp() const { return m_hangUp; }
    QAction *pauseResume() const { return m_pauseResume; } ///< "Pause schedule" or "Resume schedule"
    QAction *reload() const { return m_reload; }
    QList<QAction *> all() const { return {m_connectNow, m_hangUp, m_pauseResume, m_reload}; }

Q_SIGNALS:
    /// The engine answered a command: ok, or the reason it refused (for the status bar).
    void answered(bool ok, const QString &message);

private:
    void send(const QByteArray &verb, const QString &doneText);
    void update();

    ServiceConnection *m_connection;
    QAction *m_connectNow;
    QAction *m_hangUp;
    QAction *m_pauseResume;
    QAction *m_reload;
};

} // namespace Sluice
