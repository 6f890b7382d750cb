// SPDX-License-Identifier: GPL-3.0-or-later
// The client's conversation with a scripted peer when all goes to plan or a server refuses something:
// EHLO/HELO, SIZE and 8BITMIME, per-recipient outcomes, RSET and dot-stuffing.

#include "ClientRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

using MessageList = QList<OutboundMessage>;

namespace {

const QByteArray Greeting = "S: 220 mx.example ESMTP\nC: EHLO sluice.test.example\n"_ba;
const QByteArray SimpleData = "\nC: Subject: test\nC:\nC: Hello\nC: .\n"_ba;
const QByteArray Quit = "\nC: QUIT\nS: 221 2.0.0 Bye\n"_ba;
// 25 octets with one non-ASCII character.
const QByteArray EightBitContent = "Subject: caf\xc3\xa9\r\n\r\nHello\r\n"_ba;

OutboundMessage simple(qint64 id, const QList<QByteArray> &recipients)
{
    return makeMessage(id, "sender@example.org", recipients, simpleContent());
}

} // namespace

class TestSmtpClientConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversation_data();
    void conversation();
    void quitIsNotAwaitedForever();
    void testConnectionFillsPeerInfo();
    void transcriptRecordsTheConversationButNotTheContent();
};

void TestSmtpClientConversation::conversation_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<MessageList>("messages");
    QTest::addColumn<bool>("lmtp");
    QTest::addColumn<QByteArray>("outcomes");
    QTest::addColumn<bool>("ok");

    const OutboundMessage one = simple(1, {"alice@example.net"});
    const OutboundMessage second = simple(2, {"bob@example.net"});

    QTest::newRow("one message") << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 250 2.1.0 Ok
        C: RCPT TO:<alice@example.net>
        S: 250 2.1.5 Ok
        C: DATA
        S: 354 End data with <CR><LF>.<CR><LF>)" +
                                        SimpleData + "S: 250 2.0.0 Ok: queued as 1A2B\n" + Quit
                                 << MessageList{one} << false << "101:delivered:250"_ba << true;

    QTest::newRow("multi-line replies") << R"(
        S: 220-mx.example ESMTP
        S: 220 welcome
        C: EHLO sluice.test.example
        S: 250-mx.example greets you
        S: 250-HELP
        S: 250 ENHANCEDSTATUSCODES
        C: MAIL FROM:<sender@example.org>
        S: 250-2.1.0 first
        S: 250 2.1.0 Ok
        C: RCPT TO:<alice@example.net>
        S: 250 2.1.5 Ok
        C: DATA
        S: 354 go)" + SimpleData + "S: 250-2.0.0 queued\nS: 250 2.0.0 as 1A2B\n" +
                                               Quit
                                        << MessageList{one} << false << "101:delivered:250"_ba << true;

    QTest::newRow("mixed recipient replies")
        << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 250 2.1.0 Ok
        C: RCPT TO:<a@example.net>
        S: 250 2.1.5 Ok
        C: RCPT TO:<b@example.net>
        S: 450 4.2.1 Mailbox busy
        C: RCPT TO:<c@example.net>
        S: 550 5.1.1 No such user
        C: DATA
        S: 354 go)" +
               SimpleData + "S: 250 2.0.0 Ok\n" + Quit
        << MessageList{simple(1, {"a@example.net", "b@example.net", "c@example.net"})} << false
        << "101:delivered:250 102:deferred:450 103:failed:550"_ba << true;

    // No extension after HELO: no SIZE, no BODY, no pipelining, though the content is 8-bit.
    QTest::newRow("EHLO refused: HELO") << R"(
        S: 220 old.example SMTP
        C: EHLO sluice.test.example
        S: 502 5.5.2 Command not recognized
        C: HELO sluice.test.example
        S: 250 old.example
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: RCPT TO:<b@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go
        C: Subject: café
        C:
        C: Hello
        C: .
        S: 250 Ok)" + Quit
                                        << MessageList{makeMessage(1, "sender@example.org",
                                                                   {"a@example.net", "b@example.net"},
                                                                   EightBitContent)}
                                        << false << "101:delivered:250 102:delivered:250"_ba << true;

    QTest::newRow("SIZE and 8BITMIME")
        << Greeting + R"(
        S: 250-mx.example
        S: 250-SIZE 1000
        S: 250 8BITMIME
        C: MAIL FROM:<sender@example.org> SIZE=25 BODY=8BITMIME
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go
        C: Subject: café
        C:
        C: Hello
        C: .
        S: 250 Ok)" +
               Quit
        << MessageList{makeMessage(1, "sender@example.org", {"a@example.net"}, EightBitContent)} << false
        << "101:delivered:250"_ba << true;

    QTest::newRow("8-bit content without 8BITMIME is sent as it is")
        << Greeting + R"(
        S: 250-mx.example
        S: 250 SIZE
        C: MAIL FROM:<sender@example.org> SIZE=25
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go
        C: Subject: café
        C:
        C: Hello
        C: .
        S: 250 Ok)" +
               Quit
        << MessageList{makeMessage(1, "sender@example.org", {"a@example.net"}, EightBitContent)} << false
        << "101:delivered:250"_ba << true;

    QTest::newRow("larger than SIZE: not offered")
        << Greeting + R"(
        S: 250-mx.example
        S: 250 SIZE 30
        C: MAIL FROM:<sender@example.org> SIZE=24
        S: 250 Ok
        C: RCPT TO:<bob@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" +
               SimpleData + "S: 250 Ok\n" + Quit
        << MessageList{makeMessage(1, "sender@example.org", {"a@example.net", "b@example.net"},
                                   QByteArray(40, 'x') + "\r\n"),
                       second}
        << false << "101:failed:552 102:failed:552 201:delivered:250"_ba << true;

    QTest::newRow("null sender") << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" + SimpleData + "S: 250 Ok\n" +
                                        Quit
                                 << MessageList{makeMessage(1, QByteArray(), {"a@example.net"},
                                                            simpleContent())}
                                 << false << "101:delivered:250"_ba << true;

    QTest::newRow("dot-stuffing and the final CRLF")
        << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go
        C: ..hidden
        C: ...two
        C: no dot.
        C: ..
        C: .
        S: 250 Ok)" +
               Quit
        << MessageList{makeMessage(1, "sender@example.org", {"a@example.net"},
                                   ".hidden\r\n..two\r\nno dot.\r\n.")}
        << false << "101:delivered:250"_ba << true;

    QTest::newRow("MAIL refused, RSET before the next message")
        << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 550 5.7.1 Sender refused
        C: RSET
        S: 250 Ok
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<bob@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" +
               SimpleData + "S: 250 Ok\n" + Quit
        << MessageList{simple(1, {"a@example.net", "b@example.net"}), second} << false
        << "101:failed:550 102:failed:550 201:delivered:250"_ba << true;

    QTest::newRow("every RCPT refused: no DATA, RSET")
        << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 550 5.1.1 Unknown
        C: RCPT TO:<b@example.net>
        S: 451 4.3.0 Try later
        C: RSET
        S: 250 Ok
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<bob@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" +
               SimpleData + "S: 250 Ok\n" + Quit
        << MessageList{simple(1, {"a@example.net", "b@example.net"}), second} << false
        << "101:failed:550 102:deferred:451 201:delivered:250"_ba << true;

    QTest::newRow("DATA refused") << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<alice@example.net>
        S: 250 Ok
        C: DATA
        S: 554 5.3.0 No thanks
        C: RSET
        S: 250 Ok
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<bob@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" + SimpleData + "S: 451 4.3.0 Queue full\n" +
                                         Quit
                                  << MessageList{one, second} << false << "101:failed:554 201:deferred:451"_ba
                                  << true;

    QTest::newRow("final reply refuses")
        << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<alice@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" +
               SimpleData + "S: 554 5.7.1 Spam\n" + R"(
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<bob@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" +
               SimpleData + "S: 250 Ok\n" + Quit
        << MessageList{one, second} << false << "101:failed:554 201:delivered:250"_ba << true;

    QTest::newRow("several messages in order")
        << Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<first@example.org>
        S: 250 Ok
        C: RCPT TO:<alice@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" +
               SimpleData + R"(S: 250 Ok
        C: MAIL FROM:<second@example.org>
        S: 250 Ok
        C: RCPT TO:<bob@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" +
               SimpleData + "S: 250 Ok\n" + Quit
        << MessageList{makeMessage(1, "first@example.org", {"alice@example.net"}, simpleContent()),
                       makeMessage(2, "second@example.org", {"bob@example.net"}, simpleContent())}
        << false << "101:delivered:250 201:delivered:250"_ba << true;
}

