// SPDX-License-Identifier: GPL-3.0-or-later
// STARTTLS on outbound connections: certificate verification with an extra CA, the peer name, pinned
// self-signed certificates, Tls::Required, and forgetting everything learned before the handshake.

#include "ClientRunner.h"
#include "TestCertificates.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

using Tls = ClientSecurity::Tls;

namespace {

const QByteArray UpToStartTls = R"(
    S: 220 mx.example ESMTP
    C: EHLO sluice.test.example
    S: 250-mx.example
    S: 250-STARTTLS
    S: 250 8BITMIME
    C: STARTTLS
    S: 220 2.0.0 Ready to start TLS
    TLS:
)"_ba;

// After TLS only SIZE and PIPELINING count: no BODY=8BITMIME although it was offered before.
const QByteArray AfterTls = R"(
    C: EHLO sluice.test.example
    S: 250-mx.example
    S: 250-SIZE 1000
    S: 250 PIPELINING
    C: MAIL FROM:<sender@example.org> SIZE=25
    C: RCPT TO:<a@example.net>
    C: DATA
    S: 250 Ok
    S: 250 Ok
    S: 354 go
    C: Subject: café
    C:
    C: Hello
    C: .
    S: 250 Ok
    C: QUIT
    S: 221 Bye
)"_ba;

const QList<OutboundMessage> EightBitMessage = {
    makeMessage(1, "sender@example.org", {"a@example.net"}, "Subject: caf\xc3\xa9\r\n\r\nHello\r\n"_ba)};

} // namespace

class TestSmtpClientTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void certificate_data();
    void certificate();
    void required_data();
    void required();
    void refusedStartTlsContinuesInClearWhenOpportunistic();
    void testConnectionReportsTheCertificate();
    void clearTextAfterStartTlsIsDiscarded();
    void lossAfterTheFinalDotUnderTlsIsAPossibleDuplicate();

private:
    TestCertificates m_certificates;
};

