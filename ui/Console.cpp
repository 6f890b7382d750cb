// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"
#include "ControlCommand.h"

#include "ConsoleContext.h"
#include "DataDirectory.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "ServiceConnection.h"
#include "Settings.h"
#include "tray/TrayIcon.h"
#include "wizard/FirstRun.h"
#include "wizard/FirstRunWizard.h"

#include <QApplication>
#include <QEventLoop>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Sluice {

ConsoleSession::ConsoleSession(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
{}

ConsoleSession::~ConsoleSession()
{
    // The window and the tray use the connection, the context and the settings: they go first.
    delete m_tray;
    m_window.reset();
    m_context.reset();
}

bool ConsoleSession::runsEngine() const
{
    return m_running;
}

bool ConsoleSession::isAttached() const
{
    return m_attached;
}

void ConsoleSession::start(bool withTray)
{
    m_host = std::make_unique<EngineHost>(m_dataDirectory);
    QString error;
    m_running = m_host->start(&error);
    m_attached = !m_running && m_host->lockHolderPid() != 0;
    if (!m_running) {
        // Another Sluice holds the data folder (normally the service): the console talks to it. The
        // settings are still edited here: the engine picks up changes to the database within a second.
        m_host.reset();
        if (!m_attached)
            m_startProblem = error;
        QString openError;
        m_ownSettings = Settings::open(configDatabasePath(m_dataDirectory),
                                       {m_dataDirectory, machineHostName()}, &openError);
        if (m_ownSettings)
            m_ownSettings->watchForChangesElsewhere();
    }
    m_settings = m_running ? m_host->settings() : m_ownSettings.get();
    if (m_settings)
        m_context = std::make_unique<ConsoleContext>(m_settings, m_running ? m_host.get() : nullptr);

    m_connection = new ServiceConnection(controlSocketPath(m_dataDirectory), this);
    m_window = std::make_unique<MainWindow>(m_connection, m_context.get(), m_dataDirectory);
    if (!m_startProblem.isEmpty())
        m_window->setStartProblem(m_startProblem);
    connect(m_window.get(), &MainWindow::quitRequested, this, &ConsoleSession::quitRequested);
    if (withTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(m_connection, m_window->linkActions(), m_settings);
        connect(m_tray, &TrayIcon::quitRequested, this, &ConsoleSession::quitRequested);
        connect(m_tray, &TrayIcon::openConsoleRequested, m_window.get(), [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        m_window->setTrayIcon(m_tray);
        m_tray->show();
    }
    m_connection->open();
}

void ConsoleSession::stopEngine()
{
    if (!m_running || !m_host)
        return;
    // Let open transactions finish (briefly) so that no client is cut off mid-message.
    QEventLoop loop;
    connect(m_host.get(), &EngineHost::stopped, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    m_host->stop(3000);
    loop.exec();
    m_running = false;
}

int runConsole(const QString &dataDirectory)
{
    installStderrLogger();
    ConsoleSession session(dataDirectory);
    session.start();
    // With a tray icon, closing the window leaves the console in the tray: only Quit ends it.
    QApplication::setQuitOnLastWindowClosed(session.tray() == nullptr);
    QObject::connect(&session, &ConsoleSession::quitRequested, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    session.window()->show();
    if (session.context() && shouldRunFirstRunWizard(*session.settings()))
        QTimer::singleShot(0, session.window(), &MainWindow::openWizard);
    const int code = QApplication::exec();
    session.stopEngine();
    return code;
}

} // namespace Sluice
