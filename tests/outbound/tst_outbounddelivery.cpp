// SPDX-License-Identifier: GPL-3.0-or-later
// Outbound delivery end to end: a real queue, the real SMTP client and a fake SMTP server reached
// through an E-Mail Domain "forward" route on a loopback port.

#include "FakeSmtpServer.h"
#include "outbound/DeliveryJob.h"
#include "outbound/OutboundDelivery.h"
#include "outbound/SessionPool.h"
#include "queue/MessageQueue.h"
#include "queue/QueueId.h"
#include "smtp/RecipientPolicy.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    MessageQueue queue;
    FakeSmtpServer server;
    OutboundDelivery delivery{&queue};

    bool open()
    {
        QString error;
        if (!queue.open(dir.filePath(u"queue.db"_s), &error) || !server.listen())
            return false;
        // Reports to senders in local.test stay in the queue as local deliveries, where the test
        // can read them (no local delivery agent runs here).
        QDir().mkpath(dir.filePath(u"mail/alice"_s));
        LocalDeliveryConfig local;
        local.localDomains = {u"local.test"_s};
        local.mailRoot = dir.filePath(u"mail"_s);
        delivery.setRecipientPolicy(std::make_shared<RecipientPolicy>(local));
        delivery.setAlwaysConnected(false);
        delivery.configure(config(), u"gw.local.test"_s, u"postmaster@local.test"_s);
        return true;
    }

    OutboundConfig config() const
    {
        OutboundConfig config;
        DomainRoute route;
        route.domain = u"dest.test"_s;
        route.kind = DomainRoute::Kind::Forward;
        route.host = u"127.0.0.1"_s;
        route.port = server.port();
        config.domainRoutes = {route};
        config.timeouts.connect = config.timeouts.greeting = config.timeouts.command = 10000;
        config.timeouts.dataInitiation = config.timeouts.dataBlock = config.timeouts.dataTermination = 10000;
        return config;
    }

    QString enqueue(const QByteArray &sender, const QList<QByteArray> &recipients,
                    const QDateTime &receivedAt = QDateTime::currentDateTimeUtc())
    {
        NewMessage message;
        message.queueId = nextQueueId();
        message.sender = sender;
        for (const QByteArray &recipient : recipients)
            message.recipients.append({recipient, RecipientRoute::Remote, {}});
        message.content = "From: <" + sender + ">\r\nSubject: test " + message.queueId.toLatin1() +
                          "\r\n\r\nHello.\r\n.leading dot\r\n";
        message.receivedAt = receivedAt;
        bool done = false;
        QObject context;
        queue.enqueue(message, &context, [&](const EnqueueResult &result) { done = result.ok; });
        return QTest::qWaitFor([&] { return done; }, 5000) ? message.queueId : QString();
    }

    /// Starts a job and waits for it; the summary, or a default one with storageErrors = -1.
    DeliverySummary runJob()
    {
        QSignalSpy finished(&delivery, &OutboundDelivery::jobFinished);
        if (!delivery.startJob() || !finished.wait(30000)) {
            DeliverySummary failed;
            failed.storageErrors = -1;
            return failed;
        }
        return finished.first().first().value<DeliverySummary>();
    }

    QList<DueLocalDelivery> reports()
    {
        return queue.dueLocalDeliveries(QDateTime::currentDateTimeUtc(), 100);
    }

    QList<QByteArray> remoteAddressesDueAt(const QDateTime &when)
    {
        QList<QByteArray> addresses;
        for (const DueRemoteMessage &message : queue.dueRemoteMessages(when, 100)) {
            for (const DueRemoteRecipient &recipient : message.recipients)
                addresses.append(recipient.address);
        }
        return addresses;
    }
};

} // namespace

class TestOutboundDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deliversDefersAndFails();
    void expiredRecipientsFailWithAReport();
    void delayWarningIsSentOnce();
    void noReportForTheNullSender();
    void routeFailures();
    void mailQueuedDuringAJobIsDeliveredByIt();
    void reportsToRemoteSendersGoOutInTheSameJob();
    void connectionLimits();
    void nextHostAfterASessionFailure();
    void alwaysConnectedRetriesOnTheTimer();
    void stopLeavesTheRestQueued();
};

void TestOutboundDelivery::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sluice.*.debug=false"_s);
}

