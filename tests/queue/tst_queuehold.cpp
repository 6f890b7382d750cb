// SPDX-License-Identifier: GPL-3.0-or-later
// Holding mail for ETRN in the queue: held recipients are never due, are released per node (exact,
// "@" with subdomains, "#name"), a message for two held domains is held and released per domain,
// the hold time-out fails them with a report, and held mail is counted per domain.

#include "hold/HeldDomains.h"
#include "hold/HoldExpiry.h"
#include "queue/MessageQueue.h"
#include "queue/QueueId.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/SmtpAddress.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {
NewMessage makeMessage(const QList<QByteArray> &remoteRecipients, const QDateTime &receivedAt = {})
{
    NewMessage message;
    message.queueId = nextQueueId();
    message.sender = "sender@origin.example";
    for (const QByteArray &address : remoteRecipients)
        message.recipients.append({address, RecipientRoute::Remote, QString()});
    message.content = "Subject: held\r\n\r\nbody\r\n";
    message.receivedAt = receivedAt.isValid() ? receivedAt : QDateTime::currentDateTime();
    message.clientAddress = u"127.0.0.1"_s;
    message.heloName = u"client"_s;
    return message;
}

bool enqueue(MessageQueue &queue, const NewMessage &message)
{
    QObject context;
    std::optional<EnqueueResult> result;
    queue.enqueue(message, &context, [&result](const EnqueueResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && result->ok;
}

/// Every due remote recipient address, sorted.
QList<QByteArray> dueAddresses(MessageQueue &queue)
{
    QList<QByteArray> addresses;
    for (const DueRemoteMessage &message :
         queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(30), 100))
        for (const DueRemoteRecipient &recipient : message.recipients)
            addresses.append(recipient.address);
    std::sort(addresses.begin(), addresses.end());
    return addresses;
}

QList<qint64> dueIds(MessageQueue &queue)
{
    QList<qint64> ids;
    for (const DueRemoteMessage &message :
         queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(30), 100))
        for (const DueRemoteRecipient &recipient : message.recipients)
            ids.append(recipient.recipientId);
    return ids;
}

HeldDomainCount countFor(MessageQueue &queue, const QString &node)
{
    for (const HeldDomainCount &count : queue.heldDomains())
        if (count.node == node)
            return count;
    return {};
}
} // namespace

class TestQueueHold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heldRecipientsAreNeverDue();
    void releaseExactNodeOnly();
    void releaseWithSubdomainsAndByName();
    void messageForTwoHeldDomainsIsHeldAndReleasedPerDomain();
    void secondReleaseWhileDeliveringIsAlreadyRunning();
    void deferredReleasedMailGoesBackOnHold();
    void holdTimeoutSendsFailureReport();
    void heldDomainsAreCounted();
    void existingQueueGetsTheHoldColumn();
    void heldDomainsAreAcceptedFromAnyone();
    void etrnNodeSyntax();
};

void TestQueueHold::heldRecipientsAreNeverDue()
{
    QTemporaryDir dir;
    MessageQueue queue;
    queue.setHeldDomains(HeldDomains({u"Customer.Example"_s})); // before open: applies when it opens
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    QVERIFY(enqueue(queue, makeMessage({"a@customer.example", "b@deep.sub.customer.example",
                                        "c@other.example", "d@notcustomer.example"})));
    QCOMPARE(dueAddresses(queue), (QList<QByteArray>{"c@other.example", "d@notcustomer.example"}));
    const QueueCounts counts = queue.counts();
    QCOMPARE(counts.held, 2);
    QCOMPARE(counts.remotePending, 2);
    // With the others delivered, nothing is waiting for delivery: no next attempt, no "oldest pending".
    QVERIFY(queue.completeRecipients(dueIds(queue), {}));
    QVERIFY(!queue.nextRemoteAttempt().isValid());
    QVERIFY(!queue.oldestRemotePending().isValid());
    QVERIFY(dueAddresses(queue).isEmpty());
    QCOMPARE(queue.counts().held, 2);
}

