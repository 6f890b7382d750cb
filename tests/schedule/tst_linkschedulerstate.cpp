// SPDX-License-Identifier: GPL-3.0-or-later
// One cycle at a time, restart from the state file, stop(), an owner that declines, the clocks.

#include "SchedulerHarness.h"
#include "schedule/LinkSchedulerState.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

const QDateTime T0 = utc(u"2024-06-03T07:00:00"_s);

Schedule kind(Schedule::Kind k, int minutes = 60)
{
    Schedule schedule;
    schedule.kind = k;
    schedule.everyMinutes = schedule.queuedMinutes = minutes;
    return schedule;
}

Schedule atTimes(const QString &text)
{
    Schedule schedule = kind(Schedule::Kind::AtTimes);
    schedule.zone = QTimeZone("UTC");
    Schedule::parseTimes(text, &schedule.times, nullptr);
    return schedule;
}

QJsonObject readState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
/// The system clock's jump detection with both sources played by the test.
class PlayedSystemClock : public SystemClock
{
public:
    qint64 wall = 1'717'398'000'000; // 2024-06-03 07:00 UTC
    qint64 steady = 0;
    PlayedSystemClock() { resetReference(); }

protected:
    qint64 wallMs() const override { return wall; }
    qint64 steadyMs() const override { return steady; }
};
} // namespace

namespace QTest {
template<> char *toString(const LinkTrigger &trigger)
{
    return QTest::toString(linkTriggerName(trigger));
}
} // namespace QTest

class TestLinkSchedulerState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeRequestsDuringCycleAreOneCycle();
    void scheduledTimeAndRequestAreOneCycle();
    void restartCarriesLastStart();
    void restartCatchUpAtTimes();
    void restartServesPendingOnce();
    void corruptStateFileTolerated_data();
    void corruptStateFileTolerated();
    void stopEndsScheduling();
    void declinedCycleDoesNotLoop();
    void clockSetBack();
    void systemClockIsUtcNow();
    void systemClockNoticesJumps();
};

void TestLinkSchedulerState::threeRequestsDuringCycleAreOneCycle()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(kind(Schedule::Kind::Manual));
    s->start();
    s->requestCycle();
    QCOMPARE(h.count(), 1);
    QVERIFY(s->isCycleRunning());
    s->requestCycle(LinkTrigger::Queued);
    s->requestCycle();
    s->requestCycle(LinkTrigger::Schedule);
    h.advanceMinutes(3);
    QCOMPARE(h.count(), 1);
    QCOMPARE(s->pendingTrigger(), LinkTrigger::Manual); // a person's request names the cycle
    s->cycleFinished(true);
    QCOMPARE(h.count(), 1); // not from inside cycleFinished()
    h.settle();
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Manual, LinkTrigger::Manual}));
    QVERIFY(!s->pendingTrigger());
    h.finish();
    h.advanceMinutes(60);
    QCOMPARE(h.count(), 2);
}

void TestLinkSchedulerState::scheduledTimeAndRequestAreOneCycle()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(kind(Schedule::Kind::Every, 60));
    s->start();
    h.advanceMinutes(30);
    s->requestCycle();                               // during the startup cycle
    h.stepUntil(T0.addSecs(70 * 60), 5 * 60, false); // and the interval ends during it too
    QCOMPARE(h.count(), 1);
    h.finish();
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Startup, LinkTrigger::Manual}));
    h.finish();
    QCOMPARE(s->nextDue(), T0.addSecs(130 * 60));
    h.stepUntil(T0.addSecs(129 * 60), 60);
    QCOMPARE(h.count(), 2);
}

