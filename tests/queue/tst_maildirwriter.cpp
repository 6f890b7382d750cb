// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/LocalDeliveryAgent.h"
#include "delivery/MaildirWriter.h"
#include "queue/QueuedMessage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

class TestMaildirWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversIntoNew();
    void secondDeliveryOfTheSameCopyIsSkipped();
    void copyAlreadyReadIsFoundInCurWhenAsked();
    void failureLeavesNothingBehind();
    void unsafeMailboxNames_data();
    void unsafeMailboxNames();
    void contentGetsReturnPathAndUnixLineEndings();
    void folderSyncCanBeLeftToTheCaller();
};

void TestMaildirWriter::deliversIntoNew()
{
    QTemporaryDir root;
    MaildirWriter writer(root.path());
    QString error;
    QCOMPARE(writer.deliver(u"alice"_s, u"1.Sx.host"_s, "hello\n", false, &error),
             MaildirWriter::Result::Delivered);
    for (const char *sub : {"tmp", "new", "cur"})
        QVERIFY(QFileInfo(root.path() + u"/alice/"_s + QLatin1StringView(sub)).isDir());
    QFile file(root.path() + u"/alice/new/1.Sx.host"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("hello\n"));
    QVERIFY(QDir(root.path() + u"/alice/tmp"_s).isEmpty());
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestMaildirWriter::folderSyncCanBeLeftToTheCaller()
{
    QTemporaryDir root;
    MaildirWriter writer(root.path());
    QString error;
    for (const QString &name : {u"1.Sa.host"_s, u"1.Sb.host"_s})
        QCOMPARE(writer.deliver(u"bob"_s, name, "hi\n", false, &error, false), MaildirWriter::Result::Delivered);
    QCOMPARE(QDir(root.path() + u"/bob/new"_s).entryList(QDir::Files).size(), 2);
    QVERIFY2(writer.syncNewFolder(u"bob"_s, &error), qPrintable(error));
    // A folder that is not there cannot be made durable: said, not pretended.
    QVERIFY(!writer.syncNewFolder(u"nobody"_s, &error));
    QVERIFY2(error.contains(u"nobody"_s), qPrintable(error));
}

void TestMaildirWriter::secondDeliveryOfTheSameCopyIsSkipped()
{
    QTemporaryDir root;
    MaildirWriter writer(root.path());
    QString error;
    const QString name = MaildirWriter::uniqueNameFor(1700000000, u"QID1"_s, 7, u"host"_s);
    QCOMPARE(writer.deliver(u"alice"_s, name, "one\n", false, &error), MaildirWriter::Result::Delivered);
    QCOMPARE(writer.deliver(u"alice"_s, name, "one\n", false, &error),
             MaildirWriter::Result::AlreadyDelivered);
    QCOMPARE(QDir(root.path() + u"/alice/new"_s).entryList(QDir::Files).size(), 1);
    const QString other = MaildirWriter::uniqueNameFor(1700000000, u"QID1"_s, 8, u"host"_s);
    QCOMPARE(writer.deliver(u"alice"_s, other, "one\n", false, &error), MaildirWriter::Result::Delivered);
}

void TestMaildirWriter::copyAlreadyReadIsFoundInCurWhenAsked()
{
    QTemporaryDir root;
    MaildirWriter writer(root.path());
    QString error;
    const QString name = MaildirWriter::uniqueNameFor(1700000000, u"QID2"_s, 1, u"host"_s);
    QCOMPARE(writer.deliver(u"alice"_s, name, "x\n", false, &error), MaildirWriter::Result::Delivered);
    // A mail reader marks it seen: new/NAME -> cur/NAME:2,S
    QVERIFY(QFile::rename(root.path() + u"/alice/new/"_s + name,
                          root.path() + u"/alice/cur/"_s + name + u":2,S"_s));
    QCOMPARE(writer.deliver(u"alice"_s, name, "x\n", true, &error), MaildirWriter::Result::AlreadyDelivered);
    QCOMPARE(writer.deliver(u"alice"_s, name, "x\n", false, &error), MaildirWriter::Result::Delivered);
}

void TestMaildirWriter::failureLeavesNothingBehind()
{
    QTemporaryDir root;
    // A file where the mailbox folder should be: the Maildir cannot be made (this fails for root too).
    QFile blocker(root.path() + u"/carol"_s);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MaildirWriter writer(root.path());
    QString error;
    QCOMPARE(writer.deliver(u"carol"_s, u"n"_s, "x\n", false, &error), MaildirWriter::Result::Failed);
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(root.path() + u"/carol"_s).isFile());
}

void TestMaildirWriter::unsafeMailboxNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << u"alice"_s << true;
    QTest::newRow("dotted") << u"first.last"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << u"."_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("hidden") << u".config"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("traversal") << u"../etc"_s << false;
    QTest::newRow("control") << u"a\nb"_s << false;
}

void TestMaildirWriter::unsafeMailboxNames()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(MaildirWriter::isSafeMailboxName(name), safe);
}

void TestMaildirWriter::contentGetsReturnPathAndUnixLineEndings()
{
    DueLocalDelivery delivery;
    delivery.sender = "a@example.org";
    delivery.content = "Received: x\r\n\ty\r\nSubject: s\r\n\r\nline\r\n.dot\r\n";
    QCOMPARE(LocalDeliveryAgent::maildirContent(delivery),
             QByteArray("Return-Path: <a@example.org>\nReceived: x\n\ty\nSubject: s\n\nline\n.dot\n"));
    delivery.sender.clear();
    delivery.content = "x\r\n";
    QCOMPARE(LocalDeliveryAgent::maildirContent(delivery), QByteArray("Return-Path: <>\nx\n"));
}

QTEST_GUILESS_MAIN(TestMaildirWriter)
#include "tst_maildirwriter.moc"
