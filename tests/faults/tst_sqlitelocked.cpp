// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite busy or locked: a real second process (python3's sqlite3) holds the write lock on the
// queue, the connection log or the configuration database while Sluice needs to write.
//
// Busy time-outs: the queue waits 5 s for a lock (then 451 4.3.0, nothing stored); the connection
// log waits 250 ms (then the record is dropped with one warning: logging never holds up the SMTP
// sessions); the configuration database waits 5 s (then a plain error, nothing changed).

#include "FakeSmtpServer.h"
#include "StorageClient.h"
#include "StorageFaults.h"

#include "SettingKeys.h"
#include "Settings.h"
#include "log/ConnectionLog.h"
#include "outbound/DeliveryJob.h"
#include "outbound/OutboundDelivery.h"
#include "queue/MessageQueue.h"
#include "queue/QueueId.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

class TestSqliteLocked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueLockReleasedInTime();
    void queueLockHeldTooLong();
    void outboundResultNotWritable_data();
    void outboundResultNotWritable();
    void connectionLogLocked();
    void settingsLocked();
};

void TestSqliteLocked::queueLockReleasedInTime()
{
    QTemporaryDir dir;
    StorageEngine engine(dir.filePath(u"queue"_s), dir.filePath(u"mail"_s));
    QVERIFY2(engine.isRunning(), qPrintable(engine.startError()));
    StorageClient client(engine.port());
    QVERIFY(client.isReady());
    QCOMPARE(status(client.sendMail("bob@remote.example", messageBody(2048, 'a'))), "250 2.0.0");
    const QList<StoredMessage> before = storedMessages(engine.queuePath());

    // The clock starts before the lock is taken: the holder's 1,500 ms begin later, so the bound below
    // holds however long the lock holder takes to report.
    QElapsedTimer elapsed;
    elapsed.start();
    SqliteLockHolder holder;
    QString error;
    QVERIFY2(holder.lock(engine.queuePath(), "IMMEDIATE", &error, 1500), qPrintable(error));
    const QByteArray body = messageBody(2048, 'b');
    QCOMPARE(status(client.sendMail("bob@remote.example", body)), "250 2.0.0");
    QVERIFY2(elapsed.elapsed() >= 1450, "the message was stored while another process held the lock");

    const QList<StoredMessage> after = storedMessages(engine.queuePath());
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first(), before.first());
    QVERIFY(after.last().content.endsWith(body));
}

void TestSqliteLocked::queueLockHeldTooLong()
{
    QTemporaryDir dir;
    auto engine = std::make_unique<StorageEngine>(dir.filePath(u"queue"_s), dir.filePath(u"mail"_s));
    QVERIFY2(engine->isRunning(), qPrintable(engine->startError()));
    const QString queuePath = engine->queuePath();
    StorageClient client(engine->port());
    QVERIFY(client.isReady());
    QCOMPARE(status(client.sendMail("bob@remote.example", messageBody(2048, 'a'))), "250 2.0.0");
    const QList<StoredMessage> acknowledged = storedMessages(queuePath);

    SqliteLockHolder holder;
    QString error;
    QVERIFY2(holder.lock(queuePath, "EXCLUSIVE", &error), qPrintable(error));
    const QByteArray body = messageBody(2048, 'b');
    QCOMPARE(status(client.sendMail("bob@remote.example", body)), "451 4.3.0");
    // Nothing stored half-way (read while the lock is still held: WAL readers are not blocked).
    QCOMPARE(storedMessages(queuePath), acknowledged);
    QCOMPARE(recipientRows(queuePath), 1);
    QCOMPARE(client.command("NOOP"), 250);
    QVERIFY(holder.release());

    QCOMPARE(status(client.sendMail("bob@remote.example", body)), "250 2.0.0");
    const QList<StoredMessage> after = storedMessages(queuePath);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first(), acknowledged.first());
    QVERIFY(after.last().content.endsWith(body));
    QVERIFY(client.quit());
    engine.reset();
    QCOMPARE(storedMessages(queuePath), after);
}

void TestSqliteLocked::outboundResultNotWritable_data()
{
    QTest::addColumn<int>("holdMs");
    QTest::addColumn<int>("copies");
    // Released within the queue's 5 s busy time-out: the result is written, one copy.
    QTest::newRow("released in time") << 1500 << 1;
    // Held past it: the delivery cannot be recorded, the recipient stays queued, and the next job
    // sends it again. RFC 5321 6.1 accepts the duplicate; losing the message it never would.
    QTest::newRow("held too long") << 8000 << 2;
}

