// SPDX-License-Identifier: GPL-3.0-or-later
// When cycles run, per schedule kind, on a ManualClock: every N minutes, at times, when queued, always.

#include "SchedulerHarness.h"

#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {
using Triggers = QList<LinkTrigger>;

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

/// Monday 2024-06-03 07:00 UTC.
const QDateTime T0 = utc(u"2024-06-03T07:00:00"_s);

Schedule every(int minutes)
{
    Schedule schedule;
    schedule.kind = Schedule::Kind::Every;
    schedule.everyMinutes = minutes;
    return schedule;
}

Schedule atTimes(const QString &text, const QByteArray &zone = "UTC"_ba)
{
    Schedule schedule;
    schedule.kind = Schedule::Kind::AtTimes;
    schedule.zone = QTimeZone(zone);
    Schedule::parseTimes(text, &schedule.times, nullptr);
    return schedule;
}

Schedule whenQueued(int minutes)
{
    Schedule schedule;
    schedule.kind = Schedule::Kind::WhenQueued;
    schedule.queuedMinutes = minutes;
    return schedule;
}

Schedule always()
{
    Schedule schedule;
    schedule.kind = Schedule::Kind::Always;
    return schedule;
}
} // namespace

namespace QTest {
template<> char *toString(const LinkTrigger &trigger)
{
    return QTest::toString(linkTriggerName(trigger));
}
} // namespace QTest

class TestLinkScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void triggerNames();
    void everyStartupThenOnePerInterval();
    void everyOverrunGivesOneCycle();
    void everySleepGivesOneCatchUp();
    void everyIntervalChange();
    void atSlots();
    void atWeekdayMask();
    void atJumpOverThreeSlotsIsOneCatchUp();
    void atSlotDuringCycle();
    void atRepeatedHourFiresOnce();
    void atChangedTimesAreNotMissed();
    void queuedNothingQueued();
    void queuedYoungThenDue();
    void queuedMinimumSpacing();
    void queuedNotWhileCycleRuns();
    void alwaysStaysUpAndReconnectsWithBackoff();
    void linkLostOutsideAlwaysIsIgnored();
    void manualOnlyOnRequest();
};

void TestLinkScheduler::triggerNames()
{
    const QStringList names{u"startup"_s, u"schedule"_s, u"catchup"_s,  u"queued"_s,
                            u"always"_s,  u"manual"_s,   u"reconnect"_s};
    for (const QString &name : names) {
        const std::optional<LinkTrigger> trigger = linkTriggerFromName(name);
        QVERIFY2(trigger, qPrintable(name));
        QCOMPARE(linkTriggerName(*trigger), name);
    }
    QVERIFY(!linkTriggerFromName(u"Manual"_s));
    QCOMPARE(mergedLinkTrigger(LinkTrigger::Schedule, LinkTrigger::Manual), LinkTrigger::Manual);
    QCOMPARE(mergedLinkTrigger(LinkTrigger::Manual, LinkTrigger::Startup), LinkTrigger::Manual);
    QCOMPARE(mergedLinkTrigger(LinkTrigger::Schedule, LinkTrigger::CatchUp), LinkTrigger::CatchUp);
}

void TestLinkScheduler::everyStartupThenOnePerInterval()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(60));
    QVERIFY(!s->nextDue().isValid()); // not started yet
    s->start();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Startup}); // at once, as the IMS dials when it starts
    QVERIFY(s->isCycleRunning());
    QCOMPARE(s->lastCycleStart(), T0);
    h.advanceMinutes(5);
    h.finish();
    QCOMPARE(s->lastCycleFinish(), T0.addSecs(5 * 60));
    QCOMPARE(s->nextDue(), T0.addSecs(60 * 60)); // counted from the start, not the finish

    h.stepUntil(T0.addSecs(59 * 60), 60);
    QCOMPARE(h.count(), 1);
    h.advanceMinutes(1);
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Startup, LinkTrigger::Schedule}));
    QCOMPARE(s->lastCycleStart(), T0.addSecs(60 * 60));
    h.stepUntil(T0.addSecs(4 * 60 * 60 - 60), 60);
    QCOMPARE(h.count(), 4);
    QCOMPARE(h.dueAt.last(), T0.addSecs(3 * 60 * 60));
}

