// SPDX-License-Identifier: GPL-3.0-or-later
// Pausing the schedule ("Pause schedule" in the tray and the console, `sluice pause`): nothing starts by
// itself while paused, a person's "Connect now" still does, resuming gives one catch-up cycle for what
// was missed, and the pause survives a restart through the state file.

#include "SchedulerHarness.h"

#include "schedule/LinkSchedulerState.h"

#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

using Triggers = QList<LinkTrigger>;

class TestSchedulerPause : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pausedEveryFiresNothingButManual();
    void resumeCatchesUpOnce();
    void pauseDropsScheduledPendingKeepsManual();
    void pausedAlwaysDoesNotReconnect();
    void pauseSurvivesRestart();
};

namespace {
/// Monday 2024-06-03 07:00 UTC.
const QDateTime T0 = QDateTime(QDate(2024, 6, 3), QTime(7, 0), Qt::UTC);

Schedule every(int minutes)
{
    Schedule schedule;
    schedule.kind = Schedule::Kind::Every;
    schedule.everyMinutes = minutes;
    return schedule;
}
} // namespace

void TestSchedulerPause::pausedEveryFiresNothingButManual()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(60));
    QSignalSpy paused(s, &LinkScheduler::pausedChanged);
    s->setPaused(true);
    QCOMPARE(paused.size(), 1);
    QVERIFY(s->isPaused());
    s->start();
    QCOMPARE(h.count(), 0); // no Startup cycle while paused
    QVERIFY(!s->nextDue().isValid());
    h.stepUntil(T0.addSecs(3 * 60 * 60), 5 * 60);
    QCOMPARE(h.count(), 0);

    s->requestCycle(LinkTrigger::Manual);
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Manual});
    h.advanceMinutes(2);
    h.finish();
    QVERIFY(!s->nextDue().isValid());
    h.stepUntil(T0.addSecs(6 * 60 * 60), 5 * 60);
    QCOMPARE(h.count(), 1);
}

void TestSchedulerPause::resumeCatchesUpOnce()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(60));
    s->start();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Startup});
    h.advanceMinutes(1);
    h.finish();
    s->setPaused(true);
    h.stepUntil(T0.addSecs(5 * 60 * 60), 10 * 60);
    QCOMPARE(h.count(), 1);

    // Five missed hours: one catch-up cycle at once, then the interval again.
    s->setPaused(false);
    h.settle();
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Startup, LinkTrigger::CatchUp}));
    h.advanceMinutes(1);
    h.finish();
    QCOMPARE(s->nextDue(), T0.addSecs(6 * 60 * 60));
}

void TestSchedulerPause::pauseDropsScheduledPendingKeepsManual()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(60));
    s->start();                                  // Startup runs
    h.stepUntil(T0.addSecs(61 * 60), 60, false); // a scheduled time passes during it: pending
    QCOMPARE(s->pendingTrigger(), std::optional<LinkTrigger>(LinkTrigger::Schedule));
    s->setPaused(true);
    QCOMPARE(s->pendingTrigger(), std::nullopt);
    s->requestCycle(LinkTrigger::Manual); // asked for during the cycle, while paused: kept
    QCOMPARE(s->pendingTrigger(), std::optional<LinkTrigger>(LinkTrigger::Manual));
    h.finish();
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Startup, LinkTrigger::Manual}));
}

void TestSchedulerPause::pausedAlwaysDoesNotReconnect()
{
    SchedulerHarness h(T0);
    Schedule always;
    always.kind = Schedule::Kind::Always;
    LinkScheduler *s = h.create(always);
    s->start();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Always});
    h.finish();
    s->setPaused(true);
    s->linkLost();
    h.stepUntil(T0.addSecs(60 * 60), 30);
    QCOMPARE(h.count(), 1);
    s->setPaused(false);
    h.settle();
    QCOMPARE(h.last(), LinkTrigger::Reconnect);
}

void TestSchedulerPause::pauseSurvivesRestart()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(60));
    s->setPaused(true);
    QString error;
    QVERIFY(LinkSchedulerState::load(h.statePath(), &error).paused);
    h.destroy();

    s = h.create(every(60));
    QVERIFY(s->isPaused());
    s->start();
    h.settle();
    QCOMPARE(h.count(), 0); // the restart does not dial while paused
    s->setPaused(false);
    h.settle();
    QCOMPARE(h.count(), 1);
    QVERIFY(!LinkSchedulerState::load(h.statePath(), &error).paused);
    QVERIFY(error.isEmpty());
}

QTEST_MAIN(TestSchedulerPause)
#include "tst_schedulerpause.moc"