void TestOutboundDelivery::deliversDefersAndFails()
{
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy reportsQueued(&f.delivery, &OutboundDelivery::reportsQueued);
    QVERIFY(
        !f.enqueue("alice@local.test", {"ok1@dest.test", "temp1@dest.test", "perm1@dest.test"}).isEmpty());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const DeliverySummary summary = f.runJob();
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QCOMPARE(summary.delivered, 1);
    QCOMPARE(summary.deferred, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.reports, 1);
    QCOMPARE(summary.storageErrors, 0);

    // Delivered: at the server, and gone from the queue.
    QCOMPARE(f.server.received().size(), 1);
    QCOMPARE(f.server.received().first().sender, QByteArray("alice@local.test"));
    QCOMPARE(f.server.received().first().recipients, QList<QByteArray>{"ok1@dest.test"});
    QVERIFY(f.server.received().first().data.contains("\r\n.leading dot\r\n"));

    // Deferred: due again after the first retry interval (15 minutes), not before.
    QCOMPARE(f.remoteAddressesDueAt(before.addSecs(15 * 60 - 5)), QList<QByteArray>());
    QCOMPARE(f.remoteAddressesDueAt(after.addSecs(15 * 60 + 5)), QList<QByteArray>{"temp1@dest.test"});
    const QDateTime next = f.queue.nextRemoteAttempt();
    QVERIFY(next >= before.addSecs(15 * 60) && next <= after.addSecs(15 * 60));
    const DueRemoteRecipient deferred =
        f.queue.dueRemoteMessages(after.addSecs(16 * 60), 10).first().recipients.first();
    QCOMPARE(deferred.attempts, 1);
    QVERIFY2(deferred.lastReply.contains(u"451 4.2.0 try again later"_s), qPrintable(deferred.lastReply));

    // Failed: exactly one report, to the sender, about perm1 only.
    const QList<DueLocalDelivery> reports = f.reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().sender, QByteArray());
    QCOMPARE(reports.first().address, QByteArray("alice@local.test"));
    QCOMPARE(reports.first().mailbox, u"alice"_s);
    QVERIFY(reports.first().content.contains("Final-Recipient: rfc822; perm1@dest.test"));
    QVERIFY(reports.first().content.contains("Diagnostic-Code: smtp; 550 5.1.1 no such user here"));
    QVERIFY(reports.first().content.contains("Remote-MTA: dns; 127.0.0.1"));
    QVERIFY(!reports.first().content.contains("Final-Recipient: rfc822; temp1@dest.test"));
    QVERIFY(!reports.first().content.contains("Final-Recipient: rfc822; ok1@dest.test"));
    QVERIFY(reportsQueued.size() >= 1);
    QCOMPARE(reportsQueued.first().first().toBool(), true); // local: the agent must be woken
}

void TestOutboundDelivery::expiredRecipientsFailWithAReport()
{
    Fixture f;
    QVERIFY(f.open());
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-49 * 3600);
    QVERIFY(!f.enqueue("alice@local.test", {"temp2@dest.test"}, old).isEmpty());
    const DeliverySummary summary = f.runJob();
    QCOMPARE(summary.deferred, 0);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(f.queue.counts().remotePending, 0);
    const QList<DueLocalDelivery> reports = f.reports();
    QCOMPARE(reports.size(), 1);
    QVERIFY(reports.first().content.contains("Final-Recipient: rfc822; temp2@dest.test"));
    QVERIFY(reports.first().content.contains("Action: failed"));
    QVERIFY(reports.first().content.contains("Status: 5.4.7"));
    QVERIFY(reports.first().content.contains("451 4.2.0 try again later"));
}

void TestOutboundDelivery::delayWarningIsSentOnce()
{
    Fixture f;
    QVERIFY(f.open());
    OutboundConfig config = f.config();
    config.delayWarningHours = 4;
    f.delivery.configure(config, u"gw.local.test"_s, u"postmaster@local.test"_s);
    const QDateTime received = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600);
    QVERIFY(!f.enqueue("alice@local.test", {"temp3@dest.test"}, received).isEmpty());
    const DeliverySummary summary = f.runJob();
    QCOMPARE(summary.deferred, 1);
    QCOMPARE(summary.reports, 1);
    const QList<DueLocalDelivery> reports = f.reports();
    QCOMPARE(reports.size(), 1);
    QVERIFY(reports.first().content.contains("Action: delayed"));
    QVERIFY(reports.first().content.contains("Subject: Delayed mail"));
    const DueRemoteMessage again =
        f.queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(3600), 10).first();
    QVERIFY(again.recipients.first().warned);
}

void TestOutboundDelivery::noReportForTheNullSender()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(!f.enqueue(QByteArray(), {"perm4@dest.test"}).isEmpty());
    const DeliverySummary summary = f.runJob();
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.reports, 0);
    QCOMPARE(f.queue.counts().messages, 0);
}

