// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full, for real: the queue, a Maildir or the connection log on a small tmpfs that fills up.
// Every case asserts the client's reply, that nothing half-written remains, that every message
// acknowledged before is intact byte for byte (also after a restart) and that mail flows again once
// there is room.
//
// The queue keeps a message's bytes inside its SQLite file (messages.content): there is no message
// file apart from the database. So "the message does not fit" is a message larger than all the space
// there is (smaller ones still fit afterwards), and "the commit does not fit" is a disk filled by
// something else until a modest message's commit cannot append it to the write-ahead log. Both fail
// with SQLITE_FULL when SQLite writes the transaction out at COMMIT.

#include "StorageClient.h"
#include "StorageFaults.h"

#include "log/ConnectionLog.h"
#include "queue/MessageQueue.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

const QStringList QueueFiles{u"queue.db"_s, u"queue.db-shm"_s, u"queue.db-wal"_s};

/// The message as Sluice stores it ends with exactly what the client sent.
bool endsWithBody(const StoredMessage &message, const QByteArray &body)
{
    return message.content.endsWith(body);
}

QByteArray maildirForm(const QByteArray &stored)
{
    QByteArray lf = stored;
    lf.replace("\r\n", "\n");
    return "Return-Path: <sender@client.example>\n" + lf;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageLargerThanFreeSpace();
    void commitDoesNotFit();
    void maildirFull();
    void connectionLogFull();
};

