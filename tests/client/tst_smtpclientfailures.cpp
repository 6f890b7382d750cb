// SPDX-License-Identifier: GPL-3.0-or-later
// What the client does when the session goes wrong: refused greetings, 421, lost connections at every
// step and time-outs. Whatever was not answered is deferred; after the final dot it may be a duplicate.

#include "ClientRunner.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

namespace {

const QByteArray Greeting = "S: 220 mx.example ESMTP\nC: EHLO sluice.test.example\nS: 250 mx.example\n"_ba;
const QByteArray UpToData = Greeting + R"(
    C: MAIL FROM:<sender@example.org>
    S: 250 Ok
    C: RCPT TO:<a@example.net>
    S: 250 Ok
    C: RCPT TO:<b@example.net>
    S: 250 Ok
    C: DATA
)";

// Larger than what the loopback socket buffers of both sides can hold, so the client is still
// writing when a peer that stopped reading closes or goes quiet.
QByteArray bigContent()
{
    const QByteArray line = QByteArray(76, 'x') + "\r\n";
    return "Subject: big\r\n\r\n" + line.repeated(16 * 1024 * 1024 / line.size());
}

QList<OutboundMessage> twoMessages(bool big = false)
{
    return {makeMessage(1, "sender@example.org", {"a@example.net", "b@example.net"},
                        big ? bigContent() : simpleContent()),
            makeMessage(2, "sender@example.org", {"c@example.net"}, simpleContent())};
}

using TimeoutField = int ClientTimeouts::*;

} // namespace

class TestSmtpClientFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionFailure_data();
    void sessionFailure();
    void connectionRefused();
    void lmtpLostAfterSomeReplies();
    void abortDefersWhatIsUnanswered();
    void timeouts_data();
    void timeouts();
};

void TestSmtpClientFailures::sessionFailure_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<bool>("big");
    QTest::addColumn<QByteArray>("outcomes");
    QTest::addColumn<QString>("error");

    // Greetings: the delivery layer decides about other hosts, so even a 5xx only defers.
    QTest::newRow("greeting 554") << "S: 554 5.7.1 No service for you\nC: QUIT\nS: 221 Bye\n"_ba << false
                                  << "101:deferred:554 102:deferred:554 201:deferred:554"_ba
                                  << u"refused the session"_s;
    QTest::newRow("greeting 450") << "S: 450 4.3.2 Not now\nC: QUIT\nS: 221 Bye\n"_ba << false
                                  << "101:deferred:450 102:deferred:450 201:deferred:450"_ba
                                  << u"refused the session"_s;
    // 421: the server is closing; no QUIT (the script would flag it as an unexpected line).
    QTest::newRow("greeting 421") << "S: 421 4.3.2 Busy\n"_ba << false
                                  << "101:deferred:421 102:deferred:421 201:deferred:421"_ba
                                  << u"closed the session"_s;
    QTest::newRow("421 to EHLO") << "S: 220 mx\nC: EHLO sluice.test.example\nS: 421 4.4.5 Too many\n"_ba
                                 << false << "101:deferred:421 102:deferred:421 201:deferred:421"_ba
                                 << u"closed the session"_s;
    QTest::newRow("421 to RCPT") << Greeting + R"(
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 250 Ok
        C: RCPT TO:<b@example.net>
        S: 421 4.7.0 Going down)" << false
                                 << "101:deferred:421 102:deferred:421 201:deferred:421"_ba
                                 << u"closed the session"_s;
    QTest::newRow("421 to the final dot")
        << UpToData + "S: 354 go\nD:\nS: 421 4.3.0 Oops\n"
        << false << "101:deferred:421 102:deferred:421 201:deferred:421"_ba << u"closed the session"_s;
    QTest::newRow("malformed reply") << "S: 220 mx\nC: EHLO sluice.test.example\nS: hello there\n"_ba << false
                                     << "101:deferred:421 102:deferred:421 201:deferred:421"_ba
                                     << u"malformed reply"_s;

    // The connection lost at every step.
    QTest::newRow("lost after the greeting")
        << "S: 220 mx\nX:\n"_ba << false << "101:deferred:421 102:deferred:421 201:deferred:421"_ba
        << u"connection lost"_s;
    QTest::newRow("lost after EHLO") << "S: 220 mx\nC: EHLO sluice.test.example\nX:\n"_ba << false
                                     << "101:deferred:421 102:deferred:421 201:deferred:421"_ba
                                     << u"connection lost"_s;
    QTest::newRow("lost after MAIL") << Greeting + "C: MAIL FROM:<sender@example.org>\nX:\n"
                                     << false << "101:deferred:421 102:deferred:421 201:deferred:421"_ba
                                     << u"connection lost"_s;
    QTest::newRow("lost after RCPT") << Greeting + R"(
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 550 5.1.1 Unknown
        C: RCPT TO:<b@example.net>
        X:)" << false << "101:failed:550 102:deferred:421 201:deferred:421"_ba
                                     << u"connection lost"_s;
    QTest::newRow("lost after DATA") << UpToData + "X:\n"
                                     << false << "101:deferred:421 102:deferred:421 201:deferred:421"_ba
                                     << u"connection lost"_s;
    QTest::newRow("lost during the data")
        << UpToData + "S: 354 go\nH:\nW: 200\nX:\n"
        << true << "101:deferred:421 102:deferred:421 201:deferred:421"_ba << u"connection lost"_s;
    QTest::newRow("lost after the final dot")
        << UpToData + "S: 354 go\nD:\nX:\n"
        << false << "101:deferred:421:dup 102:deferred:421:dup 201:deferred:421"_ba << u"connection lost"_s;
}