void TestQueueHold::releaseExactNodeOnly()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s, u"sub.customer.example"_s}));
    QVERIFY(enqueue(queue, makeMessage({"a@customer.example"})));
    QVERIFY(enqueue(queue, makeMessage({"b@sub.customer.example", "c@x.sub.customer.example"})));
    // The most specific entry holds the subdomain's mail.
    QCOMPARE(countFor(queue, u"sub.customer.example"_s).recipients, 2);
    const HoldRelease release = queue.releaseHeld({u"customer.example"_s});
    QVERIFY(release.ok);
    QVERIFY(!release.alreadyRunning);
    QCOMPARE(release.messages, 1);
    QCOMPARE(release.recipients, 1);
    QCOMPARE(dueAddresses(queue), QList<QByteArray>{"a@customer.example"});
    QCOMPARE(queue.counts().held, 2);
    QVERIFY(queue.nextRemoteAttempt().isValid());
}

void TestQueueHold::releaseWithSubdomainsAndByName()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const HeldDomains held({u"customer.example"_s, u"sub.customer.example"_s, u"other.example"_s});
    queue.setHeldDomains(held);
    QVERIFY(enqueue(queue, makeMessage({"a@customer.example"})));
    QVERIFY(enqueue(queue, makeMessage({"b@sub.customer.example"})));
    QVERIFY(enqueue(queue, makeMessage({"c@other.example"})));

    EtrnNode node;
    QVERIFY(EtrnNode::parse("@Customer.Example", &node));
    QCOMPARE(held.select(node), (QStringList{u"customer.example"_s, u"sub.customer.example"_s}));
    HoldRelease release = queue.releaseHeld(held.select(node));
    QCOMPARE(release.messages, 2);
    QCOMPARE(dueAddresses(queue), (QList<QByteArray>{"a@customer.example", "b@sub.customer.example"}));
    QVERIFY(queue.completeRecipients(dueIds(queue), {}));

    QVERIFY(EtrnNode::parse("#other.example", &node));
    QCOMPARE(node.kind, EtrnNode::Kind::Named);
    QCOMPARE(held.select(node), QStringList{u"other.example"_s});
    release = queue.releaseHeld(held.select(node));
    QCOMPARE(release.messages, 1);
    QCOMPARE(dueAddresses(queue), QList<QByteArray>{"c@other.example"});
    // "@" below no entry, and an exact name that is only a subdomain, select nothing.
    QVERIFY(EtrnNode::parse("x.other.example", &node));
    QVERIFY(held.select(node).isEmpty());
    QVERIFY(EtrnNode::parse("@nowhere.example", &node));
    QVERIFY(held.select(node).isEmpty());
}

void TestQueueHold::messageForTwoHeldDomainsIsHeldAndReleasedPerDomain()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"one.example"_s, u"two.example"_s}));
    QVERIFY(enqueue(queue, makeMessage({"a@one.example", "b@two.example", "c@one.example"})));
    QCOMPARE(countFor(queue, u"one.example"_s).messages, 1);
    QCOMPARE(countFor(queue, u"one.example"_s).recipients, 2);
    QCOMPARE(countFor(queue, u"two.example"_s).messages, 1);
    QCOMPARE(countFor(queue, u"two.example"_s).recipients, 1);

    QCOMPARE(queue.releaseHeld({u"one.example"_s}).messages, 1);
    QCOMPARE(dueAddresses(queue), (QList<QByteArray>{"a@one.example", "c@one.example"}));
    QVERIFY(queue.completeRecipients(dueIds(queue), {}));
    QCOMPARE(queue.counts().messages, 1); // still held for two.example
    QCOMPARE(queue.heldDomains().size(), 1);
    QCOMPARE(queue.releaseHeld({u"two.example"_s}).messages, 1);
    QCOMPARE(dueAddresses(queue), QList<QByteArray>{"b@two.example"});
    QVERIFY(queue.completeRecipients(dueIds(queue), {}));
    QCOMPARE(queue.counts().messages, 0);
}

