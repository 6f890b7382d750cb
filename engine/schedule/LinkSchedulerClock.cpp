// SPDX-License-Identifier: GPL-3.0-or-later
// LinkScheduler and the wall clock: a clock set back or forward, and the state file that carries the
// schedule's history across restarts.
#include "schedule/LinkScheduler.h"

#include "schedule/LinkSchedulerState.h"
#include "schedule/ScheduleLog.h"

#include <iterator>

namespace Sluice {

void LinkScheduler::onClockJumped(qint64 ms)
{
    // The clock was set, not time passing: an interval keeps what was left of it, so a clock set back
    // does not postpone the next cycle by the jump, and one set forward (NTP's first sync after a boot
    // in 1970) does not make a cycle due at once. At-times slots are wall-clock times by definition
    // and are left alone: a slot the jump passed gives one catch-up cycle, as after downtime.
    const auto shift = [ms](QDateTime &time) {
        if (time.isValid())
            time = time.addMSecs(ms);
    };
    shift(m_served);
    shift(m_reconnectAt);
    shift(m_pendingSince);
    shift(m_lastStart);
    shift(m_lastFinish);
    shift(m_oldestQueued);
    qCInfo(lcSchedule) << "the clock was set by" << ms / 1000 << "s; intervals keep what was left of them";
    persist();
}

void LinkScheduler::clampToNow(const QDateTime &now)
{
    // The clock was set back: counting from a future instant would stall the schedule for that long.
    if (m_served.isValid() && m_served > now) {
        qCInfo(lcSchedule) << "the clock went back; counting intervals from now";
        m_served = now;
    }
    if (m_slotAnchor.isValid() && m_slotAnchor > now)
        m_slotAnchor = now;
    const QDateTime latestReconnect = now.addSecs(ReconnectBackoffSecs[std::size(ReconnectBackoffSecs) - 1]);
    if (m_reconnectAt.isValid() && m_reconnectAt > latestReconnect)
        m_reconnectAt = latestReconnect;
}

void LinkScheduler::persist()
{
    if (m_statePath.isEmpty())
        return;
    LinkSchedulerState state;
    state.lastStart = m_lastStart;
    state.lastFinish = m_lastFinish;
    state.lastTrigger = m_lastTrigger;
    state.lastOk = m_lastOk;
    state.pending = m_pending;
    state.paused = m_paused;
    QString error;
    if (!state.save(m_statePath, &error))
        qCWarning(lcSchedule) << "the schedule state file" << m_statePath << "could not be written:" << error;
}

} // namespace Sluice