void TestSmtpClientTls::initTestCase()
{
    // CI has OpenSSL 3 from Debian: no TLS here is a broken build, not a reason to skip.
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend (OpenSSL 3 missing?)");
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestSmtpClientTls::certificate_data()
{
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("peerName");
    QTest::addColumn<QByteArray>("pin"); // "self": the self-signed certificate's fingerprint
    QTest::addColumn<int>("tls");
    QTest::addColumn<bool>("accepted");

    const int opportunistic = int(Tls::Opportunistic);
    const int required = int(Tls::Required);
    QTest::newRow("CA-signed, name localhost")
        << false << true << u"localhost"_s << QByteArray() << opportunistic << true;
    QTest::newRow("CA-signed, name = host 127.0.0.1")
        << false << true << QString() << QByteArray() << opportunistic << true;
    QTest::newRow("CA-signed, required")
        << false << true << u"localhost"_s << QByteArray() << required << true;
    // Opportunistic without a pin encrypts even when the certificate does not verify.
    QTest::newRow("CA-signed, wrong name")
        << false << true << u"mail.other.example"_s << QByteArray() << opportunistic << true;
    QTest::newRow("CA-signed, wrong name, required")
        << false << true << u"mail.other.example"_s << QByteArray() << required << false;
    QTest::newRow("CA not trusted") << false << false << u"localhost"_s << QByteArray() << opportunistic
                                    << true;
    QTest::newRow("CA not trusted, required")
        << false << false << u"localhost"_s << QByteArray() << required << false;
    QTest::newRow("self-signed") << true << true << u"localhost"_s << QByteArray() << opportunistic << true;
    QTest::newRow("self-signed, required")
        << true << true << u"localhost"_s << QByteArray() << required << false;
    QTest::newRow("self-signed, pinned")
        << true << false << u"localhost"_s << "self"_ba << opportunistic << true;
    QTest::newRow("self-signed, pinned, required")
        << true << false << u"localhost"_s << "self"_ba << required << true;
    QTest::newRow("self-signed, pinned, other name")
        << true << false << u"mail.other.example"_s << "self"_ba << opportunistic << true;
    QTest::newRow("self-signed, pin with colons")
        << true << false << u"localhost"_s << "self:"_ba << opportunistic << true;
    QTest::newRow("self-signed, wrong pin")
        << true << false << u"localhost"_s << QByteArray(64, 'a') << opportunistic << false;
}

void TestSmtpClientTls::certificate()
{
    QFETCH(bool, selfSigned);
    QFETCH(bool, trustCa);
    QFETCH(QString, peerName);
    QFETCH(QByteArray, pin);
    QFETCH(int, tls);
    QFETCH(bool, accepted);

    FakeSmtpPeer peer(accepted ? UpToStartTls + AfterTls : UpToStartTls);
    peer.setTlsIdentity(selfSigned ? m_certificates.selfSigned : m_certificates.server,
                        selfSigned ? m_certificates.selfSignedKey : m_certificates.serverKey);
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.tlsPeerName = peerName;
    config.security.tls = Tls(tls);
    if (trustCa)
        config.extraCaCertificates = {m_certificates.ca};
    const QByteArray selfPin = TestCertificates::sha256(m_certificates.selfSigned);
    if (pin == "self")
        config.security.pinnedSha256 = selfPin;
    else if (pin == "self:") // as "openssl x509 -fingerprint -sha256" prints it
        config.security.pinnedSha256 =
            m_certificates.selfSigned.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    else
        config.security.pinnedSha256 = pin;

    const ClientRun run = runClient(config, EightBitMessage);
    QVERIFY2(run.finished, run.transcript.constData());
    QVERIFY2(peer.isAllScenarioDone(), QByteArray(peer.report() + '\n' + run.transcript).constData());
    if (accepted) {
        QVERIFY2(run.ok, QByteArray(run.error.toUtf8() + '\n' + run.transcript).constData());
        QCOMPARE(run.outcomes(), "101:delivered:250"_ba);
        QVERIFY(run.peer.tlsActive);
        QVERIFY(peer.isTlsEstablished());
    } else {
        QVERIFY(!run.ok);
        QCOMPARE(run.outcomes(), "101:deferred:421"_ba);
        QVERIFY2(run.error.contains(u"TLS handshake"_s), qPrintable(run.error));
        QCOMPARE(run.error.contains(u"TLS required"_s), Tls(tls) == Tls::Required);
        QVERIFY(!peer.receivedLineStartingWith("MAIL"));
        QVERIFY(!run.peer.tlsActive);
    }
}

void TestSmtpClientTls::required_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("STARTTLS not offered") << R"(
        S: 220 mx.example ESMTP
        C: EHLO sluice.test.example
        S: 250-mx.example
        S: 250 PIPELINING
        C: QUIT
        S: 221 Bye)"_ba;
    QTest::newRow("STARTTLS refused") << R"(
        S: 220 mx.example ESMTP
        C: EHLO sluice.test.example
        S: 250-mx.example
        S: 250 STARTTLS
        C: STARTTLS
        S: 454 4.7.0 TLS not available due to temporary reason
        C: QUIT
        S: 221 Bye)"_ba;
    QTest::newRow("HELO only") << R"(
        S: 220 mx.example ESMTP
        C: EHLO sluice.test.example
        S: 500 5.5.1 Unknown
        C: HELO sluice.test.example
        S: 250 mx.example
        C: QUIT
        S: 221 Bye)"_ba;
}

void TestSmtpClientTls::required()
{
    QFETCH(QByteArray, script);
    FakeSmtpPeer peer(script);
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.security.tls = Tls::Required;
    const ClientRun run = runClient(config, EightBitMessage);
    QVERIFY2(run.finished, run.transcript.constData());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!run.ok);
    QVERIFY2(run.error.contains(u"TLS required"_s), qPrintable(run.error));
    QCOMPARE(run.results.size(), 1);
    QCOMPARE(run.results.first().recipients.first().outcome, RecipientResult::Outcome::Deferred);
    QVERIFY(!peer.receivedLineStartingWith("MAIL"));
}

