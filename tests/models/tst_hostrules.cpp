// SPDX-License-Identifier: GPL-3.0-or-later
// The Connections page's Hosts list: HostRuleTable's validation, order, duplicates and all-or-nothing
// saves; `sluice host list|add|remove`; and how EngineBinder hands the rows and smtp.accept_from to
// the SMTP server, re-applying them to a running engine when the list changes.

#include "EngineBinder.h"
#include "HostCommand.h"
#include "HostRuleTable.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "core/Engine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Sluice;

namespace {

HostRuleEntry rule(const QString &network, bool accept = true, bool relay = false)
{
    HostRuleEntry entry;
    entry.network = network;
    entry.accept = accept;
    entry.relay = relay;
    return entry;
}

QStringList networks(const QList<HostRuleEntry> &entries)
{
    QStringList out;
    for (const HostRuleEntry &entry : entries)
        out.append(entry.network);
    return out;
}

} // namespace

class TestHostRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void validate_data();
    void validate();
    void equivalentNetworksNormaliseAlike();
    void orderIsKeptAndReplaced();
    void rejectRowsNeverRelay();
    void duplicateNetworkIsRefusedByName();
    void invalidRowChangesNothing();
    void databaseFailureRollsBackEverything();
    void handEditedNonsenseIsSkipped();
    void changedReachesEveryTableOnTheSettings();
    void commandAddListRemove();
    void commandRefusesBadInput_data();
    void commandRefusesBadInput();
    void engineConfigCarriesRulesAndPolicy();
    void runningEngineFollowsTheList();

private:
    int host(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_out;
    QString m_err;
};

void TestHostRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_settings =
        Settings::open(m_dir->filePath(u"sluice.db"_s), {m_dir->path(), u"mx.test.example"_s}, &error);
    QVERIFY2(m_settings, qPrintable(error));
}

void TestHostRules::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

int TestHostRules::host(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return runHostCommand(arguments, *m_settings, out, err);
}

void TestHostRules::validate_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<bool>("valid");
    QTest::newRow("IPv4 address") << u"192.168.1.7"_s << true;
    QTest::newRow("IPv4 network") << u"192.168.1.0/24"_s << true;
    QTest::newRow("IPv4 with mask") << u"10.0.0.0/255.0.0.0"_s << true;
    QTest::newRow("everyone") << u"0.0.0.0/0"_s << true;
    QTest::newRow("IPv6 address") << u"2001:db8::7"_s << true;
    QTest::newRow("IPv6 network") << u"2001:db8::/32"_s << true;
    QTest::newRow("spaces around") << u" 10.0.0.1 "_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("host name") << u"mail.example.com"_s << false;
    QTest::newRow("prefix too long") << u"10.0.0.0/33"_s << false;
    QTest::newRow("IPv6 prefix too long") << u"2001:db8::/129"_s << false;
    QTest::newRow("octet too big") << u"300.1.1.1"_s << false;
    QTest::newRow("two slashes") << u"10.0.0.0/8/8"_s << false;
    QTest::newRow("no prefix") << u"10.0.0.0/"_s << false;
    QTest::newRow("list") << u"10.0.0.1, 10.0.0.2"_s << false;
}

void TestHostRules::validate()
{
    QFETCH(QString, network);
    QFETCH(bool, valid);
    const QString problem = rule(network).validate();
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    if (!valid && !network.trimmed().isEmpty())
        QVERIFY2(problem.contains(network.trimmed()), qPrintable(problem)); // names the network
    QCOMPARE(HostRuleEntry::normalisedNetwork(network).isEmpty(), !valid);
}

