// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "LinkActions.h"
#include "PropertySheet.h"
#include "ServiceConnection.h"
#include "StatusPanel.h"
#include "dialogs/SettingsTransfer.h"
#include "log/LogViewer.h"
#include "queue/QueueViewer.h"
#include "tray/TrayIcon.h"
#include "wizard/FirstRunWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace Sluice {

MainWindow::MainWindow(ServiceConnection *connection, ConsoleContext *context, const QString &dataDirectory,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_context(context)
    , m_linkActions(new LinkActions(connection, this))
    , m_tabs(new QTabWidget(this))
    , m_status(new StatusPanel(connection, dataDirectory, m_tabs))
    , m_queueViewer(new QueueViewer(connection, m_tabs))
    , m_logViewer(new LogViewer(connection, m_tabs))
    , m_linkState(new QLabel(this))
    , m_engineState(new QLabel(this))
{
    setWindowTitle(tr("Sluice"));
    setWindowIcon(QIcon(u":/sluice/icons/sluice.svg"_s));
    m_tabs->addTab(m_status, tr("&Status"));
    m_tabs->addTab(m_queueViewer, tr("&Queue"));
    m_tabs->addTab(m_logViewer, tr("Connection &log"));
    m_tabs->setAccessibleName(tr("Console views"));
    setCentralWidget(m_tabs);
    buildMenus();

    m_linkState->setAccessibleName(tr("Link state"));
    m_engineState->setAccessibleName(tr("Engine connection"));
    statusBar()->addPermanentWidget(m_linkState);
    statusBar()->addPermanentWidget(m_engineState);
    connect(m_connection, &ServiceConnection::statusChanged, this, &MainWindow::updateStatusBar);
    connect(m_connection, &ServiceConnection::connectedChanged, this, &MainWindow::updateStatusBar);
    // Queue changes (a viewer's action, mail arriving) change the counts the status shows.
    connect(m_connection, &ServiceConnection::eventReceived, this, [this](const QString &name) {
        if (name == "queue-changed"_L1)
            m_connection->refreshStatus();
    });
    connect(m_linkActions, &LinkActions::answered, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 5000); });
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Sluice"));
    QAction *properties = file->addAction(tr("&Properties…"), this, &MainWindow::openProperties);
    properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    properties->setEnabled(m_context != nullptr);
    QAction *wizard = file->addAction(tr("Run the setup &wizard again…"), this, &MainWindow::openWizard);
    wizard->setEnabled(m_context != nullptr);
    file->addSeparator();
    // Export and import of the whole configuration; after an import the open Properties show the new
    // values and the engine reloads at once.
    auto *transfer = new SettingsTransfer(m_context, this);
    file->addAction(transfer->exportAction());
    file->addAction(transfer->importAction());
    connect(transfer, &SettingsTransfer::imported, this, [this] {
        if (m_sheet)
            m_sheet->reload();
        if (m_linkActions->reload()->isEnabled())
            m_linkActions->reload()->trigger();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *link = menuBar()->addMenu(tr("&Link"));
    link->addAction(m_linkActions->connectNow());
    link->addAction(m_linkActions->hangUp());
    link->addSeparator();
    link->addAction(m_linkActions->pauseResume());
    link->addAction(m_linkActions->reload());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("What's &This?"));
    help->addAction(whatsThis);
}

void MainWindow::setStartProblem(const QString &problem)
{
    m_status->setStartProblem(problem);
    updateStatusBar();
}

void MainWindow::setTrayIcon(TrayIcon *tray)
{
    m_tray = tray;
}

void MainWindow::updateStatusBar()
{
    const QHash<QString, QString> status = m_connection->status();
    if (!m_connection->isConnected() || status.isEmpty()) {
        m_linkState->setText(tr("Link: unknown"));
        m_engineState->setText(tr("Sluice service not reachable, reconnecting…"));
        return;
    }
    QString link = tr("Link: %1").arg(StatusPanel::stateText(status.value(u"state"_s)));
    if (status.value(u"paused"_s) == "yes"_L1)
        link = tr("%1 (schedule paused)").arg(link);
    m_linkState->setText(link);
    const qint64 pid = status.value(u"pid"_s).toLongLong();
    m_engineState->setText(pid == QCoreApplication::applicationPid()
                               ? tr("Engine running in this console")
                               : tr("Attached to the Sluice service (process %1)").arg(pid));
}

QString MainWindow::statusBarText() const
{
    return m_linkState->text() + u" | "_s + m_engineState->text();
}

QString MainWindow::listeningText() const
{
    return m_status->listeningText();
}

QString MainWindow::queueText() const
{
    return m_status->queueText();
}

void MainWindow::openProperties()
{
    if (!m_context)
        return;
    if (!m_sheet) {
        m_sheet = new PropertySheet(m_context, this);
        m_sheet->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sheet->reload();
    m_sheet->show();
    m_sheet->raise();
    m_sheet->activateWindow();
}

void MainWindow::openWizard()
{
    if (!m_context)
        return;
    auto *wizard = new FirstRunWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    Q_EMIT quitRequested();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray icon the console keeps running in the tray; the tray's Quit (or the menu's) ends it.
    if (!m_quitting && m_tray && m_tray->isVisible()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace Sluice
