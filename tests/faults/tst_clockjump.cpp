// SPDX-License-Identifier: GPL-3.0-or-later
// The machine's clock jumping, forward and back, by hours and by years (a small gateway without an RTC
// boots in 1970 and NTP moves it to today): in the scheduler between cycles and during one, in a link
// cycle's idle wait, and with mail in the outbound queue. No storm of cycles, no stall (a clock set
// back postpones nothing by the jump), no expiry from a jump alone, idle time-outs on a monotonic clock.
//
// A jump is a clock SET (Clock::jumped, played here by ManualClock::jump); time passing is
// ManualClock::advance. The queue and outbound delivery read the real wall clock, so a jump is played
// to them as the real one sees it: times stored "before the jump" are written in the old clock's
// reading (1970, or three years ahead), then the engine's clock reports the jump.

#include "FakeSmtpPeer.h"
#include "FaultOffice.h"
#include "SchedulerHarness.h"

#include "link/LinkController.h"
#include "queue/MessageQueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

namespace {

constexpr qint64 HourMs = 3600LL * 1000;
constexpr qint64 YearMs = 365LL * 24 * HourMs;

const QDateTime Boot1970(QDate(1970, 1, 1), QTime(0, 0, 30), Qt::UTC);

Schedule every(int minutes)
{
    Schedule schedule;
    schedule.kind = Schedule::Kind::Every;
    schedule.everyMinutes = minutes;
    return schedule;
}

/// Enqueues a message from alice@office.test to partner@far.test as the SMTP server would have while
/// the clock read receivedAt; returns its queue id (empty on failure).
QString enqueueAt(MessageQueue *queue, const QDateTime &receivedAt)
{
    NewMessage message;
    message.queueId = u"JUMP%1"_s.arg(receivedAt.toMSecsSinceEpoch() & 0xffffff, 0, 16).toUpper();
    message.sender = "alice@office.test";
    message.recipients = {{"partner@far.test", RecipientRoute::Remote, {}}};
    message.content = "Subject: across the jump\r\n\r\nbody\r\n";
    message.receivedAt = receivedAt;
    message.clientAddress = u"127.0.0.1"_s;
    message.heloName = u"client.office.test"_s;
    QString queued;
    bool done = false;
    QObject context;
    queue->enqueue(message, &context, [&](const EnqueueResult &result) {
        done = true;
        queued = result.ok ? result.queueId : QString();
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return {};
    return queued;
}

int reportsFor(const QString &dir)
{
    return int(QDir(dir + u"/mail/alice/new"_s).entryList(QDir::Files).size());
}

const QByteArray SmarthostAccepts = R"(
    S: 220 smarthost.example ESMTP
    C: EHLO gateway.office.test
    S: 250 smarthost.example
    C~ MAIL FROM:<alice@office.test>.*
    S: 250 2.1.0 Ok
    C: RCPT TO:<partner@far.test>
    S: 250 2.1.5 Ok
    C: DATA
    S: 354 go ahead
    D:
    S: 250 2.0.0 queued
    C: QUIT
    S: 221 Bye
)"_ba;

} // namespace

class TestClockJump : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CycleRecord>(); }
    // The scheduler.
    void everyKeepsTheRemainingWait_data();
    void everyKeepsTheRemainingWait();
    void jumpDuringACycleAddsNoCycle();
    void atTimesAfterTheBootJumpCatchUpOnce();
    // The link cycle.
    void idleWaitIgnoresTheWallClock();
    // The outbound queue.
    void mailFrom1970DoesNotExpire_data();
    void mailFrom1970DoesNotExpire();
    void clockSetBackDoesNotPostponeTheRetry_data();
    void clockSetBackDoesNotPostponeTheRetry();
};

void TestClockJump::everyKeepsTheRemainingWait_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("jumpMs");
    const QDateTime today(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    QTest::newRow("back 3 hours") << today << -3 * HourMs;
    QTest::newRow("back 10 years") << today << -10 * YearMs;
    QTest::newRow("forward 3 hours") << today << 3 * HourMs;
    QTest::newRow("1970 to today") << Boot1970 << Boot1970.msecsTo(today);
}

