// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted conversations with the SMTP server on default settings: every command and its error paths.

#include "SmtpTestHarness.h"

#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;

class TestSmtpConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversation_data();
    void conversation();
    void ehloAdvertisesExtensions();
    void quitClosesConnection();
    void pipelinedTransactionIsAnsweredInOrder();
    void commandPipelinedAfterDataWaitsForTheQueue();
};

void TestSmtpConversation::conversation_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("simple local delivery") << QByteArray(R"(
        S: 220 mx.test.example ESMTP
        C: EHLO client.example
        S: 250-mx.test.example
        C: MAIL FROM:<sender@example.org>
        S: 250 2.1.0
        C: RCPT TO:<alice@test.example>
        S: 250 2.1.5
        C: DATA
        S: 354
        R: Subject: hi\r\n\r\nbody\r\n.\r\n
        S: 250 2.0.0 Ok: queued as
        C: QUIT
        S: 221 2.0.0
        X:)");
    QTest::newRow("HELO works too") << QByteArray(R"(
        S: 220
        C: HELO client.example
        S: 250 mx.test.example
        C: MAIL FROM:<>
        S: 250 2.1.0)");
    QTest::newRow("lower-case verbs") << QByteArray(R"(
        S: 220
        C: ehlo client.example
        S: 250
        C: mail from:<a@example.org>
        S: 250 2.1.0
        C: rcpt to:<alice@test.example>
        S: 250 2.1.5)");
    QTest::newRow("EHLO without a name") << QByteArray("S: 220\nC: EHLO\nS: 501 5.5.4");
    QTest::newRow("MAIL before EHLO") << QByteArray("S: 220\nC: MAIL FROM:<a@example.org>\nS: 503 5.5.1");
    QTest::newRow("RCPT before MAIL")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: RCPT TO:<alice@test.example>\nS: 503 5.5.1");
    QTest::newRow("DATA before MAIL") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: DATA\nS: 503 5.5.1");
    QTest::newRow("DATA without recipients") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: DATA\nS: 554 5.5.1");
    QTest::newRow("nested MAIL") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: "
                                               "250\nC: MAIL FROM:<b@example.org>\nS: 503 5.5.1");
    QTest::newRow("RSET ends the transaction") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RSET\nS: 250 2.0.0\n"
        "C: RCPT TO:<alice@test.example>\nS: 503 5.5.1\nC: MAIL FROM:<a@example.org>\nS: 250 2.1.0");
    QTest::newRow("EHLO resets the transaction")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: EHLO c\nS: 250\n"
                      "C: RCPT TO:<alice@test.example>\nS: 503 5.5.1");
    QTest::newRow("RSET with an argument") << QByteArray("S: 220\nC: RSET now\nS: 501 5.5.4");
    QTest::newRow("NOOP") << QByteArray("S: 220\nC: NOOP\nS: 250 2.0.0");
    QTest::newRow("VRFY never verifies") << QByteArray("S: 220\nC: VRFY alice\nS: 252 2.0.0");
    QTest::newRow("VRFY without argument") << QByteArray("S: 220\nC: VRFY\nS: 501 5.5.4");
    QTest::newRow("HELP") << QByteArray("S: 220\nC: HELP\nS: 214 2.0.0");
    QTest::newRow("EXPN is not offered") << QByteArray("S: 220\nC: EXPN staff\nS: 502 5.5.1");
    QTest::newRow("unknown command") << QByteArray("S: 220\nC: FROB\nS: 500 5.5.2");
    QTest::newRow("MAIL without FROM:")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL <a@example.org>\nS: 501 5.5.4");
    QTest::newRow("bad sender address")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@@example.org>\nS: 501 5.1.7");
    QTest::newRow("bad recipient address")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
                      "TO:<alice@test.example.>\nS: 501 5.1.3");
    QTest::newRow("unknown MAIL parameter")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org> FROB=1\nS: 555 5.5.4");
    QTest::newRow("RCPT parameters are not supported") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT TO:<alice@test.example> "
        "NOTIFY=NEVER\nS: 555 5.5.4");
    QTest::newRow("BODY=8BITMIME accepted")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org> BODY=8BITMIME\nS: 250 2.1.0");
    QTest::newRow("BODY=7BIT accepted")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org> BODY=7bit\nS: 250 2.1.0");
    QTest::newRow("BODY=BINARYMIME refused") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org> BODY=BINARYMIME\nS: 501 5.5.4");
    QTest::newRow("SIZE within the limit")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org> SIZE=1000\nS: 250 2.1.0");
    QTest::newRow("SIZE over the limit at MAIL")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org> SIZE=999999999\nS: 552 5.3.4");
    QTest::newRow("SIZE not a number")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org> SIZE=big\nS: 501 5.5.4");
    QTest::newRow("unknown local mailbox")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
                      "TO:<nobody@test.example>\nS: 550 5.1.1");
    QTest::newRow("local parts are case-insensitive")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
                      "TO:<Alice@TEST.example>\nS: 250 2.1.5");
    QTest::newRow("postmaster without domain")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
                      "TO:<Postmaster>\nS: 250 2.1.5");
    QTest::newRow("postmaster of a local domain")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
                      "TO:<postmaster@test.example>\nS: 250 "
                      "2.1.5");
    QTest::newRow("relay from a permitted network")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
                      "TO:<someone@elsewhere.example>\nS: 250 "
                      "2.1.5");
    QTest::newRow("source route is ignored")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
                      "TO:<@relay.example:alice@test.example>\n"
                      "S: 250 2.1.5");
    QTest::newRow("command line too long") << QByteArray("S: 220\nC: NOOP " + QByteArray(600, 'x') +
                                                         "\nS: 500 5.5.2\n"
                                                         "C: NOOP\nS: 250 2.0.0");
    QTest::newRow("ETRN not yet offered")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: ETRN example.org\nS: 502 5.5.1");
    QTest::newRow("STARTTLS without a certificate")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: STARTTLS\nS: 454 4.7.0");
    QTest::newRow("dot-stuffed data") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
        "TO:<alice@test.example>\nS: 250\n"
        "C: DATA\nS: 354\nR: Subject: dots\\r\\n\\r\\n..leading dot\\r\\n.\\r\\n\nS: 250 2.0.0");
    QTest::newRow("empty message") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
        "TO:<alice@test.example>\nS: 250\n"
        "C: DATA\nS: 354\nR: .\\r\\n\nS: 250 2.0.0");
    QTest::newRow("line over 998 octets in the data")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT "
                      "TO:<alice@test.example>\nS: 250\n"
                      "C: DATA\nS: 354\nR: " +
                      QByteArray(999, 'a') + "\\r\\n.\\r\\n\nS: 550 5.6.0\nC: NOOP\nS: 250");
    QByteArray hops =
        "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: RCPT TO:<alice@test.example>\n"
        "S: 250\nC: DATA\nS: 354\nR: ";
    for (int i = 0; i < 51; ++i)
        hops += "Received: from hop" + QByteArray::number(i) + "\\r\\n";
    QTest::newRow("mail loop: 51 Received headers") << hops + "\\r\\nbody\\r\\n.\\r\\n\nS: 554 5.4.6";
}

