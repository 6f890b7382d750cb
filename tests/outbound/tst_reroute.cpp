// SPDX-License-Identifier: GPL-3.0-or-later
// The Routing page's reroute table in the engine: which row matches (most specific, "#" exact, label
// boundaries), what "Route to" means (a host directly, or a domain routed as its own mail is, MX
// included, against a real DNS server), and the RCPT decision it changes (RecipientPolicy).

#include "DnsmasqServer.h"
#include "outbound/RerouteTable.h"
#include "outbound/RouteResolver.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/SmtpAddress.h"

#include <QLoggingCategory>
#include <QTest>

#include <memory>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

OutboundConfig rerouting(const QList<RerouteRule> &rules, bool on = true)
{
    OutboundConfig config;
    config.reroute = on;
    config.reroutes = rules;
    return config;
}

QString describe(const std::optional<RouteResult> &result)
{
    if (!result)
        return u"DNS"_s;
    if (!result->ok())
        return u"fail %1"_s.arg(QString::fromLatin1(result->enhancedCode));
    QStringList hops;
    for (const NextHop &hop : result->hops)
        hops.append((hop.peerName.isEmpty() ? hop.host : hop.peerName) + u':' + QString::number(hop.port));
    return hops.join(u' ');
}

MailboxAddress address(const QByteArray &text)
{
    return parsePath(QByteArray("<" + text + ">"), PathKind::ForwardPath).mailbox;
}

} // namespace

class TestReroute : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matching_data();
    void matching();
    void offMeansNoEffect();
    void parseTarget_data();
    void parseTarget();
    void configuredRoutes_data();
    void configuredRoutes();
    void domainTargetUsesItsMx();
    void recipientPolicy_data();
    void recipientPolicy();

private:
    std::unique_ptr<DnsmasqServer> m_dns;
};

void TestReroute::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sluice.*.debug=false"_s);
    m_dns = std::make_unique<DnsmasqServer>(QStringList{
        u"--mx-host=target.test,mx.target.test,10"_s,
        u"--host-record=mx.target.test,127.0.0.41"_s,
        // The rerouted domain's own MX: never to be used while the row applies.
        u"--mx-host=routed.test,mx.routed.test,10"_s,
        u"--host-record=mx.routed.test,127.0.0.42"_s,
    });
    QString error;
    QVERIFY2(m_dns->start(u"target.test"_s, &error), qPrintable(error));
}

void TestReroute::matching_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected"); // the matching row's sentTo, or empty

    QTest::newRow("the domain itself") << u"example.com"_s << u"example.com"_s;
    QTest::newRow("a subdomain") << u"a.b.example.com"_s << u"example.com"_s;
    QTest::newRow("most specific wins") << u"x.sub.example.com"_s << u"sub.example.com"_s;
    QTest::newRow("exact row for its domain") << u"exact.org"_s << u"#exact.org"_s;
    QTest::newRow("exact row, not its subdomains") << u"mail.exact.org"_s << QString();
    QTest::newRow("exact beats the plain row of the same domain") << u"both.net"_s << u"#both.net"_s;
    QTest::newRow("plain row of the same domain covers its subdomains") << u"a.both.net"_s << u"both.net"_s;
    QTest::newRow("label boundary") << u"badexample.com"_s << QString();
    QTest::newRow("unlisted") << u"elsewhere.test"_s << QString();
}

void TestReroute::matching()
{
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    // Rows as the binder hands them over, in the table's order (sorted), some in upper case.
    const RerouteTable table(rerouting({{u"#both.net"_s, u"a.test"_s},
                                        {u"#Exact.org"_s, u"b.test"_s},
                                        {u"both.net"_s, u"c.test"_s},
                                        {u"example.com"_s, u"d.test"_s},
                                        {u"sub.example.com"_s, u"e.test:2525"_s}}));
    const RerouteRule *rule = table.match(domain);
    QCOMPARE(rule ? rule->sentTo : QString(), expected);
}

void TestReroute::offMeansNoEffect()
{
    const OutboundConfig off = rerouting({{u"example.com"_s, u"127.0.0.1:2525"_s}}, false);
    QVERIFY(RerouteTable(off).isEmpty());
    QVERIFY(!RerouteTable(off).match(u"example.com"_s));
    QCOMPARE(describe(RouteResolver::configuredRoute(off, u"example.com"_s)), u"DNS"_s);
    QCOMPARE(RouteResolver::routedDomain(off, u"example.com"_s), u"example.com"_s);
}

void TestReroute::parseTarget_data()
{
    QTest::addColumn<QString>("routeTo");
    QTest::addColumn<QString>("expected"); // "domain X" or "host H port P"

    QTest::newRow("domain") << u"Relay.Example.net"_s << u"domain relay.example.net"_s;
    QTest::newRow("host and port") << u"mx.example.net:2525"_s << u"host mx.example.net port 2525"_s;
    QTest::newRow("IPv4 address") << u"192.0.2.7"_s << u"host 192.0.2.7 port 25"_s;
    QTest::newRow("IPv4 and port") << u"192.0.2.7:26"_s << u"host 192.0.2.7 port 26"_s;
    QTest::newRow("bracketed IPv4") << u"[192.0.2.7]"_s << u"host 192.0.2.7 port 25"_s;
    QTest::newRow("bracketed IPv6 and port") << u"[2001:db8::1]:587"_s << u"host 2001:db8::1 port 587"_s;
    QTest::newRow("bare IPv6") << u"2001:db8::1"_s << u"host 2001:db8::1 port 25"_s;
}

