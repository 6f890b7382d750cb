// SPDX-License-Identifier: GPL-3.0-or-later
// AUTH on outbound connections: the choice of mechanism, PLAIN/LOGIN only under TLS unless allowed,
// CRAM-MD5 per RFC 2195, failures, and secrets kept out of the transcript.

#include "ClientRunner.h"
#include "TestCertificates.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

using Auth = ClientSecurity::Auth;

namespace {

// The RFC 2195 example account, so the CRAM-MD5 exchange can be checked against the RFC's own text.
const QString Account = u"tim"_s;
const QString Password = u"tanstaaftanstaaf"_s;
const QByteArray PlainLine = "C: AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm\n"_ba;
const QByteArray LoginExchange = R"(
    C: AUTH LOGIN
    S: 334 VXNlcm5hbWU6
    C: dGlt
    S: 334 UGFzc3dvcmQ6
    C: dGFuc3RhYWZ0YW5zdGFhZg==
)"_ba;
const QByteArray CramExchange = R"(
    C: AUTH CRAM-MD5
    S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
    C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
)"_ba;
const QByteArray Accepted = "S: 235 2.7.0 Authentication successful\n"_ba;
const QByteArray Quit = "\nC: QUIT\nS: 221 Bye\n"_ba;

// Greeting and the last EHLO, whose reply lists authLine; with TLS the STARTTLS exchange comes first.
QByteArray opening(bool tls, const QByteArray &authLine)
{
    QByteArray script = "S: 220 mx.example ESMTP\nC: EHLO sluice.test.example\n"_ba;
    if (tls) {
        script += "S: 250-mx.example\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 Go ahead\nTLS:\n"
                  "C: EHLO sluice.test.example\n";
    }
    return script +
           (authLine.isEmpty() ? "S: 250 mx.example\n"_ba : "S: 250-mx.example\nS: 250 " + authLine + '\n');
}

} // namespace

class TestSmtpClientAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void auth_data();
    void auth();
    void failedAuthDefersEverything();
    void authenticatedSessionSendsTheMessage();

private:
    SmtpClientConfig config(FakeSmtpPeer &peer, Auth auth, bool allowPlaintext = false);
    TestCertificates m_certificates;
};

void TestSmtpClientAuth::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend (OpenSSL 3 missing?)");
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

SmtpClientConfig TestSmtpClientAuth::config(FakeSmtpPeer &peer, Auth auth, bool allowPlaintext)
{
    peer.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    SmtpClientConfig config = clientConfig(peer.port());
    config.tlsPeerName = u"localhost"_s;
    config.extraCaCertificates = {m_certificates.ca};
    config.security.auth = auth;
    config.security.account = Account;
    config.security.password = Password;
    config.security.allowPlaintextAuth = allowPlaintext;
    return config;
}

void TestSmtpClientAuth::auth_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<bool>("allowPlaintext");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArray>("mechanism"); // empty: the session fails
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("redactedLine"); // must be in the transcript

    const QByteArray all = "AUTH LOGIN PLAIN CRAM-MD5"_ba;
    QTest::newRow("PLAIN under TLS") << int(Auth::Plain) << false
                                     << opening(true, all) + PlainLine + Accepted + Quit << "PLAIN"_ba
                                     << QString() << "C: AUTH PLAIN [redacted]\n"_ba;
    QTest::newRow("LOGIN under TLS") << int(Auth::Login) << false
                                     << opening(true, all) + LoginExchange + Accepted + Quit << "LOGIN"_ba
                                     << QString() << "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: [redacted]\n"_ba;
    QTest::newRow("CRAM-MD5 in clear")
        << int(Auth::CramMd5) << false << opening(false, all) + CramExchange + Accepted + Quit
        << "CRAM-MD5"_ba << QString() << "C: AUTH CRAM-MD5\n"_ba;
    QTest::newRow("any: CRAM-MD5 is the strongest")
        << int(Auth::Any) << false << opening(true, all) + CramExchange + Accepted + Quit << "CRAM-MD5"_ba
        << QString() << "C: [redacted]\n"_ba;
    QTest::newRow("any: PLAIN before LOGIN")
        << int(Auth::Any) << false << opening(true, "AUTH LOGIN PLAIN") + PlainLine + Accepted + Quit
        << "PLAIN"_ba << QString() << "C: AUTH PLAIN [redacted]\n"_ba;
    QTest::newRow("any: old AUTH= form")
        << int(Auth::Any) << false << opening(true, "AUTH=LOGIN") + LoginExchange + Accepted + Quit
        << "LOGIN"_ba << QString() << "C: [redacted]\n"_ba;
    // Nothing is sent that would expose the password: straight to QUIT.
    QTest::newRow("any: PLAIN/LOGIN refused in clear")
        << int(Auth::Any) << false << opening(false, "AUTH LOGIN PLAIN") + Quit << QByteArray()
        << u"without TLS"_s << QByteArray();
    QTest::newRow("LOGIN refused in clear") << int(Auth::Login) << false << opening(false, all) + Quit
                                            << QByteArray() << u"without TLS"_s << QByteArray();
    QTest::newRow("PLAIN in clear when allowed")
        << int(Auth::Plain) << true << opening(false, all) + PlainLine + Accepted + Quit << "PLAIN"_ba
        << QString() << "C: AUTH PLAIN [redacted]\n"_ba;
    QTest::newRow("no AUTH offered") << int(Auth::Any) << false << opening(true, "SIZE 1000") + Quit
                                     << QByteArray() << u"offers no AUTH"_s << QByteArray();
    QTest::newRow("mechanism not offered")
        << int(Auth::CramMd5) << false << opening(true, "AUTH PLAIN") + Quit << QByteArray()
        << u"no usable AUTH mechanism"_s << QByteArray();
    QTest::newRow("535") << int(Auth::Plain) << false
                         << opening(true, all) + PlainLine +
                                "S: 535 5.7.8 Authentication credentials invalid\n" + Quit
                         << QByteArray() << u"authentication with PLAIN failed: 535 5.7.8"_s
                         << "C: AUTH PLAIN [redacted]\n"_ba;
    QTest::newRow("LOGIN refused after the password")
        << int(Auth::Login) << false << opening(true, all) + LoginExchange + "S: 535 5.7.8 No\n" + Quit
        << QByteArray() << u"authentication with LOGIN failed"_s << "C: [redacted]\n"_ba;
    QTest::newRow("bad challenge: cancelled")
        << int(Auth::CramMd5) << false
        << opening(false, all) +
               "C: AUTH CRAM-MD5\nS: 334 !!not base64!!\nC: *\n"
               "S: 501 5.7.0 Cancelled\n" +
               Quit
        << QByteArray() << u"authentication with CRAM-MD5 failed: 501"_s << "C: *\n"_ba;
}

