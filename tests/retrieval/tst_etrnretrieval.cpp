// SPDX-License-Identifier: GPL-3.0-or-later
// ETRN (RFC 1985) against a scripted provider: each reply code, several domains in order with
// "@domain" sent as written, a missing ETRN stopping the list, AUTH and STARTTLS first, and the
// transport failures.

#include "RetrievalRunner.h"
#include "TestCertificates.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

using Method = RetrievalSettings::Method;

namespace {

const QByteArray Opening = R"(
    S: 220 provider.example ESMTP
    C: EHLO sluice.test.example
    S: 250-provider.example
    S: 250 ETRN
)"_ba;
const QByteArray Quit = "C: QUIT\nS: 221 Bye\n"_ba;

} // namespace

class TestEtrnRetrieval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void replyCode_data();
    void replyCode();
    void severalDomainsInOrderAsWritten();
    void refusalOfOneNodeDoesNotStopTheOthers();
    void missingEtrnStopsTheList();
    void unadvertisedEtrnIsSentWithANote();
    void authPlainUnderTlsBeforeEtrn();
    void authCramMd5BeforeEtrn();
    void refusedAuthSendsNoEtrn();
    void requiredTlsWithoutStartTls();
    void connectRefused();
    void connectionLostMidway();
    void cancelWhileWaiting();
    void noDomainsIsALocalError();

private:
    TestCertificates m_certificates;
};

void TestEtrnRetrieval::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend (OpenSSL 3 missing?)");
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestEtrnRetrieval::replyCode_data()
{
    QTest::addColumn<QByteArray>("replyLine");
    QTest::addColumn<QByteArray>("meaning");
    QTest::addColumn<bool>("mailExpected");
    QTest::addColumn<int>("count");

    QTest::newRow("250") << "250 Queuing started"_ba
                         << "250:Started"_ba << true << -1;
    QTest::newRow("251") << "251 OK, no messages waiting for node example.com"_ba
                         << "251:NothingWaiting"_ba << false << -1;
    QTest::newRow("252") << "252 OK, pending messages for node example.com started"_ba
                         << "252:Started"_ba << true << -1;
    QTest::newRow("253") << "253 OK, 7 pending messages for node example.com started"_ba
                         << "253:Started"_ba << true << 7;
    QTest::newRow("458") << "458 Unable to queue messages for node example.com"_ba
                         << "458:Refused"_ba << false << -1;
    QTest::newRow("459") << "459 Node example.com not allowed: service unavailable"_ba
                         << "459:Refused"_ba << false << -1;
    QTest::newRow("500") << "500 Syntax Error"_ba
                         << "500:NotSupported"_ba << false << -1;
    QTest::newRow("501") << "501 Syntax Error in Parameters"_ba
                         << "501:NotSupported"_ba << false << -1;
    QTest::newRow("502") << "502 5.5.1 Error: command not implemented"_ba
                         << "502:NotSupported"_ba << false << -1;
}

void TestEtrnRetrieval::replyCode()
{
    QFETCH(QByteArray, replyLine);
    QFETCH(QByteArray, meaning);
    QFETCH(bool, mailExpected);
    QFETCH(int, count);
    FakeSmtpPeer peer(Opening + "C: ETRN @example.com\nS: " + replyLine + '\n' + Quit);
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(retrievalSettings(Method::Etrn, peer.port(), {u"@example.com"_s}));
    QVERIFY(run.finished);
    QCOMPARE(run.finishedSignals, 1);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error)); // answered, whatever the answer
    QCOMPARE(run.outcome.method, Method::Etrn);
    QCOMPARE(run.meanings(), meaning);
    QCOMPARE(run.outcome.replies.first().node, u"@example.com"_s);
    QCOMPARE(run.outcome.replies.first().waitingCount, count);
    QCOMPARE(run.outcome.mailExpected, mailExpected);
    QVERIFY(!run.outcome.reversed);
    QCOMPARE(run.commandSentSignals, 1);
    QVERIFY(run.outcome.commandSentAt.isValid());
    QCOMPARE(run.rolesReversedSignals, 0);
    // The plain words reach the transcript, for the connection log.
    QVERIFY2(run.transcript.contains(run.outcome.replies.first().text.toUtf8()), run.transcript.constData());
}

void TestEtrnRetrieval::severalDomainsInOrderAsWritten()
{
    FakeSmtpPeer peer(Opening + R"(
        C: ETRN @example.com
        S: 251 OK, no messages waiting for node example.com
        C: ETRN other.example
        S: 253 OK, 2 pending messages for node other.example started
        C: ETRN #office
        S: 250 Queuing started
    )"_ba + Quit);
    QVERIFY(peer.start());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const RetrievalRun run = runRetrieval(retrievalSettings(
        Method::Etrn, peer.port(), {u"@example.com"_s, u" other.example "_s, u"#office"_s}));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(run.outcome.ok);
    QCOMPARE(run.meanings(), "251:NothingWaiting 253:Started 250:Started"_ba);
    QCOMPARE(run.outcome.replies.at(0).node, u"@example.com"_s);
    QCOMPARE(run.outcome.replies.at(1).node, u"other.example"_s);
    QCOMPARE(run.outcome.replies.at(1).waitingCount, 2);
    QCOMPARE(run.outcome.replies.at(2).node, u"#office"_s);
    QVERIFY(run.outcome.mailExpected);
    QCOMPARE(run.commandSentSignals, 1); // the first ETRN starts the grace period, once
    QVERIFY(run.outcome.commandSentAt >= before);
}