void TestHostRules::equivalentNetworksNormaliseAlike()
{
    const QString single = HostRuleEntry::normalisedNetwork(u"10.0.0.7"_s);
    QCOMPARE(single, u"10.0.0.7/32"_s);
    QCOMPARE(HostRuleEntry::normalisedNetwork(u"10.0.0.7/32"_s), single);
    QCOMPARE(HostRuleEntry::normalisedNetwork(u"10.0.0.7/255.255.255.255"_s), single);
    QCOMPARE(HostRuleEntry::normalisedNetwork(u"10.0.0.0/24"_s),
             HostRuleEntry::normalisedNetwork(u"10.0.0.0/255.255.255.0"_s));
    QCOMPARE(HostRuleEntry::normalisedNetwork(u"2001:db8::7"_s), u"2001:db8::7/128"_s);
    QVERIFY(HostRuleEntry::normalisedNetwork(u"10.0.0.0/24"_s) !=
            HostRuleEntry::normalisedNetwork(u"10.0.0.0/16"_s));
}

void TestHostRules::orderIsKeptAndReplaced()
{
    HostRuleTable table(m_settings.get());
    QVERIFY(table.entries().isEmpty());
    const QList<HostRuleEntry> first = {rule(u"192.168.1.7"_s, false), rule(u"192.168.1.0/24"_s, true, true),
                                        rule(u"0.0.0.0/0"_s, false), rule(u"2001:db8::/32"_s)};
    QCOMPARE(table.setEntries(first), QString());
    QCOMPARE(table.entries(), first);
    // Not sorted by anything but the admin's order: reversed, it reads back reversed.
    QList<HostRuleEntry> reversed(first.crbegin(), first.crend());
    QCOMPARE(table.setEntries(reversed), QString());
    QCOMPARE(table.entries(), reversed);
    QCOMPARE(HostRuleTable::read(*m_settings), reversed);
    // Stored positions are 1..n in that order, and the old rows are gone.
    QSqlQuery query(m_settings->database());
    QVERIFY(query.exec(u"SELECT position, network, action, relay FROM host_rules ORDER BY position"_s));
    QStringList rows;
    while (query.next()) {
        rows.append(u"%1 %2 %3 %4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toString(), query.value(3).toString()));
    }
    QCOMPARE(rows, QStringList({u"1 2001:db8::/32 accept 0"_s, u"2 0.0.0.0/0 reject 0"_s,
                                u"3 192.168.1.0/24 accept 1"_s, u"4 192.168.1.7 reject 0"_s}));
    QCOMPARE(table.setEntries({}), QString());
    QVERIFY(table.entries().isEmpty());
}

void TestHostRules::rejectRowsNeverRelay()
{
    HostRuleTable table(m_settings.get());
    QCOMPARE(table.setEntries({rule(u" 10.0.0.0/8 "_s, false, true)}), QString());
    const QList<HostRuleEntry> stored = table.entries();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().network, u"10.0.0.0/8"_s); // trimmed
    QVERIFY(!stored.first().accept);
    QVERIFY(!stored.first().relay);
}

void TestHostRules::duplicateNetworkIsRefusedByName()
{
    HostRuleTable table(m_settings.get());
    const QList<HostRuleEntry> before = {rule(u"192.0.2.1"_s)};
    QCOMPARE(table.setEntries(before), QString());
    QSignalSpy changed(&table, &HostRuleTable::changed);
    // The same network written two ways is still the same network: the second row could never apply.
    const QString error =
        table.setEntries({rule(u"10.0.0.7"_s), rule(u"10.1.0.0/16"_s), rule(u"10.0.0.7/32"_s, false)});
    QVERIFY2(error.contains(u"10.0.0.7/32"_s), qPrintable(error));
    QCOMPARE(table.entries(), before);
    const QString masked = table.setEntries({rule(u"10.1.0.0/16"_s), rule(u"10.1.0.0/255.255.0.0"_s)});
    QVERIFY2(!masked.isEmpty(), "the same network as prefix and as mask");
    QCOMPARE(table.entries(), before);
    QCOMPARE(changed.size(), 0);
    // Different prefixes of the same address are different rows.
    QCOMPARE(table.setEntries({rule(u"10.0.0.7"_s, false), rule(u"10.0.0.0/24"_s)}), QString());
    QCOMPARE(changed.size(), 1);
}

