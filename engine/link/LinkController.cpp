// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/LinkController.h"

#include "core/Engine.h"
#include "dial/LinkDialer.h"
#include "outbound/OutboundDelivery.h"
#include "queue/MessageQueue.h"
#include "schedule/Clock.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcLink)

namespace Sluice {

LinkController::LinkController(Engine *engine, Clock *clock, const QString &statePath, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_scheduler(new LinkScheduler(clock, statePath, this))
    , m_dialer(new LinkDialer(this))
{
    connect(m_scheduler, &LinkScheduler::cycleDue, this, &LinkController::onCycleDue);
    connect(m_scheduler, &LinkScheduler::nextDueChanged, this, &LinkController::statusChanged);
    connect(m_scheduler, &LinkScheduler::pausedChanged, this, &LinkController::statusChanged);
    connect(m_dialer, &LinkDialer::probed, this, &LinkController::onProbed);
    connect(m_dialer, &LinkDialer::hungUp, this, [this](bool, const CommandResult &) {
        if (!m_hangingUpHeld)
            return; // a cycle's own hang-up: the cycle reports it
        m_hangingUpHeld = false;
        m_linkHeld = false;
        applyDeliveryMode();
        Q_EMIT statusChanged();
        if (m_stopping)
            Q_EMIT stopped();
    });
    connect(&m_probeTimer, &QTimer::timeout, this, [this] {
        if (m_linkHeld && !m_cycle)
            m_dialer->probeOnce(m_config.profile);
    });
    // "When mail has been queued for X minutes" needs the age of the oldest waiting message.
    connect(m_engine->queue(), &MessageQueue::messageQueued, this,
            [this](const QString &, bool, bool remote) {
                if (remote && !m_oldestKnown)
                    refreshOldestQueued();
            });
}

LinkController::~LinkController() = default;

void LinkController::configure(const LinkConfig &config)
{
    const bool profileChanged = config.profile.id() != m_config.profile.id();
    m_config = config;
    Schedule schedule = config.schedule;
    if (!config.needsCycles())
        schedule.kind = Schedule::Kind::Manual; // nothing for a scheduled cycle to do
    m_scheduler->setSchedule(schedule);
    m_probeTimer.setInterval(config.alwaysProbeIntervalMs);
    if (profileChanged && m_linkHeld && !m_cycle)
        releaseHeldLink();
    applyDeliveryMode();
    refreshOldestQueued();
}

void LinkController::applyDeliveryMode()
{
    // Outbound mail leaves at once while a link is there without dialing; otherwise it waits for
    // a cycle (which starts its own delivery job).
    const bool connected = m_config.profile.kind == ConnectionProfile::Kind::AlwaysConnected || m_linkHeld;
    m_engine->outbound()->setAlwaysConnected(connected);
    if (connected && m_engine->outboundAllowed())
        m_engine->outbound()->wake();
}

void LinkController::start()
{
    m_scheduler->start();
}

void LinkController::connectNow()
{
    if (!m_stopping)
        m_scheduler->requestCycle(LinkTrigger::Manual);
}

void LinkController::hangUpNow()
{
    if (m_cycle)
        m_cycle->cancel();
    else if (m_linkHeld)
        releaseHeldLink();
}

void LinkController::pauseSchedule()
{
    m_scheduler->setPaused(true);
}

void LinkController::resumeSchedule()
{
    m_scheduler->setPaused(false);
}

bool LinkController::isSchedulePaused() const
{
    return m_scheduler->isPaused();
}

void LinkController::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_scheduler->stop();
    m_probeTimer.stop();
    if (m_cycle) {
        m_cycle->cancel(); // onCycleFinished() continues the stop
        return;
    }
    if (m_linkHeld && m_dialer->broughtLinkUp()) {
        releaseHeldLink(); // stopped() when the hang-up is done
        return;
    }
    QMetaObject::invokeMethod(this, &LinkController::stopped, Qt::QueuedConnection);
}

void LinkController::releaseHeldLink()
{
    m_probeTimer.stop();
    m_hangingUpHeld = true;
    m_dialer->hangUp();
}

void LinkController::onCycleDue(LinkTrigger trigger)
{
    if (m_stopping || m_cycle)
        return;
    const bool keepLinkUp = m_config.schedule.kind == Schedule::Kind::Always && m_config.needsCycles();
    m_cycle = new LinkCycle(m_engine, m_dialer, m_config, linkTriggerName(trigger), keepLinkUp, this);
    connect(m_cycle, &LinkCycle::phaseChanged, this, [this](LinkCycle::Phase, const QString &text) {
        m_text = text;
        Q_EMIT statusChanged();
    });
    connect(m_cycle, &LinkCycle::finished, this, &LinkController::onCycleFinished);
    m_scheduler->cycleStarted(trigger);
    m_probeTimer.stop();
    m_cycle->start();
}

void LinkController::onCycleFinished(const CycleRecord &record)
{
    const bool kept =
        m_cycle && m_config.schedule.kind == Schedule::Kind::Always && record.ok && m_config.needsCycles();
    if (m_cycle)
        m_cycle->deleteLater();
    m_cycle = nullptr;
    m_lastCycle = record;
    m_scheduler->cycleFinished(record.ok);
    m_linkHeld = kept && !m_stopping;
    if (m_linkHeld)
        m_probeTimer.start();
    applyDeliveryMode();
    refreshOldestQueued();
    Q_EMIT cycleFinished(record);
    Q_EMIT statusChanged();
    if (m_stopping) {
        if (kept && m_dialer->broughtLinkUp())
            releaseHeldLink();
        else
            Q_EMIT stopped();
        return;
    }
    // In "always" mode a failed cycle makes the scheduler plan a reconnect with back-off by itself.
}

void LinkController::onProbed(bool up, const QString &text)
{
    if (!m_linkHeld || up)
        return;
    m_linkHeld = false;
    m_probeTimer.stop();
    m_text = tr("The link went down: %1").arg(text);
    applyDeliveryMode();
    Q_EMIT statusChanged();
    m_scheduler->linkLost();
}

void LinkController::refreshOldestQueued()
{
    if (m_config.schedule.kind != Schedule::Kind::WhenQueued) {
        m_oldestKnown = false;
        return;
    }
    const QDateTime oldest = m_engine->queue()->oldestRemotePending();
    m_oldestKnown = oldest.isValid();
    m_scheduler->setOldestQueued(oldest);
}

LinkStatus LinkController::status() const
{
    LinkStatus status;
    status.phase = m_cycle ? m_cycle->phase() : LinkCycle::Phase::Idle;
    status.linkHeld = m_linkHeld;
    status.text = m_text;
    status.nextCycle = m_scheduler->nextDue();
    status.paused = m_scheduler->isPaused();
    status.lastCycle = m_lastCycle;
    return status;
}

} // namespace Sluice
