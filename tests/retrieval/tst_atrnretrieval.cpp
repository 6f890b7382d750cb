// SPDX-License-Identifier: GPL-3.0-or-later
// ATRN / On-Demand Mail Relay (RFC 2645) with a real engine as the office: STARTTLS and CRAM-MD5
// before ATRN, role reversal on the encrypted connection, the refusals in plain words, the command's
// syntax, no attempt without an account, and the listener's own checks on the reversed session.

#include "RetrievalRunner.h"
#include "TestCertificates.h"

#include "smtp/SmtpServer.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

using Method = RetrievalSettings::Method;

namespace {

// Port 366 is what the caller would resolve; the tests use the fake provider's port.
RetrievalSettings atrnSettings(quint16 port, const QStringList &domains)
{
    RetrievalSettings settings = retrievalSettings(Method::Atrn, port, domains);
    settings.security.auth = ClientSecurity::Auth::Any;
    settings.security.account = CramAccount;
    settings.security.password = CramPassword;
    return settings;
}

const QByteArray PlainOpening = R"(
    S: 220 odmr.provider.example ESMTP
    C: EHLO sluice.test.example
    S: 250-odmr.provider.example
    S: 250-AUTH CRAM-MD5
    S: 250 ATRN
)"_ba;

const QByteArray ProviderHello = R"(
    A: 220 mx.test.example ESMTP
    S: EHLO odmr.provider.example
    A: 250 ENHANCEDSTATUSCODES
)"_ba;

// What the office's own listener answers to a client outside the relay networks.
QByteArray listenerReplyTo(quint16 port, const QByteArray &recipient)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return {};
    client.write("EHLO c\r\nMAIL FROM:<a@far.example>\r\nRCPT TO:<" + recipient + ">\r\nQUIT\r\n");
    QByteArray replies;
    const bool quit = QTest::qWaitFor(
        [&] {
            replies += client.readAll();
            return replies.contains("221 ");
        },
        5000);
    if (!quit)
        return "no reply to QUIT: " + replies;
    for (const QByteArray &line : replies.split('\n')) {
        if (line.startsWith("554") || line.startsWith("550"))
            return line.trimmed();
    }
    return replies;
}

} // namespace

class TestAtrnRetrieval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tlsThenCramMd5ThenReversalOnTheEncryptedConnection();
    void refusal_data();
    void refusal();
    void commandSyntax_data();
    void commandSyntax();
    void noAccountIsALocalError();
    void reversedSessionHasTheListenersChecks();

private:
    TestCertificates m_certificates;
};

void TestAtrnRetrieval::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend (OpenSSL 3 missing?)");
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestAtrnRetrieval::tlsThenCramMd5ThenReversalOnTheEncryptedConnection()
{
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    // PLAIN would be allowed under TLS: CRAM-MD5 is still preferred (RFC 2645 makes it mandatory).
    FakeSmtpPeer peer(R"(
        S: 220 odmr.provider.example ESMTP
        C: EHLO sluice.test.example
        S: 250-odmr.provider.example
        S: 250-STARTTLS
        S: 250 ATRN
        C: STARTTLS
        S: 220 2.0.0 Ready to start TLS
        TLS:
        C: EHLO sluice.test.example
        S: 250-odmr.provider.example
        S: 250-AUTH PLAIN CRAM-MD5
        S: 250 ATRN
    )"_ba + CramExchange +
                      R"(
        C: ATRN test.example,sub.test.example
        S: 250 OK now reversing the connection
    )"_ba + ProviderHello +
                      providerDelivers("over tls") + "S: QUIT\nA: 221\n"_ba);
    peer.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    QVERIFY(peer.start());
    RetrievalSettings settings = atrnSettings(peer.port(), {u"test.example"_s, u"@sub.test.example"_s});
    settings.tlsPeerName = u"localhost"_s;
    settings.extraCaCertificates = {m_certificates.ca};
    const RetrievalRun run = runRetrieval(settings, office.server());
    QVERIFY(run.finished);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(peer.isTlsEstablished()); // and the reversed session above ran inside it
    QVERIFY(!peer.receivedLineStartingWith("AUTH PLAIN"));
    QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error));
    QCOMPARE(run.outcome.method, Method::Atrn);
    QCOMPARE(run.meanings(), "250:Started"_ba);
    QCOMPARE(run.outcome.replies.first().node, u"test.example,sub.test.example"_s);
    QVERIFY(run.outcome.reversed);
    QCOMPARE(run.outcome.messagesReceived, 1);
    QCOMPARE(run.rolesReversedSignals, 1);
    QVERIFY2(run.transcript.contains("(encrypted) connection"), run.transcript.constData());
    QTRY_COMPARE(office.delivered().size(), 1);
    QVERIFY(office.delivered().first().contains("Subject: over tls"));
}

