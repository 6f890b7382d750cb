// SPDX-License-Identifier: GPL-3.0-or-later
// Local delivery through the whole engine: resumed after a restart, retried after a failure, never
// duplicated when the engine stopped between the Maildir write and the queue update.

#include "core/Engine.h"
#include "delivery/LocalDeliveryAgent.h"
#include "delivery/MaildirWriter.h"
#include "queue/MessageQueue.h"
#include "queue/QueueId.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString mailRoot() const { return dir.path() + u"/mail"_s; }
    QString queueDir() const { return dir.path() + u"/queue"_s; }

    /// Puts a message in the queue while no engine runs, as if it was accepted before a restart.
    QString enqueueOffline(const QString &mailbox, const QDateTime &receivedAt = QDateTime::currentDateTime())
    {
        QDir().mkpath(queueDir());
        MessageQueue queue;
        QString error;
        if (!queue.open(queueDir() + u"/queue.db"_s, &error))
            return {};
        NewMessage message;
        message.queueId = nextQueueId();
        message.sender = "s@example.org";
        message.recipients.append({mailbox.toLatin1() + "@test.example", RecipientRoute::Local, mailbox});
        message.content = "Subject: offline\r\n\r\nbody\r\n";
        message.receivedAt = receivedAt;
        QObject context;
        bool done = false;
        queue.enqueue(message, &context, [&](const EnqueueResult &result) { done = result.ok; });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            return {};
        return message.queueId;
    }

    EngineConfig config() const
    {
        EngineConfig config;
        config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.smtp.listenPort = 0;
        config.local.localDomains = {u"test.example"_s};
        config.local.mailRoot = mailRoot();
        config.local.firstRetrySeconds = 1;
        return config;
    }

    int filesIn(const QString &mailbox, const char *sub) const
    {
        return int(
            QDir(mailRoot() + u'/' + mailbox + u'/' + QLatin1StringView(sub)).entryList(QDir::Files).size());
    }
};

} // namespace

class TestLocalDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pendingDeliveryResumesOnStart();
    void failedDeliveryIsDeferredThenRetried();
    void copyWrittenBeforeACrashIsNotDuplicated_data();
    void copyWrittenBeforeACrashIsNotDuplicated();
    void retryDelaysGrowAndAreCapped();
};

void TestLocalDelivery::pendingDeliveryResumesOnStart()
{
    Fixture fixture;
    QVERIFY(!fixture.enqueueOffline(u"alice"_s).isEmpty());
    Engine engine;
    QString error;
    QVERIFY2(engine.start(fixture.queueDir(), fixture.config(), &error), qPrintable(error));
    QTRY_COMPARE(fixture.filesIn(u"alice"_s, "new"), 1);
    QTRY_COMPARE(engine.queueCounts().messages, 0);
}

void TestLocalDelivery::failedDeliveryIsDeferredThenRetried()
{
    Fixture fixture;
    QDir().mkpath(fixture.mailRoot());
    QFile blocker(fixture.mailRoot() + u"/carol"_s); // the Maildir cannot be created: delivery fails
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!fixture.enqueueOffline(u"carol"_s).isEmpty());

    Engine engine;
    QString error;
    QVERIFY(engine.start(fixture.queueDir(), fixture.config(), &error));
    QTRY_COMPARE(engine.queueCounts().deferred, 1);
    QCOMPARE(engine.queueCounts().messages, 1); // kept, not dropped

    QVERIFY(QFile::remove(fixture.mailRoot() + u"/carol"_s)); // the admin mends it
    QTRY_COMPARE_WITH_TIMEOUT(fixture.filesIn(u"carol"_s, "new"), 1, 10000);
    QTRY_COMPARE(engine.queueCounts().messages, 0);
}

void TestLocalDelivery::copyWrittenBeforeACrashIsNotDuplicated_data()
{
    QTest::addColumn<bool>("readByUser");
    QTest::newRow("still in new/") << false;
    QTest::newRow("already moved to cur/") << true;
}

void TestLocalDelivery::copyWrittenBeforeACrashIsNotDuplicated()
{
    QFETCH(bool, readByUser);
    Fixture fixture;
    const QDateTime receivedAt = QDateTime::currentDateTime().addSecs(-10);
    const QString queueId = fixture.enqueueOffline(u"alice"_s, receivedAt);
    QVERIFY(!queueId.isEmpty());
    // The engine had written the copy but died before recording it: recreate that state.
    qint64 recipientId = 0;
    {
        MessageQueue queue;
        QString error;
        QVERIFY(queue.open(fixture.queueDir() + u"/queue.db"_s, &error));
        recipientId = queue.dueLocalDeliveries(QDateTime::currentDateTime(), 1).value(0).recipientId;
    }
    QVERIFY(recipientId > 0);
    const QString name = MaildirWriter::uniqueNameFor(receivedAt.toSecsSinceEpoch(), queueId, recipientId,
                                                      QSysInfo::machineHostName());
    MaildirWriter writer(fixture.mailRoot());
    QString error;
    QCOMPARE(writer.deliver(u"alice"_s, name, "copy\n", false, &error), MaildirWriter::Result::Delivered);
    if (readByUser) {
        QVERIFY(QFile::rename(fixture.mailRoot() + u"/alice/new/"_s + name,
                              fixture.mailRoot() + u"/alice/cur/"_s + name + u":2,S"_s));
    }

    Engine engine;
    QVERIFY(engine.start(fixture.queueDir(), fixture.config(), &error));
    QTRY_COMPARE(engine.queueCounts().messages, 0);
    QCOMPARE(fixture.filesIn(u"alice"_s, "new") + fixture.filesIn(u"alice"_s, "cur"), 1);
}

void TestLocalDelivery::retryDelaysGrowAndAreCapped()
{
    QCOMPARE(LocalDeliveryAgent::retryDelaySeconds(0, 60), 60);
    QCOMPARE(LocalDeliveryAgent::retryDelaySeconds(1, 60), 120);
    QCOMPARE(LocalDeliveryAgent::retryDelaySeconds(3, 60), 480);
    QCOMPARE(LocalDeliveryAgent::retryDelaySeconds(50, 60), 1800);
}

QTEST_GUILESS_MAIN(TestLocalDelivery)
#include "tst_localdelivery.moc"