void TestClockJump::everyKeepsTheRemainingWait()
{
    QFETCH(QDateTime, start);
    QFETCH(qint64, jumpMs);
    SchedulerHarness h(start);
    LinkScheduler *s = h.create(every(60));
    s->start();
    QCOMPARE(h.count(), 1); // the startup cycle
    h.finish();
    h.advanceMinutes(20);
    h.clock.jump(jumpMs);
    h.settle();
    // No cycle for the jump, and the 40 minutes that were left are still 40 minutes.
    QCOMPARE(h.count(), 1);
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(40 * 60));
    h.advanceMinutes(39);
    QCOMPARE(h.count(), 1);
    h.advanceMinutes(1);
    QCOMPARE(h.count(), 2);
    h.finish();
    // Then one per interval: no storm.
    h.stepUntil(h.clock.now().addSecs(3 * 60 * 60 - 1), 60);
    QCOMPARE(h.count(), 4);
}

void TestClockJump::jumpDuringACycleAddsNoCycle()
{
    SchedulerHarness h(Boot1970);
    LinkScheduler *s = h.create(every(60));
    s->start();
    QCOMPARE(h.count(), 1);
    h.advanceMinutes(5);
    h.clock.jump(Boot1970.msecsTo(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)));
    h.settle();
    QVERIFY(!s->pendingTrigger().has_value());
    h.finish();
    QCOMPARE(h.count(), 1);
    QCOMPARE(s->nextDue(), h.clock.now().addSecs(55 * 60));
}

void TestClockJump::atTimesAfterTheBootJumpCatchUpOnce()
{
    // Set times are wall-clock times: a jump over 56 years of them is one catch-up, not a storm.
    SchedulerHarness h(Boot1970);
    Schedule schedule;
    schedule.kind = Schedule::Kind::AtTimes;
    QString error;
    QVERIFY(Schedule::parseTimes(u"08:00, 12:00, 17:30"_s, &schedule.times, &error));
    LinkScheduler *s = h.create(schedule);
    s->start();
    QCOMPARE(h.count(), 0);
    h.clock.jump(Boot1970.msecsTo(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)));
    h.settle();
    QCOMPARE(h.count(), 1);
    h.finish();
    h.stepUntil(QDateTime(QDate(2026, 11, 30), QTime(11, 59), Qt::UTC), 60);
    QCOMPARE(h.count(), 1);
    h.stepUntil(QDateTime(QDate(2026, 11, 30), QTime(12, 1), Qt::UTC), 60);
    QCOMPARE(h.count(), 2);
}

void TestClockJump::idleWaitIgnoresTheWallClock()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    FaultOffice office;
    office.engine().setClock(&clock);
    QVERIFY(office.start(0, 0, [](EngineConfig &config) {
        config.link.retrieval.method = RetrievalSettings::Method::None;
        config.link.idleTimeoutMs = 1500;
    }));
    QSignalSpy finished(office.engine().link(), &LinkController::cycleFinished);
    office.engine().link()->connectNow();
    QTRY_COMPARE_WITH_TIMEOUT(office.engine().link()->status().phase, LinkCycle::Phase::Waiting, 10000);
    QElapsedTimer waiting;
    waiting.start();
    clock.jump(56 * YearMs); // forward: must not end the wait at once
    QTest::qWait(300);
    clock.jump(-60 * YearMs); // back: must not stretch it
    QVERIFY(finished.wait(10000));
    const qint64 waited = waiting.elapsed();
    QVERIFY2(waited >= 1400 && waited < 3500, qPrintable(QString::number(waited)));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1); // and no cycle of the jumps' own
    QVERIFY(!office.linkUp());
}

void TestClockJump::mailFrom1970DoesNotExpire_data()
{
    QTest::addColumn<bool>("jumps");
    QTest::newRow("NTP sets the clock") << true;
    // Without the jump reported the same message is 56 years old: the control shows what is at stake.
    QTest::newRow("control: no jump reported") << false;
}

