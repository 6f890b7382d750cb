// SPDX-License-Identifier: GPL-3.0-or-later
// Input no client should send: a 2 MB line (as a command, in DATA, in an AUTH exchange), binary
// garbage (random octets, NULs, 8-bit) in every state, talking before the greeting, and commands
// pipelined after STARTTLS (the 2011 command injection class). Each gets its exact reply, the session
// goes on or ends within a stated time, memory stays bounded, a bystander's message goes through and
// nothing acknowledged is lost.

#include "AbuseFixture.h"
#include "TestCertificates.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int Limit = AbuseFixture::ErrorLimit;
const QByteArray Huge(2 * 1024 * 1024, 'A');

void withAuth(EngineConfig &config)
{
    config.smtp.accounts.insert(u"customer"_s, {u"s3cret"_s, {}});
    config.smtp.plaintextAuth = true;
}

/// Random octets without LF (so one line each), always with a NUL, an 8-bit octet and a bare CR.
QByteArray garbageLine(QRandomGenerator &random)
{
    QByteArray line(8 + random.bounded(150), '\0');
    for (char &c : line) {
        do
            c = char(random.bounded(256));
        while (c == '\n');
    }
    line[2] = '\0';
    line[4] = char(0xff);
    line[6] = '\r';
    return line + "\r\n";
}

QByteArray garbage(QRandomGenerator &random, int lineCount)
{
    QByteArray text;
    for (int i = 0; i < lineCount; ++i)
        text += garbageLine(random);
    return text;
}

} // namespace

class TestAbuseInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoMegabyteLine_data();
    void twoMegabyteLine();
    void binaryGarbageInEveryState_data();
    void binaryGarbageInEveryState();
    void earlyTalker_data();
    void earlyTalker();
    void commandsPipelinedAfterStarttls_data();
    void commandsPipelinedAfterStarttls();

private:
    TestCertificates m_certificates;
};

void TestAbuseInput::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestAbuseInput::twoMegabyteLine_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QByteArray>("attack");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("command") << QByteArray("S: 220\nC: EHLO c\nS: 250") << QByteArray("NOOP " + Huge + "\r\n")
                             << "500 5.5.2"_ba; // RFC 5321 4.5.3.1.4: 512 octets
    QTest::newRow("DATA") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@b.example>\nS: 250\n"
                                        "C: RCPT TO:<alice@test.example>\nS: 250\nC: DATA\nS: 354")
                          << QByteArray("Subject: long\r\n\r\n" + Huge + "\r\n.\r\n")
                          << "550 5.6.0"_ba; // 998 octets a line (RFC 5321 4.5.3.1.6)
    QTest::newRow("AUTH command") << QByteArray("S: 220\nC: EHLO c\nS: 250")
                                  << QByteArray("AUTH PLAIN " + Huge + "\r\n")
                                  << "500 5.5.6"_ba; // RFC 4954 section 4: 12288 octets
    QTest::newRow("AUTH exchange") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH LOGIN\nS: 334")
                                   << QByteArray(Huge + "\r\n") << "500 5.5.6"_ba;
}

void TestAbuseInput::twoMegabyteLine()
{
    QFETCH(QByteArray, setup);
    QFETCH(QByteArray, attack);
    QFETCH(QByteArray, expected);
    AbuseFixture fixture(withAuth);
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port());
    QVERIFY(client.run(setup).isEmpty());
    fixture.watchMemory();
    client.send(attack);
    QCOMPARE(codes(client.readReply(10000)), expected);
    QVERIFY2(fixture.peakBuffered() < 256 * 1024, qPrintable(QString::number(fixture.peakBuffered())));
    // One reply for the line, and the session goes on as an ordinary one.
    QVERIFY(client.run("C: NOOP\nS: 250 2.0.0\nC: QUIT\nS: 221\nX:").isEmpty());
    const QStringList bystander = fixture.bystander();
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseInput::binaryGarbageInEveryState_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<bool>("inData");
    QTest::addColumn<QByteArray>("first"); // the first garbage line's reply; the others get 500 5.5.2
    QTest::newRow("greeted") << "S: 220"_ba << false << "500 5.5.2"_ba;
    QTest::newRow("after EHLO") << "S: 220\nC: EHLO c\nS: 250"_ba << false << "500 5.5.2"_ba;
    QTest::newRow("after MAIL") << "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@b.example>\nS: 250"_ba << false
                                << "500 5.5.2"_ba;
    QTest::newRow("after RCPT") << "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@b.example>\nS: 250\n"
                                   "C: RCPT TO:<alice@test.example>\nS: 250"_ba
                                << false << "500 5.5.2"_ba;
    QTest::newRow("AUTH exchange") << "S: 220\nC: EHLO c\nS: 250\nC: AUTH LOGIN\nS: 334"_ba << false
                                   << "501 5.5.2"_ba; // not base64
    QTest::newRow("DATA") << "S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@b.example>\nS: 250\n"
                             "C: RCPT TO:<alice@test.example>\nS: 250\nC: DATA\nS: 354"_ba
                          << true << "550 5.6.0"_ba; // bare CR in the data
}