void TestDiskFull::messageLargerThanFreeSpace()
{
    QTemporaryDir dir;
    const QString queueDir = dir.filePath(u"queue"_s);
    TmpfsMount disk(queueDir, 2 * 1024 * 1024);
    QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
    auto engine = std::make_unique<StorageEngine>(queueDir, dir.filePath(u"mail"_s));
    QVERIFY2(engine->isRunning(), qPrintable(engine->startError()));
    const QString queuePath = engine->queuePath();

    StorageClient client(engine->port());
    QVERIFY(client.isReady());
    QList<QByteArray> bodies;
    for (char seed : {'a', 'b', 'c'}) {
        bodies.append(messageBody(20 * 1024, seed));
        QCOMPARE(status(client.sendMail("bob@remote.example", bodies.last())), "250 2.0.0");
    }
    QList<StoredMessage> acknowledged = storedMessages(queuePath);
    QCOMPARE(acknowledged.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(endsWithBody(acknowledged.at(i), bodies.at(i)));

    // Three megabytes on a two-megabyte disk: the write fails while the message is being stored.
    WarningCollector warnings("sluice.queue");
    QCOMPARE(status(client.sendMail("bob@remote.example", messageBody(3 * 1024 * 1024, 'X'))), "452 4.3.1");
    const QString warning = warnings.warnings().value(0);
    QVERIFY2(warning.contains(u"disk full"_s), qPrintable(warning));

    // Nothing half-written: no stray file, no row, no recipient; what was acknowledged is intact.
    QCOMPARE(folderEntries(queueDir), QueueFiles);
    QCOMPARE(storedMessages(queuePath), acknowledged);
    QCOMPARE(recipientRows(queuePath), 3);

    // The session and the server go on: small messages still fit.
    QCOMPARE(client.command("NOOP"), 250);
    const QByteArray afterwards = messageBody(4 * 1024, 'd');
    QCOMPARE(status(client.sendMail("bob@remote.example", afterwards)), "250 2.0.0");
    StorageClient other(engine->port());
    QVERIFY(other.isReady());
    const QByteArray fromOther = messageBody(4 * 1024, 'e');
    QCOMPARE(status(other.sendMail("carol@remote.example", fromOther)), "250 2.0.0");
    acknowledged = storedMessages(queuePath);
    QCOMPARE(acknowledged.size(), 5);
    QVERIFY(endsWithBody(acknowledged.at(3), afterwards));
    QVERIFY(endsWithBody(acknowledged.at(4), fromOther));
    QVERIFY(client.quit());
    QVERIFY(other.quit());

    // As after a restart: the queue opens and holds the same bytes.
    engine.reset();
    QCOMPARE(storedMessages(queuePath), acknowledged);
    engine = std::make_unique<StorageEngine>(queueDir, dir.filePath(u"mail"_s));
    QVERIFY2(engine->isRunning(), qPrintable(engine->startError()));
    QCOMPARE(engine->engine().queueCounts().messages, 5);
    QCOMPARE(storedMessages(queuePath), acknowledged);
}

void TestDiskFull::commitDoesNotFit()
{
    QTemporaryDir dir;
    const QString queueDir = dir.filePath(u"queue"_s);
    TmpfsMount disk(queueDir, 2 * 1024 * 1024);
    QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
    auto engine = std::make_unique<StorageEngine>(queueDir, dir.filePath(u"mail"_s));
    QVERIFY2(engine->isRunning(), qPrintable(engine->startError()));
    const QString queuePath = engine->queuePath();

    StorageClient client(engine->port());
    QVERIFY(client.isReady());
    for (char seed : {'a', 'b'})
        QCOMPARE(status(client.sendMail("bob@remote.example", messageBody(20 * 1024, seed))), "250 2.0.0");
    const QList<StoredMessage> acknowledged = storedMessages(queuePath);
    QCOMPARE(acknowledged.size(), 2);

    // 16 KB left: the 200 KB message is held in SQLite's page cache, and its commit cannot append
    // it to the write-ahead log (SQLITE_FULL at COMMIT).
    const QString filler = queueDir + u"/filler"_s;
    QString error;
    QVERIFY2(fillDisk(filler, 16 * 1024, &error), qPrintable(error));
    const QByteArray body = messageBody(200 * 1024, 'C');
    {
        WarningCollector warnings("sluice.queue");
        QCOMPARE(status(client.sendMail("bob@remote.example", body)), "452 4.3.1");
        const QString warning = warnings.warnings().value(0);
        QVERIFY2(warning.contains(u"disk full"_s) && warning.contains(u"commit"_s, Qt::CaseInsensitive),
                 qPrintable(warning));
    }
    QCOMPARE(folderEntries(queueDir), QStringList{u"filler"_s} + QueueFiles);
    QCOMPARE(storedMessages(queuePath), acknowledged);
    QCOMPARE(recipientRows(queuePath), 2);

    // The session stays usable and other clients are served (and refused the same way).
    QCOMPARE(client.command("NOOP"), 250);
    StorageClient other(engine->port());
    QVERIFY(other.isReady());
    QCOMPARE(status(other.sendMail("carol@remote.example", body)), "452 4.3.1");
    QCOMPARE(storedMessages(queuePath), acknowledged);

    // A restart on the still full disk: the queue opens without writing, and holds the same bytes.
    QVERIFY(client.quit());
    QVERIFY(other.quit());
    engine.reset();
    QCOMPARE(storedMessages(queuePath), acknowledged);
    engine = std::make_unique<StorageEngine>(queueDir, dir.filePath(u"mail"_s));
    QVERIFY2(engine->isRunning(), qPrintable(engine->startError()));
    QCOMPARE(storedMessages(queuePath), acknowledged);

    // Room again: the same message is accepted, on a session that was refused before the restart
    // and on a fresh one.
    QVERIFY(QFile::remove(filler));
    StorageClient again(engine->port());
    QVERIFY(again.isReady());
    QCOMPARE(status(again.sendMail("bob@remote.example", body)), "250 2.0.0");
    const QList<StoredMessage> now = storedMessages(queuePath);
    QCOMPARE(now.size(), 3);
    QCOMPARE(now.mid(0, 2), acknowledged);
    QVERIFY(endsWithBody(now.at(2), body));
    QVERIFY(again.quit());
    engine.reset();
    QCOMPARE(storedMessages(queuePath), now);
}

void TestDiskFull::maildirFull()
{
    QTemporaryDir dir;
    const QString mailRoot = dir.filePath(u"mail"_s);
    TmpfsMount disk(mailRoot, 1024 * 1024);
    QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
    StorageEngine engine(dir.filePath(u"queue"_s), mailRoot);
    QVERIFY2(engine.isRunning(), qPrintable(engine.startError()));
    const QString filler = mailRoot + u"/filler"_s;
    QString error;
    QVERIFY2(fillDisk(filler, 8 * 1024, &error), qPrintable(error));

    StorageClient client(engine.port());
    QVERIFY(client.isReady());
    const QByteArray body = messageBody(100 * 1024, 'm');
    QCOMPARE(status(client.sendMail("alice@test.example", body)), "250 2.0.0");
    const QList<StoredMessage> acknowledged = storedMessages(engine.queuePath());
    QCOMPARE(acknowledged.size(), 1);

    // The write fails (ENOSPC): the copy stays queued, deferred, and is tried again, and neither
    // tmp/ nor new/ keeps a partial file.
    QTRY_VERIFY_WITH_TIMEOUT(engine.engine().queueCounts().deferred == 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto page =
                engine.engine().queue()->dueLocalDeliveries(QDateTime::currentDateTimeUtc().addDays(1), 10);
            return page.size() == 1 && page.first().attempts >= 2;
        }(),
        15000);
    QCOMPARE(engine.maildirFiles(u"alice"_s, u"tmp"_s), QStringList());
    QCOMPARE(engine.maildirFiles(u"alice"_s, u"new"_s), QStringList());
    QCOMPARE(storedMessages(engine.queuePath()), acknowledged);

    // Room again: the next retry delivers it, once, whole.
    QVERIFY(QFile::remove(filler));
    QTRY_COMPARE_WITH_TIMEOUT(engine.maildirFiles(u"alice"_s, u"new"_s).size(), 1, 20000);
    QFile delivered(mailRoot + u"/alice/new/"_s + engine.maildirFiles(u"alice"_s, u"new"_s).first());
    QVERIFY(delivered.open(QIODevice::ReadOnly));
    QCOMPARE(delivered.readAll(), maildirForm(acknowledged.first().content));
    QTRY_VERIFY_WITH_TIMEOUT(storedMessages(engine.queuePath()).isEmpty(), 5000);
    QCOMPARE(engine.maildirFiles(u"alice"_s, u"tmp"_s), QStringList());
}

