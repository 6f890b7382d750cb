// SPDX-License-Identifier: GPL-3.0-or-later
// The client's pure helpers: dot-stuffing, 8-bit detection, EHLO capabilities and the bounded transcript.

#include "client/DotStuffing.h"
#include "client/EhloCapabilities.h"
#include "client/Transcript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestClientEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dotStuffing_data();
    void dotStuffing();
    void eightBit_data();
    void eightBit();
    void capabilities();
    void sizeLimit_data();
    void sizeLimit();
    void authMechanisms();
    void transcriptText();
    void transcriptKeepsBeginningAndEnd();
    void transcriptBoundAtEveryLength();
};

void TestClientEncoding::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("plain") << "a\r\nb\r\n"_ba
                           << "a\r\nb\r\n.\r\n"_ba;
    QTest::newRow("no final CRLF") << "a\r\nb"_ba
                                   << "a\r\nb\r\n.\r\n"_ba;
    QTest::newRow("empty") << QByteArray() << ".\r\n"_ba;
    QTest::newRow("dot at the start") << ".a\r\n"_ba
                                      << "..a\r\n.\r\n"_ba;
    QTest::newRow("lone dot line") << "a\r\n.\r\nb\r\n"_ba
                                   << "a\r\n..\r\nb\r\n.\r\n"_ba;
    QTest::newRow("two dots") << "..\r\n"_ba
                              << "...\r\n.\r\n"_ba;
    QTest::newRow("dot inside a line") << "a.b\r\n"_ba
                                       << "a.b\r\n.\r\n"_ba;
    QTest::newRow("dot as last octet") << "a\r\n."_ba
                                       << "a\r\n..\r\n.\r\n"_ba;
    QTest::newRow("empty lines") << "\r\n\r\n"_ba
                                 << "\r\n\r\n.\r\n"_ba;
    // Smuggling defence: a bare LF or CR never reaches the wire.
    QTest::newRow("bare LF dot LF") << "a\n.\nb\r\n"_ba
                                    << "a\r\n..\r\nb\r\n.\r\n"_ba;
    QTest::newRow("bare CR dot CR") << "a\r.\rb"_ba
                                    << "a\r\n..\r\nb\r\n.\r\n"_ba;
    QTest::newRow("CR CR LF") << "a\r\r\nb\r\n"_ba
                              << "a\r\n\r\nb\r\n.\r\n"_ba;
}

void TestClientEncoding::dotStuffing()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, wire);
    QCOMPARE(dotStuffedData(content), wire);
}

void TestClientEncoding::eightBit_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("eightBit");
    QTest::newRow("ascii") << "Subject: x\r\n\r\nhello~\x7f\r\n"_ba << false;
    QTest::newRow("utf-8") << "Subject: caf\xc3\xa9\r\n"_ba << true;
    QTest::newRow("0x80") << "\x80"_ba << true;
    QTest::newRow("0xff at the end") << "abc\xff"_ba << true;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestClientEncoding::eightBit()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, eightBit);
    QCOMPARE(hasEightBitOctets(content), eightBit);
}

void TestClientEncoding::capabilities()
{
    const SmtpReply reply = SmtpReply::make(250, {},
                                            "mx.example greets you\nPIPELINING\nsize 1000\n8BITMIME\n"
                                            "STARTTLS\nX-EXTRA  a   b");
    const EhloCapabilities capabilities = EhloCapabilities::fromReply(reply);
    QCOMPARE(capabilities.lines(),
             (QList<QByteArray>{"PIPELINING", "size 1000", "8BITMIME", "STARTTLS", "X-EXTRA  a   b"}));
    QVERIFY(capabilities.has("pipelining"));
    QVERIFY(capabilities.has("SIZE"));
    QVERIFY(capabilities.has("STARTTLS"));
    QVERIFY(!capabilities.has("mx.example")); // the first line names the server
    QVERIFY(!capabilities.has("AUTH"));
    QVERIFY(!capabilities.has("8BIT"));
    QCOMPARE(capabilities.parameters("x-extra"), (QList<QByteArray>{"a", "b"}));
    QVERIFY(EhloCapabilities().lines().isEmpty());
    QVERIFY(!EhloCapabilities::fromReply(SmtpReply::make(250, {}, "only.the.name")).has("SIZE"));
}