void TestSmtpConversation::conversation()
{
    QFETCH(QByteArray, script);
    TestEngine server;
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    SmtpTestClient client(server.port());
    QVERIFY(client.isConnected());
    const QStringList mismatches = client.run(script);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

void TestSmtpConversation::ehloAdvertisesExtensions()
{
    TestEngine server([](EngineConfig &config) { config.smtp.maxMessageSize = 123456; });
    SmtpTestClient client(server.port());
    QVERIFY(client.readReply());
    client.send("EHLO client.example\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 250);
    QCOMPARE(reply->lines.value(0), QByteArray("mx.test.example"));
    for (const char *keyword : {"PIPELINING", "SIZE 123456", "8BITMIME", "ENHANCEDSTATUSCODES"})
        QVERIFY2(reply->lines.contains(keyword), keyword);
    QVERIFY(!reply->lines.contains("STARTTLS"));
}

void TestSmtpConversation::quitClosesConnection()
{
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(client.run("S: 220\nC: QUIT\nS: 221 2.0.0\nX:").isEmpty());
    QTRY_COMPARE(server.engine().queueCounts().messages, 0);
}

void TestSmtpConversation::pipelinedTransactionIsAnsweredInOrder()
{
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(client.readReply());
    // One write holds the whole transaction (RFC 2920), a bad recipient in the middle included.
    client.send("EHLO c\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<alice@test.example>\r\n"
                "RCPT TO:<nobody@test.example>\r\nRCPT TO:<bob@test.example>\r\nDATA\r\n"
                "Subject: piped\r\n\r\nhello\r\n.\r\nQUIT\r\n");
    const int expected[] = {250, 250, 250, 550, 250, 354, 250, 221};
    for (int code : expected) {
        const auto reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->code, code);
    }
    QVERIFY(client.waitForClose());
    QVERIFY(server.waitForMaildir(QStringLiteral("alice"), 1));
    QVERIFY(server.waitForMaildir(QStringLiteral("bob"), 1));
    QVERIFY(server.maildirMessages(QStringLiteral("alice")).first().contains("\nhello\n"));
}

void TestSmtpConversation::commandPipelinedAfterDataWaitsForTheQueue()
{
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(client.readReply());
    client.send("EHLO c\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<alice@test.example>\r\nDATA\r\n");
    for (int i = 0; i < 4; ++i)
        QVERIFY(client.readReply());
    // Two messages back to back in one write: the second MAIL must be answered after the first 250.
    client.send(
        "one\r\n.\r\nMAIL FROM:<b@example.org>\r\nRCPT TO:<alice@test.example>\r\nDATA\r\ntwo\r\n.\r\n");
    QList<int> codes;
    for (int i = 0; i < 5; ++i) {
        const auto reply = client.readReply();
        QVERIFY(reply);
        codes << reply->code;
    }
    QCOMPARE(codes, QList<int>({250, 250, 250, 354, 250}));
    QVERIFY(server.waitForMaildir(QStringLiteral("alice"), 2));
}

QTEST_GUILESS_MAIN(TestSmtpConversation)
#include "tst_smtpconversation.moc"