void TestSmtpClientAuth::auth()
{
    QFETCH(int, auth);
    QFETCH(bool, allowPlaintext);
    QFETCH(QByteArray, script);
    QFETCH(QByteArray, mechanism);
    QFETCH(QString, error);
    QFETCH(QByteArray, redactedLine);

    FakeSmtpPeer peer(script);
    QVERIFY(peer.start());
    const ClientRun run = runClient(config(peer, Auth(auth), allowPlaintext), {});
    QVERIFY2(run.finished, run.transcript.constData());
    QVERIFY2(peer.isAllScenarioDone(), QByteArray(peer.report() + '\n' + run.transcript).constData());
    QCOMPARE(run.ok, !mechanism.isEmpty());
    QCOMPARE(run.peer.authMechanismUsed, mechanism);
    if (!error.isEmpty())
        QVERIFY2(run.error.contains(error), qPrintable(run.error));
    if (!redactedLine.isEmpty())
        QVERIFY2(run.transcript.contains(redactedLine), run.transcript.constData());

    // Neither the password nor any encoding of it reaches the transcript.
    for (const QByteArray &secret :
         {Password.toUtf8(), Password.toUtf8().toBase64(), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"_ba,
          "dGFuc3RhYWZ0YW5zdGFhZg"_ba, "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"_ba,
          "b913a602c7eda7a495b4e6e7334d3890"_ba}) {
        QVERIFY2(!run.transcript.contains(secret),
                 QByteArray(secret + " in:\n" + run.transcript).constData());
    }
}

void TestSmtpClientAuth::failedAuthDefersEverything()
{
    FakeSmtpPeer peer(opening(true, "AUTH PLAIN") + PlainLine + "S: 535 5.7.8 Bad credentials\n" + Quit);
    QVERIFY(peer.start());
    const ClientRun run = runClient(
        config(peer, Auth::Any),
        {makeMessage(1, "sender@example.org", {"a@example.net", "b@example.net"}, simpleContent())});
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!run.ok);
    QCOMPARE(run.outcomes(), "101:deferred:535 102:deferred:535"_ba);
    QVERIFY(!peer.receivedLineStartingWith("MAIL"));
}

void TestSmtpClientAuth::authenticatedSessionSendsTheMessage()
{
    FakeSmtpPeer peer(opening(true, "AUTH CRAM-MD5") + CramExchange + Accepted + R"(
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: DATA
        S: 354 go
        C: Subject: test
        C:
        C: Hello
        C: .
        S: 250 Ok)" + Quit);
    QVERIFY(peer.start());
    const ClientRun run = runClient(
        config(peer, Auth::Any), {makeMessage(1, "sender@example.org", {"a@example.net"}, simpleContent())});
    QVERIFY2(run.ok, QByteArray(run.error.toUtf8() + '\n' + run.transcript).constData());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(run.outcomes(), "101:delivered:250"_ba);
    QCOMPARE(run.peer.authMechanismUsed, "CRAM-MD5"_ba);
    QVERIFY(run.peer.tlsActive);
}

QTEST_GUILESS_MAIN(TestSmtpClientAuth)
#include "tst_smtpclientauth.moc"