void TestOutboundDelivery::routeFailures()
{
    Fixture f;
    QVERIFY(f.open());
    OutboundConfig config = f.config();
    config.dnsServer = QHostAddress(u"127.53.255.254"_s); // nobody answers there: DNS fails for now
    f.delivery.configure(config, u"gw.local.test"_s, u"postmaster@local.test"_s);
    QVERIFY(
        !f.enqueue("alice@local.test", {"x@unreachable-dns.test", "nodomain", "ok6@dest.test"}).isEmpty());
    const DeliverySummary summary = f.runJob();
    QCOMPARE(summary.delivered, 1);
    QCOMPARE(summary.deferred, 1); // the DNS failure: temporary
    QCOMPARE(summary.failed, 1);   // no domain at all: permanent
    QVERIFY(summary.hostErrors.contains(u"unreachable-dns.test"_s));
    const QList<DueLocalDelivery> reports = f.reports();
    QCOMPARE(reports.size(), 1);
    QVERIFY(reports.first().content.contains("Final-Recipient: rfc822; nodomain"));
    QVERIFY(reports.first().content.contains("Status: 5.1.3"));
    QVERIFY(!reports.first().content.contains("unreachable-dns.test"));
    const DueRemoteRecipient deferred =
        f.queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(3600), 10)
            .first()
            .recipients.first();
    QCOMPARE(deferred.address, QByteArray("x@unreachable-dns.test"));
    QVERIFY2(deferred.lastReply.contains(u"DNS lookup"_s), qPrintable(deferred.lastReply));
}

void TestOutboundDelivery::mailQueuedDuringAJobIsDeliveredByIt()
{
    Fixture f;
    QVERIFY(f.open());
    QSignalSpy finished(&f.delivery, &OutboundDelivery::jobFinished);
    f.server.setHoldDataReply(true);
    QVERIFY(!f.enqueue("alice@local.test", {"first@dest.test"}).isEmpty());
    QVERIFY(f.delivery.startJob());
    QTRY_COMPARE_WITH_TIMEOUT(f.server.heldReplies(), 1, 20000);
    // The job waits for the server's answer to the first message; the second arrives meanwhile.
    // No wake(): the job must look again before it finishes.
    QVERIFY(!f.enqueue("alice@local.test", {"second@dest.test"}).isEmpty());
    f.server.setHoldDataReply(false);
    f.server.release();
    QVERIFY(finished.wait(30000));
    const DeliverySummary summary = finished.first().first().value<DeliverySummary>();
    QCOMPARE(summary.delivered, 2);
    QCOMPARE(f.server.received().size(), 2);
    QCOMPARE(f.queue.counts().messages, 0);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void TestOutboundDelivery::reportsToRemoteSendersGoOutInTheSameJob()
{
    Fixture f;
    QVERIFY(f.open());
    // The sender's domain is reached through the same fake server.
    OutboundConfig config = f.config();
    DomainRoute senderRoute = config.domainRoutes.first();
    senderRoute.domain = u"sender.test"_s;
    config.domainRoutes.append(senderRoute);
    f.delivery.configure(config, u"gw.local.test"_s, u"postmaster@local.test"_s);
    QVERIFY(!f.enqueue("bob@sender.test", {"perm5@dest.test"}).isEmpty());
    const DeliverySummary summary = f.runJob();
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.reports, 1);
    QCOMPARE(summary.delivered, 1); // the report itself
    QCOMPARE(f.server.received().size(), 1);
    const FakeSmtpServer::Received &report = f.server.received().first();
    QCOMPARE(report.sender, QByteArray()); // MAIL FROM:<>
    QCOMPARE(report.recipients, QList<QByteArray>{"bob@sender.test"});
    QVERIFY(report.data.contains("multipart/report; report-type=delivery-status"));
    QCOMPARE(f.queue.counts().messages, 0);
}

void TestOutboundDelivery::connectionLimits()
{
    Fixture f;
    QVERIFY(f.open());
    OutboundConfig config = f.config();
    config.maxMessagesPerConnection = 2;
    config.maxConnectionsPerHost = 1;
    f.delivery.configure(config, u"gw.local.test"_s, u"postmaster@local.test"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!f.enqueue("alice@local.test", {"r" + QByteArray::number(i) + "@dest.test"}).isEmpty());
    const DeliverySummary summary = f.runJob();
    QCOMPARE(summary.delivered, 5);
    QCOMPARE(f.server.connections(), 3);
    QCOMPARE(f.server.mostConcurrent(), 1);

    // Two connections per host, one message each: never more than two at once.
    Fixture g;
    QVERIFY(g.open());
    config = g.config();
    config.maxMessagesPerConnection = 1;
    config.maxConnectionsPerHost = 2;
    g.delivery.configure(config, u"gw.local.test"_s, u"postmaster@local.test"_s);
    for (int i = 0; i < 6; ++i)
        QVERIFY(!g.enqueue("alice@local.test", {"r" + QByteArray::number(i) + "@dest.test"}).isEmpty());
    QCOMPARE(g.runJob().delivered, 6);
    QCOMPARE(g.server.connections(), 6);
    QVERIFY(g.server.mostConcurrent() <= 2);
}

