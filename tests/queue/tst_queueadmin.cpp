// SPDX-License-Identifier: GPL-3.0-or-later
// The postmaster's actions on a real queue: retry makes recipients due, delete removes messages (with
// one RFC 3464 report per message to its sender when asked, none for <>), hold takes a message out of
// delivery and expiry until release, release also lets ETRN-held recipients go; an unknown id changes
// nothing; a queue from before on-hold existed gets the column.

#include "QueueFixtures.h"

#include "hold/HeldDomains.h"
#include "hold/HoldExpiry.h"
#include "queue/MessageQueue.h"
#include "queue/QueueAdmin.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;
using QueueFixtures::dueLocal;
using QueueFixtures::dueRemote;
using QueueFixtures::enqueue;
using QueueFixtures::message;

namespace {

/// Defers every due recipient (remote and local) of the queue by an hour.
void deferEverything(MessageQueue &queue)
{
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    for (const DueRemoteMessage &due :
         queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(5), 1000))
        for (const DueRemoteRecipient &recipient : due.recipients)
            queue.markDeferred(recipient.recipientId, u"451 4.4.1 later"_s, later);
    for (const DueLocalDelivery &due :
         queue.dueLocalDeliveries(QDateTime::currentDateTimeUtc().addSecs(5), 1000))
        queue.markDeferred(due.recipientId, u"disk full"_s, later);
}

QueueRowState stateOf(MessageQueue &queue, const QString &queueId)
{
    QueueQuery query;
    query.search = queueId;
    const QueuePage page = queue.browse(query);
    return page.rows.isEmpty() ? QueueRowState::Queued : page.rows.first().state;
}

} // namespace

class TestQueueAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryMakesDue();
    void unknownIdChangesNothing();
    void deleteRemoves();
    void deleteWithReportQueuesOneReportPerMessage();
    void holdStopsDeliveryAndExpiry();
    void releaseResumes();
    void releaseLetsEtrnHeldRecipientsGo();
    void existingQueueGetsTheOnHoldColumn();
};

void TestQueueAdmin::retryMakesDue()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const NewMessage a = message("s@origin.example", {"r@far.example", "local:me@here.example"});
    const NewMessage b = message("s@origin.example", {"t@far.example"});
    QVERIFY(enqueue(queue, a));
    QVERIFY(enqueue(queue, b));
    deferEverything(queue);
    QVERIFY(dueRemote(queue).isEmpty());
    QVERIFY(dueLocal(queue).isEmpty());

    const QueueAdminResult one = queue.retry({a.queueId});
    QVERIFY(one.ok);
    QCOMPARE(one.count, 2);
    QVERIFY(one.localDue);
    QVERIFY(one.remoteDue);
    QCOMPARE(dueRemote(queue), QList<QByteArray>{"r@far.example"});
    QCOMPARE(dueLocal(queue), QList<QByteArray>{"me@here.example"});
    QVERIFY(queue.nextRemoteAttempt() <= QDateTime::currentDateTimeUtc());

    const QueueAdminResult all = queue.retry({});
    QVERIFY(all.ok);
    QCOMPARE(all.count, 3);
    QCOMPARE(dueRemote(queue), (QList<QByteArray>{"r@far.example", "t@far.example"}));
}

void TestQueueAdmin::unknownIdChangesNothing()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const NewMessage a = message("s@origin.example", {"r@far.example"});
    QVERIFY(enqueue(queue, a));
    for (const QueueAdminResult &result :
         {queue.retry({a.queueId, u"NOSUCH"_s}), queue.hold({a.queueId, u"NOSUCH"_s}),
          queue.release({u"NOSUCH"_s}), queue.remove({a.queueId, u"NOSUCH"_s})}) {
        QVERIFY(!result.ok);
        QCOMPARE(result.unknownId, u"NOSUCH"_s);
    }
    QCOMPARE(queue.counts().messages, 1);
    QVERIFY(!queue.details(a.queueId).onHold);
}

