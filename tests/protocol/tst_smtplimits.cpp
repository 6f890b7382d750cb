// SPDX-License-Identifier: GPL-3.0-or-later
// The server's limits, policies and the SMTP smuggling defences, each under the settings it needs.

#include "SmtpTestHarness.h"

#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Transaction = "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\n"
                               "C: RCPT TO:<alice@test.example>\nS: 250\nC: DATA\nS: 354\n";

void untrusted(EngineConfig &config)
{
    NetworkList::parse({u"192.0.2.0/24"_s}, &config.smtp.relayNetworks);
}
} // namespace

class TestSmtpLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smugglingIsRefused_data();
    void smugglingIsRefused();
    void smugglingIsNormalisedIntoOneMessage_data() { smugglingIsRefused_data(); }
    void smugglingIsNormalisedIntoOneMessage();
    void messageOverSizeLimitAtEndOfData();
    void recipientLimit();
    void duplicateRecipientGetsOneCopy();
    void relayDeniedOutsideRelayNetworks_data();
    void relayDeniedOutsideRelayNetworks();
    void localMailStillAcceptedFromAnywhere();
    void catchAllMailbox();
    void commandTimeout();
    void tooManyErrors();
    void maxConnections();
    void maxConnectionsPerHost();
    void earlyTalkerIsRefused();
    void patientClientIsGreetedAfterDelay();
    void trustedClientIsNotDelayed();
    void transferModeRefusesInbound_data();
    void transferModeRefusesInbound();
    void storedMessageHasTraceHeaders();
};

void TestSmtpLimits::smugglingIsRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    // Each carries a would-be second message after a fake end-of-data marker.
    const QByteArray smuggled =
        "MAIL FROM:<evil@example.org>\r\nRCPT TO:<bob@test.example>\r\nDATA\r\nforged\r\n";
    QTest::newRow("LF.LF") << "Subject: a\r\n\r\nx\n.\n" + smuggled + ".\r\n";
    QTest::newRow("CR.CR") << "Subject: a\r\n\r\nx\r.\r" + smuggled + ".\r\n";
    QTest::newRow("LF.CRLF") << "Subject: a\r\n\r\nx\n.\r\n" + smuggled + ".\r\n";
    QTest::newRow("CRLF.LF") << "Subject: a\r\n\r\nx\r\n.\n" + smuggled + ".\r\n";
    QTest::newRow("bare LF in headers") << QByteArray("Subject: a\nX-Other: b\r\n\r\nbody\r\n.\r\n");
}

void TestSmtpLimits::smugglingIsRefused()
{
    QFETCH(QByteArray, data);
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(client.run(Transaction).isEmpty());
    client.send(data);
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 550);
    QCOMPARE(reply->enhancedCode, QByteArray("5.6.0"));
    // Nothing smuggled was taken as a command: the next reply answers our NOOP.
    client.send("NOOP\r\n");
    const auto next = client.readReply();
    QVERIFY(next);
    QCOMPARE(next->code, 250);
    QTest::qWait(200);
    QCOMPARE(server.engine().queueCounts().messages, 0);
    QCOMPARE(server.maildirMessages(u"bob"_s).size(), 0);
}

