// SPDX-License-Identifier: GPL-3.0-or-later
// The Routing page's reroute table: validation ("#" exact rows, domains, HOST:PORT, [IPv6]:PORT),
// put/remove and their order, `sluice route list|add|remove`, and what EngineBinder hands the engine
// (the table, routing.reroute, routing.local_domains and log.level).

#include "EngineBinder.h"
#include "RouteCommand.h"
#include "RouteTable.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestRouteTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void putRemoveAndOrder();
    void invalidRowsAreSkipped();
    void command();
    void engineConfig();

private:
    int route(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_out;
    QString m_err;
};

void TestRouteTable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_settings =
        Settings::open(m_dir->filePath(u"sluice.db"_s), {m_dir->path(), u"mx.test.example"_s}, &error);
    QVERIFY2(m_settings, qPrintable(error));
}

void TestRouteTable::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

int TestRouteTable::route(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return runRouteCommand(arguments, *m_settings, out, err);
}

void TestRouteTable::validation_data()
{
    QTest::addColumn<QString>("sentTo");
    QTest::addColumn<QString>("routeTo");
    QTest::addColumn<bool>("valid");

    QTest::newRow("domain to domain") << u"example.com"_s << u"relay.example.net"_s << true;
    QTest::newRow("exact domain") << u"#example.com"_s << u"relay.example.net"_s << true;
    QTest::newRow("upper case is normalised") << u"Example.COM"_s << u"Relay.Example.net"_s << true;
    QTest::newRow("host and port") << u"example.com"_s << u"mx.example.net:2525"_s << true;
    QTest::newRow("IPv4 and port") << u"example.com"_s << u"192.0.2.1:26"_s << true;
    QTest::newRow("bracketed IPv4") << u"example.com"_s << u"[192.0.2.1]"_s << true;
    QTest::newRow("IPv6 and port") << u"example.com"_s << u"[2001:db8::1]:2525"_s << true;
    QTest::newRow("empty sent to") << QString() << u"relay.example.net"_s << false;
    QTest::newRow("only #") << u"#"_s << u"relay.example.net"_s << false;
    QTest::newRow("two #") << u"##example.com"_s << u"relay.example.net"_s << false;
    QTest::newRow("sent to trailing dot") << u"example.com."_s << u"relay.example.net"_s << false;
    QTest::newRow("sent to not a domain") << u"exa mple.com"_s << u"relay.example.net"_s << false;
    QTest::newRow("sent to wildcard") << u"*.example.com"_s << u"relay.example.net"_s << false;
    QTest::newRow("sent to non-ASCII") << u"bücher.example"_s << u"relay.example.net"_s << false;
    QTest::newRow("empty route to") << u"example.com"_s << QString() << false;
    QTest::newRow("route to bad port") << u"example.com"_s << u"mx.example.net:99999"_s << false;
    QTest::newRow("route to port 0") << u"example.com"_s << u"mx.example.net:0"_s << false;
    QTest::newRow("route to trailing dot") << u"example.com"_s << u"relay.example.net."_s << false;
    QTest::newRow("route to not a host") << u"example.com"_s << u"relay_example!net"_s << false;
}

void TestRouteTable::validation()
{
    QFETCH(QString, sentTo);
    QFETCH(QString, routeTo);
    QFETCH(bool, valid);
    const RouteEntry entry{sentTo, routeTo};
    const QString problem = entry.validate();
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    RouteTable table(m_settings.get());
    QCOMPARE(table.put(entry).isEmpty(), valid);
    QCOMPARE(table.entries().size(), valid ? 1 : 0);
}

void TestRouteTable::putRemoveAndOrder()
{
    RouteTable table(m_settings.get());
    QSignalSpy changed(&table, &RouteTable::changed);
    QVERIFY(table.put({u"zeta.example"_s, u"relay.example.net"_s}).isEmpty());
    QVERIFY(table.put({u" Alpha.Example "_s, u"[2001:DB8::1]:2525"_s}).isEmpty());
    QVERIFY(table.put({u"#alpha.example"_s, u"10.0.0.1"_s}).isEmpty());
    QCOMPARE(changed.size(), 3);
    const QList<RouteEntry> expected{{u"#alpha.example"_s, u"10.0.0.1"_s},
                                     {u"alpha.example"_s, u"[2001:db8::1]:2525"_s},
                                     {u"zeta.example"_s, u"relay.example.net"_s}};
    QCOMPARE(table.entries(), expected);
    QVERIFY(table.entries().first().exact());
    QCOMPARE(table.entries().first().domain(), u"alpha.example"_s);
    QVERIFY(!table.entries().at(1).exact());

    // Same sentTo: replaced, not added.
    QVERIFY(table.put({u"zeta.example"_s, u"other.example.net:25"_s}).isEmpty());
    QCOMPARE(RouteTable::read(*m_settings).last().routeTo, u"other.example.net:25"_s);
    QCOMPARE(table.entries().size(), 3);

    // "#alpha.example" and "alpha.example" are different rows.
    QVERIFY(table.remove(u"#ALPHA.example"_s).isEmpty());
    QCOMPARE(table.entries().size(), 2);
    QCOMPARE(table.entries().first().sentTo, u"alpha.example"_s);
    QVERIFY(!table.remove(u"#alpha.example"_s).isEmpty()); // gone already
    QCOMPARE(changed.size(), 5);
    // An invalid put changes nothing and says nothing.
    QVERIFY(!table.put({u"bad domain"_s, u"x.example"_s}).isEmpty());
    QCOMPARE(changed.size(), 5);
}