void TestQueueAdmin::deleteRemoves()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const NewMessage a = message("s@origin.example", {"r@far.example", "local:me@here.example"});
    const NewMessage b = message("s@origin.example", {"t@far.example"});
    QVERIFY(enqueue(queue, a));
    QVERIFY(enqueue(queue, b));
    QueueAdmin admin(&queue, u"mx.test.example"_s, QString(), nullptr, false);
    const QueueAdminResult result = admin.remove({a.queueId}, false);
    QVERIFY(result.ok);
    QCOMPARE(result.count, 1);
    QCOMPARE(result.reports, 0);
    QCOMPARE(queue.counts().messages, 1);
    QVERIFY(!queue.details(a.queueId).found);
    QCOMPARE(dueRemote(queue), QList<QByteArray>{"t@far.example"});
    QVERIFY(dueLocal(queue).isEmpty());
    QCOMPARE(queue.counts().localPending, 0);
}

void TestQueueAdmin::deleteWithReportQueuesOneReportPerMessage()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const NewMessage fromAlice = message("alice@sender.example", {"r@far.example", "t@far.example"});
    const NewMessage fromNobody = message("", {"u@far.example"});
    const NewMessage kept = message("bob@sender.example", {"v@far.example"});
    for (const NewMessage &m : {fromAlice, fromNobody, kept})
        QVERIFY(enqueue(queue, m));
    deferEverything(queue);
    queue.hold({fromNobody.queueId}); // on hold or not, it is deleted all the same

    QueueAdmin admin(&queue, u"mx.test.example"_s, QString(), nullptr, false);
    const QueueAdminResult result = admin.remove({fromAlice.queueId, fromNobody.queueId}, true);
    QVERIFY(result.ok);
    QCOMPARE(result.count, 2);
    QCOMPARE(result.reports, 1); // none for the null sender
    QVERIFY(result.remoteDue);
    QVERIFY(!result.localDue);
    QCOMPARE(queue.counts().messages, 2);

    // The report: from <> to alice, about both of her recipients, due now.
    const QList<DueRemoteMessage> due =
        queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(5), 100);
    QCOMPARE(due.size(), 1);
    const DueRemoteMessage &report = due.first();
    QCOMPARE(report.sender, QByteArray());
    QCOMPARE(report.recipients.size(), 1);
    QCOMPARE(report.recipients.first().address, QByteArray("alice@sender.example"));
    QVERIFY(report.content.contains("multipart/report; report-type=delivery-status"));
    QCOMPARE(report.content.count("Action: failed"), 2);
    QVERIFY(report.content.contains("Final-Recipient: rfc822; r@far.example"));
    QVERIFY(report.content.contains("Final-Recipient: rfc822; t@far.example"));
    QVERIFY(report.content.contains("Status: 5.0.0"));
    QVERIFY(report.content.contains("deleted by the postmaster"));
    QVERIFY(report.content.contains(fromAlice.queueId.toLatin1()));
    QVERIFY(queue.details(kept.queueId).found);
}

void TestQueueAdmin::holdStopsDeliveryAndExpiry()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s}));
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-10);
    const NewMessage remote = message("s@origin.example", {"r@far.example"}, longAgo);
    const NewMessage local = message("s@origin.example", {"local:me@here.example"});
    const NewMessage etrn = message("s@origin.example", {"c@customer.example"}, longAgo);
    for (const NewMessage &m : {remote, local, etrn})
        QVERIFY(enqueue(queue, m));
    QVERIFY(queue.nextRemoteAttempt().isValid());

    const QueueAdminResult held = queue.hold({remote.queueId, local.queueId, etrn.queueId});
    QVERIFY(held.ok);
    QCOMPARE(held.count, 3);
    QCOMPARE(queue.hold({remote.queueId}).count, 0); // already on hold
    QVERIFY(dueRemote(queue).isEmpty());
    QVERIFY(dueLocal(queue).isEmpty());
    QVERIFY(!queue.nextRemoteAttempt().isValid());
    QVERIFY(!queue.nextLocalAttempt().isValid());
    QVERIFY(!queue.oldestRemotePending().isValid());
    QCOMPARE(stateOf(queue, remote.queueId), QueueRowState::OnHold);
    QVERIFY(queue.details(remote.queueId).onHold);
    // Retry leaves it alone; ATRN/TURN and the hold time-out do not see it.
    QCOMPARE(queue.retry({remote.queueId}).count, 0);
    QVERIFY(dueRemote(queue).isEmpty());
    QVERIFY(queue.heldFor({u"customer.example"_s}, 10).isEmpty());
    HoldExpiry expiry(&queue, u"mx.test.example"_s, QString(), nullptr, false);
    QCOMPARE(expiry.run(QDateTime::currentDateTimeUtc(), 24).recipients, 0);
    QCOMPARE(queue.counts().messages, 3);
}