void TestSmtpClientTls::refusedStartTlsContinuesInClearWhenOpportunistic()
{
    FakeSmtpPeer peer(R"(
        S: 220 mx.example ESMTP
        C: EHLO sluice.test.example
        S: 250-mx.example
        S: 250 STARTTLS
        C: STARTTLS
        S: 454 4.7.0 TLS not available
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go
        C: Subject: café
        C:
        C: Hello
        C: .
        S: 250 Ok
        C: QUIT
        S: 221 Bye)");
    QVERIFY(peer.start());
    const ClientRun run = runClient(clientConfig(peer.port()), EightBitMessage);
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(run.outcomes(), "101:delivered:250"_ba);
    QVERIFY(!run.peer.tlsActive);
}

void TestSmtpClientTls::testConnectionReportsTheCertificate()
{
    FakeSmtpPeer peer(UpToStartTls + R"(
        C: EHLO sluice.test.example
        S: 250-mx.example
        S: 250 SIZE 1000
        C: QUIT
        S: 221 Bye)");
    peer.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.tlsPeerName = u"localhost"_s;
    config.extraCaCertificates = {m_certificates.ca};
    const ClientRun run = runClient(config, {});
    QVERIFY2(run.ok, QByteArray(run.error.toUtf8() + '\n' + run.transcript).constData());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(run.peer.tlsActive);
    QCOMPARE(run.peer.tlsSubject, u"localhost"_s);
    QCOMPARE(run.peer.tlsIssuer, u"Sluice Test CA"_s);
    QCOMPARE(run.peer.tlsNotBefore, m_certificates.server.effectiveDate());
    QCOMPARE(run.peer.tlsNotAfter, m_certificates.server.expiryDate());
    QVERIFY(run.peer.tlsNotBefore < run.peer.tlsNotAfter);
    // Only what the server said after the handshake.
    QCOMPARE(run.peer.capabilities, QList<QByteArray>{"SIZE 1000"});
    QVERIFY2(run.transcript.contains("-- TLS established: subject localhost, issuer Sluice Test CA"),
             run.transcript.constData());
}

// RFC 3207 6 (and the 2011 STARTTLS injection bugs): a reply sent in clear text after the 220 must not
// be taken as the answer to the EHLO that follows the handshake.
void TestSmtpClientTls::clearTextAfterStartTlsIsDiscarded()
{
    FakeSmtpPeer peer(R"(
        S: 220 mx.example ESMTP
        C: EHLO sluice.test.example
        S: 250-mx.example
        S: 250 STARTTLS
        C: STARTTLS
        R: 220 Go ahead\r\n250-injected.example\r\n250 AUTH PLAIN\r\n
        TLS:
        C: EHLO sluice.test.example
        S: 250-mx.example
        S: 250 SIZE 1000
        C: QUIT
        S: 221 Bye)");
    peer.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.tlsPeerName = u"localhost"_s;
    config.extraCaCertificates = {m_certificates.ca};
    const ClientRun run = runClient(config, {});
    QVERIFY2(run.ok, QByteArray(run.error.toUtf8() + '\n' + run.transcript).constData());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(run.peer.capabilities, QList<QByteArray>{"SIZE 1000"});
    QVERIFY2(run.transcript.contains("-- discarded"), run.transcript.constData());
}

// The data leave through the TLS layer: "all written" must count its buffers too, or a loss after the
// dot would not be reported as a possible duplicate.
void TestSmtpClientTls::lossAfterTheFinalDotUnderTlsIsAPossibleDuplicate()
{
    FakeSmtpPeer peer(UpToStartTls + R"(
        C: EHLO sluice.test.example
        S: 250 mx.example
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go
        D:
        X:)");
    peer.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.tlsPeerName = u"localhost"_s;
    config.extraCaCertificates = {m_certificates.ca};
    const QByteArray line = QByteArray(76, 'x') + "\r\n";
    const QByteArray content = "Subject: big\r\n\r\n" + line.repeated(2 * 1024 * 1024 / line.size());
    const ClientRun run =
        runClient(config, {makeMessage(1, "sender@example.org", {"a@example.net"}, content)});
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!run.ok);
    QCOMPARE(run.outcomes(), "101:deferred:421:dup"_ba);
    QCOMPARE(peer.dataSections().value(0).size(), content.size() + 3);
}

QTEST_GUILESS_MAIN(TestSmtpClientTls)
#include "tst_smtpclienttls.moc"
