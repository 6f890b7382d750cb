// SPDX-License-Identifier: GPL-3.0-or-later
// TURN (RFC 821) with a real engine as the office: after AUTH, TURN and 250 the roles reverse on the
// same connection, the provider delivers held mail to the office's Maildir, and the outcome counts
// it; refusals; and no AUTH where none is configured.

#include "RetrievalRunner.h"

#include "smtp/SmtpServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

using Method = RetrievalSettings::Method;

namespace {

const QByteArray OpeningWithAuth = R"(
    S: 220 provider.example ESMTP
    C: EHLO sluice.test.example
    S: 250-provider.example
    S: 250 AUTH CRAM-MD5 PLAIN
)"_ba;

// The provider as a client once the roles are reversed: it waits for our greeting, then says EHLO.
const QByteArray ProviderHello = R"(
    A: 220 mx.test.example ESMTP
    S: EHLO provider.example
    A: 250 ENHANCEDSTATUSCODES
)"_ba;

const QByteArray ProviderQuits = "S: QUIT\nA: 221\n"_ba;

RetrievalSettings turnWithAuth(quint16 port)
{
    RetrievalSettings settings = retrievalSettings(Method::Turn, port, {u"@test.example"_s});
    settings.security.auth = ClientSecurity::Auth::Any;
    settings.security.account = CramAccount;
    settings.security.password = CramPassword;
    return settings;
}

} // namespace

class TestTurnRetrieval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void turnAfterAuthReversesAndDeliversToTheMaildir();
    void turnRefused_data();
    void turnRefused();
    void turnWithoutAuthConfiguredSendsNoAuth();
    void providerHangingUpEndsTheReversedSession();
    void turnNeedsALocalServer();
};

void TestTurnRetrieval::turnAfterAuthReversesAndDeliversToTheMaildir()
{
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    QSignalSpy accepted(office.server(), &SmtpServer::messageAccepted);
    QSignalSpy traffic(office.server(), &SmtpServer::trafficSeen);
    QSignalSpy reversedFinished(office.server(), &SmtpServer::reversedSessionFinished);

    FakeSmtpPeer peer(OpeningWithAuth + CramExchange + R"(
        C: TURN
        S: 250 OK, now reversing roles
    )"_ba + ProviderHello +
                      providerDelivers("first") + providerDelivers("second") + ProviderQuits);
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(turnWithAuth(peer.port()), office.server());
    QVERIFY(run.finished);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(run.finishedSignals, 1);
    QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error));
    QCOMPARE(run.outcome.method, Method::Turn);
    QCOMPARE(run.meanings(), "250:Started"_ba);
    QVERIFY(run.outcome.mailExpected);
    QVERIFY(run.outcome.reversed);
    QCOMPARE(run.outcome.messagesReceived, 2);
    QVERIFY(run.outcome.bytesReceived > 2 * qsizetype(sizeof("Held at the provider until now.")));
    QCOMPARE(run.commandSentSignals, 1);
    QCOMPARE(run.rolesReversedSignals, 1);
    QVERIFY2(run.transcript.contains("roles reversed"), run.transcript.constData());
    QVERIFY2(run.transcript.contains("2 message(s) received"), run.transcript.constData());

    // The server's own account of it, for the link cycle's counters and idle time-out.
    QCOMPARE(accepted.size(), 2);
    QCOMPARE(accepted.at(0).at(1).toBool(), true);
    QVERIFY(traffic.size() >= 1);
    QCOMPARE(reversedFinished.size(), 1);
    QCOMPARE(reversedFinished.at(0).at(1).toInt(), 2);
    QCOMPARE(reversedFinished.at(0).at(2).toLongLong(), run.outcome.bytesReceived);

    // Both land in the Maildir, with our Received: header naming the provider's EHLO.
    QTRY_COMPARE(office.delivered().size(), 2);
    const QByteArray both = office.delivered().join("\n--\n");
    QVERIFY2(both.contains("Subject: first") && both.contains("Subject: second"), both.constData());
    QVERIFY2(both.contains("from provider.example"), both.constData());
    QTRY_COMPARE(office.server()->sessionCount(), 0);
}

