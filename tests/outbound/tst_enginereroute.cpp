// SPDX-License-Identifier: GPL-3.0-or-later
// Rerouting end to end: a client that may not relay sends to a routed domain over a real socket; the
// engine accepts it only while routing.reroute is on, and delivers it to the "Route to" host (a fake
// SMTP server on a loopback port) rather than to the domain's own route.

#include "FakeSmtpServer.h"

#include "core/Engine.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

/// Relaying is allowed only from a network the test never connects from: 127.0.0.1 is a stranger.
EngineConfig strangerConfig(const QString &dataDir)
{
    EngineConfig config;
    config.smtp.hostName = u"mx.test.example"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    NetworkList::parse({u"192.0.2.0/24"_s}, &config.smtp.relayNetworks);
    config.local.localDomains = {u"test.example"_s};
    config.local.mailRoot = dataDir + u"/mail"_s;
    config.outbound.dnsServer = QHostAddress(u"127.0.0.1"_s); // nothing answers: no MX is found
    config.outbound.retryHours = {0.001};
    return config;
}

DomainRoute forwardTo(const QString &domain, quint16 port)
{
    DomainRoute route;
    route.domain = domain;
    route.kind = DomainRoute::Kind::Forward;
    route.host = u"127.0.0.1"_s;
    route.port = port;
    return route;
}

/// Sends one message to recipient; returns the server's reply to RCPT TO (its first line).
QByteArray send(quint16 port, const QByteArray &recipient)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return "no connection";
    client.write("EHLO stranger.example\r\nMAIL FROM:<a@stranger.example>\r\n");
    QByteArray replies;
    auto waitFor = [&](const QByteArray &text) {
        return QTest::qWaitFor(
            [&] {
                replies += client.readAll();
                return replies.contains(text);
            },
            5000);
    };
    if (!waitFor("250 2.1.0"))
        return "MAIL refused: " + replies;
    replies.clear();
    client.write("RCPT TO:<" + recipient + ">\r\n");
    if (!waitFor("\r\n"))
        return "no reply";
    const QByteArray rcptReply = replies.left(replies.indexOf("\r\n"));
    replies.clear();
    if (rcptReply.startsWith("250"))
        client.write("DATA\r\nSubject: routed\r\n\r\nbody\r\n.\r\n");
    client.write("QUIT\r\n");
    if (!waitFor("221 "))
        return "no QUIT reply: " + replies;
    if (rcptReply.startsWith("250") && !replies.contains("250 2.0.0 Ok: queued"))
        return "not queued: " + replies;
    return rcptReply;
}

} // namespace

class TestEngineReroute : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void routedDomainIsAcceptedAndGoesToTheRouteTo();
    void offRefusesTheSameRecipient();
    void mostSpecificRowWins();
    void exactRowDoesNotCoverSubdomains();
};

void TestEngineReroute::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sluice.*.debug=false"_s);
}

void TestEngineReroute::routedDomainIsAcceptedAndGoesToTheRouteTo()
{
    QTemporaryDir dir;
    FakeSmtpServer routeTo;
    FakeSmtpServer ownRoute; // the domain's own E-Mail Domain forward entry: must stay unused
    QVERIFY(routeTo.listen());
    QVERIFY(ownRoute.listen());
    EngineConfig config = strangerConfig(dir.path());
    config.outbound.domainRoutes = {forwardTo(u"routed.example"_s, ownRoute.port())};
    config.outbound.reroute = true;
    config.outbound.reroutes = {{u"routed.example"_s, u"127.0.0.1:"_s + QString::number(routeTo.port())}};
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, config, &error), qPrintable(error));

    // Not a relay for everything: an unlisted domain is still refused.
    QCOMPARE(send(engine.smtpPort(), "x@unlisted.example").left(3), "554"_ba);
    QCOMPARE(send(engine.smtpPort(), "user@routed.example").left(3), "250"_ba);
    QTRY_COMPARE(routeTo.received().size(), 1);
    // The envelope is not rewritten.
    QCOMPARE(routeTo.received().first().recipients, QList<QByteArray>{"user@routed.example"});
    QVERIFY(routeTo.received().first().data.contains("Subject: routed"));
    QTRY_COMPARE(engine.queueCounts().messages, 0);
    QCOMPARE(ownRoute.connections(), 0);
}

void TestEngineReroute::offRefusesTheSameRecipient()
{
    QTemporaryDir dir;
    FakeSmtpServer routeTo;
    QVERIFY(routeTo.listen());
    EngineConfig config = strangerConfig(dir.path());
    config.outbound.reroute = false; // the table is there, but not in force
    config.outbound.reroutes = {{u"routed.example"_s, u"127.0.0.1:"_s + QString::number(routeTo.port())}};
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, config, &error), qPrintable(error));
    QCOMPARE(send(engine.smtpPort(), "user@routed.example").left(3), "554"_ba);

    // Turned on without a restart: the next session is accepted and its mail goes to the route.
    config.smtp.listenPort = engine.smtpPort();
    config.outbound.reroute = true;
    QVERIFY2(engine.applyConfig(config, &error), qPrintable(error));
    QCOMPARE(send(engine.smtpPort(), "user@routed.example").left(3), "250"_ba);
    QTRY_COMPARE(routeTo.received().size(), 1);
    QTRY_COMPARE(engine.queueCounts().messages, 0);
}

void TestEngineReroute::mostSpecificRowWins()
{
    QTemporaryDir dir;
    FakeSmtpServer parent;
    FakeSmtpServer child;
    QVERIFY(parent.listen());
    QVERIFY(child.listen());
    EngineConfig config = strangerConfig(dir.path());
    config.outbound.reroute = true;
    config.outbound.reroutes = {{u"example.org"_s, u"127.0.0.1:"_s + QString::number(parent.port())},
                                {u"sub.example.org"_s, u"[127.0.0.1]:"_s + QString::number(child.port())}};
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, config, &error), qPrintable(error));
    QCOMPARE(send(engine.smtpPort(), "a@deep.sub.example.org").left(3), "250"_ba);
    QTRY_COMPARE(child.received().size(), 1);
    QCOMPARE(child.received().first().recipients, QList<QByteArray>{"a@deep.sub.example.org"});
    QCOMPARE(send(engine.smtpPort(), "b@other.example.org").left(3), "250"_ba);
    QTRY_COMPARE(parent.received().size(), 1);
    QCOMPARE(parent.received().first().recipients, QList<QByteArray>{"b@other.example.org"});
    QCOMPARE(child.received().size(), 1);
}

void TestEngineReroute::exactRowDoesNotCoverSubdomains()
{
    QTemporaryDir dir;
    FakeSmtpServer routeTo;
    QVERIFY(routeTo.listen());
    EngineConfig config = strangerConfig(dir.path());
    config.outbound.reroute = true;
    config.outbound.reroutes = {{u"#exact.example"_s, u"127.0.0.1:"_s + QString::number(routeTo.port())}};
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, config, &error), qPrintable(error));
    QCOMPARE(send(engine.smtpPort(), "a@mail.exact.example").left(3), "554"_ba);
    QCOMPARE(send(engine.smtpPort(), "a@exact.example").left(3), "250"_ba);
    QTRY_COMPARE(routeTo.received().size(), 1);
    QCOMPARE(routeTo.received().first().recipients, QList<QByteArray>{"a@exact.example"});
}

QTEST_GUILESS_MAIN(TestEngineReroute)
#include "tst_enginereroute.moc"
