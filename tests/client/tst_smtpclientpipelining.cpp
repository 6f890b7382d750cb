// SPDX-License-Identifier: GPL-3.0-or-later
// PIPELINING (RFC 2920) and LMTP (RFC 2033) conversations with a scripted peer: commands grouped in one
// write with their replies matched in order, and one reply per accepted recipient after the data.

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

OutboundMessage simple(qint64 id, const QList<QByteArray> &recipients)
{
    return makeMessage(id, "sender@example.org", recipients, simpleContent());
}

} // namespace

class TestSmtpClientPipelining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversation_data();
    void conversation();
};

void TestSmtpClientPipelining::conversation_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<MessageList>("messages");
    QTest::addColumn<bool>("lmtp");
    QTest::addColumn<QByteArray>("outcomes");
    QTest::addColumn<bool>("ok");

    const OutboundMessage one = simple(1, {"alice@example.net"});
    const OutboundMessage second = simple(2, {"bob@example.net"});

    // Without pipelining the peer would wait for RCPT while the client waits for the reply to MAIL:
    // the script only completes when MAIL, the RCPTs and DATA arrive before any reply.
    QTest::newRow("pipelining") << Greeting + R"(
        S: 250-mx.example
        S: 250 PIPELINING
        C: MAIL FROM:<sender@example.org>
        C: RCPT TO:<a@example.net>
        C: RCPT TO:<b@example.net>
        C: DATA
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 550 5.1.1 Unknown
        S: 354 go)" + SimpleData + "S: 250 Ok\n" +
                                       Quit
                                << MessageList{simple(1, {"a@example.net", "b@example.net"})} << false
                                << "101:delivered:250 102:failed:550"_ba << true;

    QTest::newRow("pipelining, every RCPT refused")
        << Greeting + R"(
        S: 250-mx.example
        S: 250 PIPELINING
        C: MAIL FROM:<sender@example.org>
        C: RCPT TO:<a@example.net>
        C: RCPT TO:<b@example.net>
        C: DATA
        S: 250 2.1.0 Ok
        S: 550 5.1.1 Unknown
        S: 452 4.5.3 Too many
        S: 554 5.5.1 No valid recipients
        C: RSET
        S: 250 Ok
        C: MAIL FROM:<sender@example.org>
        C: RCPT TO:<bob@example.net>
        C: DATA
        S: 250 Ok
        S: 250 Ok
        S: 354 go)" +
               SimpleData + "S: 250 Ok\n" + Quit
        << MessageList{simple(1, {"a@example.net", "b@example.net"}), second} << false
        << "101:failed:550 102:deferred:452 201:delivered:250"_ba << true;

    // RFC 2920 3.1: a 354 after every RCPT failed is answered with a lone dot.
    QTest::newRow("pipelining, DATA accepted without recipients") << Greeting + R"(
        S: 250-mx.example
        S: 250 PIPELINING
        C: MAIL FROM:<sender@example.org>
        C: RCPT TO:<alice@example.net>
        C: DATA
        S: 250 Ok
        S: 550 5.1.1 Unknown
        S: 354 go
        C: .
        S: 554 5.5.1 No valid recipients
        C: RSET
        S: 250 Ok
        C: MAIL FROM:<sender@example.org>
        C: RCPT TO:<bob@example.net>
        C: DATA
        S: 250 Ok
        S: 250 Ok
        S: 354 go)" + SimpleData + "S: 250 Ok\n" + Quit << MessageList{one, second}
                                                                  << false
                                                                  << "101:failed:550 201:delivered:250"_ba
                                                                  << true;

    QTest::newRow("pipelining, MAIL refused") << Greeting + R"(
        S: 250-mx.example
        S: 250 PIPELINING
        C: MAIL FROM:<sender@example.org>
        C: RCPT TO:<a@example.net>
        C: RCPT TO:<b@example.net>
        C: DATA
        S: 451 4.1.8 Sender domain does not resolve
        S: 503 5.5.1 No sender
        S: 503 5.5.1 No sender
        S: 503 5.5.1 No sender)" + Quit << MessageList{simple(1, {"a@example.net", "b@example.net"})}
                                              << false << "101:deferred:451 102:deferred:451"_ba << true;

    QTest::newRow("LMTP: one reply per accepted recipient")
        << R"(
        S: 220 lmtp.example LMTP
        C: LHLO sluice.test.example
        S: 250-lmtp.example
        S: 250-PIPELINING
        S: 250 ENHANCEDSTATUSCODES
        C: MAIL FROM:<sender@example.org>
        C: RCPT TO:<a@example.net>
        C: RCPT TO:<b@example.net>
        C: RCPT TO:<c@example.net>
        C: RCPT TO:<d@example.net>
        C: DATA
        S: 250 2.1.0 Ok
        S: 250 2.1.5 Ok
        S: 550 5.1.1 Unknown
        S: 250 2.1.5 Ok
        S: 250 2.1.5 Ok
        S: 354 go)" +
               SimpleData + R"(
        S: 250 2.0.0 a delivered
        S: 452 4.2.2 c over quota
        S: 552 5.2.2 d over quota for good)" +
               Quit
        << MessageList{simple(1, {"a@example.net", "b@example.net", "c@example.net", "d@example.net"})}
        << true << "101:delivered:250 102:failed:550 103:deferred:452 104:failed:552"_ba << true;

    QTest::newRow("LMTP without pipelining") << R"(
        S: 220 lmtp.example LMTP
        C: LHLO sluice.test.example
        S: 250 lmtp.example
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: RCPT TO:<b@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go)" + SimpleData + "S: 250 2.0.0 a\nS: 250 2.0.0 b\n" +
                                                    Quit
                                             << MessageList{simple(1, {"a@example.net", "b@example.net"})}
                                             << true << "101:delivered:250 102:delivered:250"_ba << true;

    // LMTP has no HELO to fall back to (RFC 2033 4.1).
    QTest::newRow("LMTP: LHLO refused") << R"(
        S: 220 lmtp.example LMTP
        C: LHLO sluice.test.example
        S: 500 5.5.1 What?)" + Quit << MessageList{one}
                                        << true << "101:deferred:500"_ba << false;
}

void TestSmtpClientPipelining::conversation()
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
    config.timeouts.command = 2000; // a client that does not pipeline fails fast
    const ClientRun run = runClient(config, messages);

    QVERIFY2(run.finished, run.transcript.constData());
    QTRY_VERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(run.outcomes(), outcomes);
    QCOMPARE(run.ok, ok);
    QCOMPARE(run.finishedSignals, 1);
}

QTEST_GUILESS_MAIN(TestSmtpClientPipelining)
#include "tst_smtpclientpipelining.moc"