void TestSqliteLocked::outboundResultNotWritable()
{
    QFETCH(int, holdMs);
    QFETCH(int, copies);
    QTemporaryDir dir;
    MessageQueue queue;
    QString error;
    QVERIFY2(queue.open(dir.filePath(u"queue.db"_s), &error), qPrintable(error));
    FakeSmtpServer server;
    QVERIFY(server.listen());
    OutboundDelivery delivery(&queue);
    delivery.setAlwaysConnected(false);
    OutboundConfig config;
    DomainRoute route;
    route.domain = u"dest.test"_s;
    route.kind = DomainRoute::Kind::Forward;
    route.host = u"127.0.0.1"_s;
    route.port = server.port();
    config.domainRoutes = {route};
    delivery.configure(config, u"gw.local.test"_s, u"postmaster@local.test"_s);

    NewMessage message;
    message.queueId = nextQueueId();
    message.sender = "alice@local.test";
    message.recipients.append({"bob@dest.test", RecipientRoute::Remote, {}});
    message.content = "Subject: locked\r\n\r\n" + messageBody(4096, 'o');
    message.receivedAt = QDateTime::currentDateTimeUtc();
    std::optional<EnqueueResult> stored;
    QObject context;
    queue.enqueue(message, &context, [&stored](const EnqueueResult &result) { stored = result; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok);

    const auto runJob = [&delivery] {
        QSignalSpy finished(&delivery, &OutboundDelivery::jobFinished);
        if (!delivery.startJob() || !finished.wait(30000)) {
            DeliverySummary failed;
            failed.storageErrors = -1;
            return failed;
        }
        return finished.first().first().value<DeliverySummary>();
    };

    SqliteLockHolder holder;
    // Released by the process itself: this thread waits for the queue meanwhile.
    QVERIFY2(holder.lock(dir.filePath(u"queue.db"_s), "IMMEDIATE", &error, holdMs), qPrintable(error));
    const DeliverySummary first = runJob();
    QCOMPARE(server.received().size(), 1);
    QVERIFY(holder.release());
    if (copies == 1) {
        QCOMPARE(first.delivered, 1);
        QCOMPARE(first.storageErrors, 0);
    } else {
        // Sent, but not recorded: still queued and due, so nothing is lost.
        QCOMPARE(first.delivered, 0);
        QCOMPARE(first.storageErrors, 1);
        QCOMPARE(queue.counts().remotePending, 1);
        const DeliverySummary second = runJob();
        QCOMPARE(second.delivered, 1);
        QCOMPARE(server.received().size(), 2);
        QCOMPARE(server.received().at(1).data, server.received().at(0).data);
    }
    QCOMPARE(queue.counts().messages, 0);
    // Nothing else goes out later.
    QCOMPARE(runJob().delivered, 0);
    QCOMPARE(server.received().size(), copies);
}

void TestSqliteLocked::connectionLogLocked()
{
    QTemporaryDir dir;
    StorageEngine engine(dir.filePath(u"queue"_s), dir.filePath(u"mail"_s));
    QVERIFY2(engine.isRunning(), qPrintable(engine.startError()));
    ConnectionLog *log = engine.engine().connectionLog();
    QVERIFY(log);

    SqliteLockHolder holder;
    QString error;
    QVERIFY2(holder.lock(log->path(), "EXCLUSIVE", &error), qPrintable(error));
    WarningCollector warnings("sluice.log");
    QElapsedTimer elapsed;
    elapsed.start();
    for (char seed : {'a', 'b', 'c', 'd', 'e'}) {
        StorageClient client(engine.port());
        QVERIFY(client.isReady());
        QCOMPARE(status(client.sendMail("alice@test.example", messageBody(2048, seed))), "250 2.0.0");
        QVERIFY(client.quit());
    }
    // Each session's record waited briefly for the lock, not the queue's five seconds.
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    QTRY_COMPARE(engine.maildirFiles(u"alice"_s, u"new"_s).size(), 5);
    QTRY_COMPARE(engine.engine().queueCounts().messages, 0);
    QCOMPARE(warnings.warnings().size(), 1);
    QVERIFY2(warnings.warnings().first().contains(u"Mail is not affected"_s),
             qPrintable(warnings.warnings().first()));
    QCOMPARE(log->latest(100).size(), 0);

    QVERIFY(holder.release());
    StorageClient client(engine.port());
    QVERIFY(client.isReady());
    QCOMPARE(status(client.sendMail("alice@test.example", messageBody(2048, 'f'))), "250 2.0.0");
    QVERIFY(client.quit());
    QTRY_COMPARE(log->latest(100).size(), 1);
    QCOMPARE(warnings.warnings().size(), 1);
}

void TestSqliteLocked::settingsLocked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.db"_s);
    const SettingsEnvironment environment{dir.path(), u"gw.test.example"_s};
    QString error;
    std::unique_ptr<Settings> settings = Settings::open(path, environment, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->setText(Keys::MaxRecipients, u"50"_s), QString());

    SqliteLockHolder holder;
    QVERIFY2(holder.lock(path, "EXCLUSIVE", &error), qPrintable(error));
    QSignalSpy changed(settings.get(), &Settings::changed);
    const QString problem = settings->setText(Keys::MaxRecipients, u"75"_s);
    QVERIFY2(problem.contains(u"another program"_s) && problem.contains(u"Nothing was changed"_s),
             qPrintable(problem));
    const QString resetProblem = settings->reset(Keys::MaxRecipients);
    QVERIFY2(resetProblem.contains(u"another program"_s), qPrintable(resetProblem));
    // Nothing half-applied: not in memory, not announced, not in the file.
    QCOMPARE(settings->text(Keys::MaxRecipients), u"50"_s);
    QVERIFY(settings->isExplicit(Keys::MaxRecipients));
    QCOMPARE(changed.size(), 0);
    QVERIFY(holder.release());
    std::unique_ptr<Settings> reopened = Settings::open(path, environment, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->text(Keys::MaxRecipients), u"50"_s);

    // Once the lock is gone the same save works.
    QCOMPARE(settings->setText(Keys::MaxRecipients, u"75"_s), QString());
    QCOMPARE(changed.size(), 1);
    reopened->reloadIfChangedElsewhere();
    QCOMPARE(reopened->text(Keys::MaxRecipients), u"75"_s);
}

QTEST_GUILESS_MAIN(TestSqliteLocked)
#include "tst_sqlitelocked.moc"