void TestHostRules::invalidRowChangesNothing()
{
    HostRuleTable table(m_settings.get());
    const QList<HostRuleEntry> before = {rule(u"192.0.2.0/24"_s, true, true), rule(u"198.51.100.9"_s, false)};
    QCOMPARE(table.setEntries(before), QString());
    const QString error =
        table.setEntries({rule(u"10.0.0.1"_s), rule(u"not-a-network"_s), rule(u"10.0.0.2"_s)});
    QVERIFY2(error.contains(u"not-a-network"_s), qPrintable(error));
    QCOMPARE(table.entries(), before);
}

void TestHostRules::databaseFailureRollsBackEverything()
{
    HostRuleTable table(m_settings.get());
    const QList<HostRuleEntry> before = {rule(u"192.0.2.0/24"_s), rule(u"198.51.100.9"_s, false)};
    QCOMPARE(table.setEntries(before), QString());
    // A row the database itself refuses half-way through the inserts (after the old rows were
    // deleted): the transaction must leave the old list as it was.
    QSqlQuery query(m_settings->database());
    QVERIFY(query.exec(u"CREATE TRIGGER refuse_one BEFORE INSERT ON host_rules WHEN NEW.network = '10.9.9.9' "
                       "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s));
    QSignalSpy changed(&table, &HostRuleTable::changed);
    const QString error = table.setEntries({rule(u"10.0.0.1"_s), rule(u"10.9.9.9"_s), rule(u"10.0.0.2"_s)});
    QVERIFY2(error.contains(u"10.9.9.9"_s), qPrintable(error));
    QCOMPARE(table.entries(), before);
    QCOMPARE(changed.size(), 0);
    QVERIFY(query.exec(u"DROP TRIGGER refuse_one"_s));
    QCOMPARE(table.setEntries({rule(u"10.0.0.1"_s)}), QString());
    QCOMPARE(networks(table.entries()), QStringList{u"10.0.0.1"_s});
}

void TestHostRules::handEditedNonsenseIsSkipped()
{
    QSqlQuery query(m_settings->database());
    QVERIFY(query.exec(u"INSERT INTO host_rules (position, network, action, relay) VALUES "
                       "(1, '10.0.0.1', 'reject', 1), (2, 'junk', 'accept', 0), "
                       "(3, '10.0.0.3', 'maybe', 0), (4, '10.0.0.4', 'accept', 1)"_s));
    // Said in the log, so the admin learns why a row has no effect.
    QTest::ignoreMessage(QtWarningMsg, "Ignoring the invalid host rule junk accept");
    QTest::ignoreMessage(QtWarningMsg, "Ignoring the invalid host rule 10.0.0.3 maybe");
    const QList<HostRuleEntry> entries = HostRuleTable::read(*m_settings);
    QCOMPARE(entries, QList<HostRuleEntry>({rule(u"10.0.0.1"_s, false), rule(u"10.0.0.4"_s, true, true)}));
}

void TestHostRules::changedReachesEveryTableOnTheSettings()
{
    HostRuleTable page(m_settings.get());
    HostRuleTable other(m_settings.get());
    QSignalSpy pageChanged(&page, &HostRuleTable::changed);
    QSignalSpy otherChanged(&other, &HostRuleTable::changed);
    QCOMPARE(page.setEntries({rule(u"10.0.0.1"_s)}), QString());
    QCOMPARE(pageChanged.size(), 1);
    QCOMPARE(otherChanged.size(), 1);
    QCOMPARE(page.setEntries({rule(u"10.0.0.1"_s)}), QString()); // the same list: nothing changed
    QCOMPARE(otherChanged.size(), 1);
}

void TestHostRules::commandAddListRemove()
{
    QCOMPARE(host({u"list"_s}), 0);
    QCOMPARE(m_out, QString());
    QCOMPARE(host({u"add"_s, u"192.168.1.0/24"_s, u"--relay"_s}), 0);
    QCOMPARE(host({u"add"_s, u"0.0.0.0/0"_s, u"--reject"_s}), 0);
    QCOMPARE(host({u"add"_s, u"192.168.1.66"_s, u"--reject"_s, u"--position"_s, u"1"_s}), 0);
    QCOMPARE(host({u"add"_s, u"2001:db8::/32"_s, u"--position"_s, u"3"_s}), 0);
    QCOMPARE(host({u"list"_s}), 0);
    QCOMPARE(m_out, u"1\t192.168.1.66\treject\t-\n"
                    "2\t192.168.1.0/24\taccept\trelay\n"
                    "3\t2001:db8::/32\taccept\t-\n"
                    "4\t0.0.0.0/0\treject\t-\n"_s);
    // Removed by the network however it is written.
    QCOMPARE(host({u"remove"_s, u"192.168.1.66/32"_s}), 0);
    QCOMPARE(host({u"remove"_s, u"2001:db8::/32"_s}), 0);
    QCOMPARE(networks(HostRuleTable::read(*m_settings)), QStringList({u"192.168.1.0/24"_s, u"0.0.0.0/0"_s}));
    QCOMPARE(host({u"remove"_s, u"10.0.0.0/8"_s}), 2);
    QVERIFY2(m_err.contains(u"10.0.0.0/8"_s), qPrintable(m_err));
}

void TestHostRules::commandRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no verb") << QStringList() << u"Usage"_s;
    QTest::newRow("add nothing") << QStringList{u"add"_s} << u"Usage"_s;
    QTest::newRow("bad network") << QStringList{u"add"_s, u"10.0.0.0/40"_s} << u"10.0.0.0/40"_s;
    QTest::newRow("reject and relay")
        << QStringList{u"add"_s, u"10.0.0.1"_s, u"--reject"_s, u"--relay"_s} << u"relay"_s;
    QTest::newRow("unknown option") << QStringList{u"add"_s, u"10.0.0.1"_s, u"--deny"_s} << u"Usage"_s;
    QTest::newRow("position 0") << QStringList{u"add"_s, u"10.0.0.1"_s, u"--position"_s, u"0"_s}
                                << u"1 to 2"_s;
    QTest::newRow("position past the end")
        << QStringList{u"add"_s, u"10.0.0.1"_s, u"--position"_s, u"3"_s} << u"1 to 2"_s;
    QTest::newRow("position missing") << QStringList{u"add"_s, u"10.0.0.1"_s, u"--position"_s} << u"Usage"_s;
    QTest::newRow("already listed") << QStringList{u"add"_s, u"192.0.2.1/32"_s} << u"row 1"_s;
    QTest::newRow("remove extra") << QStringList{u"remove"_s, u"192.0.2.1"_s, u"x"_s} << u"Usage"_s;
}

void TestHostRules::commandRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    HostRuleTable table(m_settings.get());
    const QList<HostRuleEntry> before = {rule(u"192.0.2.1"_s)};
    QCOMPARE(table.setEntries(before), QString());
    QCOMPARE(host(arguments), 2);
    QVERIFY2(m_err.contains(mentions), qPrintable(m_err));
    QCOMPARE(table.entries(), before);
}

