// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/LinkScheduler.h"

#include "schedule/Clock.h"
#include "schedule/LinkSchedulerState.h"
#include "schedule/ScheduleLog.h"

#include <QTimer>

#include <iterator>

Q_LOGGING_CATEGORY(lcSchedule, "sluice.schedule")

namespace Sluice {

namespace {
/// Re-check at least this often, whatever the next due time, so a missed clock jump costs at most this.
constexpr qint64 MaxTimerMs = 60 * 60 * 1000;
/// A scheduled time served later than this was missed (sleep, downtime): the cycle is a CatchUp.
constexpr qint64 OnTimeGraceSecs = 120;

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}
} // namespace

LinkScheduler::LinkScheduler(Clock *clock, const QString &statePath, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_statePath(statePath)
    , m_timer(new QTimer(this))
    , m_startWait(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Coarse timers may fire up to 5 % late: three minutes on an hour.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] { evaluate(); });
    m_startWait->setSingleShot(true);
    m_startWait->setInterval(60 * 1000);
    connect(m_startWait, &QTimer::timeout, this, [this] {
        qCWarning(lcSchedule) << "no cycle started after cycleDue; the scheduler stops waiting for it";
        m_starting = false;
        reschedule(m_clock->now());
    });
    connect(m_clock, &Clock::changed, this, [this] { reschedule(m_clock->now()); });
    connect(m_clock, &Clock::jumped, this, &LinkScheduler::onClockJumped);

    if (!m_statePath.isEmpty()) {
        QString error;
        const LinkSchedulerState state = LinkSchedulerState::load(m_statePath, &error);
        if (!error.isEmpty())
            qCWarning(lcSchedule) << "the schedule state file" << m_statePath << "could not be read ("
                                  << error << "): starting without history";
        m_lastStart = state.lastStart;
        m_lastFinish = state.lastFinish;
        m_lastTrigger = state.lastTrigger;
        m_lastOk = state.lastOk;
        m_pending = state.pending;
        m_paused = state.paused;
        if (m_paused && m_pending && *m_pending != LinkTrigger::Manual)
            m_pending.reset(); // only a person's request survives a pause
        if (m_paused)
            qCInfo(lcSchedule) << "the schedule is paused (since before the last exit)";
        if (m_lastStart.isValid() && (!m_lastFinish.isValid() || m_lastFinish < m_lastStart))
            qCInfo(lcSchedule) << "the cycle started" << m_lastStart << "did not finish before the last exit";
        if (m_pending)
            qCInfo(lcSchedule) << "a" << linkTriggerName(*m_pending) << "cycle is still pending from before";
    }
}

LinkScheduler::~LinkScheduler() = default;

void LinkScheduler::setStartTimeoutMs(int ms)
{
    m_startWait->setInterval(ms);
}

void LinkScheduler::setSchedule(const Schedule &schedule)
{
    if (schedule == m_schedule)
        return;
    const Schedule::Kind oldKind = m_schedule.kind;
    m_schedule = schedule;
    QString why;
    if (!m_schedule.canEverFire(&why))
        qCWarning(lcSchedule) << "the schedule cannot start cycles by itself:" << why;
    if (!m_started)
        return;
    const QDateTime now = m_clock->now();
    // Slots of the new times that lie before now were not missed: they were not in the schedule then.
    if (m_schedule.kind == Schedule::Kind::AtTimes)
        m_slotAnchor = later(m_slotAnchor, now);
    if (m_schedule.kind == Schedule::Kind::Always && oldKind != Schedule::Kind::Always) {
        // Also after a cycle that runs now: it was not meant to keep the link up.
        m_alwaysWanted = true;
        m_failures = 0;
    } else if (m_schedule.kind != Schedule::Kind::Always) {
        m_alwaysWanted = false;
        m_reconnectAt = {};
    }
    reschedule(now);
}

void LinkScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    const QDateTime now = m_clock->now();
    m_served = later(m_served, m_lastStart);
    m_slotAnchor = later(m_slotAnchor, m_lastStart);
    if (!m_slotAnchor.isValid())
        m_slotAnchor = now; // no history: nothing can have been missed
    m_alwaysWanted = m_schedule.kind == Schedule::Kind::Always;
    m_failures = 0;
    m_reconnectAt = {};
    std::optional<LinkTrigger> startup;
    if (m_schedule.kind == Schedule::Kind::Every && m_schedule.canEverFire() && !m_paused)
        startup = LinkTrigger::Startup;
    qCInfo(lcSchedule) << "scheduler started";
    evaluate(startup);
}