void TestAtrnRetrieval::refusal_data()
{
    QTest::addColumn<QByteArray>("replyLine");
    QTest::addColumn<QByteArray>("meaning");
    QTest::addColumn<QString>("words");
    QTest::newRow("450")
        << "450 ATRN request refused"_ba
        << "450:Refused"_ba
        << u"ATRN for test.example is not permitted, or a release for it is already running"_s;
    QTest::newRow("451") << "451 Unable to process ATRN request now"_ba
                         << "451:Failed"_ba << u"could not check access to test.example"_s;
    QTest::newRow("453") << "453 You have no mail"_ba
                         << "453:NothingWaiting"_ba << u"no mail is waiting for test.example"_s;
    QTest::newRow("530") << "530 Authentication required"_ba
                         << "530:AuthRequired"_ba << u"wants authentication before ATRN"_s;
}

void TestAtrnRetrieval::refusal()
{
    QFETCH(QByteArray, replyLine);
    QFETCH(QByteArray, meaning);
    QFETCH(QString, words);
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    FakeSmtpPeer peer(PlainOpening + CramExchange + "C: ATRN test.example\nS: " + replyLine +
                      "\nC: QUIT\nS: 221 Bye\n");
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(atrnSettings(peer.port(), {u"test.example"_s}), office.server());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error));
    QCOMPARE(run.meanings(), meaning);
    QVERIFY(!run.outcome.mailExpected);
    QVERIFY(!run.outcome.reversed);
    QCOMPARE(run.rolesReversedSignals, 0);
    const QString text = run.outcome.replies.first().text;
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(run.transcript.contains(words.toUtf8()), run.transcript.constData());
}

void TestAtrnRetrieval::commandSyntax_data()
{
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("two, comma-joined")
        << QStringList{u"a.example"_s, u"b.example"_s} << "ATRN a.example,b.example"_ba;
    QTest::newRow("@ stripped") << QStringList{u"@a.example"_s, u" @b.example"_s}
                                << "ATRN a.example,b.example"_ba;
    QTest::newRow("none: all the account may pull") << QStringList{} << "ATRN"_ba;
}

void TestAtrnRetrieval::commandSyntax()
{
    QFETCH(QStringList, domains);
    QFETCH(QByteArray, line);
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    FakeSmtpPeer peer(PlainOpening + CramExchange + "C: " + line +
                      "\nS: 453 You have no mail\nC: QUIT\nS: 221 Bye\n");
    QVERIFY(peer.start());
    RetrievalSettings settings = atrnSettings(peer.port(), domains);
    settings.atrnTimeoutMs = 20 * 60 * 1000;
    const RetrievalRun run = runRetrieval(settings, office.server());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(run.outcome.ok);
    QCOMPARE(run.outcome.replies.first().node.toUtf8(), line.mid(5));
}

void TestAtrnRetrieval::noAccountIsALocalError()
{
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    FakeSmtpPeer peer(PlainOpening + "C: QUIT\nS: 221 Bye\n"_ba);
    QVERIFY(peer.start());
    const RetrievalRun run =
        runRetrieval(retrievalSettings(Method::Atrn, peer.port(), {u"test.example"_s}), office.server());
    QVERIFY(run.finished);
    QVERIFY(!run.outcome.ok);
    QVERIFY2(run.outcome.error.contains(u"ATRN needs an account"_s), qPrintable(run.outcome.error));
    QVERIFY2(peer.receivedLines().isEmpty(), peer.receivedLines().join(" | ").constData());
    QCOMPARE(run.commandSentSignals, 0);
}

void TestAtrnRetrieval::reversedSessionHasTheListenersChecks()
{
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    // The listener itself refuses to relay for a client outside the relay networks ...
    const QByteArray listenerRefusal = listenerReplyTo(office.engine().smtpPort(), "x@far.example");
    QCOMPARE(listenerRefusal, "554 5.7.1 <x@far.example>: Relay access denied"_ba);
    // ... and so does the reversed session; an unknown local user gets the normal 550 too.
    FakeSmtpPeer peer(PlainOpening + CramExchange + R"(
        C: ATRN test.example
        S: 250 OK now reversing the connection
    )"_ba + ProviderHello +
                      R"(
        S: MAIL FROM:<sender@far.example>
        A: 250
        S: RCPT TO:<x@far.example>
        A: 554 5.7.1 <x@far.example>: Relay access denied
        S: RCPT TO:<nobody@test.example>
        A: 550 5.1.1
        S: QUIT
        A: 221
    )"_ba);
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(atrnSettings(peer.port(), {u"test.example"_s}), office.server());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(run.outcome.ok);
    QVERIFY(run.outcome.reversed);
    QCOMPARE(run.outcome.messagesReceived, 0);
    QCOMPARE(office.engine().queueCounts().messages, 0);
}

QTEST_GUILESS_MAIN(TestAtrnRetrieval)
#include "tst_atrnretrieval.moc"