void TestDiskFull::connectionLogFull()
{
    // The log lives beside the queue folder: a small disk for it, a roomy one for the queue.
    QTemporaryDir dir;
    const QString spool = dir.filePath(u"spool"_s);
    TmpfsMount logDisk(spool, 1024 * 1024);
    QVERIFY2(logDisk.isMounted(), qPrintable(logDisk.error()));
    TmpfsMount queueDisk(spool + u"/queue"_s, 16 * 1024 * 1024);
    QVERIFY2(queueDisk.isMounted(), qPrintable(queueDisk.error()));
    StorageEngine engine(spool + u"/queue"_s, dir.filePath(u"mail"_s));
    QVERIFY2(engine.isRunning(), qPrintable(engine.startError()));
    ConnectionLog *log = engine.engine().connectionLog();
    QVERIFY(log);
    QCOMPARE(log->path(), spool + u"/log.db"_s);

    // One session logged while there is room.
    {
        StorageClient client(engine.port());
        QVERIFY(client.isReady());
        QCOMPARE(status(client.sendMail("alice@test.example", messageBody(1024, 'a'))), "250 2.0.0");
        QVERIFY(client.quit());
    }
    QTRY_COMPARE(log->latest(100).size(), 1);

    QString error;
    QVERIFY2(fillDisk(spool + u"/filler"_s, 0, &error), qPrintable(error));
    WarningCollector warnings("sluice.log");
    for (char seed : {'b', 'c', 'd', 'e'}) {
        StorageClient client(engine.port());
        QVERIFY(client.isReady());
        QCOMPARE(status(client.sendMail("alice@test.example", messageBody(8 * 1024, seed))), "250 2.0.0");
        QVERIFY(client.quit());
    }
    // Mail is accepted and delivered; the log lost those sessions, with one warning that says so.
    QVERIFY(QTest::qWaitFor([&] { return engine.maildirFiles(u"alice"_s, u"new"_s).size() == 5; }, 10000));
    QTRY_VERIFY(engine.engine().queueCounts().messages == 0);
    QCOMPARE(log->latest(100).size(), 1);
    QCOMPARE(warnings.warnings().size(), 1);
    QVERIFY2(warnings.warnings().first().contains(u"connection log"_s) &&
                 warnings.warnings().first().contains(u"Mail is not affected"_s),
             qPrintable(warnings.warnings().first()));

    // Room again: the next session is logged.
    QVERIFY(QFile::remove(spool + u"/filler"_s));
    {
        StorageClient client(engine.port());
        QVERIFY(client.isReady());
        QCOMPARE(status(client.sendMail("alice@test.example", messageBody(1024, 'f'))), "250 2.0.0");
        QVERIFY(client.quit());
    }
    QTRY_COMPARE(log->latest(100).size(), 2);
    QCOMPARE(warnings.warnings().size(), 1);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