void TestRouteTable::invalidRowsAreSkipped()
{
    QSqlQuery query(m_settings->database());
    QVERIFY(query.exec(u"INSERT INTO routes (sent_to, route_to) VALUES ('good.example', 'relay.example')"_s));
    QVERIFY(query.exec(u"INSERT INTO routes (sent_to, route_to) VALUES ('bad domain', 'relay.example')"_s));
    QVERIFY(query.exec(u"INSERT INTO routes (sent_to, route_to) VALUES ('other.example', 'host:0')"_s));
    const QList<RouteEntry> entries = RouteTable::read(*m_settings);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().sentTo, u"good.example"_s);
}

void TestRouteTable::command()
{
    QCOMPARE(route({u"list"_s}), 0);
    QCOMPARE(m_out, QString());
    QVERIFY(m_err.contains(u"routing.reroute"_s)); // the table is inert while rerouting is off

    QCOMPARE(route({u"add"_s, u"example.com"_s, u"mx.example.net:2525"_s}), 0);
    QCOMPARE(route({u"add"_s, u"#Exact.example"_s, u"[2001:db8::1]:25"_s}), 0);
    QCOMPARE(route({u"add"_s, u"example.com."_s, u"x.example"_s}), 2);
    QVERIFY(m_err.contains(u"example.com."_s));
    QCOMPARE(route({u"add"_s, u"example.org"_s, u"host:70000"_s}), 2);
    QVERIFY(m_err.contains(u"70000"_s));
    QCOMPARE(route({u"add"_s, u"example.org"_s}), 2); // usage
    QVERIFY(m_err.contains(u"sluice route add SENT_TO ROUTE_TO"_s));

    QCOMPARE(m_settings->setText(Keys::Reroute, u"true"_s), QString());
    QCOMPARE(route({u"list"_s}), 0);
    QCOMPARE(m_out, u"#exact.example [2001:db8::1]:25\nexample.com mx.example.net:2525\n"_s);
    QCOMPARE(m_err, QString());

    QCOMPARE(route({u"remove"_s, u"example.com"_s}), 0);
    QCOMPARE(route({u"remove"_s, u"example.com"_s}), 2);
    QVERIFY(m_err.contains(u"example.com"_s));
    QCOMPARE(route({u"list"_s}), 0);
    QCOMPARE(m_out, u"#exact.example [2001:db8::1]:25\n"_s);
    QCOMPARE(route({u"frobnicate"_s}), 2);
}

void TestRouteTable::engineConfig()
{
    RouteTable table(m_settings.get());
    QVERIFY(table.put({u"routed.example"_s, u"127.0.0.1:2525"_s}).isEmpty());
    QVERIFY(table.put({u"#exact.example"_s, u"relay.example.net"_s}).isEmpty());

    EngineConfig config = EngineBinder::engineConfig(*m_settings, nullptr, {});
    QVERIFY(!config.outbound.reroute); // default off: the engine ignores the rows
    QCOMPARE(config.outbound.reroutes.size(), 2);
    QCOMPARE(config.logLevel, LogLevel::Medium);

    QCOMPARE(m_settings->setText(Keys::Reroute, u"true"_s), QString());
    QCOMPARE(m_settings->setText(Keys::LocalDomains, u"local.example, routed.example"_s), QString());
    QCOMPARE(m_settings->setText(Keys::LogLevel, u"maximum"_s), QString());
    config = EngineBinder::engineConfig(*m_settings, nullptr, {});
    QVERIFY(config.outbound.reroute);
    QCOMPARE(config.outbound.reroutes.first().sentTo, u"#exact.example"_s);
    QCOMPARE(config.outbound.reroutes.first().routeTo, u"relay.example.net"_s);
    QCOMPARE(config.outbound.reroutes.last().sentTo, u"routed.example"_s);
    QCOMPARE(config.outbound.reroutes.last().routeTo, u"127.0.0.1:2525"_s);
    QCOMPARE(config.local.localDomains, (QStringList{u"local.example"_s, u"routed.example"_s}));
    QCOMPARE(config.logLevel, LogLevel::Maximum);

    const QList<std::pair<QString, LogLevel>> levels{
        {u"none"_s, LogLevel::None}, {u"minimum"_s, LogLevel::Minimum}, {u"medium"_s, LogLevel::Medium}};
    for (const auto &[text, level] : levels) {
        QCOMPARE(m_settings->setText(Keys::LogLevel, text), QString());
        QCOMPARE(EngineBinder::engineConfig(*m_settings, nullptr, {}).logLevel, level);
    }
    QVERIFY(!m_settings->setText(Keys::LogLevel, u"verbose"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