void TestSmtpLimits::smugglingIsNormalisedIntoOneMessage()
{
    QFETCH(QByteArray, data);
    TestEngine server([](EngineConfig &config) { config.smtp.normaliseBareLineEndings = true; });
    SmtpTestClient client(server.port());
    QVERIFY(client.run(Transaction).isEmpty());
    client.send(data + "NOOP\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 250);
    const auto next = client.readReply();
    QVERIFY(next);
    QCOMPARE(next->code, 250);
    QCOMPARE(next->enhancedCode, QByteArray("2.0.0"));
    QVERIFY(next->text().startsWith("Ok") && !next->text().contains("queued"));
    QVERIFY(server.waitForMaildir(u"alice"_s, 1));
    QCOMPARE(server.maildirMessages(u"bob"_s).size(), 0); // the "second message" is text of the first
    const QByteArray stored = server.maildirMessages(u"alice"_s).first();
    QVERIFY(!stored.contains('\r')); // every line ending became a proper one
}

void TestSmtpLimits::messageOverSizeLimitAtEndOfData()
{
    TestEngine server([](EngineConfig &config) { config.smtp.maxMessageSize = 1000; });
    SmtpTestClient client(server.port());
    QVERIFY(client.run(Transaction).isEmpty());
    QByteArray body;
    for (int i = 0; i < 30; ++i)
        body += QByteArray(60, 'x') + "\r\n";
    client.send(body + ".\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 552);
    QCOMPARE(reply->enhancedCode, QByteArray("5.3.4"));
    QTest::qWait(100);
    QCOMPARE(server.engine().queueCounts().messages, 0);
}

void TestSmtpLimits::recipientLimit()
{
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250").isEmpty());
    QByteArray batch;
    for (int i = 0; i < 101; ++i)
        batch += "RCPT TO:<r" + QByteArray::number(i) + "@elsewhere.example>\r\n";
    client.send(batch);
    for (int i = 0; i < 100; ++i) {
        const auto reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->code, 250);
    }
    const auto over = client.readReply();
    QVERIFY(over);
    QCOMPARE(over->code, 452);
    QCOMPARE(over->enhancedCode, QByteArray("4.5.3"));
    QVERIFY(client.run("C: DATA\nS: 354\nR: x\\r\\n.\\r\\n\nS: 250 2.0.0").isEmpty());
    QTRY_COMPARE(server.engine().queueCounts().remotePending, 100);
}

void TestSmtpLimits::duplicateRecipientGetsOneCopy()
{
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(client
                .run("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\n"
                     "C: RCPT TO:<alice@test.example>\nS: 250\nC: RCPT TO:<Alice@TEST.EXAMPLE>\nS: 250\n"
                     "C: DATA\nS: 354\nR: once\\r\\n.\\r\\n\nS: 250 2.0.0")
                .isEmpty());
    QVERIFY(server.waitForMaildir(u"alice"_s, 1));
    QTest::qWait(200);
    QCOMPARE(server.maildirMessages(u"alice"_s).size(), 1);
}

void TestSmtpLimits::relayDeniedOutsideRelayNetworks_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::newRow("plain") << QByteArray("<victim@elsewhere.example>");
    QTest::newRow("upper case") << QByteArray("<VICTIM@ELSEWHERE.EXAMPLE>");
    QTest::newRow("source route through us") << QByteArray("<@test.example:victim@elsewhere.example>");
    QTest::newRow("address literal") << QByteArray("<victim@[192.0.2.7]>");
    QTest::newRow("local domain as subdomain") << QByteArray("<victim@test.example.elsewhere.example>");
}

