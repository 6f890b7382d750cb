// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkActions.h"

#include "ServiceConnection.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setWhatsThis(tip);
    action->setEnabled(false); // until the engine answers
    return action;
}
} // namespace

LinkActions::LinkActions(ServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_connectNow(makeAction(this, tr("&Connect now"), QKeySequence(Qt::CTRL | Qt::Key_K),
                              tr("Starts a connection cycle now: dial, deliver queued mail, ask the provider "
                                 "for held mail. Works while the schedule is paused.")))
    , m_hangUp(makeAction(this, tr("&Hang up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                          tr("Ends the running connection cycle and hangs up the link Sluice dialed.")))
    , m_pauseResume(makeAction(this, tr("&Pause schedule"), QKeySequence(Qt::CTRL | Qt::Key_P),
                               tr("Pauses or resumes the schedule. While paused no cycle starts by itself; "
                                  "Connect now still works.")))
    , m_reload(makeAction(this, tr("&Reload settings"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          tr("Makes the engine read its settings again now.")))
{
    connect(m_connectNow, &QAction::triggered, this,
            [this] { send("connect-now", tr("A connection cycle was requested.")); });
    connect(m_hangUp, &QAction::triggered, this, [this] { send("hang-up", tr("Hanging up.")); });
    connect(m_pauseResume, &QAction::triggered, this, [this] {
        const bool paused = m_connection->status().value(u"paused"_s) == "yes"_L1;
        send(paused ? "resume" : "pause",
             paused ? tr("The schedule runs again.") : tr("The schedule is paused."));
    });
    connect(m_reload, &QAction::triggered, this,
            [this] { send("reload", tr("The settings were reloaded.")); });
    connect(m_connection, &ServiceConnection::connectedChanged, this, &LinkActions::update);
    connect(m_connection, &ServiceConnection::statusChanged, this, &LinkActions::update);
    update();
}

void LinkActions::send(const QByteArray &verb, const QString &doneText)
{
    m_connection->request(verb, {}, {}, this, [this, doneText](const ControlAnswer &answer) {
        Q_EMIT answered(answer.ok, answer.ok ? doneText : answer.error);
        m_connection->refreshStatus();
    });
}

void LinkActions::update()
{
    const bool connected = m_connection->isConnected();
    for (QAction *action : all())
        action->setEnabled(connected);
    const bool paused = m_connection->status().value(u"paused"_s) == "yes"_L1;
    m_pauseResume->setText(paused ? tr("Resume &schedule") : tr("&Pause schedule"));
}

} // namespace Sluice
