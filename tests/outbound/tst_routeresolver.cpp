// SPDX-License-Identifier: GPL-3.0-or-later
// Routing: E-Mail Domain overrides, the smarthost, and MX lookups against a real DNS server
// (dnsmasq on a private loopback address).

#include "DnsmasqServer.h"
#include "outbound/MxLookup.h"
#include "outbound/RouteResolver.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

DomainRoute forward(const QString &domain, const QString &host, quint16 port = 25)
{
    DomainRoute route;
    route.domain = domain;
    route.kind = DomainRoute::Kind::Forward;
    route.host = host;
    route.port = port;
    return route;
}

QString describe(const std::optional<RouteResult> &result)
{
    if (!result)
        return u"DNS"_s;
    if (!result->ok())
        return u"fail %1 %2"_s.arg(result->permanent ? u"permanent"_s : u"temporary"_s,
                                   QString::fromLatin1(result->enhancedCode));
    QStringList hops;
    for (const NextHop &hop : result->hops) {
        // Resolved through the configured server: an address, with the name for TLS beside it.
        if (!hop.peerName.isEmpty() && QHostAddress(hop.host).isNull())
            return u"unresolved %1"_s.arg(hop.host);
        hops.append((hop.peerName.isEmpty() ? hop.host : hop.peerName) + u':' + QString::number(hop.port));
    }
    return hops.join(u' ');
}

} // namespace

class TestRouteResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void configuredRoutes_data();
    void configuredRoutes();
    void securityComesWithTheRoute();
    void resolveIsAsynchronous();
    void orderByPreference();
    void dns_data();
    void dns();
    void dnsRouteKeepsItsSecurity();
    void equalPreferencesAreShuffled();
    void abortedLookupsDoNotCallBack();

private:
    RouteResult resolveNow(const OutboundConfig &config, const QString &domain);

    std::unique_ptr<DnsmasqServer> m_dns;
};

void TestRouteResolver::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sluice.*.debug=false"_s);
    m_dns = std::make_unique<DnsmasqServer>(QStringList{
        // dnsmasq answers with these in reverse order: the resolver must sort.
        u"--mx-host=two.test,mx1.two.test,10"_s,
        u"--mx-host=two.test,mx2.two.test,20"_s,
        u"--mx-host=equal.test,a.equal.test,10"_s,
        u"--mx-host=equal.test,b.equal.test,10"_s,
        u"--mx-host=equal.test,first.equal.test,5"_s,
        // The exchangers' addresses: with a configured DNS server they are resolved there too.
        u"--host-record=mx1.two.test,127.0.0.11"_s,
        u"--host-record=mx2.two.test,127.0.0.12"_s,
        u"--host-record=a.equal.test,127.0.0.21"_s,
        u"--host-record=b.equal.test,127.0.0.22"_s,
        u"--host-record=first.equal.test,127.0.0.23"_s,
        // RFC 7505 null MX: preference 0, target "." (the root).
        u"--mx-host=nullmx.test,.,0"_s,
        // The same as a raw record: MX (type 15), preference 0x0000, root name 0x00.
        u"--dns-rr=rawnullmx.test,15,000000"_s,
        u"--host-record=nomx.test,127.0.0.1"_s,
        u"--host-record=v6only.test,::1"_s,
    });
    QString error;
    QVERIFY2(m_dns->start(u"two.test"_s, &error), qPrintable(error));
}