void TestLinkScheduler::everyOverrunGivesOneCycle()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(60));
    s->start();
    // The startup cycle runs for 150 minutes: two intervals end while it runs.
    h.stepUntil(T0.addSecs(150 * 60), 10 * 60, false);
    QCOMPARE(h.count(), 1);
    QCOMPARE(s->pendingTrigger(), LinkTrigger::Schedule);
    QVERIFY(s->nextDue() <= h.clock.now()); // "after the running cycle"
    s->cycleFinished(true);
    QCOMPARE(h.count(), 1); // served from the event loop, not inside cycleFinished()
    h.settle();
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Startup, LinkTrigger::Schedule}));
    QVERIFY(!s->pendingTrigger());
    const QDateTime restarted = T0.addSecs(150 * 60);
    QCOMPARE(s->lastCycleStart(), restarted);
    QCOMPARE(s->nextDue(), restarted.addSecs(60 * 60));
    h.stepUntil(restarted.addSecs(59 * 60), 60);
    QCOMPARE(h.count(), 2);
}

void TestLinkScheduler::everySleepGivesOneCatchUp()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(30));
    s->start();
    h.finish();
    h.advanceMinutes(5 * 60); // asleep for ten intervals
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Startup, LinkTrigger::CatchUp}));
    h.finish();
    const QDateTime woke = h.clock.now();
    QCOMPARE(s->nextDue(), woke.addSecs(30 * 60));
    h.stepUntil(woke.addSecs(29 * 60), 60);
    QCOMPARE(h.count(), 2);
}

void TestLinkScheduler::everyIntervalChange()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(60));
    QSignalSpy nextChanged(s, &LinkScheduler::nextDueChanged);
    s->start();
    h.finish();
    h.advanceMinutes(20);
    QCOMPARE(s->nextDue(), T0.addSecs(60 * 60));
    nextChanged.clear();
    s->setSchedule(every(30));
    QCOMPARE(s->nextDue(), T0.addSecs(30 * 60));
    QCOMPARE(nextChanged.size(), 1);
    QCOMPARE(nextChanged.first().first().toDateTime(), T0.addSecs(30 * 60));
    h.stepUntil(T0.addSecs(30 * 60), 60);
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Startup, LinkTrigger::Schedule}));
    // A shorter interval than already passed: one cycle now, not one per missed interval.
    h.advanceMinutes(20);
    s->setSchedule(every(5));
    h.settle();
    QCOMPARE(h.count(), 3);
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(5 * 60));
}

void TestLinkScheduler::atSlots()
{
    SchedulerHarness h(T0); // 07:00
    LinkScheduler *s = h.create(atTimes(u"08:00,12:00,16:00"_s));
    s->start();
    h.settle();
    QCOMPARE(h.count(), 0); // no history: nothing was missed, and no startup cycle
    QCOMPARE(s->nextDue(), utc(u"2024-06-03T08:00:00"_s));
    h.stepUntil(utc(u"2024-06-03T23:00:00"_s), 5 * 60);
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Schedule, LinkTrigger::Schedule, LinkTrigger::Schedule}));
    QCOMPARE(h.dueAt, (QList<QDateTime>{utc(u"2024-06-03T08:00:00"_s), utc(u"2024-06-03T12:00:00"_s),
                                        utc(u"2024-06-03T16:00:00"_s)}));
    QCOMPARE(s->nextDue(), utc(u"2024-06-04T08:00:00"_s));
}

void TestLinkScheduler::atWeekdayMask()
{
    SchedulerHarness h(utc(u"2024-06-07T10:00:00"_s)); // Friday, after the slot
    LinkScheduler *s = h.create(atTimes(u"mon-fri 09:00"_s));
    s->start();
    QCOMPARE(s->nextDue(), utc(u"2024-06-10T09:00:00"_s));
    h.stepUntil(utc(u"2024-06-10T10:00:00"_s), 30 * 60);
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Schedule});
    QCOMPARE(h.dueAt.first(), utc(u"2024-06-10T09:00:00"_s));
}

