// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/Clock.h"
#include "schedule/LinkScheduler.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

/// A LinkScheduler on a ManualClock with a state file in a temporary folder, and a stand-in for the cycle
/// owner: it starts every cycle it is told about (unless answer is false) and finishes them when told.
struct SchedulerHarness
{
    QTemporaryDir dir;
    Sluice::ManualClock clock;
    std::unique_ptr<Sluice::LinkScheduler> scheduler;
    std::unique_ptr<QSignalSpy> due;
    QList<QDateTime> dueAt; ///< the clock's time at each cycleDue
    bool answer = true;

    explicit SchedulerHarness(const QDateTime &start)
        : clock(start)
    {}

    QString statePath() const { return dir.filePath(QStringLiteral("state/schedule.json")); }

    Sluice::LinkScheduler *create(const Sluice::Schedule &schedule)
    {
        due.reset();
        scheduler = std::make_unique<Sluice::LinkScheduler>(&clock, statePath());
        scheduler->setSchedule(schedule);
        due = std::make_unique<QSignalSpy>(scheduler.get(), &Sluice::LinkScheduler::cycleDue);
        QObject::connect(scheduler.get(), &Sluice::LinkScheduler::cycleDue, scheduler.get(),
                         [this](Sluice::LinkTrigger trigger) {
                             dueAt.append(clock.now());
                             if (answer)
                                 scheduler->cycleStarted(trigger);
                         });
        return scheduler.get();
    }

    void destroy()
    {
        due.reset();
        scheduler.reset();
        dueAt.clear();
    }

    /// Runs what the event loop has ready: zero-time timers and the re-checks a clock change arms.
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    void advanceSecs(qint64 secs)
    {
        clock.advance(secs * 1000);
        settle();
    }
    void advanceMinutes(qint64 minutes) { advanceSecs(minutes * 60); }

    /// Moves the clock in steps up to end; with finishCycles, a running cycle is finished at each step.
    void stepUntil(const QDateTime &end, qint64 stepSecs, bool finishCycles = true)
    {
        while (clock.now() < end) {
            const qint64 left = clock.now().secsTo(end);
            advanceSecs(qMin(stepSecs, left));
            if (finishCycles && scheduler->isCycleRunning())
                finish();
        }
    }

    void finish(bool ok = true)
    {
        scheduler->cycleFinished(ok);
        settle();
    }

    int count() const { return int(due->size()); }
    QList<Sluice::LinkTrigger> triggers() const
    {
        QList<Sluice::LinkTrigger> list;
        for (const QList<QVariant> &arguments : *due)
            list.append(arguments.at(0).value<Sluice::LinkTrigger>());
        return list;
    }
    Sluice::LinkTrigger last() const { return due->last().at(0).value<Sluice::LinkTrigger>(); }
};