void TestSmtpClientFailures::sessionFailure()
{
    QFETCH(QByteArray, script);
    QFETCH(bool, big);
    QFETCH(QByteArray, outcomes);
    QFETCH(QString, error);

    FakeSmtpPeer peer(script);
    QVERIFY(peer.start());
    const ClientRun run = runClient(clientConfig(peer.port()), twoMessages(big), 60000);
    QVERIFY2(run.finished, run.transcript.constData());
    QTRY_VERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(run.outcomes(), outcomes);
    QVERIFY(!run.ok);
    QVERIFY2(run.error.contains(error), qPrintable(run.error));
    QVERIFY2(run.transcript.contains(run.error.toUtf8()), run.transcript.constData());
    QCOMPARE(run.finishedSignals, 1);
    QVERIFY(!peer.receivedLineStartingWith("QUIT") || script.contains("C: QUIT"));
}

void TestSmtpClientFailures::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer unused;
        QVERIFY(unused.listen(QHostAddress(QHostAddress::LocalHost), 0));
        port = unused.serverPort();
    }
    const ClientRun run = runClient(clientConfig(port), twoMessages());
    QVERIFY(run.finished);
    QVERIFY(!run.ok);
    QVERIFY2(run.error.contains(u"cannot connect"_s), qPrintable(run.error));
    QCOMPARE(run.outcomes(), "101:deferred:421 102:deferred:421 201:deferred:421"_ba);
    QCOMPARE(run.recipient(101)->reply.enhancedCode, "4.4.1"_ba);
    QVERIFY(!run.recipient(101)->diagnostic.isEmpty());
}

// RFC 2033: the replies after the data come one per recipient; those that never came may still
// have been delivered.
void TestSmtpClientFailures::lmtpLostAfterSomeReplies()
{
    FakeSmtpPeer peer(R"(
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
        S: 354 go
        D:
        S: 250 2.0.0 a delivered
        X:)");
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.lmtp = true;
    const ClientRun run = runClient(config, twoMessages());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!run.ok);
    QCOMPARE(run.outcomes(), "101:delivered:250 102:deferred:421:dup 201:deferred:421"_ba);
    QCOMPARE(peer.dataSections(), QList<QByteArray>{"Subject: test\r\n\r\nHello\r\n.\r\n"_ba});
}

