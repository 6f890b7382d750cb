// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery job's memory: it holds the content of the messages it works on, so the queue reads it
// in a window bounded by bytes (DeliveryJob::MaxHeldContentBytes), leaving out what the job already
// holds. Megabyte messages go to a fake SMTP server that answers the final dot slowly, so the window
// fills up and is refilled while sessions run.

#include "FakeSmtpServer.h"
#include "outbound/DeliveryJob.h"
#include "outbound/OutboundDelivery.h"
#include "queue/MessageQueue.h"
#include "queue/QueueId.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

struct Fixture
{
    QTemporaryDir dir;
    MessageQueue queue;
    FakeSmtpServer server;
    OutboundDelivery delivery{&queue};
    QHash<QString, QByteArray> sent; ///< queue id -> content, of every message enqueued

    bool open()
    {
        QString error;
        if (!queue.open(dir.filePath(u"queue.db"_s), &error) || !server.listen())
            return false;
        OutboundConfig config;
        DomainRoute route;
        route.domain = u"dest.test"_s;
        route.kind = DomainRoute::Kind::Forward;
        route.host = u"127.0.0.1"_s;
        route.port = server.port();
        config.domainRoutes = {route};
        config.timeouts.connect = config.timeouts.greeting = config.timeouts.command = 30000;
        config.timeouts.dataInitiation = config.timeouts.dataBlock = config.timeouts.dataTermination = 30000;
        delivery.setAlwaysConnected(false);
        delivery.configure(config, u"gw.local.test"_s, u"postmaster@local.test"_s);
        return true;
    }

    /// A message of about size bytes for rcpt@dest.test; its queue id in the Subject.
    QString enqueue(qint64 size)
    {
        NewMessage message;
        message.queueId = nextQueueId();
        message.sender = "alice@local.test";
        message.recipients.append({"rcpt@dest.test", RecipientRoute::Remote, {}});
        message.content = "From: <alice@local.test>\r\nSubject: " + message.queueId.toLatin1() + "\r\n\r\n";
        const QByteArray line = QByteArray(76, 'x') + "\r\n";
        message.content.reserve(size + line.size());
        while (message.content.size() < size)
            message.content += line;
        message.receivedAt = QDateTime::currentDateTimeUtc();
        bool done = false;
        QObject context;
        queue.enqueue(message, &context, [&](const EnqueueResult &result) { done = result.ok; });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {};
        sent.insert(message.queueId, message.content);
        return message.queueId;
    }

    struct Run
    {
        DeliverySummary summary;
        qint64 mostHeld = -1;
        bool finished = false;
    };
    /// Runs one job to its end while the server answers each final dot only some time after it came.
    Run runSlowly()
    {
        Run run;
        server.setHoldDataReply(true);
        QTimer slowly;
        slowly.setInterval(5);
        QObject::connect(&slowly, &QTimer::timeout, &server, [this] { server.release(); });
        slowly.start();
        DeliveryJob *job = delivery.startJob();
        if (!job)
            return run;
        const QMetaObject::Connection connection =
            QObject::connect(job, &DeliveryJob::finished, job, [&run, job](const DeliverySummary &summary) {
                run.summary = summary;
                run.mostHeld = job->mostHeldContentBytes();
                run.finished = true;
            });
        run.finished = QTest::qWaitFor([&] { return run.finished; }, 240000);
        QObject::disconnect(connection);
        return run;
    }

    /// Empty when the server received every message enqueued exactly once, byte for byte.
    QString receivedOnceEach() const
    {
        QSet<QString> seen;
        for (const FakeSmtpServer::Received &received : server.received()) {
            const qsizetype start = received.data.indexOf("Subject: ") + 9;
            const QString queueId =
                QString::fromLatin1(received.data.mid(start, received.data.indexOf('\r', start) - start));
            if (seen.contains(queueId))
                return u"received twice: "_s + queueId;
            seen.insert(queueId);
            if (received.data != sent.value(queueId))
                return u"content differs: "_s + queueId;
        }
        if (seen.size() != sent.size())
            return u"received %1 of %2 messages"_s.arg(seen.size()).arg(sent.size());
        return {};
    }
};

} // namespace

class TestOutboundMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readLeavesHeldMessagesOutAndStopsAtTheBudget();
    void heldContentStaysWithinTheCap();
    void aMessageLargerThanTheCapGoesAlone();
};

void TestOutboundMemory::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sluice.*.debug=false\nsluice.*.info=false"_s);
}

void TestOutboundMemory::readLeavesHeldMessagesOutAndStopsAtTheBudget()
{
    Fixture f;
    QVERIFY(f.open());
    for (int i = 0; i < 5; ++i)
        QVERIFY(!f.enqueue(100 * 1024).isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(5);
    const QList<DueRemoteMessage> all = f.queue.dueRemoteMessages(now, 100);
    QCOMPARE(all.size(), 5);
    const qint64 size = all.first().content.size();
    QVERIFY(size >= 100 * 1024);

    // Held messages are left out of the read (not read and skipped): the limit counts new ones only.
    DueRemoteWindow window;
    window.heldMessageIds = {all.at(0).messageId, all.at(2).messageId};
    QList<DueRemoteMessage> due = f.queue.dueRemoteMessages(now, 2, window);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).messageId, all.at(1).messageId);
    QCOMPARE(due.at(1).messageId, all.at(3).messageId);
    QCOMPARE(due.at(0).content, all.at(1).content);
    QCOMPARE(due.at(0).recipients.size(), 1);

    // The budget counts what the reader holds; a message that does not fit ends the read.
    window = {};
    window.heldBytes = size;
    window.maxBytes = 3 * size + size / 2;
    due = f.queue.dueRemoteMessages(now, 100, window);
    QCOMPARE(due.size(), 2);
    window.heldBytes = 3 * size;
    QVERIFY(f.queue.dueRemoteMessages(now, 100, window).isEmpty());
    // Holding nothing, the first message comes even when it alone is larger than the budget.
    window.heldBytes = 0;
    window.maxBytes = size / 2;
    due = f.queue.dueRemoteMessages(now, 100, window);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().content.size(), size);
}

void TestOutboundMemory::heldContentStaysWithinTheCap()
{
    Fixture f;
    QVERIFY(f.open());
    constexpr int Count = 48; // 48 MiB: more than the cap, so without it the job would hold more
    for (int i = 0; i < Count; ++i)
        QVERIFY(!f.enqueue(MiB).isEmpty());

    const Fixture::Run run = f.runSlowly();
    QVERIFY(run.finished);
    QCOMPARE(run.summary.delivered, Count);
    QCOMPARE(run.summary.storageErrors, 0);
    // The window was used (more than one message at once) and never went past the cap.
    QVERIFY2(run.mostHeld > 2 * MiB, qPrintable(QString::number(run.mostHeld)));
    QVERIFY2(run.mostHeld <= DeliveryJob::MaxHeldContentBytes, qPrintable(QString::number(run.mostHeld)));
    const QString received = f.receivedOnceEach();
    QVERIFY2(received.isEmpty(), qPrintable(received));
    QVERIFY(f.queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(1), 10).isEmpty());
}

void TestOutboundMemory::aMessageLargerThanTheCapGoesAlone()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(!f.enqueue(DeliveryJob::MaxHeldContentBytes + MiB).isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(!f.enqueue(MiB).isEmpty());
    const qint64 bigSize =
        f.queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(5), 1).first().content.size();

    const Fixture::Run run = f.runSlowly();
    QVERIFY(run.finished);
    QCOMPARE(run.summary.delivered, 4);
    // It went (nothing waits for ever), and alone: nothing was taken on while it was held.
    QCOMPARE(run.mostHeld, bigSize);
    const QString received = f.receivedOnceEach();
    QVERIFY2(received.isEmpty(), qPrintable(received));
}

QTEST_GUILESS_MAIN(TestOutboundMemory)
#include "tst_outboundmemory.moc"
