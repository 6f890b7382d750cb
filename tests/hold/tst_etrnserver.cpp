// SPDX-License-Identifier: GPL-3.0-or-later
// The ETRN server over real sockets against a real engine: mail for a held domain is accepted and
// held (never attempted), EHLO offers ETRN only when something can be held, every reply of RFC 1985
// and the issue, and a release that goes to the domain's configured route within a second, never
// to the connection that asked, while mail for other domains keeps flowing.

#include "FakeSmtpServer.h"
#include "SmtpTestHarness.h"

#include "hold/HoldConfig.h"
#include "queue/MessageQueue.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

/// Sends one message to recipients; true when it was queued.
bool submit(quint16 port, const QList<QByteArray> &recipients)
{
    SmtpTestClient client(port);
    QByteArray script =
        "S: 220\nC: EHLO submitter.example\nS: 250\nC: MAIL FROM:<sender@origin.example>\nS: 250\n";
    for (const QByteArray &recipient : recipients)
        script += "C: RCPT TO:<" + recipient + ">\nS: 250 2.1.5\n";
    script += "C: DATA\nS: 354\nR: Subject: held\\r\\n\\r\\nbody\\r\\n.\\r\\n\nS: 250 2.0.0 Ok: queued\nC: "
              "QUIT\nS: 221";
    const QStringList problems = client.run(script);
    if (!problems.isEmpty())
        qWarning().noquote() << problems.join(u'\n');
    return problems.isEmpty();
}

/// The first reply to EHLO, as its text lines.
QList<QByteArray> ehloLines(quint16 port)
{
    SmtpTestClient client(port);
    if (!client.readReply())
        return {};
    client.send("EHLO customer.example\r\n");
    const std::optional<SmtpReply> reply = client.readReply();
    return reply ? reply->lines : QList<QByteArray>();
}

DomainRoute forwardRoute(const QString &domain, quint16 port)
{
    DomainRoute route;
    route.domain = domain;
    route.kind = DomainRoute::Kind::Forward;
    route.host = u"127.0.0.1"_s;
    route.port = port;
    return route;
}

/// An engine that holds customer.example and sub.customer.example (routed to the fake route
/// server) and sends everything else to the fake smarthost.
TestEngine::Customise provider(quint16 smarthostPort, quint16 routePort,
                               const std::function<void(HoldConfig &)> &hold = {})
{
    return [=](EngineConfig &config) {
        config.smtp.transferMode = TransferMode::InboundAndOutbound;
        config.outbound.mode = OutboundConfig::Mode::Smarthost;
        config.outbound.smarthost = u"127.0.0.1"_s;
        config.outbound.smarthostPort = smarthostPort;
        config.outbound.domainRoutes = {forwardRoute(u"customer.example"_s, routePort),
                                        forwardRoute(u"sub.customer.example"_s, routePort)};
        config.hold.domains = {u"customer.example"_s, u"sub.customer.example"_s};
        if (hold)
            hold(config.hold);
    };
}

QList<QByteArray> receivedRecipients(const FakeSmtpServer &server)
{
    QList<QByteArray> all;
    for (const FakeSmtpServer::Received &message : server.received())
        all += message.recipients;
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace

class TestEtrnServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void notOfferedWithoutHeldDomains();
    void offeredWithHeldDomains();
    void replies_data();
    void replies();
    void heldMailIsReleasedToTheRouteOnly();
    void repeatedEtrnWhileDeliveringAnswers252();
    void subdomainAndNamedForms();
    void listedAccessRefusesOtherHosts();
    void authenticatedAccessRefusesAnonymousClients();
    void repeatedRequestsAreRateLimited();
    void holdTimeOutSendsAFailureReport();
    void mailNoLongerHeldGoesOut();

private:
    std::unique_ptr<FakeSmtpServer> m_smarthost;
    std::unique_ptr<FakeSmtpServer> m_route;
};