void TestQueueHold::secondReleaseWhileDeliveringIsAlreadyRunning()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s, u"other.example"_s}));
    QVERIFY(enqueue(queue, makeMessage({"a@customer.example"})));
    QVERIFY(enqueue(queue, makeMessage({"z@other.example"})));
    QVERIFY(!queue.releaseHeld({u"customer.example"_s}).alreadyRunning);
    QVERIFY(enqueue(queue, makeMessage({"b@customer.example"})));
    HoldRelease again = queue.releaseHeld({u"customer.example"_s});
    QVERIFY(again.ok);
    QVERIFY(again.alreadyRunning);                                    // a@ not delivered yet
    QCOMPARE(again.messages, 1);                                      // b@ joins the running release
    QVERIFY(!queue.releaseHeld({u"other.example"_s}).alreadyRunning); // per node
    QVERIFY(queue.completeRecipients(dueIds(queue), {}));
    again = queue.releaseHeld({u"customer.example"_s});
    QVERIFY(!again.alreadyRunning);
    QCOMPARE(again.messages, 0);
}

void TestQueueHold::deferredReleasedMailGoesBackOnHold()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s}));
    QVERIFY(enqueue(queue, makeMessage({"a@customer.example"})));
    queue.releaseHeld({u"customer.example"_s});
    const QList<qint64> ids = dueIds(queue);
    QCOMPARE(ids.size(), 1);
    queue.markDeferred(ids.first(), u"451 try later"_s, QDateTime::currentDateTimeUtc().addSecs(60));
    QCOMPARE(queue.counts().held, 1);
    QCOMPARE(queue.counts().deferred, 0);
    QVERIFY(dueAddresses(queue).isEmpty());
    QCOMPARE(queue.releaseHeld({u"customer.example"_s}).messages, 1);
}

void TestQueueHold::holdTimeoutSendsFailureReport()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(
        enqueue(queue, makeMessage({"old@customer.example", "far@other.example"}, now.addSecs(-121 * 3600))));
    QVERIFY(enqueue(queue, makeMessage({"new@customer.example"}, now.addSecs(-119 * 3600))));
    QVERIFY(queue.completeRecipients(dueIds(queue), {})); // far@ delivered

    HoldExpiry expiry(&queue, u"mx.provider.example"_s, QString(), nullptr, false);
    const HoldExpiry::Result result = expiry.run(now, 120);
    QCOMPARE(result.recipients, 1);
    QCOMPARE(result.reports, 1);
    QVERIFY(result.remoteReports);
    QCOMPARE(queue.counts().held, 1); // new@ is younger than the time-out
    // The report is the only due mail: to the sender, from the null sender, about old@, 5.4.7.
    const QList<DueRemoteMessage> due = queue.dueRemoteMessages(now.addDays(1), 10);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().sender, QByteArray());
    QCOMPARE(due.first().recipients.size(), 1);
    QCOMPARE(due.first().recipients.first().address, QByteArray("sender@origin.example"));
    QVERIFY(due.first().content.contains("Final-Recipient: rfc822; old@customer.example"));
    QVERIFY(due.first().content.contains("Status: 5.4.7"));
    QVERIFY(!due.first().content.contains("new@customer.example"));
    // Run again: nothing more to report.
    QCOMPARE(expiry.run(now, 120).recipients, 0);
}

void TestQueueHold::heldDomainsAreCounted()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s, u"other.example"_s}));
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addSecs(-3600);
    NewMessage first = makeMessage({"a@customer.example", "b@customer.example"}, oldest);
    NewMessage second = makeMessage({"c@customer.example", "d@other.example"});
    second.content = QByteArray(1000, 'x');
    QVERIFY(enqueue(queue, first));
    QVERIFY(enqueue(queue, second));
    const QList<HeldDomainCount> counts = queue.heldDomains();
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.at(0).node, u"customer.example"_s);
    QCOMPARE(counts.at(0).messages, 2);
    QCOMPARE(counts.at(0).recipients, 3);
    QCOMPARE(counts.at(0).bytes, qint64(first.content.size() + 1000));
    QCOMPARE(counts.at(0).oldest.toMSecsSinceEpoch(), oldest.toMSecsSinceEpoch());
    QCOMPARE(counts.at(1).node, u"other.example"_s);
    QCOMPARE(counts.at(1).messages, 1);
    QCOMPARE(counts.at(1).bytes, qint64(1000));
}