void TestLinkSchedulerState::restartCarriesLastStart()
{
    SchedulerHarness h(T0);
    h.create(kind(Schedule::Kind::Every, 60))->start();
    h.advanceMinutes(5);
    h.finish(false);
    QJsonObject state = readState(h.statePath());
    QCOMPARE(state.value(u"lastStart"_s).toString(), u"2024-06-03T07:00:00.000Z"_s);
    QCOMPARE(state.value(u"lastFinish"_s).toString(), u"2024-06-03T07:05:00.000Z"_s);
    QCOMPARE(state.value(u"lastTrigger"_s).toString(), u"startup"_s);
    QCOMPARE(state.value(u"lastOk"_s).toBool(), false);
    h.destroy();

    h.advanceMinutes(10);
    LinkScheduler *s = h.create(kind(Schedule::Kind::Every, 60));
    QCOMPARE(s->lastCycleStart(), T0);
    QCOMPARE(s->lastCycleFinish(), T0.addSecs(5 * 60));
    // Every: the startup cycle comes although the last one started 15 minutes ago (as the IMS
    // dials when it starts); one cycle, nothing more for the interval.
    s->start();
    h.settle();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Startup});
    h.finish();
    QCOMPARE(s->nextDue(), T0.addSecs(75 * 60));
    h.destroy();

    // Down for a day: still the one startup cycle, not a catch-up besides.
    h.advanceMinutes(24 * 60);
    s = h.create(kind(Schedule::Kind::Every, 60));
    s->start();
    h.settle();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Startup});
}

void TestLinkSchedulerState::restartCatchUpAtTimes()
{
    SchedulerHarness h(T0);
    h.create(atTimes(u"08:00,12:00,16:00"_s))->start();
    h.stepUntil(utc(u"2024-06-03T08:10:00"_s), 5 * 60);
    QCOMPARE(h.count(), 1);
    h.destroy();
    // Down from 08:10 until 17:00: 12:00 and 16:00 missed.
    h.clock.setNow(utc(u"2024-06-03T17:00:00"_s));
    LinkScheduler *s = h.create(atTimes(u"08:00,12:00,16:00"_s));
    QCOMPARE(s->lastCycleStart(), utc(u"2024-06-03T08:00:00"_s));
    s->start();
    h.settle();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::CatchUp});
    h.finish();
    QCOMPARE(s->nextDue(), utc(u"2024-06-04T08:00:00"_s));
    h.destroy();
    // Restarted again before the next slot: nothing was missed since the catch-up.
    h.advanceMinutes(60);
    s = h.create(atTimes(u"08:00,12:00,16:00"_s));
    s->start();
    h.settle();
    QCOMPARE(h.count(), 0);
}

void TestLinkSchedulerState::restartServesPendingOnce()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(kind(Schedule::Kind::Manual));
    s->start();
    s->requestCycle();
    s->requestCycle(); // pending behind the running cycle
    QCOMPARE(readState(h.statePath()).value(u"pending"_s).toString(), u"manual"_s);
    h.destroy(); // the process ends during the cycle

    h.advanceMinutes(30);
    s = h.create(kind(Schedule::Kind::Manual));
    QCOMPARE(s->pendingTrigger(), LinkTrigger::Manual);
    QVERIFY(!s->isCycleRunning());
    s->start();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Manual});
    QVERIFY(readState(h.statePath()).value(u"pending"_s).isNull());
    h.destroy();

    s = h.create(kind(Schedule::Kind::Manual));
    QVERIFY(!s->pendingTrigger());
    s->start();
    h.settle();
    QCOMPARE(h.count(), 0);
}

void TestLinkSchedulerState::corruptStateFileTolerated_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << "{\"version\": 1, \"lastStart\": "_ba;
    QTest::newRow("binary") << QByteArray("\0\1\2\3", 4);
    QTest::newRow("bad time") << R"({"version": 1, "lastStart": "yesterday", "pending": null})"_ba;
    QTest::newRow("bad trigger") << R"({"version": 1, "lastStart": null, "pending": "soon"})"_ba;
    QTest::newRow("other version") << R"({"version": 7, "lastStart": "2024-06-03T06:00:00.000Z"})"_ba;
    QTest::newRow("array") << "[1, 2]"_ba;
}