void TestEtrnServer::init()
{
    m_smarthost = std::make_unique<FakeSmtpServer>();
    m_route = std::make_unique<FakeSmtpServer>();
    QVERIFY(m_smarthost->listen());
    QVERIFY(m_route->listen());
}

void TestEtrnServer::notOfferedWithoutHeldDomains()
{
    TestEngine server([](EngineConfig &config) { config.hold.domains.clear(); });
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    const QList<QByteArray> lines = ehloLines(server.port());
    QVERIFY(lines.contains("PIPELINING"));
    QVERIFY(!lines.contains("ETRN"));
    SmtpTestClient client(server.port());
    const QStringList problems =
        client.run("S: 220\nC: EHLO c\nS: 250\nC: ETRN customer.example\nS: 502 5.5.1");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Disabled: not offered either, even with held domains.
    TestEngine disabled(
        provider(m_smarthost->port(), m_route->port(), [](HoldConfig &hold) { hold.etrnEnabled = false; }));
    QVERIFY(disabled.isRunning());
    QVERIFY(!ehloLines(disabled.port()).contains("ETRN"));
}

void TestEtrnServer::offeredWithHeldDomains()
{
    TestEngine server(provider(m_smarthost->port(), m_route->port()));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    QVERIFY(ehloLines(server.port()).contains("ETRN"));
}

void TestEtrnServer::replies_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("251 nothing waits") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: ETRN customer.example\nS: 251 2.0.0 OK, no messages waiting for node "
        "customer.example");
    QTest::newRow("459 unknown node") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: ETRN elsewhere.example\nS: 459 4.7.1 <elsewhere.example>");
    QTest::newRow("459 subdomain without its own entry")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: ETRN x.customer.example\nS: 459 4.7.1");
    QTest::newRow("501 no node") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: ETRN\nS: 501 5.5.4");
    QTest::newRow("501 bad node") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: ETRN cust_omer.example\nS: 501 5.5.4");
    QTest::newRow("501 two nodes") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: ETRN customer.example other.example\nS: 501 5.5.4");
    QTest::newRow("501 bare @") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: ETRN @\nS: 501 5.5.4");
    QTest::newRow("500 unknown verb")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: ETRNX customer.example\nS: 500 5.5.2");
    QTest::newRow("503 before EHLO") << QByteArray("S: 220\nC: ETRN customer.example\nS: 503 5.5.1");
    QTest::newRow("503 after HELO only")
        << QByteArray("S: 220\nC: HELO c\nS: 250\nC: ETRN customer.example\nS: 503 5.5.1");
    QTest::newRow("503 inside a transaction")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@origin.example>\nS: 250\nC: ETRN "
                      "customer.example\nS: 503 "
                      "5.5.1\nC: RSET\nS: 250\nC: ETRN customer.example\nS: 251");
}