void TestSmtpClientConversation::conversation()
{
    QFETCH(QByteArray, script);
    QFETCH(MessageList, messages);
    QFETCH(bool, lmtp);
    QFETCH(QByteArray, outcomes);
    QFETCH(bool, ok);

    FakeSmtpPeer peer(script);
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.lmtp = lmtp;
    const ClientRun run = runClient(config, messages);

    QVERIFY2(run.finished, run.transcript.constData());
    QTRY_VERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(run.outcomes(), outcomes);
    QCOMPARE(run.ok, ok);
    QCOMPARE(run.finishedSignals, 1);
    QCOMPARE(run.results.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        QCOMPARE(run.results[i].messageId, messages[i].messageId);
}

void TestSmtpClientConversation::quitIsNotAwaitedForever()
{
    FakeSmtpPeer peer(Greeting + "S: 250 mx.example\nC: QUIT\n");
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.timeouts.command = 300;
    const ClientRun run = runClient(config, {});
    QVERIFY2(run.finished, run.transcript.constData());
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY2(run.elapsedMs < 3000, QByteArray::number(run.elapsedMs).constData());
}

void TestSmtpClientConversation::testConnectionFillsPeerInfo()
{
    FakeSmtpPeer peer(Greeting + "S: 250-mx.example\nS: 250-SIZE 1000\nS: 250 PIPELINING\n" + Quit);
    QVERIFY(peer.start());
    const ClientRun run = runClient(clientConfig(peer.port()), {});
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(run.results.isEmpty());
    QCOMPARE(run.peer.greeting.code, 220);
    QCOMPARE(run.peer.greeting.text(), "mx.example ESMTP"_ba);
    QCOMPARE(run.peer.capabilities, (QList<QByteArray>{"SIZE 1000", "PIPELINING"}));
    QVERIFY(run.peer.usedEhlo);
    QVERIFY(!run.peer.tlsActive);
    QVERIFY(run.peer.authMechanismUsed.isEmpty());
}

void TestSmtpClientConversation::transcriptRecordsTheConversationButNotTheContent()
{
    FakeSmtpPeer peer(Greeting + R"(
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 250 2.1.0 Ok
        C: RCPT TO:<alice@example.net>
        S: 250 2.1.5 Ok
        C: DATA
        S: 354 go
        C: Subject: a secret subject
        C: .
        S: 250 2.0.0 Ok)" +
                      Quit);
    QVERIFY(peer.start());
    const ClientRun run = runClient(
        clientConfig(peer.port()),
        {makeMessage(1, "sender@example.org", {"alice@example.net"}, "Subject: a secret subject\r\n")});
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    for (const QByteArray &expected : {"S: 220 mx.example ESMTP\n"_ba, "C: EHLO sluice.test.example\n"_ba,
                                       "C: MAIL FROM:<sender@example.org>\n"_ba, "S: 250 2.1.0 Ok\n"_ba,
                                       "-- message data: 30 octets, dot-stuffed\n"_ba, "C: .\n"_ba,
                                       "S: 250 2.0.0 Ok\n"_ba, "C: QUIT\n"_ba}) {
        QVERIFY2(run.transcript.contains(expected),
                 QByteArray(expected + " not in:\n" + run.transcript).constData());
    }
    QVERIFY(!run.transcript.contains("secret subject"));
}

QTEST_GUILESS_MAIN(TestSmtpClientConversation)
#include "tst_smtpclientconversation.moc"