void TestTurnRetrieval::turnRefused_data()
{
    QTest::addColumn<QByteArray>("replyLine");
    QTest::addColumn<QByteArray>("meaning");
    QTest::newRow("502 not supported") << "502 5.5.1 Command not implemented"_ba
                                       << "502:NotSupported"_ba;
    QTest::newRow("530 refused") << "530 5.7.0 Authentication required"_ba
                                 << "530:Refused"_ba;
}

void TestTurnRetrieval::turnRefused()
{
    QFETCH(QByteArray, replyLine);
    QFETCH(QByteArray, meaning);
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    FakeSmtpPeer peer(OpeningWithAuth + CramExchange + "C: TURN\nS: " + replyLine +
                      "\nC: QUIT\nS: 221 Bye\n");
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(turnWithAuth(peer.port()), office.server());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error)); // answered
    QCOMPARE(run.meanings(), meaning);
    QVERIFY(!run.outcome.mailExpected);
    QVERIFY(!run.outcome.reversed);
    QCOMPARE(run.rolesReversedSignals, 0);
    QCOMPARE(run.outcome.messagesReceived, 0);
}

void TestTurnRetrieval::turnWithoutAuthConfiguredSendsNoAuth()
{
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    // The provider offers AUTH, but none is configured: TURN follows EHLO directly.
    FakeSmtpPeer peer(OpeningWithAuth + R"(
        C: TURN
        S: 250 OK
    )"_ba + ProviderHello +
                      providerDelivers("only") + ProviderQuits);
    QVERIFY(peer.start());
    const RetrievalRun run =
        runRetrieval(retrievalSettings(Method::Turn, peer.port(), {u"test.example"_s}), office.server());
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(!peer.receivedLineStartingWith("AUTH"));
    QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error));
    QVERIFY(run.outcome.reversed);
    QCOMPARE(run.outcome.messagesReceived, 1);
    QTRY_COMPARE(office.delivered().size(), 1);
}

void TestTurnRetrieval::providerHangingUpEndsTheReversedSession()
{
    Office office;
    QString error;
    QVERIFY2(office.start(&error), qPrintable(error));
    FakeSmtpPeer peer(OpeningWithAuth + "C: TURN\nS: 250 OK\n"_ba + ProviderHello + providerDelivers("kept") +
                      R"(
        S: MAIL FROM:<sender@far.example>
        A: 250
        X:
    )"_ba);
    QVERIFY(peer.start());
    const RetrievalRun run =
        runRetrieval(retrievalSettings(Method::Turn, peer.port(), {u"test.example"_s}), office.server());
    QVERIFY(run.finished);
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(run.outcome.ok);
    QVERIFY(run.outcome.reversed);
    QCOMPARE(run.outcome.messagesReceived, 1); // the one acknowledged before the hang-up
    QTRY_COMPARE(office.delivered().size(), 1);
}

void TestTurnRetrieval::turnNeedsALocalServer()
{
    FakeSmtpPeer peer(OpeningWithAuth + "C: QUIT\nS: 221 Bye\n"_ba);
    QVERIFY(peer.start());
    const RetrievalRun run = runRetrieval(retrievalSettings(Method::Turn, peer.port()), nullptr);
    QVERIFY(run.finished);
    QVERIFY(!run.outcome.ok);
    QVERIFY2(run.outcome.error.contains(u"no local SMTP server"_s), qPrintable(run.outcome.error));
    QVERIFY(peer.receivedLines().isEmpty()); // decided before connecting
}

QTEST_GUILESS_MAIN(TestTurnRetrieval)
#include "tst_turnretrieval.moc"