void TestEtrnRetrieval::refusalOfOneNodeDoesNotStopTheOthers()
{
    FakeSmtpPeer peer(Opening + R"(
        C: ETRN a.example
        S: 459 a.example: service unavailable
        C: ETRN @b.example
        S: 501 Syntax Error in Parameters
        C: ETRN c.example
        S: 252 OK, pending messages for node c.example started
    )"_ba + Quit);
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(
        retrievalSettings(Method::Etrn, peer.port(), {u"a.example"_s, u"@b.example"_s, u"c.example"_s}));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(run.outcome.ok);
    QCOMPARE(run.meanings(), "459:Refused 501:NotSupported 252:Started"_ba);
    QVERIFY(run.outcome.mailExpected);
}

void TestEtrnRetrieval::missingEtrnStopsTheList()
{
    FakeSmtpPeer peer(Opening + R"(
        C: ETRN a.example
        S: 502 5.5.1 Error: command not implemented
    )"_ba + Quit);
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(
        retrievalSettings(Method::Etrn, peer.port(), {u"a.example"_s, u"b.example"_s, u"c.example"_s}));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!peer.receivedLineStartingWith("ETRN b"));
    QVERIFY(run.outcome.ok);
    QCOMPARE(run.meanings(), "502:NotSupported"_ba);
    QVERIFY(!run.outcome.mailExpected);
    // Said once, with the rest named as not asked.
    QCOMPARE(run.transcript.count("does not accept ETRN"), 1);
    QVERIFY2(run.transcript.contains("not asking for the other 2 domain(s)"), run.transcript.constData());
}

void TestEtrnRetrieval::unadvertisedEtrnIsSentWithANote()
{
    FakeSmtpPeer peer(R"(
        S: 220 provider.example ESMTP
        C: EHLO sluice.test.example
        S: 250-provider.example
        S: 250 PIPELINING
        C: ETRN example.com
        S: 250 Queuing started
    )"_ba + Quit);
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(retrievalSettings(Method::Etrn, peer.port(), {u"example.com"_s}));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(run.outcome.ok);
    QVERIFY2(run.transcript.contains("does not list ETRN in its EHLO reply"), run.transcript.constData());
}

void TestEtrnRetrieval::authPlainUnderTlsBeforeEtrn()
{
    FakeSmtpPeer peer(R"(
        S: 220 provider.example ESMTP
        C: EHLO sluice.test.example
        S: 250-provider.example
        S: 250 STARTTLS
        C: STARTTLS
        S: 220 2.0.0 Ready to start TLS
        TLS:
        C: EHLO sluice.test.example
        S: 250-provider.example
        S: 250-ETRN
        S: 250 AUTH PLAIN LOGIN
        C: AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm
        S: 235 2.7.0 Authentication successful
        C: ETRN @example.com
        S: 250 Queuing started
    )"_ba + Quit);
    peer.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    QVERIFY(peer.start());
    RetrievalSettings settings = retrievalSettings(Method::Etrn, peer.port(), {u"@example.com"_s});
    settings.tlsPeerName = u"localhost"_s;
    settings.extraCaCertificates = {m_certificates.ca};
    settings.security.tls = ClientSecurity::Tls::Required;
    settings.security.auth = ClientSecurity::Auth::Plain;
    settings.security.account = CramAccount;
    settings.security.password = CramPassword;
    const RetrievalRun run = runRetrieval(settings);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(peer.isTlsEstablished());
    QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error));
    QCOMPARE(run.meanings(), "250:Started"_ba);
    // The password stays out of the transcript.
    QVERIFY2(!run.transcript.contains("AHRpbQB0YW5zdGFhZnRhbnN0YWFm"), run.transcript.constData());
    QVERIFY2(run.transcript.contains("AUTH PLAIN [redacted]"), run.transcript.constData());
    QVERIFY2(run.transcript.contains("TLS established"), run.transcript.constData());
}

void TestEtrnRetrieval::authCramMd5BeforeEtrn()
{
    FakeSmtpPeer peer(R"(
        S: 220 provider.example ESMTP
        C: EHLO sluice.test.example
        S: 250-provider.example
        S: 250-ETRN
        S: 250 AUTH PLAIN CRAM-MD5
    )"_ba + CramExchange +
                      R"(
        C: ETRN example.com
        S: 252 OK, pending messages for node example.com started
    )"_ba + Quit);
    QVERIFY(peer.start());
    RetrievalSettings settings = retrievalSettings(Method::Etrn, peer.port(), {u"example.com"_s});
    settings.security.auth = ClientSecurity::Auth::Any;
    settings.security.account = CramAccount;
    settings.security.password = CramPassword;
    const RetrievalRun run = runRetrieval(settings);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error));
    QCOMPARE(run.meanings(), "252:Started"_ba);
}

