// SPDX-License-Identifier: GPL-3.0-or-later
// The durable queue: what was acknowledged survives a restart, commits are shared, recipients leave
// the queue as they are delivered.

#include "queue/MessageQueue.h"
#include "queue/QueueId.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {
NewMessage makeMessage(int number, bool withRemote = false)
{
    NewMessage message;
    message.queueId = nextQueueId();
    message.sender = "sender@example.org";
    message.recipients.append({"alice@test.example", RecipientRoute::Local, u"alice"_s});
    if (withRemote)
        message.recipients.append({"far@elsewhere.example", RecipientRoute::Remote, QString()});
    message.content =
        "Subject: " + QByteArray::number(number) + "\r\n\r\nbody " + QByteArray::number(number) + "\r\n";
    message.receivedAt = QDateTime::currentDateTime();
    message.clientAddress = u"127.0.0.1"_s;
    message.heloName = u"client"_s;
    return message;
}

/// Enqueues every message at once (no event loop turn in between) and waits for all answers.
QList<EnqueueResult> enqueueAll(MessageQueue &queue, const QList<NewMessage> &messages)
{
    QObject context;
    QList<EnqueueResult> results;
    for (const NewMessage &message : messages)
        queue.enqueue(message, &context, [&results](const EnqueueResult &result) { results.append(result); });
    [[maybe_unused]] const bool all =
        QTest::qWaitFor([&] { return results.size() == messages.size(); }, 10000);
    return results;
}
} // namespace

class TestMessageQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acknowledgedMessagesSurviveReopening();
    void concurrentMessagesShareCommits();
    void deliveredRecipientsLeaveTheQueue();
    void deferredRecipientIsNotDueUntilItsTime();
    void newerQueueSchemaIsRefused();
};

void TestMessageQueue::acknowledgedMessagesSurviveReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.db"_s);
    QList<NewMessage> messages;
    for (int i = 0; i < 30; ++i)
        messages.append(makeMessage(i, i % 3 == 0));
    {
        MessageQueue queue;
        QString error;
        QVERIFY2(queue.open(path, &error), qPrintable(error));
        const QList<EnqueueResult> results = enqueueAll(queue, messages);
        QCOMPARE(results.size(), 30);
        for (const EnqueueResult &result : results)
            QVERIFY2(result.ok, qPrintable(result.error));
    }
    MessageQueue reopened;
    QString error;
    QVERIFY(reopened.open(path, &error));
    const QueueCounts counts = reopened.counts();
    QCOMPARE(counts.messages, 30);
    QCOMPARE(counts.localPending, 30);
    QCOMPARE(counts.remotePending, 10);
    const QList<DueLocalDelivery> due = reopened.dueLocalDeliveries(QDateTime::currentDateTime(), 100);
    QCOMPARE(due.size(), 30);
    QSet<QString> ids;
    for (const NewMessage &message : messages)
        ids.insert(message.queueId);
    for (const DueLocalDelivery &item : due) {
        QVERIFY(ids.remove(item.queueId));
        QVERIFY(item.content.startsWith("Subject: "));
        QCOMPARE(item.mailbox, u"alice"_s);
    }
}

void TestMessageQueue::concurrentMessagesShareCommits()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QString error;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), &error));
    QList<NewMessage> messages;
    for (int i = 0; i < 50; ++i)
        messages.append(makeMessage(i));
    const QList<EnqueueResult> results = enqueueAll(queue, messages);
    QCOMPARE(results.size(), 50);
    // 50 offers in one go: the first commit takes one, the next gathers what arrived meanwhile.
    QVERIFY2(queue.commitCount() < 50, qPrintable(QString::number(queue.commitCount())));
    QCOMPARE(queue.counts().messages, 50);
}

void TestMessageQueue::deliveredRecipientsLeaveTheQueue()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QString error;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), &error));
    QVERIFY(enqueueAll(queue, {makeMessage(1, true), makeMessage(2)}).size() == 2);
    const QList<DueLocalDelivery> due = queue.dueLocalDeliveries(QDateTime::currentDateTime(), 10);
    QCOMPARE(due.size(), 2);
    queue.markDelivered({due[0].recipientId, due[1].recipientId});
    const QueueCounts counts = queue.counts();
    QCOMPARE(counts.localPending, 0);
    QCOMPARE(counts.remotePending, 1);
    QCOMPARE(counts.messages, 1); // the one with a remote recipient left stays
}

void TestMessageQueue::deferredRecipientIsNotDueUntilItsTime()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QString error;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), &error));
    QVERIFY(enqueueAll(queue, {makeMessage(1)}).size() == 1);
    const QDateTime now = QDateTime::currentDateTime();
    const DueLocalDelivery item = queue.dueLocalDeliveries(now, 10).value(0);
    queue.markDeferred(item.recipientId, u"disk full"_s, now.addSecs(600));
    QVERIFY(queue.dueLocalDeliveries(now, 10).isEmpty());
    QCOMPARE(queue.counts().deferred, 1);
    QCOMPARE(queue.nextLocalAttempt().toSecsSinceEpoch(), now.addSecs(600).toSecsSinceEpoch());
    const QList<DueLocalDelivery> later = queue.dueLocalDeliveries(now.addSecs(601), 10);
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().attempts, 1);
}

void TestMessageQueue::newerQueueSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version=99"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
    MessageQueue queue;
    QString error;
    QVERIFY(!queue.open(path, &error));
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMessageQueue)
#include "tst_messagequeue.moc"