void TestLinkScheduler::atJumpOverThreeSlotsIsOneCatchUp()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(atTimes(u"08:00,12:00,16:00,20:00"_s));
    s->start();
    h.stepUntil(utc(u"2024-06-03T08:05:00"_s), 60);
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Schedule});
    // Suspended from 08:05 to 21:00: 12:00, 16:00 and 20:00 missed.
    h.clock.setNow(utc(u"2024-06-03T21:00:00"_s));
    h.settle();
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Schedule, LinkTrigger::CatchUp}));
    QCOMPARE(s->nextDue(), utc(u"2024-06-04T08:00:00"_s));
    h.stepUntil(utc(u"2024-06-04T07:59:00"_s), 30 * 60);
    QCOMPARE(h.count(), 2);
    // One slot slept through is missed too.
    h.stepUntil(utc(u"2024-06-04T08:01:00"_s), 60);
    QCOMPARE(h.count(), 3);
    h.clock.setNow(utc(u"2024-06-04T12:30:00"_s));
    h.settle();
    QCOMPARE(h.last(), LinkTrigger::CatchUp);
    QCOMPARE(h.count(), 4);
}

void TestLinkScheduler::atSlotDuringCycle()
{
    SchedulerHarness h(utc(u"2024-06-03T07:58:00"_s));
    LinkScheduler *s = h.create(atTimes(u"08:00,12:00"_s));
    s->start();
    s->requestCycle();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Manual});
    h.stepUntil(utc(u"2024-06-03T08:10:00"_s), 60, false); // the manual cycle runs over 08:00
    QCOMPARE(h.count(), 1);
    QCOMPARE(s->pendingTrigger(), LinkTrigger::Schedule);
    h.finish();
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Manual, LinkTrigger::Schedule}));
    h.stepUntil(utc(u"2024-06-03T11:59:00"_s), 60);
    QCOMPARE(h.count(), 2);
    QCOMPARE(s->nextDue(), utc(u"2024-06-03T12:00:00"_s));
}

void TestLinkScheduler::atRepeatedHourFiresOnce()
{
    // Berlin, 2024-10-27: 02:30 local happens at 00:30 and again at 01:30 UTC.
    SchedulerHarness h(utc(u"2024-10-26T22:00:00"_s));
    LinkScheduler *s = h.create(atTimes(u"02:30"_s, "Europe/Berlin"_ba));
    s->start();
    h.stepUntil(utc(u"2024-10-27T04:00:00"_s), 5 * 60);
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Schedule});
    QCOMPARE(h.dueAt.first(), utc(u"2024-10-27T00:30:00"_s));
    QCOMPARE(s->nextDue(), utc(u"2024-10-28T01:30:00"_s));
}

void TestLinkScheduler::atChangedTimesAreNotMissed()
{
    SchedulerHarness h(utc(u"2024-06-03T10:00:00"_s));
    LinkScheduler *s = h.create(atTimes(u"08:00"_s));
    s->start();
    h.settle();
    QCOMPARE(h.count(), 0);
    // 09:00 lies in the past but was not part of the schedule then: nothing to catch up.
    s->setSchedule(atTimes(u"09:00,12:00"_s));
    h.settle();
    QCOMPARE(h.count(), 0);
    QCOMPARE(s->nextDue(), utc(u"2024-06-03T12:00:00"_s));
}

void TestLinkScheduler::queuedNothingQueued()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(whenQueued(15));
    s->start();
    h.stepUntil(T0.addSecs(3 * 60 * 60), 5 * 60);
    QCOMPARE(h.count(), 0);
    QVERIFY(!s->nextDue().isValid());
}

void TestLinkScheduler::queuedYoungThenDue()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(whenQueued(15));
    s->start();
    const QDateTime queuedAt = T0.addSecs(-5 * 60);
    for (int i = 0; i < 100; ++i) // the engine may report often
        s->setOldestQueued(queuedAt);
    h.settle();
    QCOMPARE(h.count(), 0);
    QCOMPARE(s->nextDue(), queuedAt.addSecs(15 * 60));
    h.advanceMinutes(9);
    QCOMPARE(h.count(), 0);
    h.advanceMinutes(1);
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Queued});
    // Mail old enough when reported, no earlier cycle: due at once.
    SchedulerHarness h2(T0);
    LinkScheduler *s2 = h2.create(whenQueued(15));
    s2->start();
    s2->setOldestQueued(T0.addSecs(-20 * 60));
    QCOMPARE(h2.count(), 0); // only recomputes; the cycle follows from the event loop
    h2.settle();
    QCOMPARE(h2.triggers(), Triggers{LinkTrigger::Queued});
}