void TestRouteResolver::configuredRoutes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QList<DomainRoute>>("routes");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected");

    const QList<DomainRoute> routes{forward(u"example.com"_s, u"relay.example.net"_s, 2525),
                                    forward(u"sales.example.com"_s, u"sales-gw.example.net"_s),
                                    forward(u"EXAMPLE.ORG"_s, u"org-gw.example.net"_s)};
    DomainRoute dnsForSub;
    dnsForSub.domain = u"direct.example.com"_s;
    dnsForSub.kind = DomainRoute::Kind::Dns;
    const int dns = int(OutboundConfig::Mode::Dns);
    const int smarthost = int(OutboundConfig::Mode::Smarthost);

    QTest::newRow("exact domain") << dns << routes << u"example.com"_s << u"relay.example.net:2525"_s;
    QTest::newRow("parent domain") << dns << routes << u"mx.eu.example.com"_s << u"relay.example.net:2525"_s;
    QTest::newRow("most specific wins")
        << dns << routes << u"sales.example.com"_s << u"sales-gw.example.net:25"_s;
    QTest::newRow("most specific wins for a child")
        << dns << routes << u"eu.sales.example.com"_s << u"sales-gw.example.net:25"_s;
    QTest::newRow("only at a label boundary") << dns << routes << u"badexample.com"_s << u"DNS"_s;
    QTest::newRow("entry case does not matter")
        << dns << routes << u"example.org"_s << u"org-gw.example.net:25"_s;
    QTest::newRow("no entry: DNS") << dns << routes << u"elsewhere.test"_s << u"DNS"_s;
    QTest::newRow("no entry: smarthost")
        << smarthost << routes << u"elsewhere.test"_s << u"smart.example.net:587"_s;
    QTest::newRow("entry beats smarthost")
        << smarthost << routes << u"example.com"_s << u"relay.example.net:2525"_s;
    QTest::newRow("address literal") << dns << routes << u"[192.0.2.1]"_s << u"192.0.2.1:25"_s;
    QTest::newRow("IPv6 address literal") << dns << routes << u"[ipv6:2001:db8::1]"_s << u"2001:db8::1:25"_s;
    QTest::newRow("smarthost takes literals too")
        << smarthost << routes << u"[192.0.2.1]"_s << u"smart.example.net:587"_s;
    QTest::newRow("DNS entry beats smarthost")
        << smarthost << (QList<DomainRoute>(routes) << dnsForSub) << u"a.direct.example.com"_s << u"DNS"_s;
    QTest::newRow("DNS entry beats a parent's forward")
        << dns << (QList<DomainRoute>(routes) << dnsForSub) << u"direct.example.com"_s << u"DNS"_s;
}

void TestRouteResolver::configuredRoutes()
{
    QFETCH(int, mode);
    QFETCH(QList<DomainRoute>, routes);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    OutboundConfig config;
    config.mode = OutboundConfig::Mode(mode);
    config.smarthost = u"smart.example.net"_s;
    config.smarthostPort = 587;
    config.domainRoutes = routes;
    QCOMPARE(describe(RouteResolver::configuredRoute(config, domain)), expected);
    // Through the asynchronous API as well, for the rows that need no DNS.
    if (expected != "DNS"_L1)
        QCOMPARE(describe(resolveNow(config, domain)), expected);
}

void TestRouteResolver::securityComesWithTheRoute()
{
    OutboundConfig config;
    config.mode = OutboundConfig::Mode::Smarthost;
    config.smarthost = u"smart.example.net"_s;
    config.smarthostSecurity.tls = ClientSecurity::Tls::Required;
    config.smarthostSecurity.account = u"alice"_s;
    DomainRoute route = forward(u"example.com"_s, u"relay.example.net"_s);
    route.security.auth = ClientSecurity::Auth::CramMd5;
    config.domainRoutes = {route};

    const RouteResult smart = resolveNow(config, u"other.test"_s);
    QCOMPARE(smart.hops.size(), 1);
    QCOMPARE(smart.hops.first().security.tls, ClientSecurity::Tls::Required);
    QCOMPARE(smart.hops.first().security.account, u"alice"_s);
    const RouteResult forwarded = resolveNow(config, u"example.com"_s);
    QCOMPARE(forwarded.hops.first().security.auth, ClientSecurity::Auth::CramMd5);
    QCOMPARE(forwarded.hops.first().security.tls, ClientSecurity::Tls::Opportunistic);
    QVERIFY(smart.key() != forwarded.key());

    config.smarthost.clear();
    const RouteResult missing = resolveNow(config, u"other.test"_s);
    QVERIFY(!missing.ok());
    QVERIFY(!missing.permanent); // fixed by the admin, then retried: never bounced
}