void TestHostRules::engineConfigCarriesRulesAndPolicy()
{
    SmtpServerConfig smtp = EngineBinder::engineConfig(*m_settings, nullptr, {}).smtp;
    QVERIFY(smtp.hostRules.isEmpty());
    QCOMPARE(smtp.acceptPolicy, AcceptPolicy::Any);

    HostRuleTable table(m_settings.get());
    QCOMPARE(table.setEntries({rule(u"192.0.2.7"_s, false), rule(u"192.0.2.0/24"_s, true, true),
                               rule(u"198.51.100.0/24"_s), rule(u"2001:db8::/32"_s, false)}),
             QString());
    const QHash<QString, AcceptPolicy> policies = {{u"any"_s, AcceptPolicy::Any},
                                                   {u"authenticated"_s, AcceptPolicy::Authenticated},
                                                   {u"authenticated_tls"_s, AcceptPolicy::AuthenticatedTls}};
    for (auto it = policies.cbegin(); it != policies.cend(); ++it) {
        QCOMPARE(m_settings->setText(Keys::AcceptFrom, it.key()), QString());
        QCOMPARE(EngineBinder::engineConfig(*m_settings, nullptr, {}).smtp.acceptPolicy, it.value());
    }
    QVERIFY(!m_settings->setText(Keys::AcceptFrom, u"nobody"_s).isEmpty());

    smtp = EngineBinder::engineConfig(*m_settings, nullptr, {}).smtp;
    QCOMPARE(smtp.hostRules.size(), 4);
    const HostRule &first = smtp.hostRules.at(0);
    QVERIFY(!first.accept);
    QVERIFY(first.network.contains(QHostAddress(u"192.0.2.7"_s)));
    QVERIFY(!first.network.contains(QHostAddress(u"192.0.2.8"_s)));
    QVERIFY(smtp.hostRules.at(1).accept && smtp.hostRules.at(1).relay);
    QVERIFY(smtp.hostRules.at(1).network.contains(QHostAddress(u"192.0.2.200"_s)));
    QVERIFY(!smtp.hostRules.at(3).accept);
    QVERIFY(smtp.hostRules.at(3).network.contains(QHostAddress(u"2001:db8::1"_s)));
    // The first match decides: .7 is rejected though the /24 below it would accept and let it relay.
    QVERIFY(ClientAccess::rejects(smtp.hostRules, QHostAddress(u"192.0.2.7"_s)));
    QVERIFY(!ClientAccess::grantsRelay(smtp.hostRules, QHostAddress(u"192.0.2.7"_s)));
    QVERIFY(ClientAccess::grantsRelay(smtp.hostRules, QHostAddress(u"192.0.2.8"_s)));
    // An IPv4 client seen by a dual-stack listener as IPv4-mapped IPv6 matches the IPv4 rows.
    QVERIFY(ClientAccess::rejects(smtp.hostRules, QHostAddress(u"::ffff:192.0.2.7"_s)));
    QVERIFY(!ClientAccess::rejects(smtp.hostRules, QHostAddress(u"203.0.113.1"_s)));
}

