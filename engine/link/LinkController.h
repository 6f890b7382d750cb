// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/LinkConfig.h"
#include "link/LinkCycle.h"
#include "log/CycleRecord.h"
#include "schedule/LinkScheduler.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Sluice {

class Clock;
class Engine;
class LinkDialer;

/// What the status display (tray, console, `sluice status`) shows about the link.
struct LinkStatus
{
    LinkCycle::Phase phase = LinkCycle::Phase::Idle; ///< Idle between cycles
    bool linkHeld = false;                           ///< "always" schedule: the link stays up between cycles
    QString text;                                    ///< the last progress line, in plain words
    QDateTime nextCycle;                             ///< invalid: none scheduled (or paused)
    bool paused = false;                             ///< the schedule is paused: only "Connect now" dials
    CycleRecord lastCycle;                           ///< id 0: no cycle yet
};

/// Runs link cycles when the schedule (or "Connect now") says so, one at a time, and keeps the link
/// up between cycles in "always" mode, watching it with the profile's probe and reconnecting when it
/// drops. Owned by the Engine; configured with the Engine's LinkConfig.
class LinkController : public QObject
{
    Q_OBJECT
public:
    /// statePath: where the scheduler keeps its history (last cycle, pending request) across restarts.
    LinkController(Engine *engine, Clock *clock, const QString &statePath, QObject *parent = nullptr);
    ~LinkController() override;

    void configure(const LinkConfig &config);
    void start();
    /// "Connect now": a cycle now, or right after the running one.
    void connectNow();
    /// "Hang up": ends the running cycle (and the held link) now.
    void hangUpNow();
    /// "Pause schedule": no cycle starts by itself until resumed (kept across restarts); "Connect now"
    /// still works, and a running cycle or held link is left alone.
    void pauseSchedule();
    void resumeSchedule();
    bool isSchedulePaused() const;
    /// Ends what runs, hangs up what Sluice dialed; stopped() follows.
    void stop();

    LinkStatus status() const;
    LinkScheduler *scheduler() const { return m_scheduler; }

Q_SIGNALS:
    void statusChanged();
    void cycleFinished(const Sluice::CycleRecord &record);
    void stopped();

private:
    void applyDeliveryMode();
    void onCycleDue(LinkTrigger trigger);
    void onCycleFinished(const CycleRecord &record);
    void onProbed(bool up, const QString &text);
    void releaseHeldLink();
    void refreshOldestQueued();

    Engine *m_engine;
    LinkScheduler *m_scheduler;
    LinkDialer *m_dialer;
    LinkConfig m_config;
    QPointer<LinkCycle> m_cycle;
    QTimer m_probeTimer;
    bool m_linkHeld = false;
    bool m_hangingUpHeld = false;
    bool m_stopping = false;
    bool m_oldestKnown = false;
    QString m_text;
    CycleRecord m_lastCycle;
};

} // namespace Sluice