void TestAbuseInput::binaryGarbageInEveryState()
{
    QFETCH(QByteArray, setup);
    QFETCH(bool, inData);
    QFETCH(QByteArray, first);
    AbuseFixture fixture(withAuth);
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    QRandomGenerator random(8); // the same garbage every run
    AbuseClient client(fixture.port());
    QVERIFY(client.run(setup).isEmpty());
    QByteArray attack = inData ? garbage(random, 50) + "\r\n.\r\n" : QByteArray();
    attack += garbage(random, Limit + 10);
    client.send(attack);
    QList<QByteArray> replies;
    while (const std::optional<SmtpReply> reply = client.readReply(2000)) {
        replies.append(codes(*reply));
        if (reply->code == 421) {
            QVERIFY2(reply->text().contains("too many errors"), reply->text().constData());
            break;
        }
    }
    QCOMPARE(replies.size(), Limit + 1);
    QCOMPARE(replies.first(), first);
    for (int i = 1; i < Limit; ++i)
        QCOMPARE(replies.at(i), "500 5.5.2"_ba);
    QCOMPARE(replies.last(), "421 4.7.0"_ba);
    QVERIFY(client.waitForClose(1000));
    const QStringList bystander = fixture.bystander();
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseInput::earlyTalker_data()
{
    QTest::addColumn<QByteArray>("junk");
    QTest::newRow("pipelined transaction")
        << QByteArray("EHLO spam.example\r\nMAIL FROM:<s@spam.example>\r\nRCPT TO:<alice@test.example>\r\n"
                      "DATA\r\nSubject: spam\r\n\r\nspam\r\n.\r\nQUIT\r\n");
    QRandomGenerator random(1);
    QTest::newRow("binary junk") << garbage(random, 30);
    QTest::newRow("one byte") << QByteArray("\r");
}

void TestAbuseInput::earlyTalker()
{
    QFETCH(QByteArray, junk);
    AbuseFixture fixture([](EngineConfig &config) {
        config.smtp.greetingDelayMs = 500;
        NetworkList::parse({u"127.0.0.1/32"_s}, &config.smtp.relayNetworks);
    });
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port(), otherHost());
    QVERIFY(client.isConnected());
    QElapsedTimer elapsed;
    elapsed.start();
    client.send(junk);
    QCOMPARE(codes(client.readReply()), "554 5.5.1"_ba);
    QVERIFY(client.waitForClose(1000));
    QVERIFY(elapsed.elapsed() < 500); // refused at once, not after the greeting delay
    QVERIFY(!client.readReply(200));  // nothing else was answered
    const QStringList bystander = fixture.bystander(otherHost()); // waits for the greeting
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseInput::commandsPipelinedAfterStarttls_data()
{
    QTest::addColumn<QByteArray>("injected");
    QTest::addColumn<bool>("clearAfterReply"); // sent after the 220, before the handshake
    QTest::newRow("RSET") << "RSET\r\n"_ba << false;
    QTest::newRow("transaction") << "MAIL FROM:<evil@evil.example>\r\nRCPT TO:<alice@test.example>\r\n"
                                    "DATA\r\nSubject: injected\r\n\r\ninjected\r\n.\r\n"_ba
                                 << false;
    QTest::newRow("EHLO and MAIL") << "EHLO evil.example\r\nMAIL FROM:<evil@evil.example>\r\n"_ba << false;
    QTest::newRow("clear text after 220") << "RSET\r\nMAIL FROM:<evil@evil.example>\r\n"_ba << true;
}

void TestAbuseInput::commandsPipelinedAfterStarttls()
{
    QFETCH(QByteArray, injected);
    QFETCH(bool, clearAfterReply);
    AbuseFixture fixture([this](EngineConfig &config) {
        config.smtp.tlsCertificate = m_certificates.server;
        config.smtp.tlsKey = m_certificates.serverKey;
    });
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
    client.send(clearAfterReply ? "STARTTLS\r\n"_ba : "STARTTLS\r\n" + injected);
    QCOMPARE(codes(client.readReply()), "220 2.0.0"_ba);
    QVERIFY(!client.readReply(300)); // nothing after STARTTLS was answered in clear text
    if (clearAfterReply) {
        // The server waits for a TLS ClientHello: clear text there is a failed handshake.
        QElapsedTimer elapsed;
        elapsed.start();
        client.send(injected);
        QVERIFY(client.waitForClose(AbuseFixture::CommandTimeoutMs + 700));
    } else {
        QVERIFY(client.startTls(m_certificates.ca));
        // The first reply inside TLS is the first command's: nothing injected was kept.
        QCOMPARE(client.command("NOOP").left(9), "250 2.0.0"_ba);
        QVERIFY(!client.readReply(300));
        QCOMPARE(client.command("RCPT TO:<alice@test.example>").left(9), "503 5.5.1"_ba); // no MAIL
        QCOMPARE(client.command("MAIL FROM:<a@b.example>").left(9), "503 5.5.1"_ba);      // no EHLO
        QVERIFY(client.run("C: QUIT\nS: 221\nX:").isEmpty());
    }
    const QStringList bystander = fixture.bystander();
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

QTEST_GUILESS_MAIN(TestAbuseInput)
#include "tst_abuseinput.moc"