void TestLinkSchedulerState::corruptStateFileTolerated()
{
    QFETCH(QByteArray, content);
    SchedulerHarness h(T0);
    QVERIFY(QDir().mkpath(QFileInfo(h.statePath()).absolutePath()));
    QVERIFY(writeFile(h.statePath(), content));
    // Logged (the test fails if it is not), not fatal.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"state file .* could not be read"_s));
    LinkScheduler *s = h.create(kind(Schedule::Kind::Every, 60));
    QVERIFY(!s->lastCycleStart().isValid());
    QVERIFY(!s->pendingTrigger());
    s->start();
    QCOMPARE(h.triggers(), Triggers{LinkTrigger::Startup});
    // Rewritten as a good file.
    QString error;
    const LinkSchedulerState state = LinkSchedulerState::load(h.statePath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(state.lastStart, T0);
    // A missing file is no history and no error.
    QVERIFY(QFile::remove(h.statePath()));
    LinkSchedulerState::load(h.statePath(), &error);
    QVERIFY(error.isEmpty());
}

void TestLinkSchedulerState::stopEndsScheduling()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(kind(Schedule::Kind::Every, 60));
    QSignalSpy nextChanged(s, &LinkScheduler::nextDueChanged);
    s->start();
    h.advanceMinutes(1);
    s->stop();
    QVERIFY(!s->nextDue().isValid());
    QVERIFY(!nextChanged.last().first().toDateTime().isValid());
    h.finish(); // the running cycle is still reported
    QCOMPARE(s->lastCycleFinish(), T0.addSecs(60));
    h.stepUntil(T0.addSecs(5 * 60 * 60), 10 * 60);
    QCOMPARE(h.count(), 1);
    s->requestCycle(); // kept for the next start
    h.settle();
    QCOMPARE(h.count(), 1);
    QCOMPARE(s->pendingTrigger(), LinkTrigger::Manual);
    s->start();
    QCOMPARE(h.triggers(), (Triggers{LinkTrigger::Startup, LinkTrigger::Manual}));
    h.finish();
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(60 * 60));
}

void TestLinkSchedulerState::declinedCycleDoesNotLoop()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(kind(Schedule::Kind::Every, 60));
    s->setStartTimeoutMs(50);
    h.answer = false; // the owner does not start cycles
    const QRegularExpression givenUp(u"no cycle started after cycleDue"_s);
    QTest::ignoreMessage(QtWarningMsg, givenUp); // the startup cycle
    QTest::ignoreMessage(QtWarningMsg, givenUp); // the request held back behind it
    s->start();
    QCOMPARE(h.count(), 1);
    s->requestCycle(); // while the startup cycle has not started: held back, not a second cycleDue
    h.settle();
    QCOMPARE(h.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(h.count(), 2, 2000); // served once the owner is given up on
    QCOMPARE(h.last(), LinkTrigger::Manual);
    QTest::qWait(120);
    QCOMPARE(h.count(), 2);
    QVERIFY(!s->isCycleRunning());
    // The declined times count as served: the next is an interval later, not at once.
    QCOMPARE(s->nextDue(), T0.addSecs(60 * 60));
}

void TestLinkSchedulerState::clockSetBack()
{
    SchedulerHarness h(T0);
    LinkScheduler *s = h.create(kind(Schedule::Kind::Every, 60));
    s->start();
    h.finish();
    h.clock.setNow(T0.addSecs(-3 * 60 * 60));
    h.settle();
    // Counting from the start "in the future" would wait four hours.
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(60 * 60));
    QCOMPARE(h.count(), 1);
}

void TestLinkSchedulerState::systemClockIsUtcNow()
{
    SystemClock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.now();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(before.msecsTo(now)) < 1000);
}

void TestLinkSchedulerState::systemClockNoticesJumps()
{
    PlayedSystemClock clock;
    QSignalSpy changed(&clock, &Clock::changed);
    QCOMPARE(clock.now(), utc(u"2024-06-03T07:00:00"_s));
    clock.wall += 30000;
    clock.steady += 30000;
    clock.checkNow();
    QCOMPARE(changed.size(), 0); // steady ticking
    clock.wall += 30300;
    clock.steady += 30000;
    clock.checkNow();
    QCOMPARE(changed.size(), 0);          // NTP-sized correction
    clock.wall += 60 * 60 * 1000 + 30000; // suspended for an hour: the monotonic clock stood still
    clock.steady += 30000;
    clock.checkNow();
    QCOMPARE(changed.size(), 1);
    clock.wall -= 2 * 60 * 60 * 1000; // the admin sets the time back two hours
    clock.steady += 1000;
    clock.checkNow();
    QCOMPARE(changed.size(), 2);
    clock.wall += 30000;
    clock.steady += 30000;
    clock.checkNow();
    QCOMPARE(changed.size(), 2); // measured from the new reference
    // The timer does the checking by itself.
    clock.setCheckInterval(10, 5000);
    clock.wall += 10 * 60 * 1000;
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 2000);
}

QTEST_GUILESS_MAIN(TestLinkSchedulerState)
#include "tst_linkschedulerstate.moc"