void TestSmtpLimits::relayDeniedOutsideRelayNetworks()
{
    QFETCH(QByteArray, recipient);
    TestEngine server(untrusted);
    SmtpTestClient client(server.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250").isEmpty());
    client.send("RCPT TO:" + recipient + "\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 554);
    QCOMPARE(reply->enhancedCode, QByteArray("5.7.1"));
}

void TestSmtpLimits::localMailStillAcceptedFromAnywhere()
{
    TestEngine server(untrusted);
    SmtpTestClient client(server.port());
    QVERIFY(client
                .run(Transaction + "R: percent hack stays local\\r\\n.\\r\\n\nS: 250 2.0.0\n"
                                   "C: MAIL FROM:<a@example.org>\nS: 250\n"
                                   "C: RCPT TO:<victim%elsewhere.example@test.example>\nS: 550 5.1.1")
                .isEmpty());
    QVERIFY(server.waitForMaildir(u"alice"_s, 1));
}

void TestSmtpLimits::catchAllMailbox()
{
    TestEngine server([](EngineConfig &config) { config.local.catchAllMailbox = u"office"_s; });
    SmtpTestClient client(server.port());
    QVERIFY(
        client
            .run("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\n"
                 "C: RCPT TO:<anyone@test.example>\nS: 250 2.1.5\nC: DATA\nS: 354\nR: caught\\r\\n.\\r\\n\n"
                 "S: 250 2.0.0")
            .isEmpty());
    QVERIFY(server.waitForMaildir(u"office"_s, 1));
    QVERIFY(server.maildirMessages(u"office"_s).first().endsWith("\ncaught\n"));
}

void TestSmtpLimits::commandTimeout()
{
    TestEngine server([](EngineConfig &config) { config.smtp.commandTimeoutMs = 500; });
    SmtpTestClient client(server.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250\nW: 900\nS: 421 4.4.2\nX:").isEmpty());
}

void TestSmtpLimits::tooManyErrors()
{
    TestEngine server([](EngineConfig &config) { config.smtp.errorLimit = 3; });
    SmtpTestClient client(server.port());
    QVERIFY(
        client.run("S: 220\nC: FROB\nS: 500\nC: FROB\nS: 500\nC: FROB\nS: 500\nS: 421 4.7.0\nX:").isEmpty());
}

void TestSmtpLimits::maxConnections()
{
    TestEngine server([](EngineConfig &config) { config.smtp.maxConnections = 2; });
    SmtpTestClient first(server.port());
    SmtpTestClient second(server.port());
    QVERIFY(first.run("S: 220").isEmpty());
    QVERIFY(second.run("S: 220").isEmpty());
    SmtpTestClient third(server.port());
    QVERIFY(third.run("S: 421 4.7.0\nX:").isEmpty());
    QVERIFY(first.run("C: QUIT\nS: 221\nX:").isEmpty());
    QTRY_VERIFY([&] {
        SmtpTestClient again(server.port());
        return again.run("S: 220").isEmpty();
    }());
}

void TestSmtpLimits::maxConnectionsPerHost()
{
    TestEngine server([](EngineConfig &config) { config.smtp.maxConnectionsPerHost = 1; });
    SmtpTestClient first(server.port());
    QVERIFY(first.run("S: 220").isEmpty());
    SmtpTestClient second(server.port());
    QVERIFY(second.run("S: 421 4.7.0\nX:").isEmpty());
}

void TestSmtpLimits::earlyTalkerIsRefused()
{
    TestEngine server([](EngineConfig &config) {
        untrusted(config);
        config.smtp.greetingDelayMs = 1500;
    });
    SmtpTestClient client(server.port());
    QVERIFY(client.run("C: EHLO impatient.example\nS: 554 5.5.1\nX:").isEmpty());
}

void TestSmtpLimits::patientClientIsGreetedAfterDelay()
{
    TestEngine server([](EngineConfig &config) {
        untrusted(config);
        config.smtp.greetingDelayMs = 800;
    });
    SmtpTestClient client(server.port());
    QVERIFY(!client.readReply(400)); // nothing yet
    QVERIFY(client.run("S: 220\nC: EHLO patient.example\nS: 250").isEmpty());
}

void TestSmtpLimits::trustedClientIsNotDelayed()
{
    TestEngine server([](EngineConfig &config) { config.smtp.greetingDelayMs = 5000; });
    SmtpTestClient client(server.port());
    QVERIFY(client.readReply(1000));
}

void TestSmtpLimits::transferModeRefusesInbound_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("refused");
    QTest::newRow("inbound and outbound") << int(TransferMode::InboundAndOutbound) << false;
    QTest::newRow("inbound only") << int(TransferMode::InboundOnly) << false;
    QTest::newRow("outbound only") << int(TransferMode::OutboundOnly) << true;
    QTest::newRow("none") << int(TransferMode::None) << true;
}

void TestSmtpLimits::transferModeRefusesInbound()
{
    QFETCH(int, mode);
    QFETCH(bool, refused);
    TestEngine server([mode](EngineConfig &config) { config.smtp.transferMode = TransferMode(mode); });
    SmtpTestClient client(server.port());
    QVERIFY(client.run(refused ? "S: 421 4.3.2\nX:" : "S: 220").isEmpty());
}

void TestSmtpLimits::storedMessageHasTraceHeaders()
{
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(
        client.run(Transaction + "R: Subject: trace\\r\\n\\r\\nbody\\r\\n.\\r\\n\nS: 250 2.0.0").isEmpty());
    const QByteArray queueId = client.replies().last().text().split(' ').last();
    QVERIFY(server.waitForMaildir(u"alice"_s, 1));
    const QByteArray stored = server.maildirMessages(u"alice"_s).first();
    const QByteArray expectedTop = "Return-Path: <a@example.org>\nReceived: from c ([127.0.0.1])\n"
                                   "\tby mx.test.example (Sluice) with ESMTP id " +
                                   queueId + "\n\tfor <alice@test.example>;\n";
    QVERIFY2(stored.startsWith(expectedTop), stored.constData());
    QVERIFY(stored.endsWith("\nSubject: trace\n\nbody\n"));
}

QTEST_GUILESS_MAIN(TestSmtpLimits)
#include "tst_smtplimits.moc"
