// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/LinkTrigger.h"
#include "schedule/Schedule.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QTimer;

namespace Sluice {

class Clock;

/// Decides WHEN link cycles run; the cycle itself belongs to its owner, who starts one on cycleDue() and
/// reports cycleStarted() / cycleFinished(). One cycle at a time: whatever becomes due while one runs
/// (scheduled times, requests) is folded into ONE pending cycle, served right after it. Missed times
/// (downtime, sleep, the clock set forward) give one catch-up cycle, never a burst, because the scheduler
/// only remembers "served up to" instants, never a list of missed times.
///
/// Every N minutes: a Startup cycle at every start(), even when the last cycle started less than N minutes
/// ago (as the IMS dials when its service starts; a restart is rare and often done to get mail moving),
/// then N minutes after the previous cycle's start. At times: no cycle at start unless a slot was missed
/// since the last cycle's start (then one CatchUp); without history, counting begins at start(). When
/// queued: not evaluated while a cycle runs (that cycle is moving the queue); afterwards the usual rule.
/// Always: one Always cycle at start; a failed cycle or linkLost() plans a Reconnect with back-off.
///
/// Everything is computed from Clock::now(): a single-shot timer re-checks at the next due time, at least
/// hourly, and at once on Clock::changed().
class LinkScheduler : public QObject
{
    Q_OBJECT
public:
    /// clock: not owned; it must outlive the scheduler.
    /// statePath: a small file (JSON, written with QSaveFile) holding the last cycle start and finish and a
    /// pending trigger, so the schedule survives restart; a missing or corrupt file = no history (logged,
    /// not fatal). An empty path keeps everything in memory.
    LinkScheduler(Clock *clock, const QString &statePath, QObject *parent = nullptr);
    ~LinkScheduler() override;

    void setSchedule(const Schedule &schedule); ///< may be called while running; recomputes the next due time
    const Schedule &schedule() const { return m_schedule; }
    void start(); ///< evaluates what is due now (startup / catch-up) and arms the timer
    /// No cycleDue() until start() again; a running cycle is still reported, requests are kept as pending.
    void stop();
    bool isStarted() const { return m_started; }

    /// Pausing the schedule (tray, console, `sluice pause`): no cycle starts by itself (scheduled times,
    /// catch-up, startup, queued mail, always-mode reconnects) until resumed; requestCycle(Manual) still
    /// starts one. A scheduled time that passes while paused gives one CatchUp cycle on resume, as after
    /// downtime. The state file keeps the pause across restarts.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    /// A cycle should start now (console "Connect now", CLI connect-now); served at once (cycleDue() is
    /// emitted before this returns) or after the running cycle.
    void requestCycle(LinkTrigger trigger = LinkTrigger::Manual);
    /// The engine reports the arrival time of the oldest outbound message waiting for the link (invalid:
    /// none). Cheap: it only recomputes; a cycle it makes due follows from the event loop.
    void setOldestQueued(const QDateTime &queuedAt);

    /// The cycle owner reports: a cycle began / ended. ok=false for a failed cycle (still counts as a cycle).
    void cycleStarted(LinkTrigger trigger);
    void cycleFinished(bool ok);
    /// Always mode: the link went down; a Reconnect cycle is due (after a short back-off that grows on
    /// repeated failures: 10 s, 30 s, 60 s, then every 5 min, reset by a successful cycle). In Always mode a
    /// failed cycle counts as a lost link. Ignored in the other modes, where the link is meant to go down.
    void linkLost();

    bool isCycleRunning() const { return m_running; }
    /// Next scheduled cycle (for the tray/status); invalid: none scheduled or not started. A time in the
    /// past while a cycle runs: a pending cycle follows the running one.
    QDateTime nextDue() const { return m_nextDue; }
    QDateTime lastCycleStart() const { return m_lastStart; }
    QDateTime lastCycleFinish() const { return m_lastFinish; }
    std::optional<LinkTrigger> pendingTrigger() const { return m_pending; }

    /// How long an emitted cycleDue() may stay unanswered by cycleStarted() before the scheduler stops
    /// waiting (the owner declined) and serves what became pending meanwhile. Default 60 s.
    void setStartTimeoutMs(int ms);

Q_SIGNALS:
    /// The owner starts a cycle and calls cycleStarted(); never emitted while one runs.
    void cycleDue(Sluice::LinkTrigger trigger);
    void nextDueChanged(const QDateTime &next);
    void pausedChanged(bool paused);

private:
    /// Always mode: waits before reconnecting, by the number of reconnects since the last good cycle.
    static constexpr int ReconnectBackoffSecs[] = {10, 30, 60, 300};

    bool busy() const { return m_running || m_starting; }
    void evaluate(std::optional<LinkTrigger> extra = std::nullopt);
    void reschedule(const QDateTime &now);
    QDateTime dueTime(const QDateTime &now, bool whileBusy) const;
    std::optional<LinkTrigger> dueTrigger(const QDateTime &now, bool whileBusy) const;
    void fire(LinkTrigger trigger, const QDateTime &now);
    void consume(const QDateTime &now);
    void addPending(LinkTrigger trigger, const QDateTime &now);
    void planReconnect(const QDateTime &now);
    // LinkSchedulerClock.cpp
    void clampToNow(const QDateTime &now);
    void onClockJumped(qint64 ms);
    void persist();

    Clock *m_clock;
    QString m_statePath;
    Schedule m_schedule;
    QTimer *m_timer;     ///< the next re-check
    QTimer *m_startWait; ///< cycleDue() emitted, cycleStarted() not yet come
    bool m_started = false;
    bool m_running = false;
    bool m_starting = false;
    bool m_paused = false;

    QDateTime m_lastStart;
    QDateTime m_lastFinish;
    std::optional<LinkTrigger> m_lastTrigger;
    bool m_lastOk = false;
    std::optional<LinkTrigger> m_pending;
    QDateTime m_pendingSince;

    QDateTime m_served; ///< last cycle start or due time taken care of: Every / WhenQueued count from here
    QDateTime m_slotAnchor; ///< AtTimes: slots up to here are taken care of
    QDateTime m_oldestQueued;
    bool m_alwaysWanted = false; ///< Always: the link should be brought up
    bool m_linkDown = false;     ///< Always: lost during the running cycle
    int m_failures = 0;          ///< Always: reconnects planned since the last successful cycle
    QDateTime m_reconnectAt;
    QDateTime m_nextDue;
};

} // namespace Sluice
