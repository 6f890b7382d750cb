// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "EngineHost.h"
#include "PropertySheet.h"
#include "core/Engine.h"
#include "wizard/FirstRunWizard.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace Sluice {

MainWindow::MainWindow(EngineHost *host, const QString &startError, ConsoleContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_host(host)
    , m_context(context)
{
    setWindowTitle(tr("Sluice"));
    buildMenus();
    auto *central = new QWidget(this);
    auto *form = new QFormLayout(central);
    m_engineState = addRow(form, tr("&Engine:"), tr("Engine state"));
    m_listening = addRow(form, tr("&Listening on:"), tr("Listening address"));
    m_queue = addRow(form, tr("&Queue:"), tr("Queue contents"));
    m_dataFolder = addRow(form, tr("&Data folder:"), tr("Data folder"));
    auto *properties = new QPushButton(tr("&Properties…"), central);
    properties->setEnabled(m_context != nullptr);
    properties->setToolTip(tr("Opens the property sheet: every setting of the gateway."));
    properties->setWhatsThis(properties->toolTip());
    connect(properties, &QPushButton::clicked, this, &MainWindow::openProperties);
    form->addRow(QString(), properties);
    setCentralWidget(central);

    if (!m_host || !m_host->engine()) {
        m_engineState->setText(tr("Not running: %1").arg(startError));
        statusBar()->showMessage(tr("The mail engine could not start."));
        return;
    }
    m_engineState->setText(tr("Running"));
    m_dataFolder->setText(m_host->dataDirectory());
    connect(m_host->engine(), &Engine::listening, this, &MainWindow::refresh);
    connect(m_host->engine(), &Engine::messageQueued, this, &MainWindow::refresh);
    connect(m_host->engine(), &Engine::localDelivered, this, &MainWindow::refresh);
    // Counts also change through other paths (retries); a slow poll keeps the view honest.
    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    m_refreshTimer->start(2000);
    refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Sluice"));
    QAction *properties = file->addAction(tr("&Properties…"), this, &MainWindow::openProperties);
    properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    properties->setEnabled(m_context != nullptr);
    QAction *wizard = file->addAction(tr("Run the setup &wizard again…"), this, &MainWindow::openWizard);
    wizard->setEnabled(m_context != nullptr);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("What's &This?"));
    help->addAction(whatsThis);
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

QLabel *MainWindow::addRow(QFormLayout *form, const QString &label, const QString &accessibleName)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, read by screen readers
    value->setAccessibleName(accessibleName);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

QString MainWindow::listeningText() const
{
    return m_listening->text();
}

QString MainWindow::queueText() const
{
    return m_queue->text();
}

void MainWindow::refresh()
{
    if (!m_host || !m_host->engine())
        return;
    Engine *engine = m_host->engine();
    if (engine->smtpPort() != 0) {
        const QHostAddress address = engine->smtpAddress();
        const QString where = address == QHostAddress::Any ? tr("all addresses") : address.toString();
        m_listening->setText(tr("%1, port %2").arg(where).arg(engine->smtpPort()));
    } else {
        m_listening->setText(tr("not listening"));
    }
    const QueueCounts counts = engine->queueCounts();
    m_queue->setText(tr("%n message(s): ", nullptr, counts.messages) +
                     tr("%1 awaiting local delivery, %2 for other hosts, %3 deferred")
                         .arg(counts.localPending)
                         .arg(counts.remotePending)
                         .arg(counts.deferred));
    statusBar()->showMessage(tr("Listening: %1").arg(m_listening->text()));
}

} // namespace Sluice