void LinkScheduler::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_starting = false;
    m_timer->stop();
    m_startWait->stop();
    qCInfo(lcSchedule) << "scheduler stopped";
    reschedule(m_clock->now());
}

void LinkScheduler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    qCInfo(lcSchedule) << (paused ? "schedule paused" : "schedule resumed");
    if (m_paused && m_pending && *m_pending != LinkTrigger::Manual) {
        m_pending.reset();
        m_pendingSince = {};
    }
    persist();
    Q_EMIT pausedChanged(m_paused);
    if (!m_started)
        return;
    if (m_paused)
        reschedule(m_clock->now());
    else
        evaluate(); // what became due while paused runs now (one cycle)
}

void LinkScheduler::requestCycle(LinkTrigger trigger)
{
    const QDateTime now = m_clock->now();
    if (!m_started || busy()) {
        addPending(trigger, now);
        reschedule(now);
        return;
    }
    evaluate(trigger);
}

void LinkScheduler::setOldestQueued(const QDateTime &queuedAt)
{
    const QDateTime utc = queuedAt.isValid() ? queuedAt.toUTC() : QDateTime();
    if (utc == m_oldestQueued)
        return;
    m_oldestQueued = utc;
    if (m_schedule.kind == Schedule::Kind::WhenQueued)
        reschedule(m_clock->now());
}

void LinkScheduler::cycleStarted(LinkTrigger trigger)
{
    const QDateTime now = m_clock->now();
    if (m_running)
        qCWarning(lcSchedule) << "a cycle was reported started while one runs";
    m_running = true;
    m_starting = false;
    m_startWait->stop();
    m_lastStart = now;
    m_lastTrigger = trigger;
    m_linkDown = false;
    consume(now);
    qCInfo(lcSchedule) << "cycle started:" << linkTriggerName(trigger);
    persist();
    reschedule(now);
}

void LinkScheduler::cycleFinished(bool ok)
{
    const QDateTime now = m_clock->now();
    if (!m_running && !m_starting)
        qCWarning(lcSchedule) << "a cycle was reported finished while none runs";
    // Also ends a cycle that failed before the owner reported its start.
    m_running = false;
    m_starting = false;
    m_startWait->stop();
    m_lastFinish = now;
    m_lastOk = ok;
    if (ok)
        m_failures = 0;
    if (m_schedule.kind == Schedule::Kind::Always && (!ok || m_linkDown))
        planReconnect(now);
    m_linkDown = false;
    qCInfo(lcSchedule) << "cycle finished" << (ok ? "ok" : "with an error");
    persist();
    reschedule(now);
    // What became due meanwhile is served from the event loop, not from inside the owner's call.
    if (m_started)
        m_timer->start(0);
}

void LinkScheduler::linkLost()
{
    if (m_schedule.kind != Schedule::Kind::Always) {
        qCDebug(lcSchedule) << "link lost outside always mode: nothing to do";
        return;
    }
    if (m_running) {
        m_linkDown = true;
        return;
    }
    // A cycle already on its way brings the link back.
    if (m_starting || m_reconnectAt.isValid() || m_pending || m_alwaysWanted)
        return;
    const QDateTime now = m_clock->now();
    planReconnect(now);
    reschedule(now);
}

void LinkScheduler::planReconnect(const QDateTime &now)
{
    constexpr int Steps = int(std::size(ReconnectBackoffSecs));
    const int wait = ReconnectBackoffSecs[qMin(m_failures, Steps - 1)];
    ++m_failures;
    m_reconnectAt = now.addSecs(wait);
    qCInfo(lcSchedule) << "link down: reconnecting in" << wait << "s";
}

void LinkScheduler::evaluate(std::optional<LinkTrigger> extra)
{
    if (!m_started)
        return;
    const QDateTime now = m_clock->now();
    clampToNow(now);
    if (m_paused && extra && *extra != LinkTrigger::Manual)
        extra.reset();
    if (busy()) {
        // A scheduled time during the cycle: one more cycle after it, however many times pass meanwhile.
        if (const std::optional<LinkTrigger> due = dueTrigger(now, true)) {
            addPending(*due, now);
            consume(now);
        }
        if (extra)
            addPending(*extra, now);
        reschedule(now);
        return;
    }
    const std::optional<LinkTrigger> trigger =
        mergedLinkTrigger(mergedLinkTrigger(m_pending, extra), dueTrigger(now, false));
    if (trigger)
        fire(*trigger, now);
    else
        reschedule(now);
}

