// SPDX-License-Identifier: GPL-3.0-or-later
// The console's "Test connection" probe against scripted peers: capabilities, STARTTLS and the
// certificate, AUTH success and failure, secrets kept out of the transcript, nothing sent beyond
// EHLO/STARTTLS/AUTH/QUIT, and plain errors for refused, silent and unencrypted servers.

#include "FakeSmtpPeer.h"
#include "TestCertificates.h"

#include "client/ConnectionProbe.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

using Auth = ClientSecurity::Auth;
using Tls = ClientSecurity::Tls;
using Outcome = ConnectionProbeResult::AuthOutcome;

namespace {

// The RFC 2195 example account, so the CRAM-MD5 exchange is the RFC's own.
const QString Account = u"tim"_s;
const QString Password = u"tanstaaftanstaaf"_s;
const QList<QByteArray> PasswordForms = {"tanstaaftanstaaf"_ba, "dGFuc3RhYWZ0YW5zdGFhZg"_ba,
                                         "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"_ba,
                                         "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"_ba};

const QByteArray UpToTls = R"(
    S: 220 mx.example ESMTP Postfix
    C: EHLO probe.test.example
    S: 250-mx.example
    S: 250-ETRN
    S: 250-STARTTLS
    S: 250 SIZE 1000
    C: STARTTLS
    S: 220 2.0.0 Ready to start TLS
    TLS:
    C: EHLO probe.test.example
    S: 250-mx.example
    S: 250-ETRN
    S: 250-SIZE 10485760
    S: 250-PIPELINING
    S: 250-8BITMIME
    S: 250 AUTH CRAM-MD5 PLAIN LOGIN
)"_ba;

const QByteArray Quit = "C: QUIT\nS: 221 2.0.0 Bye\n"_ba;

ConnectionProbeRequest request(quint16 port)
{
    ConnectionProbeRequest request;
    request.host = u"127.0.0.1"_s;
    request.port = port;
    request.heloName = u"probe.test.example"_s;
    request.tlsPeerName = u"localhost"_s;
    request.limits = {5000, 5000, 5000};
    return request;
}

ConnectionProbeResult run(const ConnectionProbeRequest &request)
{
    ConnectionProbe probe(request);
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    probe.start();
    if (!finished.wait(15000))
        qWarning("the probe did not finish");
    return probe.result();
}

bool hasWords(const ConnectionProbeResult &result, const QString &text)
{
    return result.plainWords().join(u'\n').contains(text);
}

} // namespace

class TestConnectionProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void authOverTls_data();
    void authOverTls();
    void certificate_data();
    void certificate();
    void untrustedCertificateStopsBeforeAuthWhereDeliveryWould();
    void purposeWords();
    void refusedConnection();
    void silentServer();
    void tlsRequiredButNotOffered();
    void plainAuthNotTriedInClear();

private:
    TestCertificates m_certificates;
};

void TestConnectionProbe::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend (OpenSSL 3 missing?)");
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestConnectionProbe::authOverTls_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QByteArray>("exchange");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("words");

    QTest::newRow("PLAIN accepted") << int(Auth::Plain)
                                    << "C: AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\n"
                                       "S: 235 2.7.0 Authentication successful\n"_ba
                                    << int(Outcome::Succeeded) << u"Logged in as tim (PLAIN)."_s;
    QTest::newRow("any: CRAM-MD5 accepted")
        << int(Auth::Any)
        << "C: AUTH CRAM-MD5\nS: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
           "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\nS: 235 2.7.0 Ok\n"_ba
        << int(Outcome::Succeeded) << u"Logged in as tim (CRAM-MD5)."_s;
    QTest::newRow("LOGIN refused with 535")
        << int(Auth::Login)
        << "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: dGlt\nS: 334 UGFzc3dvcmQ6\nC: dGFuc3RhYWZ0YW5zdGFhZg==\n"
           "S: 535 5.7.8 Authentication credentials invalid\n"_ba
        << int(Outcome::Failed) << u"Logging in failed: 535 5.7.8 Authentication credentials invalid"_s;
    QTest::newRow("no AUTH asked") << int(Auth::None) << QByteArray() << int(Outcome::NotAsked) << QString();
}