void TestReroute::parseTarget()
{
    QFETCH(QString, routeTo);
    QFETCH(QString, expected);
    const RerouteTarget target = RerouteTable::parseTarget(routeTo);
    const QString got = target.hop ? u"host %1 port %2"_s.arg(target.hop->host).arg(target.hop->port)
                                   : u"domain "_s + target.domain;
    QCOMPARE(got, expected);
}

void TestReroute::configuredRoutes_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");

    QTest::newRow("host target, not the domain's own entry") << u"routed.test"_s << u"127.0.0.1:2600"_s;
    QTest::newRow("subdomain, most specific row") << u"deep.sub.routed.test"_s << u"127.0.0.2:2700"_s;
    QTest::newRow("domain target with a forward entry") << u"alias.test"_s << u"relay.fwd.test:2525"_s;
    QTest::newRow("domain target without one: its MX") << u"viamx.test"_s << u"DNS"_s;
    QTest::newRow("one step only, no loop") << u"loop-a.test"_s << u"DNS"_s;
    QTest::newRow("unlisted keeps its own entry") << u"own.test"_s << u"own.relay.test:25"_s;
}

void TestReroute::configuredRoutes()
{
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    OutboundConfig config = rerouting({{u"routed.test"_s, u"127.0.0.1:2600"_s},
                                       {u"sub.routed.test"_s, u"[127.0.0.2]:2700"_s},
                                       {u"alias.test"_s, u"fwd.test"_s},
                                       {u"viamx.test"_s, u"target.test"_s},
                                       {u"loop-a.test"_s, u"loop-b.test"_s},
                                       {u"loop-b.test"_s, u"loop-a.test"_s}});
    auto forward = [](const QString &domain, const QString &host, quint16 port) {
        DomainRoute route;
        route.domain = domain;
        route.kind = DomainRoute::Kind::Forward;
        route.host = host;
        route.port = port;
        return route;
    };
    config.domainRoutes = {forward(u"routed.test"_s, u"own.routed.test"_s, 25),
                           forward(u"fwd.test"_s, u"relay.fwd.test"_s, 2525),
                           forward(u"own.test"_s, u"own.relay.test"_s, 25)};
    QCOMPARE(describe(RouteResolver::configuredRoute(config, domain)), expected);
}

void TestReroute::domainTargetUsesItsMx()
{
    // "Route to" a domain: that domain's MX, looked up for real; the rerouted domain's own MX
    // (mx.routed.test) is not asked for.
    OutboundConfig config = rerouting({{u"routed.test"_s, u"target.test"_s}});
    config.dnsServer = m_dns->address();
    RouteResolver resolver;
    resolver.configure(config);
    std::optional<RouteResult> result;
    QObject context;
    resolver.resolve(u"www.routed.test"_s, &context, [&](const RouteResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    QCOMPARE(describe(result), u"mx.target.test:25"_s);
    QCOMPARE(result->hops.first().host, u"127.0.0.41"_s);

    // Off: the same domain goes to its own MX.
    config.reroute = false;
    resolver.configure(config);
    result.reset();
    resolver.resolve(u"routed.test"_s, &context, [&](const RouteResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    QCOMPARE(describe(result), u"mx.routed.test:25"_s);
}

void TestReroute::recipientPolicy_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::addColumn<bool>("reroute");
    QTest::addColumn<int>("expected");

    using Kind = RecipientDecision::Kind;
    QTest::newRow("routed domain, reroute on") << "a@routed.test"_ba << true << int(Kind::Remote);
    QTest::newRow("routed subdomain") << "a@x.routed.test"_ba << true << int(Kind::Remote);
    QTest::newRow("routed domain, reroute off") << "a@routed.test"_ba << false << int(Kind::RelayDenied);
    QTest::newRow("exact row, its domain") << "a@only.test"_ba << true << int(Kind::Remote);
    QTest::newRow("exact row, a subdomain") << "a@x.only.test"_ba << true << int(Kind::RelayDenied);
    QTest::newRow("unlisted: no open relay") << "a@other.test"_ba << true << int(Kind::RelayDenied);
    QTest::newRow("address literal") << "a@[192.0.2.1]"_ba << true << int(Kind::RelayDenied);
    QTest::newRow("local domain wins over its row") << "postmaster@local.test"_ba << true << int(Kind::Local);
}

void TestReroute::recipientPolicy()
{
    QFETCH(QByteArray, recipient);
    QFETCH(bool, reroute);
    QFETCH(int, expected);
    LocalDeliveryConfig local;
    local.localDomains = {u"local.test"_s};
    RecipientPolicy policy(local);
    policy.setReroutes(RerouteTable(rerouting({{u"routed.test"_s, u"127.0.0.1:2600"_s},
                                               {u"#only.test"_s, u"target.test"_s},
                                               {u"local.test"_s, u"target.test"_s}},
                                              reroute)));
    const MailboxAddress mailbox = address(recipient);
    QVERIFY(!mailbox.isEmpty());
    QCOMPARE(int(policy.decide(mailbox, false).kind), expected);
}

QTEST_GUILESS_MAIN(TestReroute)
#include "tst_reroute.moc"