void LinkScheduler::fire(LinkTrigger trigger, const QDateTime &now)
{
    m_pending.reset();
    m_pendingSince = {};
    consume(now);
    m_starting = true;
    m_startWait->start();
    persist();
    reschedule(now);
    qCInfo(lcSchedule) << "cycle due:" << linkTriggerName(trigger);
    // Last: the owner may start (and even finish) the cycle from its slot.
    Q_EMIT cycleDue(trigger);
}

void LinkScheduler::consume(const QDateTime &now)
{
    m_served = later(m_served, now);
    m_slotAnchor = later(m_slotAnchor, now);
    m_alwaysWanted = false;
    m_reconnectAt = {};
}

void LinkScheduler::addPending(LinkTrigger trigger, const QDateTime &now)
{
    if (m_paused && trigger != LinkTrigger::Manual)
        return;
    const std::optional<LinkTrigger> merged = mergedLinkTrigger(m_pending, trigger);
    if (merged == m_pending)
        return;
    if (!m_pending)
        m_pendingSince = now;
    m_pending = merged;
    qCInfo(lcSchedule) << "cycle pending:" << linkTriggerName(*m_pending);
    persist();
}

QDateTime LinkScheduler::dueTime(const QDateTime &now, bool whileBusy) const
{
    if (m_paused || !m_schedule.canEverFire())
        return {};
    switch (m_schedule.kind) {
    case Schedule::Kind::Manual:
        return {};
    case Schedule::Kind::Every:
        return m_served.isValid() ? m_served.addSecs(qint64(m_schedule.everyMinutes) * 60) : now;
    case Schedule::Kind::AtTimes:
        return m_schedule.nextSlotAfter(m_slotAnchor);
    case Schedule::Kind::WhenQueued: {
        if (whileBusy || !m_oldestQueued.isValid())
            return {};
        const qint64 wait = qint64(m_schedule.queuedMinutes) * 60;
        const QDateTime oldEnough = m_oldestQueued.addSecs(wait);
        return m_served.isValid() ? later(oldEnough, m_served.addSecs(wait)) : oldEnough;
    }
    case Schedule::Kind::Always:
        if (whileBusy)
            return {};
        return m_alwaysWanted ? now : m_reconnectAt;
    }
    return {};
}

std::optional<LinkTrigger> LinkScheduler::dueTrigger(const QDateTime &now, bool whileBusy) const
{
    const QDateTime due = dueTime(now, whileBusy);
    if (!due.isValid() || due > now)
        return std::nullopt;
    const bool late = due.secsTo(now) > OnTimeGraceSecs;
    switch (m_schedule.kind) {
    case Schedule::Kind::Manual:
        return std::nullopt;
    case Schedule::Kind::Every:
        return late ? LinkTrigger::CatchUp : LinkTrigger::Schedule;
    case Schedule::Kind::AtTimes: {
        const QDateTime following = m_schedule.nextSlotAfter(due);
        const bool severalMissed = following.isValid() && following <= now;
        return late || severalMissed ? LinkTrigger::CatchUp : LinkTrigger::Schedule;
    }
    case Schedule::Kind::WhenQueued:
        return LinkTrigger::Queued;
    case Schedule::Kind::Always:
        return m_alwaysWanted ? LinkTrigger::Always : LinkTrigger::Reconnect;
    }
    return std::nullopt;
}

void LinkScheduler::reschedule(const QDateTime &now)
{
    clampToNow(now);
    QDateTime next;
    if (m_started) {
        if (m_pending)
            next = busy() ? m_pendingSince : now;
        else
            next = dueTime(now, false);
    }
    if (next != m_nextDue) {
        m_nextDue = next;
        Q_EMIT nextDueChanged(m_nextDue);
    }
    if (!m_started) {
        m_timer->stop();
        return;
    }
    // While a cycle runs only scheduled times matter (they become pending); the rest waits for its end.
    const QDateTime wake = busy() ? dueTime(now, true) : next;
    const qint64 ms = wake.isValid() ? qBound<qint64>(0, now.msecsTo(wake), MaxTimerMs) : MaxTimerMs;
    m_timer->start(int(ms));
}

} // namespace Sluice