void TestConnectionProbe::authOverTls()
{
    QFETCH(int, auth);
    QFETCH(QByteArray, exchange);
    QFETCH(int, outcome);
    QFETCH(QString, words);

    FakeSmtpPeer peer(UpToTls + exchange + Quit);
    peer.setTlsIdentity(m_certificates.selfSigned, m_certificates.selfSignedKey);
    QVERIFY(peer.start());
    ConnectionProbeRequest probeRequest = request(peer.port());
    probeRequest.security.auth = Auth(auth);
    probeRequest.security.account = Account;
    probeRequest.security.password = Password;
    const ConnectionProbeResult result = run(probeRequest);

    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(int(result.auth), outcome);
    QCOMPARE(result.succeeded(), outcome != int(Outcome::Failed));
    if (!words.isEmpty())
        QVERIFY2(hasWords(result, words), qPrintable(result.plainWords().join(u'\n')));

    // Capabilities are those of the EHLO after TLS.
    QCOMPARE(result.banner.code, 220);
    QVERIFY(result.usedEhlo);
    QVERIFY(result.etrn);
    QVERIFY(!result.atrn);
    QVERIFY(result.pipelining);
    QVERIFY(result.eightBitMime);
    QCOMPARE(result.sizeLimit, std::optional<qint64>(10485760));
    QCOMPARE(result.authMechanisms, (QList<QByteArray>{"CRAM-MD5", "PLAIN", "LOGIN"}));
    QVERIFY(result.capabilityLines.contains("PIPELINING"));
    QVERIFY(result.startTlsOfferedInClear);
    QVERIFY(result.tlsActive);
    QVERIFY(hasWords(result, u"The server accepts ETRN: it can release held mail to you."_s));
    QVERIFY(hasWords(result, u"Logging in is offered with: CRAM-MD5, PLAIN, LOGIN."_s));
    QVERIFY(hasWords(result, u"The server greeted with: mx.example ESMTP Postfix"_s));

    // Only EHLO, STARTTLS, AUTH (and its continuations) and QUIT went to the server.
    const QList<QByteArray> lines = peer.receivedLines();
    QCOMPARE(lines.last(), "QUIT"_ba);
    for (const QByteArray &line : lines) {
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
        QVERIFY2(verb == "EHLO" || verb == "STARTTLS" || verb == "AUTH" || verb == "QUIT" ||
                     (auth != int(Auth::None) && !line.contains(' ')),
                 line.constData());
        for (const QByteArray forbidden : {"MAIL", "RCPT", "DATA", "ETRN", "ATRN", "RSET", "VRFY"})
            QVERIFY2(verb != forbidden, line.constData());
    }
    // The transcript has the conversation but no password in any form.
    QVERIFY(result.transcript.contains("C: EHLO probe.test.example"));
    QVERIFY(result.transcript.contains("C: QUIT"));
    for (const QByteArray &secret : PasswordForms)
        QVERIFY2(!result.transcript.contains(secret), result.transcript.constData());
    QVERIFY(!result.plainWords().join(u'\n').contains(Password));
    if (auth != int(Auth::None))
        QVERIFY(result.transcript.contains("[redacted]"));
}

void TestConnectionProbe::certificate_data()
{
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<QByteArray>("pin"); // "self": the self-signed certificate's fingerprint
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<bool>("matchesPin");
    QTest::addColumn<QString>("words");

    QTest::newRow("self-signed") << true << QByteArray() << false << false
                                 << u"NOT trusted (self-signed): pin SHA-256 %1 on the Security page"_s;
    QTest::newRow("self-signed, pinned")
        << true << "self"_ba << false << true << u"but it matches the pinned SHA-256 fingerprint"_s;
    QTest::newRow("signed by a trusted CA")
        << false << QByteArray() << true << false << u"trusted by this system."_s;
}

void TestConnectionProbe::certificate()
{
    QFETCH(bool, selfSigned);
    QFETCH(QByteArray, pin);
    QFETCH(bool, trusted);
    QFETCH(bool, matchesPin);
    QFETCH(QString, words);

    const QSslCertificate &certificate = selfSigned ? m_certificates.selfSigned : m_certificates.server;
    FakeSmtpPeer peer(UpToTls + Quit);
    peer.setTlsIdentity(certificate, selfSigned ? m_certificates.selfSignedKey : m_certificates.serverKey);
    QVERIFY(peer.start());
    ConnectionProbeRequest probeRequest = request(peer.port());
    probeRequest.security.pinnedSha256 = pin == "self" ? TestCertificates::sha256(certificate) : pin;
    if (!selfSigned)
        probeRequest.extraCaCertificates = {m_certificates.ca};
    const ConnectionProbeResult result = run(probeRequest);

    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const ProbeCertificate &info = result.certificate;
    QVERIFY(info.present);
    QCOMPARE(info.subject, u"CN=localhost"_s);
    QCOMPARE(info.issuer, selfSigned ? u"CN=localhost"_s : u"CN=Sluice Test CA"_s);
    QCOMPARE(info.notBefore, certificate.effectiveDate());
    QCOMPARE(info.notAfter, certificate.expiryDate());
    QCOMPARE(info.sha256, TestCertificates::sha256(certificate));
    QCOMPARE(info.selfSigned, selfSigned);
    QCOMPARE(info.trusted, trusted);
    QCOMPARE(info.trustProblems.isEmpty(), trusted);
    QCOMPARE(info.matchesPin, matchesPin);
    const QString summary = result.plainWords().join(u'\n');
    const QString expected = words.contains(u"%1"_s) ? words.arg(QString::fromLatin1(info.sha256)) : words;
    QVERIFY2(summary.contains(expected), qPrintable(summary));
    QVERIFY2(summary.contains(u"Certificate for CN=localhost, issued by %1, valid until "_s.arg(info.issuer)),
             qPrintable(summary));
}