void TestClockJump::mailFrom1970DoesNotExpire()
{
    QFETCH(bool, jumps);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    FaultOffice office; // dial-up: nothing leaves before the cycle
    office.engine().setClock(&clock);
    QVERIFY(office.start(0, 0, [](EngineConfig &config) {
        config.link.retrieval.method = RetrievalSettings::Method::None;
        config.outbound.messageTimeoutHours = 48;
        config.outbound.delayWarningHours = 4;
    }));
    // Booted in 1970: the message arrived 5 minutes before NTP's first answer.
    const QDateTime arrival = Boot1970.addSecs(10 * 60);
    QVERIFY(!enqueueAt(office.engine().queue(), arrival).isEmpty());
    const QDateTime jumpedFrom = arrival.addSecs(5 * 60);
    if (jumps)
        clock.jump(jumpedFrom.msecsTo(QDateTime::currentDateTimeUtc()));
    const CycleRecord record = office.runCycle();
    QVERIFY(record.id > 0);
    const QueueCounts counts = office.engine().queueCounts();
    if (!jumps) {
        QCOMPARE(counts.remotePending, 0); // expired: 5.4.7 to alice
        QTRY_COMPARE(reportsFor(office.dir()), 1);
        return;
    }
    // Deferred (the smarthost does not answer), not expired, no delay warning: it is 5 minutes old.
    QCOMPARE(counts.remotePending, 1);
    QCOMPARE(counts.deferred, 1);
    QTest::qWait(200);
    QCOMPARE(reportsFor(office.dir()), 0);
    const QList<DueRemoteMessage> queued =
        office.engine().queue()->dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(1), 10);
    QCOMPARE(queued.size(), 1);
    const qint64 ageSecs = queued.first().receivedAt.secsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(ageSecs >= 5 * 60 && ageSecs < 5 * 60 + 60, qPrintable(QString::number(ageSecs)));
}

void TestClockJump::clockSetBackDoesNotPostponeTheRetry_data()
{
    QTest::addColumn<qint64>("setBackMs");
    QTest::addColumn<bool>("jumps");
    QTest::newRow("3 hours") << 3 * HourMs << true;
    QTest::newRow("3 years") << 3 * YearMs << true;
    QTest::newRow("control: 3 hours, no jump reported") << 3 * HourMs << false;
}

void TestClockJump::clockSetBackDoesNotPostponeTheRetry()
{
    QFETCH(qint64, setBackMs);
    QFETCH(bool, jumps);
    FakeSmtpPeer smarthost(SmarthostAccepts);
    QVERIFY(smarthost.start());
    ManualClock clock(QDateTime::currentDateTimeUtc());
    FaultOffice office;
    office.engine().setClock(&clock);
    QVERIFY(office.start(smarthost.port(), 0, [](EngineConfig &config) {
        config.link.retrieval.method = RetrievalSettings::Method::None;
    }));
    // Before the jump the clock read setBackMs ahead: the message came a minute earlier by it, and its
    // retry was set for 2 s later by it.
    MessageQueue *queue = office.engine().queue();
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addMSecs(setBackMs);
    QVERIFY(!enqueueAt(queue, ahead.addSecs(-60)).isEmpty());
    const QList<DueRemoteMessage> due = queue->dueRemoteMessages(ahead, 10);
    QCOMPARE(due.size(), 1);
    QVERIFY(queue->markDeferred(due.first().recipients.first().recipientId, u"451 4.4.1 try later"_s,
                                ahead.addSecs(2)));
    if (jumps)
        clock.jump(-setBackMs);
    QTest::qWait(2500);
    const CycleRecord record = office.runCycle();
    QVERIFY(record.id > 0);
    if (!jumps) {
        QCOMPARE(record.messagesSent, 0); // waits for the clock to catch up: the stall
        QCOMPARE(office.engine().queueCounts().remotePending, 1);
        return;
    }
    QVERIFY2(record.ok, qPrintable(record.result));
    QCOMPARE(record.messagesSent, 1);
    QVERIFY2(smarthost.isAllScenarioDone(), smarthost.report().constData());
    QCOMPARE(office.engine().queueCounts().remotePending, 0);
}

QTEST_GUILESS_MAIN(TestClockJump)
#include "tst_clockjump.moc"