void TestQueueAdmin::releaseResumes()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const NewMessage remote = message("s@origin.example", {"r@far.example"});
    const NewMessage local = message("s@origin.example", {"local:me@here.example"});
    QVERIFY(enqueue(queue, remote));
    QVERIFY(enqueue(queue, local));
    deferEverything(queue);
    QCOMPARE(queue.hold({remote.queueId, local.queueId}).count, 2);

    const QueueAdminResult released = queue.release({remote.queueId, local.queueId});
    QVERIFY(released.ok);
    QCOMPARE(released.count, 2);
    QVERIFY(released.localDue);
    QVERIFY(released.remoteDue);
    QVERIFY(!released.etrnReleased);
    // Due now, though they were deferred by an hour before the hold.
    QCOMPARE(dueRemote(queue), QList<QByteArray>{"r@far.example"});
    QCOMPARE(dueLocal(queue), QList<QByteArray>{"me@here.example"});
    QCOMPARE(stateOf(queue, remote.queueId), QueueRowState::Deferred);
    QVERIFY(!queue.details(remote.queueId).onHold);
    QCOMPARE(queue.release({remote.queueId}).count, 0); // nothing held any more
}

void TestQueueAdmin::releaseLetsEtrnHeldRecipientsGo()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s}));
    const NewMessage mine = message("s@origin.example", {"a@customer.example", "b@other.example"});
    const NewMessage other = message("s@origin.example", {"c@customer.example"});
    QVERIFY(enqueue(queue, mine));
    QVERIFY(enqueue(queue, other));
    QCOMPARE(dueRemote(queue), QList<QByteArray>{"b@other.example"});

    const QueueAdminResult released = queue.release({mine.queueId});
    QVERIFY(released.ok);
    QCOMPARE(released.count, 1);
    QVERIFY(released.etrnReleased);
    QVERIFY(released.remoteDue);
    QCOMPARE(dueRemote(queue), (QList<QByteArray>{"a@customer.example", "b@other.example"}));
    // Only that message: the other one still waits for the domain's ETRN.
    QCOMPARE(queue.heldDomains().size(), 1);
    QCOMPARE(queue.heldDomains().first().messages, 1);
    // The recipient keeps its node: refused by the customer's host, it goes back on hold.
    for (const DueRemoteMessage &due :
         queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(5), 10))
        for (const DueRemoteRecipient &recipient : due.recipients)
            if (recipient.address == "a@customer.example")
                queue.markDeferred(recipient.recipientId, u"421 offline"_s, QDateTime::currentDateTimeUtc());
    QCOMPARE(queue.heldDomains().first().messages, 2);
}

void TestQueueAdmin::existingQueueGetsTheOnHoldColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.db"_s);
    {
        // A queue written before on-hold existed (messages without on_hold), with mail in it.
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
            " warned INTEGER NOT NULL DEFAULT 0, hold_node TEXT NOT NULL DEFAULT '')"_s));
        QVERIFY(q.exec(u"INSERT INTO messages VALUES (1, 'OLD1', 's@x', 0, '', '', 4, 'body')"_s));
        QVERIFY(q.exec(u"INSERT INTO recipients (message_id, address, route, mailbox, state)"
                       " VALUES (1, 'r@far.example', 1, '', 0)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version=1"_s));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    MessageQueue queue;
    QString error;
    QVERIFY2(queue.open(path, &error), qPrintable(error));
    QCOMPARE(dueRemote(queue), QList<QByteArray>{"r@far.example"});
    QCOMPARE(queue.hold({u"OLD1"_s}).count, 1);
    QVERIFY(dueRemote(queue).isEmpty());
    QCOMPARE(queue.release({u"OLD1"_s}).count, 1);
    QCOMPARE(dueRemote(queue), QList<QByteArray>{"r@far.example"});
}

QTEST_GUILESS_MAIN(TestQueueAdmin)
#include "tst_queueadmin.moc"