void TestConnectionProbe::untrustedCertificateStopsBeforeAuthWhereDeliveryWould()
{
    // A wrong pin (or required TLS with a certificate that does not verify) makes delivery refuse the
    // server: the test must not send the password there either.
    FakeSmtpPeer peer(UpToTls + Quit);
    peer.setTlsIdentity(m_certificates.selfSigned, m_certificates.selfSignedKey);
    QVERIFY(peer.start());
    ConnectionProbeRequest probeRequest = request(peer.port());
    probeRequest.security.pinnedSha256 = QByteArray(64, 'a');
    probeRequest.security.auth = Auth::Plain;
    probeRequest.security.account = Account;
    probeRequest.security.password = Password;
    const ConnectionProbeResult result = run(probeRequest);

    // The script expects EHLO after TLS; the probe quits instead, so it must stop right there.
    QVERIFY(!peer.receivedLineStartingWith("AUTH"));
    QVERIFY(peer.receivedLines().endsWith("QUIT"_ba));
    QVERIFY(result.error.contains(u"does not match the pinned SHA-256 fingerprint"_s));
    QVERIFY(!result.certificate.matchesPin);
    QVERIFY(hasWords(result, u"does NOT match the pinned SHA-256 fingerprint"_s));
    QCOMPARE(result.auth, Outcome::NotAsked);
    QVERIFY(!result.succeeded());
}

void TestConnectionProbe::purposeWords()
{
    FakeSmtpPeer peer(R"(
        S: 220 odmr.example ESMTP
        C: EHLO probe.test.example
        S: 250-odmr.example
        S: 250-ATRN
        S: 250 AUTH CRAM-MD5
        C: QUIT
        S: 221 Bye
    )"_ba);
    QVERIFY(peer.start());
    ConnectionProbeRequest probeRequest = request(peer.port());
    probeRequest.purpose = ProbePurpose::Atrn;
    const ConnectionProbeResult result = run(probeRequest);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(result.atrn);
    QVERIFY(!result.etrn);
    QVERIFY(hasWords(result, u"ATRN (On-Demand Mail Relay) is offered"_s));
    QVERIFY(hasWords(result, u"ATRN needs logging in first"_s));
    QVERIFY(hasWords(result, u"STARTTLS is not offered"_s));

    ConnectionProbeResult etrn = result;
    etrn.purpose = ProbePurpose::Etrn;
    QVERIFY(hasWords(etrn, u"The server does not accept ETRN"_s));
}

void TestConnectionProbe::refusedConnection()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const ConnectionProbeResult result = run(request(port));
    QVERIFY(!result.connected);
    QCOMPARE(result.error, u"could not connect to 127.0.0.1 port %1: connection refused"_s.arg(port));
    QCOMPARE(result.plainWords(), QStringList{u"The test stopped: %1."_s.arg(result.error)});
}

void TestConnectionProbe::silentServer()
{
    FakeSmtpPeer peer("W: 5000\n"_ba);
    QVERIFY(peer.start());
    ConnectionProbeRequest probeRequest = request(peer.port());
    probeRequest.limits.greeting = 300;
    QElapsedTimer clock;
    clock.start();
    const ConnectionProbeResult result = run(probeRequest);
    QVERIFY(result.connected);
    QCOMPARE(result.error, u"the server did not greet within 0.3 s"_s);
    QVERIFY(clock.elapsed() < 4000);
    QVERIFY(!peer.receivedLineStartingWith("EHLO"));
}

void TestConnectionProbe::tlsRequiredButNotOffered()
{
    FakeSmtpPeer peer(R"(
        S: 220 mx.example ESMTP
        C: EHLO probe.test.example
        S: 250-mx.example
        S: 250 AUTH PLAIN LOGIN
        C: QUIT
        S: 221 Bye
    )"_ba);
    QVERIFY(peer.start());
    ConnectionProbeRequest probeRequest = request(peer.port());
    probeRequest.security.tls = Tls::Required;
    probeRequest.security.auth = Auth::Plain;
    probeRequest.security.account = Account;
    probeRequest.security.password = Password;
    const ConnectionProbeResult result = run(probeRequest);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(result.error, u"TLS required but the server does not offer STARTTLS"_s);
    QVERIFY(hasWords(result, u"The test stopped: TLS required but the server does not offer STARTTLS."_s));
    QVERIFY(!result.succeeded());
}

void TestConnectionProbe::plainAuthNotTriedInClear()
{
    FakeSmtpPeer peer(R"(
        S: 220 mx.example ESMTP
        C: EHLO probe.test.example
        S: 250-mx.example
        S: 250 AUTH PLAIN
        C: QUIT
        S: 221 Bye
    )"_ba);
    QVERIFY(peer.start());
    ConnectionProbeRequest probeRequest = request(peer.port());
    probeRequest.security.auth = Auth::Any;
    probeRequest.security.account = Account;
    probeRequest.security.password = Password;
    const ConnectionProbeResult result = run(probeRequest);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(result.auth, Outcome::NotTried);
    QVERIFY(hasWords(result, u"Logging in was not tried: PLAIN would send the password unencrypted"_s));
    QVERIFY(!result.succeeded());
}

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
