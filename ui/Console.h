// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Sluice {

class ConsoleContext;
class EngineHost;
class MainWindow;
class ServiceConnection;
class Settings;
class TrayIcon;

/// Everything the console runs, set up by start(): the engine itself when this process gets the data
/// folder's lock, else nothing of it (it attaches to the Sluice that holds the lock, normally the
/// service); then the connection to that engine's control socket, the settings (its own Settings object
/// on the same database when attached: the engine picks up changes within a second), the main window
/// and, where a system tray exists, the tray icon.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(const QString &dataDirectory, QObject *parent = nullptr);
    ~ConsoleSession() override;

    /// Starts or attaches and builds the window (not shown). withTray: create the tray icon when the
    /// platform has a system tray.
    void start(bool withTray = true);
    /// Stops the engine this console runs (if any), waiting for it briefly.
    void stopEngine();

    bool runsEngine() const; ///< this process holds the lock and runs the engine
    bool isAttached() const; ///< another Sluice holds the lock: the console talks to it
    QString startProblem() const { return m_startProblem; }
    EngineHost *host() const { return m_host.get(); }
    ServiceConnection *connection() const { return m_connection; }
    Settings *settings() const { return m_settings; }
    ConsoleContext *context() const { return m_context.get(); }
    MainWindow *window() const { return m_window.get(); }
    TrayIcon *tray() const { return m_tray; }

Q_SIGNALS:
    /// The Quit command (window or tray).
    void quitRequested();

private:
    QString m_dataDirectory;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<Settings> m_ownSettings;
    Settings *m_settings = nullptr;
    std::unique_ptr<ConsoleContext> m_context;
    ServiceConnection *m_connection = nullptr;
    std::unique_ptr<MainWindow> m_window;
    TrayIcon *m_tray = nullptr;
    QString m_startProblem;
    bool m_running = false;
    bool m_attached = false;
};

/// `sluice` without arguments: a ConsoleSession shown until Quit (or, without a tray, until the window
/// closes). Returns the process exit code.
int runConsole(const QString &dataDirectory);

} // namespace Sluice