void TestSmtpClientFailures::abortDefersWhatIsUnanswered()
{
    FakeSmtpPeer peer(Greeting + R"(
        C: MAIL FROM:<sender@example.org>
        S: 250 Ok
        C: RCPT TO:<a@example.net>
        S: 550 5.1.1 Unknown
        C: RCPT TO:<b@example.net>
        W: 20000)");
    QVERIFY(peer.start());
    SmtpClientSession session(clientConfig(peer.port()));
    QList<MessageResult> results;
    connect(&session, &SmtpClientSession::messageFinished, this,
            [&results](const MessageResult &result) { results.append(result); });
    QSignalSpy finished(&session, &SmtpClientSession::finished);
    session.start(twoMessages());
    QTRY_VERIFY(peer.receivedLineStartingWith("RCPT TO:<b@"));
    session.abort();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].recipients[0].outcome, RecipientResult::Outcome::Failed);
    QCOMPARE(results[0].recipients[1].outcome, RecipientResult::Outcome::Deferred);
    QCOMPARE(results[0].recipients[1].reply.enhancedCode, "4.3.0"_ba);
    QCOMPARE(results[1].recipients[0].outcome, RecipientResult::Outcome::Deferred);
    QTRY_VERIFY(peer.isDisconnected());
}

void TestSmtpClientFailures::timeouts_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<TimeoutField>("field"); // the one time-out made short; the others stay long
    QTest::addColumn<bool>("big");
    QTest::addColumn<QByteArray>("outcomes");
    QTest::addColumn<QString>("error");

    const QByteArray allDeferred = "101:deferred:421 102:deferred:421 201:deferred:421"_ba;
    QTest::newRow("greeting") << "W: 20000\n"_ba << &ClientTimeouts::greeting << false << allDeferred
                              << u"waiting for greeting"_s;
    QTest::newRow("EHLO") << "S: 220 mx\nC: EHLO sluice.test.example\nW: 20000\n"_ba
                          << &ClientTimeouts::command << false << allDeferred << u"reply to EHLO"_s;
    QTest::newRow("MAIL") << Greeting + "C: MAIL FROM:<sender@example.org>\nW: 20000\n"
                          << &ClientTimeouts::command << false << allDeferred << u"reply to MAIL"_s;
    QTest::newRow("RCPT") << Greeting +
                                 "C: MAIL FROM:<sender@example.org>\nS: 250 Ok\nC: RCPT TO:<a@example.net>\n"
                                 "W: 20000\n"
                          << &ClientTimeouts::command << false << allDeferred << u"reply to RCPT"_s;
    QTest::newRow("DATA") << UpToData + "W: 20000\n"
                          << &ClientTimeouts::dataInitiation << false << allDeferred << u"reply to DATA"_s;
    QTest::newRow("data block") << UpToData + "S: 354 go\nH:\nW: 20000\n"
                                << &ClientTimeouts::dataBlock << true << allDeferred
                                << u"took no message data"_s;
    // The server may have the message: a time-out after the dot is as uncertain as a loss.
    QTest::newRow("end of data") << UpToData + "S: 354 go\nD:\nW: 20000\n"
                                 << &ClientTimeouts::dataTermination << false
                                 << "101:deferred:421:dup 102:deferred:421:dup 201:deferred:421"_ba
                                 << u"waiting for end of data"_s;
}

void TestSmtpClientFailures::timeouts()
{
    QFETCH(QByteArray, script);
    QFETCH(TimeoutField, field);
    QFETCH(bool, big);
    QFETCH(QByteArray, outcomes);
    QFETCH(QString, error);

    FakeSmtpPeer peer(script);
    QVERIFY(peer.start());
    SmtpClientConfig config = clientConfig(peer.port());
    config.timeouts = {60000, 60000, 60000, 60000, 60000, 60000};
    config.timeouts.*field = 300;
    const ClientRun run = runClient(config, twoMessages(big), 90000);
    QVERIFY2(run.finished, run.transcript.constData());
    QCOMPARE(run.outcomes(), outcomes);
    QVERIFY(!run.ok);
    QVERIFY2(run.error.contains(error), qPrintable(run.error));
    QCOMPARE(run.recipient(201)->reply.enhancedCode, "4.4.2"_ba);
    // Long before the peer's 20 s wait or the other 60 s time-outs: this time-out decided.
    QVERIFY2(run.elapsedMs < 15000, QByteArray::number(run.elapsedMs).constData());
    QVERIFY2(peer.mismatches().isEmpty(), peer.report().constData());
}

QTEST_GUILESS_MAIN(TestSmtpClientFailures)
#include "tst_smtpclientfailures.moc"