void TestClientEncoding::sizeLimit_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("limit"); // -1: not offered
    QTest::newRow("limit") << "SIZE 10240000"_ba << qint64(10240000);
    QTest::newRow("no limit") << "SIZE"_ba << qint64(0);
    QTest::newRow("zero") << "SIZE 0"_ba << qint64(0);
    QTest::newRow("garbage") << "SIZE lots"_ba << qint64(0);
    QTest::newRow("not offered") << "PIPELINING"_ba << qint64(-1);
}

void TestClientEncoding::sizeLimit()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, limit);
    const auto capabilities =
        EhloCapabilities::fromReply(SmtpReply::make(250, {}, QByteArray("mx\n" + line)));
    QCOMPARE(capabilities.sizeLimit().value_or(-1), limit);
}

void TestClientEncoding::authMechanisms()
{
    const auto capabilities = EhloCapabilities::fromReply(
        SmtpReply::make(250, {}, "mx\nAUTH login Plain\nAUTH=LOGIN CRAM-MD5\nSIZE"));
    QCOMPARE(capabilities.authMechanisms(), (QList<QByteArray>{"LOGIN", "PLAIN", "CRAM-MD5"}));
    QVERIFY(
        EhloCapabilities::fromReply(SmtpReply::make(250, {}, "mx\nAUTHX FOO")).authMechanisms().isEmpty());
}

void TestClientEncoding::transcriptText()
{
    Transcript transcript;
    transcript.add(Transcript::Direction::Received, "220 mx.example");
    transcript.add(Transcript::Direction::Sent, "EHLO me");
    transcript.add(Transcript::Direction::Note, "connection lost");
    QCOMPARE(transcript.toText(), "S: 220 mx.example\nC: EHLO me\n-- connection lost\n"_ba);
    QCOMPARE(transcript.entries().size(), 3);
    QVERIFY(transcript.entries().first().time.isValid());
    QCOMPARE(transcript.droppedEntries(), 0);
}

void TestClientEncoding::transcriptKeepsBeginningAndEnd()
{
    Transcript transcript(6);
    for (int i = 0; i < 20; ++i)
        transcript.add(Transcript::Direction::Sent, QByteArray::number(i));
    QCOMPARE(transcript.entries().size(), 6);
    QCOMPARE(transcript.droppedEntries(), 14);
    QCOMPARE(transcript.toText(), "C: 0\nC: 1\nC: 2\n-- 14 entries left out\nC: 17\nC: 18\nC: 19\n"_ba);
}

void TestClientEncoding::transcriptBoundAtEveryLength()
{
    // The excess is dropped in batches inside; whatever the count, what is seen is the bound's view:
    // the first half, then the most recent entries.
    for (const int bound : {1, 6, 7}) {
        Transcript transcript(bound);
        for (int added = 1; added <= 40; ++added) {
            transcript.add(Transcript::Direction::Sent, QByteArray::number(added - 1));
            QList<QByteArray> expected;
            for (int i = 0; i < added; ++i) {
                if (i < bound / 2 || i >= added - (bound - bound / 2))
                    expected << QByteArray::number(i);
            }
            QList<QByteArray> seen;
            for (const Transcript::Entry &entry : transcript.entries())
                seen << entry.text;
            QCOMPARE(seen, expected);
            QCOMPARE(transcript.droppedEntries(), std::max(0, added - bound));
        }
    }
}

QTEST_GUILESS_MAIN(TestClientEncoding)
#include "tst_clientencoding.moc"