void TestEtrnRetrieval::refusedAuthSendsNoEtrn()
{
    FakeSmtpPeer peer(R"(
        S: 220 provider.example ESMTP
        C: EHLO sluice.test.example
        S: 250-provider.example
        S: 250-ETRN
        S: 250 AUTH CRAM-MD5
        C: AUTH CRAM-MD5
        S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
        C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
        S: 535 5.7.8 Authentication credentials invalid
    )"_ba + Quit);
    QVERIFY(peer.start());
    RetrievalSettings settings = retrievalSettings(Method::Etrn, peer.port(), {u"example.com"_s});
    settings.security.auth = ClientSecurity::Auth::CramMd5;
    settings.security.account = CramAccount;
    settings.security.password = CramPassword;
    const RetrievalRun run = runRetrieval(settings);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!peer.receivedLineStartingWith("ETRN"));
    QVERIFY(!run.outcome.ok);
    QVERIFY2(run.outcome.error.contains(u"authentication with CRAM-MD5 failed: 535"_s),
             qPrintable(run.outcome.error));
    QVERIFY(run.outcome.replies.isEmpty());
    QCOMPARE(run.commandSentSignals, 0);
    QVERIFY(!run.outcome.commandSentAt.isValid());
}

void TestEtrnRetrieval::requiredTlsWithoutStartTls()
{
    FakeSmtpPeer peer(Opening + Quit);
    QVERIFY(peer.start());
    RetrievalSettings settings = retrievalSettings(Method::Etrn, peer.port(), {u"example.com"_s});
    settings.security.tls = ClientSecurity::Tls::Required;
    const RetrievalRun run = runRetrieval(settings);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!run.outcome.ok);
    QVERIFY2(run.outcome.error.contains(u"TLS required"_s), qPrintable(run.outcome.error));
}

void TestEtrnRetrieval::connectRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    const RetrievalRun run = runRetrieval(retrievalSettings(Method::Etrn, port, {u"example.com"_s}));
    QVERIFY(run.finished);
    QVERIFY(!run.outcome.ok);
    QVERIFY2(run.outcome.error.contains(u"cannot connect to 127.0.0.1:%1"_s.arg(port)),
             qPrintable(run.outcome.error));
    QVERIFY(run.outcome.replies.isEmpty());
    QVERIFY2(run.transcript.contains("retrieval failed"), run.transcript.constData());
}

void TestEtrnRetrieval::connectionLostMidway()
{
    FakeSmtpPeer peer(Opening + R"(
        C: ETRN a.example
        S: 250 Queuing started
        C: ETRN b.example
        X:
    )"_ba);
    QVERIFY(peer.start());
    const RetrievalRun run =
        runRetrieval(retrievalSettings(Method::Etrn, peer.port(), {u"a.example"_s, u"b.example"_s}));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!run.outcome.ok);
    QVERIFY2(run.outcome.error.contains(u"connection lost"_s), qPrintable(run.outcome.error));
    QVERIFY(!run.outcome.cancelled);
    // What was answered before the loss is kept.
    QCOMPARE(run.meanings(), "250:Started"_ba);
    QVERIFY(run.outcome.mailExpected);
    QCOMPARE(run.finishedSignals, 1);
}

void TestEtrnRetrieval::cancelWhileWaiting()
{
    FakeSmtpPeer peer(Opening + "C: ETRN a.example\nW: 5000\n"_ba);
    QVERIFY(peer.start());
    QElapsedTimer timer;
    timer.start();
    const RetrievalRun run =
        runRetrieval(retrievalSettings(Method::Etrn, peer.port(), {u"a.example"_s}), nullptr, 15000, 500);
    QVERIFY(run.finished);
    QVERIFY(timer.elapsed() < 4000);
    QCOMPARE(run.finishedSignals, 1);
    QVERIFY(!run.outcome.ok);
    QCOMPARE(run.outcome.error, u"cancelled"_s);
    QVERIFY(run.outcome.cancelled);
    QVERIFY2(run.transcript.contains("retrieval failed: cancelled"), run.transcript.constData());
    QTRY_VERIFY(peer.isDisconnected());
}

void TestEtrnRetrieval::noDomainsIsALocalError()
{
    FakeSmtpPeer peer(Opening + Quit);
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(retrievalSettings(Method::Etrn, peer.port(), {u"  "_s}));
    QVERIFY(run.finished);
    QVERIFY(!run.outcome.ok);
    QVERIFY2(run.outcome.error.contains(u"no domains"_s), qPrintable(run.outcome.error));
    QVERIFY(peer.receivedLines().isEmpty());
}

QTEST_GUILESS_MAIN(TestEtrnRetrieval)
#include "tst_etrnretrieval.moc"