void TestRouteResolver::resolveIsAsynchronous()
{
    OutboundConfig config;
    config.mode = OutboundConfig::Mode::Smarthost;
    config.smarthost = u"smart.example.net"_s;
    RouteResolver resolver;
    resolver.configure(config);
    bool called = false;
    QObject context;
    resolver.resolve(u"x.test"_s, &context, [&](const RouteResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    called = false;
    auto gone = std::make_unique<QObject>();
    resolver.resolve(u"x.test"_s, gone.get(), [&](const RouteResult &) { called = true; });
    gone.reset();
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestRouteResolver::orderByPreference()
{
    QSet<QString> orders;
    for (int i = 0; i < 50; ++i) {
        const QStringList hosts =
            MxLookup::orderByPreference({{20, u"c"_s}, {10, u"a"_s}, {10, u"b"_s}, {5, u"z"_s}});
        QCOMPARE(hosts.size(), 4);
        QCOMPARE(hosts.first(), u"z"_s);
        QCOMPARE(hosts.last(), u"c"_s);
        orders.insert(hosts.join(u','));
    }
    QCOMPARE(orders, (QSet<QString>{u"z,a,b,c"_s, u"z,b,a,c"_s}));
}

RouteResult TestRouteResolver::resolveNow(const OutboundConfig &config, const QString &domain)
{
    RouteResolver resolver;
    resolver.configure(config);
    std::optional<RouteResult> result;
    QObject context;
    resolver.resolve(domain, &context, [&](const RouteResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return RouteResult::failure(false, "timeout", u"the test waited in vain"_s);
    return *result;
}

void TestRouteResolver::dns_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("silentServer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("MX by preference") << u"two.test"_s << false << u"mx1.two.test:25 mx2.two.test:25"_s;
    QTest::newRow("no MX: the domain itself") << u"nomx.test"_s << false << u"nomx.test:25"_s;
    QTest::newRow("no MX, IPv6 only") << u"v6only.test"_s << false << u"v6only.test:25"_s;
    QTest::newRow("NXDOMAIN: permanent") << u"missing.test"_s << false << u"fail permanent 5.1.2"_s;
    QTest::newRow("null MX: permanent") << u"nullmx.test"_s << false << u"fail permanent 5.1.10"_s;
    QTest::newRow("null MX as raw record") << u"rawnullmx.test"_s << false << u"fail permanent 5.1.10"_s;
    QTest::newRow("server unreachable: temporary") << u"two.test"_s << true << u"fail temporary 4.4.3"_s;
}

void TestRouteResolver::dns()
{
    QFETCH(QString, domain);
    QFETCH(bool, silentServer);
    QFETCH(QString, expected);
    OutboundConfig config;
    config.dnsServer = silentServer ? m_dns->silentAddress() : m_dns->address();
    const RouteResult result = resolveNow(config, domain);
    QCOMPARE(describe(result), expected);
    if (!result.ok())
        QVERIFY(!result.text.isEmpty());
    // With a DNS server configured, the exchangers are resolved through it as well (the system resolver
    // would not know this zone): every hop is an address, with the name kept for TLS.
    for (const NextHop &hop : result.hops) {
        QVERIFY2(!QHostAddress(hop.host).isNull(), qPrintable(hop.host));
        QVERIFY(!hop.peerName.isEmpty());
    }
}

void TestRouteResolver::dnsRouteKeepsItsSecurity()
{
    OutboundConfig config;
    config.dnsServer = m_dns->address();
    config.mode = OutboundConfig::Mode::Smarthost;
    config.smarthost = u"smart.example.net"_s;
    DomainRoute route;
    route.domain = u"test"_s;
    route.kind = DomainRoute::Kind::Dns;
    route.security.tls = ClientSecurity::Tls::Required;
    config.domainRoutes = {route};
    const RouteResult result = resolveNow(config, u"two.test"_s);
    QCOMPARE(describe(result), u"mx1.two.test:25 mx2.two.test:25"_s);
    for (const NextHop &hop : result.hops)
        QCOMPARE(hop.security.tls, ClientSecurity::Tls::Required);
}

void TestRouteResolver::equalPreferencesAreShuffled()
{
    OutboundConfig config;
    config.dnsServer = m_dns->address();
    QSet<QString> orders;
    for (int i = 0; i < 50; ++i) {
        const RouteResult result = resolveNow(config, u"equal.test"_s);
        QCOMPARE(result.hops.size(), 3);
        QCOMPARE(result.hops.first().peerName, u"first.equal.test"_s);
        QCOMPARE(result.hops.first().host, u"127.0.0.23"_s);
        orders.insert(describe(result));
    }
    QCOMPARE(orders.size(), 2);
}

void TestRouteResolver::abortedLookupsDoNotCallBack()
{
    OutboundConfig config;
    config.dnsServer = m_dns->address();
    RouteResolver resolver;
    resolver.configure(config);
    bool called = false;
    QObject context;
    resolver.resolve(u"two.test"_s, &context, [&](const RouteResult &) { called = true; });
    resolver.abortAll();
    QTest::qWait(200);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestRouteResolver)
#include "tst_routeresolver.moc"