void TestLinkScheduler::queuedMinimumSpacing()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(whenQueued(15));
    s->start();
    s->setOldestQueued(T0.addSecs(-60 * 60));
    h.settle();
    QCOMPARE(h.count(), 1);
    h.advanceMinutes(1);
    h.finish(); // the provider deferred it: the mail is still waiting, as old as before
    QCOMPARE(s->nextDue(), T0.addSecs(15 * 60));
    h.stepUntil(T0.addSecs(15 * 60 - 1), 30);
    QCOMPARE(h.count(), 1);
    h.advanceSecs(1);
    QCOMPARE(h.count(), 2);
    QCOMPARE(h.dueAt.last(), T0.addSecs(15 * 60));
    h.finish();
    // New mail right after a cycle waits for its own age, the spacing counts from the cycle's start.
    s->setOldestQueued(h.clock.now());
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(15 * 60));
    s->setOldestQueued(QDateTime());
    QVERIFY(!s->nextDue().isValid());
    h.stepUntil(T0.addSecs(2 * 60 * 60), 5 * 60);
    QCOMPARE(h.count(), 2);
}

void TestLinkScheduler::queuedNotWhileCycleRuns()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(whenQueued(15));
    s->start();
    s->requestCycle();
    s->setOldestQueued(T0.addSecs(-60 * 60));
    h.stepUntil(T0.addSecs(30 * 60), 5 * 60, false);
    QCOMPARE(h.count(), 1);
    QVERIFY(!s->pendingTrigger()); // the running cycle is moving the queue
    h.finish();
    // Still waiting after the cycle, whose start lies 30 minutes back: one more.
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Manual, LinkTrigger::Queued}));
    h.advanceMinutes(1);
    s->setOldestQueued(QDateTime()); // delivered during this one
    h.finish();
    h.stepUntil(T0.addSecs(3 * 60 * 60), 5 * 60);
    QCOMPARE(h.count(), 2);
}

void TestLinkScheduler::alwaysStaysUpAndReconnectsWithBackoff()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(always());
    s->start();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Always});
    h.advanceMinutes(1);
    h.finish();
    h.stepUntil(T0.addSecs(3 * 60 * 60), 10 * 60);
    QCOMPARE(h.count(), 1); // the link stays up: nothing more by itself
    QVERIFY(!s->nextDue().isValid());

    s->linkLost();
    s->linkLost(); // told twice: still one reconnect, not a longer wait
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(10));
    h.advanceSecs(9);
    QCOMPARE(h.count(), 1);
    h.advanceSecs(1);
    QCOMPARE(h.last(), LinkTrigger::Reconnect);
    // Each failed reconnect waits longer: 30 s, 60 s, then every 5 minutes.
    for (const int wait : {30, 60, 300, 300}) {
        const int before = h.count();
        h.finish(false);
        QCOMPARE(s->nextDue(), h.clock.now().addSecs(wait));
        h.advanceSecs(wait - 1);
        QCOMPARE(h.count(), before);
        h.advanceSecs(1);
        QCOMPARE(h.count(), before + 1);
        QCOMPARE(h.last(), LinkTrigger::Reconnect);
    }
    h.finish(true); // up again: the back-off starts over
    QVERIFY(!s->nextDue().isValid());
    s->linkLost();
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(10));
    // Lost during a cycle: the reconnect is planned when that cycle ends.
    h.advanceSecs(10);
    const int before = h.count();
    s->linkLost();
    QVERIFY(!s->nextDue().isValid() || s->nextDue() > h.clock.now());
    h.finish(true);
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(10));
    h.advanceSecs(10);
    QCOMPARE(h.count(), before + 1);
}

void TestLinkScheduler::linkLostOutsideAlwaysIsIgnored()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(every(60));
    s->start();
    h.finish();
    s->linkLost();
    QCOMPARE(s->nextDue(), T0.addSecs(60 * 60));
    h.advanceSecs(60);
    QCOMPARE(h.count(), 1);
}

void TestLinkScheduler::manualOnlyOnRequest()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(Schedule());
    s->start();
    h.stepUntil(T0.addSecs(24 * 60 * 60), 60 * 60);
    QCOMPARE(h.count(), 0);
    QVERIFY(!s->nextDue().isValid());
    s->requestCycle();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Manual}); // at once, before requestCycle() returns
}

QTEST_GUILESS_MAIN(TestLinkScheduler)
#include "tst_linkscheduler.moc"