void TestQueueHold::existingQueueGetsTheHoldColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.db"_s);
    {
        // A queue written before holding existed (schema 1 without hold_node), with mail in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE messages (id INTEGER PRIMARY KEY, queue_id TEXT NOT NULL UNIQUE,"
                       " sender TEXT NOT NULL, received_at INTEGER NOT NULL, client TEXT NOT NULL,"
                       " helo TEXT NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL)"_s));
        QVERIFY(q.exec(
            u"CREATE TABLE recipients (id INTEGER PRIMARY KEY, message_id INTEGER NOT NULL"
            " REFERENCES messages(id) ON DELETE CASCADE, address TEXT NOT NULL, route INTEGER NOT NULL,"
            " mailbox TEXT NOT NULL, state INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt INTEGER NOT NULL DEFAULT 0, last_reply TEXT NOT NULL DEFAULT '',"
            " warned INTEGER NOT NULL DEFAULT 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO messages VALUES (1, 'OLD1', 's@x', 0, '', '', 4, 'body')"_s));
        QVERIFY(q.exec(u"INSERT INTO recipients (message_id, address, route, mailbox, state)"
                       " VALUES (1, 'r@customer.example', 1, '', 0)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version=1"_s));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    MessageQueue queue;
    queue.setHeldDomains(HeldDomains({u"customer.example"_s}));
    QString error;
    QVERIFY2(queue.open(path, &error), qPrintable(error));
    // Mail queued before stays as it was; new mail for the domain is held.
    QCOMPARE(dueAddresses(queue), QList<QByteArray>{"r@customer.example"});
    QVERIFY(enqueue(queue, makeMessage({"new@customer.example"})));
    QCOMPARE(queue.counts().held, 1);
    QCOMPARE(countFor(queue, u"customer.example"_s).messages, 1);
}

void TestQueueHold::heldDomainsAreAcceptedFromAnyone()
{
    LocalDeliveryConfig local;
    local.localDomains = {u"test.example"_s};
    const RecipientPolicy policy(local, {u"customer.example"_s});
    auto decide = [&policy](const QByteArray &address) {
        const PathParseResult parsed = parsePath(QByteArray("<" + address + ">"), PathKind::ForwardPath);
        return policy.decide(parsed.mailbox, false);
    };
    QCOMPARE(decide("a@customer.example").kind, RecipientDecision::Kind::Remote);
    QCOMPARE(decide("a@sub.customer.example").kind, RecipientDecision::Kind::Remote);
    QCOMPARE(decide("a@elsewhere.example").kind, RecipientDecision::Kind::RelayDenied);
    QCOMPARE(decide("a@notcustomer.example").kind, RecipientDecision::Kind::RelayDenied);
    QVERIFY(!policy.etrnService()); // no ETRN server given: ETRN is not offered
}

void TestQueueHold::etrnNodeSyntax()
{
    EtrnNode node;
    QVERIFY(EtrnNode::parse("Example.COM", &node));
    QCOMPARE(node.kind, EtrnNode::Kind::Exact);
    QCOMPARE(node.name, u"example.com"_s);
    QVERIFY(EtrnNode::parse("@example.com", &node));
    QCOMPARE(node.kind, EtrnNode::Kind::WithSubdomains);
    QVERIFY(!EtrnNode::parse("", &node));
    QVERIFY(!EtrnNode::parse("@", &node));
    QVERIFY(!EtrnNode::parse("#", &node));
    QVERIFY(!EtrnNode::parse("example.com extra", &node));
    QVERIFY(!EtrnNode::parse("exa_mple.com", &node));
    QVERIFY(!EtrnNode::parse("@@example.com", &node));
    QVERIFY(!EtrnNode::parse("-bad.example", &node));
}

QTEST_GUILESS_MAIN(TestQueueHold)
#include "tst_queuehold.moc"