void TestHostRules::runningEngineFollowsTheList()
{
    QCOMPARE(m_settings->setText(Keys::SmtpListen, u"127.0.0.1:0"_s), QString());
    Engine engine;
    EngineBinder binder(m_settings.get(), nullptr, nullptr, &engine, m_dir->path());
    QString error;
    QVERIFY2(binder.start(&error), qPrintable(error));
    QVERIFY(engine.smtpPort() != 0);

    auto firstReply = [&] {
        QTcpSocket client;
        client.connectToHost(QHostAddress(QHostAddress::LocalHost), engine.smtpPort());
        if (!QTest::qWaitFor([&] { return client.canReadLine(); }, 5000))
            return QByteArray();
        const QByteArray line = client.readLine();
        return line.left(3);
    };
    QCOMPARE(firstReply(), "220"_ba);

    // Changed through another table object (the console's page), as the binder's own does not.
    QSignalSpy applied(&binder, &EngineBinder::applied);
    HostRuleTable page(m_settings.get());
    QCOMPARE(page.setEntries({rule(u"127.0.0.0/8"_s, false)}), QString());
    QVERIFY(applied.wait(5000));
    QCOMPARE(firstReply(), "521"_ba);

    QCOMPARE(page.setEntries({rule(u"127.0.0.1"_s), rule(u"127.0.0.0/8"_s, false)}), QString());
    QVERIFY(applied.wait(5000));
    QCOMPARE(firstReply(), "220"_ba);
}

QTEST_GUILESS_MAIN(TestHostRules)
#include "tst_hostrules.moc"