void TestEtrnServer::replies()
{
    QFETCH(QByteArray, script);
    TestEngine server(provider(m_smarthost->port(), m_route->port()));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    SmtpTestClient client(server.port());
    const QStringList problems = client.run(script);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestEtrnServer::heldMailIsReleasedToTheRouteOnly()
{
    TestEngine server(provider(m_smarthost->port(), m_route->port()));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    QVERIFY(submit(server.port(), {"a@customer.example", "far@elsewhere.example"}));
    QVERIFY(submit(server.port(), {"b@customer.example"}));
    // Mail for other domains flows; held mail is never attempted.
    QTRY_COMPARE(receivedRecipients(*m_smarthost), QList<QByteArray>{"far@elsewhere.example"});
    QTest::qWait(1500);
    QCOMPARE(m_route->connections(), 0);
    QCOMPARE(server.engine().queueCounts().held, 2);
    QCOMPARE(server.engine().heldDomains().size(), 1);
    QCOMPARE(server.engine().heldDomains().first().messages, 2);

    SmtpTestClient client(server.port());
    QStringList problems = client.run("S: 220\nC: EHLO customer.example\nS: 250");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QElapsedTimer elapsed;
    elapsed.start();
    problems =
        client.run("C: ETRN customer.example\nS: 253 2.0.0 OK, 2 pending messages for node customer.example "
                   "started");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QTRY_VERIFY_WITH_TIMEOUT(m_route->connections() > 0, 1000); // the release starts within a second
    QTRY_COMPARE(receivedRecipients(*m_route),
                 (QList<QByteArray>{"a@customer.example", "b@customer.example"}));
    QTRY_COMPARE(server.engine().queueCounts().messages, 0);
    QCOMPARE(m_smarthost->received().size(), 1); // nothing held went to the smarthost
    // The asking connection got nothing but its reply, and is still an ordinary session.
    problems = client.run("C: NOOP\nS: 250 2.0.0 Ok\nC: ETRN customer.example\nS: 251");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(server.engine().heldDomains().isEmpty());
}

void TestEtrnServer::repeatedEtrnWhileDeliveringAnswers252()
{
    TestEngine server(provider(m_smarthost->port(), m_route->port()));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    QVERIFY(submit(server.port(), {"a@customer.example"}));
    m_route->setHoldDataReply(true); // the release stays in progress until release()
    SmtpTestClient client(server.port());
    QStringList problems =
        client.run("S: 220\nC: EHLO c\nS: 250\nC: ETRN customer.example\nS: 253 2.0.0 OK, 1 ");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QTRY_COMPARE(m_route->heldReplies(), 1);
    problems = client.run("C: ETRN customer.example\nS: 252 2.0.0");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    m_route->release();
    QTRY_COMPARE(server.engine().queueCounts().messages, 0);
    QCOMPARE(receivedRecipients(*m_route), QList<QByteArray>{"a@customer.example"});
    problems = client.run("C: ETRN customer.example\nS: 251");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestEtrnServer::subdomainAndNamedForms()
{
    TestEngine server(provider(m_smarthost->port(), m_route->port()));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    QVERIFY(submit(server.port(), {"a@customer.example", "b@sub.customer.example"}));
    QVERIFY(submit(server.port(), {"c@x.sub.customer.example"}));
    SmtpTestClient client(server.port());
    // "#name": only the entry of that name.
    QStringList problems =
        client.run("S: 220\nC: EHLO c\nS: 250\nC: ETRN #sub.customer.example\nS: 253 2.0.0 OK, 2 ");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QTRY_COMPARE(receivedRecipients(*m_route),
                 (QList<QByteArray>{"b@sub.customer.example", "c@x.sub.customer.example"}));
    QTRY_COMPARE(server.engine().queueCounts().held, 1);
    // "@domain": the domain and the entries below it.
    QVERIFY(submit(server.port(), {"d@sub.customer.example"}));
    QTRY_COMPARE(server.engine().queueCounts().messages, 2);
    problems = client.run(
        "C: ETRN @customer.example\nS: 253 2.0.0 OK, 2 pending messages for node customer.example");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QTRY_COMPARE(receivedRecipients(*m_route).size(), 4);
    QTRY_COMPARE(server.engine().queueCounts().messages, 0);
}

void TestEtrnServer::listedAccessRefusesOtherHosts()
{
    auto listed = [](const QStringList &hosts) {
        return [hosts](HoldConfig &hold) {
            hold.access = HoldConfig::EtrnAccess::Listed;
            NetworkList::parse(hosts, &hold.etrnHosts);
        };
    };
    {
        TestEngine server(provider(m_smarthost->port(), m_route->port(), listed({u"192.0.2.0/24"_s})));
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        QVERIFY(submit(server.port(), {"a@customer.example"}));
        SmtpTestClient client(server.port());
        // The same answer as for a node not held here: nothing is revealed.
        const QStringList problems = client.run(
            "S: 220\nC: EHLO c\nS: 250\nC: ETRN customer.example\nS: 459 4.7.1 <customer.example>: node "
            "not allowed");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QTest::qWait(300);
        QCOMPARE(m_route->connections(), 0);
        QCOMPARE(server.engine().queueCounts().held, 1);
    }
    TestEngine server(provider(m_smarthost->port(), m_route->port(), listed({u"127.0.0.1/32"_s})));
    QVERIFY(server.isRunning());
    SmtpTestClient client(server.port());
    const QStringList problems = client.run("S: 220\nC: EHLO c\nS: 250\nC: ETRN customer.example\nS: 251");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestEtrnServer::authenticatedAccessRefusesAnonymousClients()
{
    TestEngine server(provider(m_smarthost->port(), m_route->port(), [](HoldConfig &hold) {
        hold.access = HoldConfig::EtrnAccess::Authenticated;
    }));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    SmtpTestClient client(server.port());
    const QStringList problems =
        client.run("S: 220\nC: EHLO c\nS: 250\nC: ETRN customer.example\nS: 459 4.7.1");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestEtrnServer::repeatedRequestsAreRateLimited()
{
    TestEngine server(provider(m_smarthost->port(), m_route->port()));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    SmtpTestClient client(server.port());
    QByteArray script = "S: 220\nC: EHLO c\nS: 250\n";
    for (int i = 0; i < 5; ++i)
        script += "C: ETRN customer.example\nS: 251\n";
    script += "C: ETRN customer.example\nS: 458 4.7.0 Too many requests, try later\n";
    QStringList problems = client.run(script);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Per client address, not per connection: a new connection from the same address is limited too.
    SmtpTestClient second(server.port());
    problems = second.run("S: 220\nC: EHLO c\nS: 250\nC: ETRN customer.example\nS: 458 4.7.0");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestEtrnServer::holdTimeOutSendsAFailureReport()
{
    // A time-out of zero hours: whatever is held has waited too long at the next check.
    TestEngine server(
        provider(m_smarthost->port(), m_route->port(), [](HoldConfig &hold) { hold.timeoutHours = 0; }));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    QVERIFY(submit(server.port(), {"a@customer.example"}));
    QCOMPARE(server.engine().queueCounts().held, 1);
    QTest::qWait(20);
    server.engine().expireHeldMail();
    QCOMPARE(server.engine().queueCounts().held, 0);
    // The report goes to the sender (another domain: through the smarthost); the route never sees the mail.
    QTRY_COMPARE(m_smarthost->received().size(), 1);
    const FakeSmtpServer::Received report = m_smarthost->received().first();
    QCOMPARE(report.sender, QByteArray());
    QCOMPARE(report.recipients, QList<QByteArray>{"sender@origin.example"});
    QVERIFY(report.data.contains("Final-Recipient: rfc822; a@customer.example"));
    QVERIFY(report.data.contains("Action: failed"));
    QCOMPARE(m_route->connections(), 0);
}

void TestEtrnServer::mailNoLongerHeldGoesOut()
{
    TestEngine server(provider(m_smarthost->port(), m_route->port()));
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    QVERIFY(submit(server.port(), {"a@customer.example", "b@sub.customer.example"}));
    QTest::qWait(300);
    QCOMPARE(m_route->connections(), 0);
    // customer.example stops holding (sub.customer.example still holds): its mail goes to its route.
    EngineConfig config = server.config();
    config.smtp.listenPort = server.port();
    config.hold.domains = {u"sub.customer.example"_s};
    QString error;
    QVERIFY2(server.engine().applyConfig(config, &error), qPrintable(error));
    QTRY_COMPARE(receivedRecipients(*m_route), QList<QByteArray>{"a@customer.example"});
    QCOMPARE(server.engine().queueCounts().held, 1);
    QCOMPARE(server.engine().heldDomains().first().node, u"sub.customer.example"_s);
    // New mail for it is no longer held either.
    QVERIFY(submit(server.port(), {"c@customer.example"}));
    QTRY_COMPARE(receivedRecipients(*m_route).size(), 2);
}

QTEST_GUILESS_MAIN(TestEtrnServer)
#include "tst_etrnserver.moc"