void TestOutboundDelivery::nextHostAfterASessionFailure()
{
    FakeSmtpServer busy;
    busy.setGreeting("421 4.3.2 too busy, try another MX");
    QVERIFY(busy.listen());
    FakeSmtpServer good;
    QVERIFY(good.listen());

    OutboundConfig config;
    SessionPool pool(config, u"gw.local.test"_s);
    QSignalSpy outcomes(&pool, &SessionPool::recipientsFinished);
    QSignalSpy sessions(&pool, &SessionPool::sessionFinished);
    QSignalSpy idle(&pool, &SessionPool::idle);
    RouteResult route;
    route.hops = {NextHop{u"127.0.0.1"_s, busy.port(), {}, {}}, NextHop{u"127.0.0.1"_s, good.port(), {}, {}}};
    DueRemoteMessage message;
    message.messageId = 7;
    message.queueId = u"Q7"_s;
    message.sender = "alice@local.test";
    message.content = "Subject: x\r\n\r\nbody\r\n";
    message.recipients = {DueRemoteRecipient{70, "a@dest.test", 0, false, {}},
                          DueRemoteRecipient{71, "b@dest.test", 0, false, {}}};
    pool.add(route, message);
    QVERIFY(idle.wait(30000));

    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).at(1).toBool(), false); // the busy host
    QCOMPARE(sessions.at(1).at(1).toBool(), true);
    QCOMPARE(good.received().size(), 1);
    QCOMPARE(good.received().first().recipients, (QList<QByteArray>{"a@dest.test", "b@dest.test"}));
    int delivered = 0;
    for (const QList<QVariant> &signal : outcomes) {
        for (const RecipientOutcome &outcome : signal.at(1).value<QList<RecipientOutcome>>()) {
            QCOMPARE(outcome.result.outcome, RecipientResult::Outcome::Delivered);
            ++delivered;
        }
    }
    QCOMPARE(delivered, 2);
}

void TestOutboundDelivery::alwaysConnectedRetriesOnTheTimer()
{
    Fixture f;
    QVERIFY(f.open());
    OutboundConfig config = f.config();
    config.retryHours = {1.0 / 3600}; // one second
    f.delivery.configure(config, u"gw.local.test"_s, u"postmaster@local.test"_s);
    f.delivery.setAlwaysConnected(true);
    QSignalSpy finished(&f.delivery, &OutboundDelivery::jobFinished);
    QVERIFY(!f.enqueue("alice@local.test", {"once@dest.test"}).isEmpty());
    f.delivery.wake(); // what the Engine does on messageQueued with remote recipients
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<DeliverySummary>().deferred, 1);
    // No wake(): the timer starts the next job when the retry is due.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(finished.at(1).first().value<DeliverySummary>().delivered, 1);
    QCOMPARE(f.queue.counts().messages, 0);
}

void TestOutboundDelivery::stopLeavesTheRestQueued()
{
    Fixture f;
    QVERIFY(f.open());
    f.server.setHoldDataReply(true);
    QVERIFY(!f.enqueue("alice@local.test", {"held@dest.test"}).isEmpty());
    QSignalSpy finished(&f.delivery, &OutboundDelivery::jobFinished);
    QVERIFY(f.delivery.startJob());
    QTRY_COMPARE_WITH_TIMEOUT(f.server.heldReplies(), 1, 20000);
    f.delivery.stop();
    QCOMPARE(finished.size(), 1); // at once
    QCOMPARE(f.delivery.startJob(), nullptr);
    // Unanswered: still queued as it was, neither deferred nor failed.
    QCOMPARE(f.remoteAddressesDueAt(QDateTime::currentDateTimeUtc()), QList<QByteArray>{"held@dest.test"});
    QCOMPARE(
        f.queue.dueRemoteMessages(QDateTime::currentDateTimeUtc(), 10).first().recipients.first().attempts,
        0);
}

QTEST_GUILESS_MAIN(TestOutboundDelivery)
#include "tst_outbounddelivery.moc"
