// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import of the whole configuration: a round trip keeps every setting and table row, every
// kind of bad input is refused with an error naming where, and a refused import changes nothing at all.

#include "ConfigCommand.h"
#include "ConfigTransfer.h"
#include "ConfigTransferSnapshot.h"
#include "FakeSecretStore.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Sluice;

using Edit = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Edit)

class TestConfigTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripKeepsEverySettingAndTable();
    void exportIsVersionedSortedAndIndented();
    void importReplacesTheWholeConfiguration();
    void exportHasNoSecret();
    void badDocument_data();
    void badDocument();
    void badBytes_data();
    void badBytes();
    void dryRunChangesNothing();
    void summaryNamesChangesAndPasswords();
    void importNotifiesThisProcess();
    void commandExportsToFileOwnerOnly();
    void commandImportsAndReportsErrors();

private:
    std::unique_ptr<Settings> openSettings(const QString &folder);
    void fillEverything(Settings &settings);
    QByteArray fileBytes() const;
    QJsonObject baseDocument() const;
    void expectUnchangedAfter(const QByteArray &data, const QString &errorPart);
    int command(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

std::unique_ptr<Settings> TestConfigTransfer::openSettings(const QString &folder)
{
    QString error;
    auto settings = Settings::open(folder + u"/sluice.db"_s, {folder, u"mx.example.org"_s}, &error);
    if (!settings)
        qWarning("%s", qPrintable(error));
    return settings;
}

void TestConfigTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = openSettings(m_dir->path());
    QVERIFY(m_settings);
}

void TestConfigTransfer::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

// Every setting gets an explicit value, different from its default wherever one of the candidates is
// valid, and every table gets rows using every field.
void TestConfigTransfer::fillEverything(Settings &settings)
{
    const QHash<QString, QStringList> candidates{
        {Keys::HostName, {u"gw.example.net"_s}},
        {Keys::Postmaster, {u"admin@example.net"_s}},
        {Keys::SmtpListen, {u"127.0.0.1:2525"_s}},
        {Keys::MailRoot, {u"/srv/sluice/mail"_s}},
        {Keys::CatchAll, {u"catchall"_s}},
        {Keys::DialupAccount, {u"dialer"_s}},
        {Keys::DialupDomain, {u"WORKGROUP"_s}},
        {Keys::DialupProfile, {u"custom:office-link"_s, u"ppp:provider"_s}},
        {Keys::DnsServer, {u"192.0.2.53"_s}},
        {Keys::LocalRelay, {u"127.0.0.1:2526"_s}},
        {Keys::RetrievalAccount, {u"fetcher"_s}},
        {Keys::RetrievalAtrnHost, {u"atrn.example.net:366"_s}},
        {Keys::RetrievalCommand, {u"/usr/bin/fetchmail -s"_s}},
        {Keys::RetrievalEtrnHost, {u"etrn.example.net:26"_s}},
        {Keys::RetryHours, {u".5, 1, 2"_s, u"0.5, 1, 2"_s}},
        {Keys::ScheduleTimes, {u"mon-fri 08:00,12:30; sat 10:00"_s, u"mon-fri 08:00"_s}},
        {Keys::Smarthost, {u"smtp.example.net:587"_s}},
        {Keys::SmarthostAccount, {u"office"_s}},
        {Keys::SmarthostPin, {QString(64, u'a')}},
        {Keys::AtrnListen, {u"127.0.0.1:3660"_s}},
        {Keys::LocalDomains, {u"example.net, example.org"_s}},
        {Keys::RelayNetworks, {u"192.168.1.0/24, ::1/128"_s}},
        {Keys::EtrnHosts, {u"192.0.2.0/24, 2001:db8::/32"_s}},
        {Keys::RetrievalDomains, {u"example.net"_s}},
        {Keys::SmtpTlsCertificate, {m_dir->filePath(u"cert.pem"_s)}},
        {Keys::SmtpTlsKey, {m_dir->filePath(u"key.pem"_s)}},
    };
    int different = 0;
    for (const SettingDefinition &definition : settingDefinitions()) {
        const QString fallback = settings.defaultText(definition.key);
        QStringList tries = candidates.value(definition.key);
        switch (definition.type) {
        case SettingDefinition::Type::Int:
            tries << QString::number(definition.maximum) << QString::number(definition.minimum + 1)
                  << QString::number(definition.minimum);
            break;
        case SettingDefinition::Type::Bool:
            tries << (fallback == "true"_L1 ? u"false"_s : u"true"_s);
            break;
        case SettingDefinition::Type::Enum:
            for (const QString &choice : definition.choices) {
                if (choice != fallback)
                    tries << choice;
            }
            break;
        case SettingDefinition::Type::List:
        case SettingDefinition::Type::String:
            break;
        }
        bool set = false;
        for (const QString &value : std::as_const(tries)) {
            QString canonical;
            if (definition.canonicalize(value, &canonical).isEmpty() && canonical != fallback) {
                QCOMPARE(settings.setText(definition.key, value), QString());
                set = true;
                ++different;
                break;
            }
        }
        if (!set)
            QCOMPARE(settings.setText(definition.key, fallback), QString()); // explicit, as the default
        QVERIFY(settings.isExplicit(definition.key));
    }
    QVERIFY2(different >= settingDefinitions().size() - 3, qPrintable(QString::number(different)));

    EmailDomainTable domains(&settings);
    EmailDomainEntry plain;
    plain.domain = u"example.org"_s;
    plain.hold = true;
    QCOMPARE(domains.put(plain), QString());
    EmailDomainEntry forwarded;
    forwarded.domain = u"partner.example"_s;
    forwarded.forward = true;
    forwarded.host = u"relay.partner.example"_s;
    forwarded.port = 587;
    forwarded.tls = u"required"_s;
    forwarded.pinnedSha256 = QString(64, u'b');
    forwarded.auth = u"plain"_s;
    forwarded.account = u"office@partner.example"_s;
    forwarded.plaintextAuth = true;
    QCOMPARE(domains.put(forwarded), QString());
    ConnectionProfileTable profiles(&settings);
    QCOMPARE(profiles.put({u"office-link"_s, u"/usr/bin/pon office"_s, u"/usr/bin/poff office"_s,
                           u"tcp:192.0.2.1:25"_s, 20}),
             QString());
    QCOMPARE(profiles.put({u"plain"_s, u"/bin/true"_s, u""_s, u""_s, 10}), QString());
    ServerAccountTable accounts(&settings);
    QCOMPARE(accounts.put({u"branch"_s, {u"branch.example"_s, u"shop.example"_s}}), QString());
    QCOMPARE(accounts.put({u"laptop"_s, {}}), QString());
    HostRuleTable hosts(&settings);
    QCOMPARE(hosts.setEntries({{u"192.168.1.0/24"_s, true, true},
                               {u"10.0.0.7"_s, false, false},
                               {u"2001:db8::/32"_s, true, false}}),
             QString());
    RouteTable routes(&settings);
    QCOMPARE(routes.put({u"example.com"_s, u"mail.example.net:2525"_s}), QString());
    QCOMPARE(routes.put({u"#exact.example"_s, u"[2001:db8::1]:25"_s}), QString());
}

QByteArray TestConfigTransfer::fileBytes() const
{
    QFile file(m_settings->databasePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject TestConfigTransfer::baseDocument() const
{
    return QJsonObject{
        {u"format"_s, u"sluice-configuration"_s},
        {u"version"_s, 1},
        {u"settings"_s, QJsonObject{{u"smtp.max_recipients"_s, 50},
                                    {u"routing.local_domains"_s, QJsonArray{u"example.net"_s}}}},
        {u"email_domains"_s, QJsonArray{QJsonObject{{u"domain"_s, u"example.org"_s},
                                                    {u"forward"_s, true},
                                                    {u"host"_s, u"relay.example.org"_s},
                                                    {u"port"_s, 25}}}},
        {u"connection_profiles"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"link"_s}, {u"connect"_s, u"/usr/bin/pon"_s}}}},
        {u"server_accounts"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"branch"_s}, {u"domains"_s, QJsonArray{u"branch.example"_s}}}}},
        {u"host_rules"_s,
         QJsonArray{
             QJsonObject{{u"network"_s, u"10.0.0.0/8"_s}, {u"action"_s, u"accept"_s}, {u"relay"_s, true}}}},
        {u"routes"_s,
         QJsonArray{QJsonObject{{u"sent_to"_s, u"a.example"_s}, {u"route_to"_s, u"b.example"_s}},
                    QJsonObject{{u"sent_to"_s, u"c.example"_s}, {u"route_to"_s, u"d.example"_s}}}},
    };
}

// The database must be exactly as it was: the same export and the same bytes in the file.
void TestConfigTransfer::expectUnchangedAfter(const QByteArray &data, const QString &errorPart)
{
    fillEverything(*m_settings);
    const QByteArray exportBefore = ConfigTransfer::exportConfiguration(*m_settings);
    const QByteArray bytesBefore = fileBytes();
    const ConfigImportResult result = ConfigTransfer::importConfiguration(*m_settings, data);
    QVERIFY(!result.ok);
    QVERIFY(!result.writeFailed);
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    QVERIFY2(!result.error.contains(u'\n'), qPrintable(result.error));
    QCOMPARE(ConfigTransfer::exportConfiguration(*m_settings), exportBefore);
    QCOMPARE(fileBytes(), bytesBefore);
    // And a second Settings object on the file (another process) sees the same.
    auto other = openSettings(m_dir->path());
    QVERIFY(other);
    QCOMPARE(ConfigTransfer::exportConfiguration(*other), exportBefore);
}

void TestConfigTransfer::roundTripKeepsEverySettingAndTable()
{
    fillEverything(*m_settings);
    const QByteArray exported = ConfigTransfer::exportConfiguration(*m_settings);
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    QCOMPARE(root.value(u"settings"_s).toObject().keys(), m_settings->keys()); // every setting
    for (const QString &table :
         {u"email_domains"_s, u"connection_profiles"_s, u"server_accounts"_s, u"routes"_s})
        QCOMPARE(root.value(table).toArray().size(), 2);
    QCOMPARE(root.value(u"host_rules"_s).toArray().size(), 3);

    // A new gateway: a fresh database in another folder.
    QTemporaryDir otherDir;
    auto fresh = openSettings(otherDir.path());
    QVERIFY(fresh);
    const ConfigImportResult result = ConfigTransfer::importConfiguration(*fresh, exported);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.changed);
    QCOMPARE(ConfigTransfer::exportConfiguration(*fresh), exported);
    QCOMPARE(ConfigSnapshot::capture(*fresh), ConfigSnapshot::capture(*m_settings));

    // The same gateway wiped (an empty configuration imported), then restored.
    QJsonObject empty = baseDocument();
    empty[u"settings"_s] = QJsonObject();
    for (const QString &table :
         {u"email_domains"_s, u"connection_profiles"_s, u"server_accounts"_s, u"host_rules"_s, u"routes"_s})
        empty[table] = QJsonArray();
    QVERIFY(ConfigTransfer::importConfiguration(*m_settings, QJsonDocument(empty).toJson()).ok);
    QCOMPARE(ConfigSnapshot::capture(*m_settings), ConfigSnapshot());
    QVERIFY(!m_settings->isExplicit(Keys::SmtpListen));
    QVERIFY(ConfigTransfer::importConfiguration(*m_settings, exported).ok);
    QCOMPARE(ConfigTransfer::exportConfiguration(*m_settings), exported);

    // Importing the same again changes nothing.
    const ConfigImportResult again = ConfigTransfer::importConfiguration(*m_settings, exported);
    QVERIFY(again.ok);
    QVERIFY(!again.changed);
    QVERIFY(again.summary.isEmpty());
}

void TestConfigTransfer::exportIsVersionedSortedAndIndented()
{
    QVERIFY(m_settings->setText(Keys::MaxRecipients, u"50"_s).isEmpty());
    const QByteArray exported = ConfigTransfer::exportConfiguration(*m_settings);
    QVERIFY2(exported.startsWith("{\n    \"connection_profiles\": [\n    ],\n    \"email_domains\""),
             exported.constData());
    QVERIFY(exported.contains("\n    \"format\": \"sluice-configuration\",\n"));
    QVERIFY(exported.contains("\n    \"version\": 1\n}"));
    QVERIFY(exported.contains("\"smtp.max_recipients\": 50")); // typed, not text
    QVERIFY(!exported.contains("smtp.listen"));                // defaults stay defaults
    QCOMPARE(ConfigTransfer::exportConfiguration(*m_settings), exported);
}

void TestConfigTransfer::importReplacesTheWholeConfiguration()
{
    fillEverything(*m_settings);
    const ConfigImportResult result =
        ConfigTransfer::importConfiguration(*m_settings, QJsonDocument(baseDocument()).toJson());
    QVERIFY2(result.ok, qPrintable(result.error));
    const ConfigSnapshot now = ConfigSnapshot::capture(*m_settings);
    QCOMPARE(now.settings.keys(), QStringList({u"routing.local_domains"_s, u"smtp.max_recipients"_s}));
    QCOMPARE(m_settings->intValue(Keys::MaxRecipients), 50);
    QCOMPARE(m_settings->text(Keys::SmtpListen), u"*:25"_s); // back to the default
    QCOMPARE(now.emailDomains.size(), 1);
    QCOMPARE(now.emailDomains.first().host, u"relay.example.org"_s);
    QCOMPARE(now.profiles.size(), 1);
    QCOMPARE(now.accounts.size(), 1);
    QCOMPARE(now.hostRules.size(), 1);
    QCOMPARE(now.routes.size(), 2);
}

void TestConfigTransfer::exportHasNoSecret()
{
    fillEverything(*m_settings);
    // The passwords of every account are in the store; the export must carry none of them.
    FakeSecretStore store;
    store.secrets().insert(SecretKey::smtpAuth(u"smtp.example.net"_s, u"office"_s), u"Smarthost-Secret-1"_s);
    store.secrets().insert(SecretKey::smtpAuth(u"partner.example"_s, u"office@partner.example"_s),
                           u"Domain-Secret-2"_s);
    store.secrets().insert(SecretKey::serverAccount(u"branch"_s), u"Account-Secret-3"_s);
    store.secrets().insert(SecretKey::dialup(u"custom:office-link"_s, u"dialer"_s), u"Dialup-Secret-4"_s);
    const QByteArray exported = ConfigTransfer::exportConfiguration(*m_settings);
    for (const QString &secret : store.secrets())
        QVERIFY2(!exported.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(!exported.toLower().contains("password"));
    QVERIFY(!exported.toLower().contains("passwd"));
}

void TestConfigTransfer::badDocument_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("error");
    const auto set = [](const QString &section, qsizetype row, const QString &field,
                        const QJsonValue &value) {
        return Edit([=](QJsonObject &root) {
            QJsonArray rows = root.value(section).toArray();
            QJsonObject entry = rows.at(row).toObject();
            entry.insert(field, value);
            rows.replace(row, entry);
            root.insert(section, rows);
        });
    };
    const auto setting = [](const QString &key, const QJsonValue &value) {
        return Edit([=](QJsonObject &root) {
            QJsonObject settings = root.value(u"settings"_s).toObject();
            settings.insert(key, value);
            root.insert(u"settings"_s, settings);
        });
    };
    QTest::newRow("wrong format") << Edit([](QJsonObject &r) { r[u"format"_s] = u"other"_s; })
                                  << u"not a Sluice configuration"_s;
    QTest::newRow("newer version") << Edit([](QJsonObject &r) { r[u"version"_s] = 2; }) << u"newer Sluice"_s;
    QTest::newRow("version as text") << Edit([](QJsonObject &r) { r[u"version"_s] = u"1"_s; })
                                     << u"version: "_s;
    QTest::newRow("missing section") << Edit([](QJsonObject &r) { r.remove(u"routes"_s); })
                                     << u"routes: This section is missing"_s;
    QTest::newRow("unknown section") << Edit([](QJsonObject &r) { r[u"extras"_s] = 1; })
                                     << u"extras: Unknown field"_s;
    QTest::newRow("section of wrong type")
        << Edit([](QJsonObject &r) { r[u"routes"_s] = QJsonObject(); }) << u"routes: Expected a list"_s;
    QTest::newRow("unknown setting") << setting(u"smtp.no_such"_s, 1)
                                     << u"settings.smtp.no_such: This Sluice"_s;
    QTest::newRow("secret setting")
        << setting(u"delivery.smarthost_password"_s, u"x"_s)
        << u"settings.delivery.smarthost_password: Passwords are never imported"_s;
    QTest::newRow("number as text") << setting(u"smtp.max_recipients"_s, u"100"_s)
                                    << u"settings.smtp.max_recipients: Expected a whole number"_s;
    QTest::newRow("fraction") << setting(u"smtp.max_recipients"_s, 1.5)
                              << u"settings.smtp.max_recipients: Expected a whole number"_s;
    QTest::newRow("out of range") << setting(u"smtp.max_recipients"_s, 0)
                                  << u"settings.smtp.max_recipients: "_s;
    QTest::newRow("bool as number") << setting(u"routing.reroute"_s, 1)
                                    << u"settings.routing.reroute: Expected"_s;
    QTest::newRow("invalid value") << setting(u"smtp.listen"_s, u"nowhere"_s) << u"settings.smtp.listen: "_s;
    QTest::newRow("list as text") << setting(u"routing.local_domains"_s, u"a.example"_s)
                                  << u"settings.routing.local_domains: Expected a list"_s;
    QTest::newRow("list item with space")
        << setting(u"routing.local_domains"_s, QJsonArray{u"a.example"_s, u"b.example c.example"_s})
        << u"settings.routing.local_domains[1]: "_s;
    QTest::newRow("invalid list item")
        << setting(u"relay.networks"_s, QJsonArray{u"300.1.1.1"_s}) << u"settings.relay.networks: "_s;
    QTest::newRow("control character") << setting(u"general.hostname"_s, u"a\u0007.example"_s)
                                       << u"settings.general.hostname: The text contains a control"_s;
    QTest::newRow("bad route target")
        << set(u"routes"_s, 1, u"route_to"_s, u"bad host!"_s) << u"routes[1].route_to: "_s;
    QTest::newRow("bad route domain")
        << set(u"routes"_s, 0, u"sent_to"_s, u"-x-"_s) << u"routes[0].sent_to: "_s;
    QTest::newRow("duplicate route") << set(u"routes"_s, 1, u"sent_to"_s, u"A.example"_s)
                                     << u"routes[1]: “a.example” is listed twice"_s;
    QTest::newRow("bad forward host")
        << set(u"email_domains"_s, 0, u"host"_s, u"bad_host"_s) << u"email_domains[0].host: "_s;
    QTest::newRow("bad tls") << set(u"email_domains"_s, 0, u"tls"_s, u"maybe"_s)
                             << u"email_domains[0].tls: "_s;
    QTest::newRow("port out of range") << set(u"email_domains"_s, 0, u"port"_s, 70000)
                                       << u"email_domains[0].port: Expected a whole number from 1 to 65535"_s;
    QTest::newRow("auth without account")
        << set(u"email_domains"_s, 0, u"auth"_s, u"login"_s) << u"email_domains[0].auth: "_s;
    QTest::newRow("domain missing") << Edit([](QJsonObject &r) {
        r[u"email_domains"_s] = QJsonArray{QJsonObject{{u"forward"_s, false}}};
    }) << u"email_domains[0].domain: This field is missing"_s;
    QTest::newRow("row not an object")
        << Edit([](QJsonObject &r) { r[u"routes"_s] = QJsonArray{1}; }) << u"routes[0]: Expected an entry"_s;
    QTest::newRow("password in account") << set(u"server_accounts"_s, 0, u"password"_s, u"x"_s)
                                         << u"server_accounts[0].password: Passwords are never imported"_s;
    QTest::newRow("unknown field in row")
        << set(u"server_accounts"_s, 0, u"colour"_s, u"x"_s) << u"server_accounts[0].colour: Unknown field"_s;
    QTest::newRow("bad account name")
        << set(u"server_accounts"_s, 0, u"name"_s, u"-x"_s) << u"server_accounts[0].name: "_s;
    QTest::newRow("bad account domain") << set(u"server_accounts"_s, 0, u"domains"_s, QJsonArray{u"a..b"_s})
                                        << u"server_accounts[0].domains: "_s;
    QTest::newRow("bad probe") << set(u"connection_profiles"_s, 0, u"probe"_s, u"ping"_s)
                               << u"connection_profiles[0].probe: "_s;
    QTest::newRow("bad host rule") << set(u"host_rules"_s, 0, u"network"_s, u"10.0.0.0/99"_s)
                                   << u"host_rules[0].network: "_s;
    QTest::newRow("bad host action") << set(u"host_rules"_s, 0, u"action"_s, u"maybe"_s)
                                     << u"host_rules[0].action: "_s;
    QTest::newRow("same network twice") << Edit([](QJsonObject &r) {
        r[u"host_rules"_s] =
            QJsonArray{QJsonObject{{u"network"_s, u"10.0.0.7"_s}, {u"action"_s, u"accept"_s}},
                       QJsonObject{{u"network"_s, u"10.0.0.7/32"_s}, {u"action"_s, u"reject"_s}}};
    }) << u"host_rules[1]: "_s;
}

void TestConfigTransfer::badDocument()
{
    QFETCH(Edit, edit);
    QFETCH(QString, error);
    QJsonObject document = baseDocument();
    QVERIFY(ConfigTransfer::importConfiguration(*m_settings, QJsonDocument(document).toJson()).ok);
    edit(document);
    expectUnchangedAfter(QJsonDocument(document).toJson(), error);
}

void TestConfigTransfer::badBytes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QByteArray valid = QJsonDocument(baseDocument()).toJson();
    QTest::newRow("empty") << QByteArray() << u"The file is empty"_s;
    QTest::newRow("blank") << QByteArray(" \n\t") << u"The file is empty"_s;
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"not valid JSON: line "_s;
    QTest::newRow("trailing garbage") << QByteArray(valid + "x") << u"not valid JSON"_s;
    QTest::newRow("invalid UTF-8") << QByteArray(valid).replace("a.example", "a\xff.example") << u"UTF-8"_s;
    QTest::newRow("overlong UTF-8") << QByteArray(valid).replace("a.example", "a\xc0\xae.example")
                                    << u"UTF-8"_s;
    QTest::newRow("NUL byte") << QByteArray(valid).replace("a.example", QByteArray("a\0b", 3)) << u"UTF-8"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QByteArray large = valid;
    large.insert(1, QByteArray(4 * 1024 * 1024, ' '));
    QTest::newRow("too large") << large << u"larger than 4 MiB"_s;
    QByteArray deep = valid;
    deep.replace("\"c.example\"", QByteArray(QByteArray(20, '[') + "1" + QByteArray(20, ']')));
    QTest::newRow("deep nesting") << deep << u"nests deeper than 16 levels"_s;
    QTest::newRow("very deep nesting")
        << QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']')) << u"nests deeper"_s;
    QByteArray twice = valid;
    twice.replace("\"version\": 1", "\"version\": 1, \"routes\": []");
    QTest::newRow("duplicate key") << twice << u"the key “routes” appears twice"_s;
    QByteArray escaped = valid;
    escaped.replace("\"version\": 1", "\"version\": 1, \"\\u0072outes\": []");
    QTest::newRow("duplicate key, escaped") << escaped << u"appears twice"_s;
    QByteArray lone = valid;
    lone.replace("a.example", "a\\ud800.example");
    QTest::newRow("lone surrogate") << lone << u"routes[0].sent_to: The text contains a control"_s;
}

void TestConfigTransfer::badBytes()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    expectUnchangedAfter(data, error);
}

void TestConfigTransfer::dryRunChangesNothing()
{
    fillEverything(*m_settings);
    const QByteArray before = ConfigTransfer::exportConfiguration(*m_settings);
    const QByteArray bytes = fileBytes();
    const ConfigImportResult result = ConfigTransfer::importConfiguration(
        *m_settings, QJsonDocument(baseDocument()).toJson(), ConfigTransfer::Mode::DryRun);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.changed);
    QVERIFY(!result.summary.isEmpty());
    QCOMPARE(ConfigTransfer::exportConfiguration(*m_settings), before);
    QCOMPARE(fileBytes(), bytes);
}

void TestConfigTransfer::summaryNamesChangesAndPasswords()
{
    QVERIFY(m_settings->setText(Keys::SmtpListen, u"127.0.0.1:2525"_s).isEmpty());
    QVERIFY(RouteTable(m_settings.get()).put({u"a.example"_s, u"x.example"_s}).isEmpty());
    QVERIFY(RouteTable(m_settings.get()).put({u"old.example"_s, u"x.example"_s}).isEmpty());
    QJsonObject document = baseDocument();
    QJsonObject settings = document.value(u"settings"_s).toObject();
    settings.insert(u"delivery.smarthost_auth"_s, u"login"_s);
    settings.insert(u"delivery.smarthost_account"_s, u"office"_s);
    document.insert(u"settings"_s, settings);
    const ConfigImportResult result =
        ConfigTransfer::importConfiguration(*m_settings, QJsonDocument(document).toJson());
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString summary = result.summary.join(u'\n');
    QVERIFY2(summary.contains(u"Settings set: delivery.smarthost_account, delivery.smarthost_auth, "
                              "routing.local_domains, smtp.max_recipients."_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"Settings back to their defaults: smtp.listen."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Routes: added c.example; removed old.example; changed a.example."_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"Server accounts: added branch."_s), qPrintable(summary));
    QVERIFY2(result.passwords.contains(u"the smarthost account “office”"_s), qPrintable(result.passwords));
    QVERIFY2(result.passwords.contains(u"the server account “branch”"_s), qPrintable(result.passwords));
}

void TestConfigTransfer::importNotifiesThisProcess()
{
    RouteTable routes(m_settings.get());
    QSignalSpy settingChanged(m_settings.get(), &Settings::changed);
    QSignalSpy tableChanged(&routes, &RouteTable::changed);
    QVERIFY(ConfigTransfer::importConfiguration(*m_settings, QJsonDocument(baseDocument()).toJson()).ok);
    QVERIFY(settingChanged.contains({QVariant(u"smtp.max_recipients"_s)}));
    QVERIFY(tableChanged.count() >= 1);
    QCOMPARE(routes.entries().size(), 2);
    QCOMPARE(m_settings->intValue(Keys::MaxRecipients), 50);
}

int TestConfigTransfer::command(const QStringList &arguments, QString *out, QString *err)
{
    QString outText, errText;
    QTextStream outStream(&outText), errStream(&errText);
    const int code = runConfigCommand(arguments, *m_settings, outStream, errStream);
    if (out)
        *out = outText;
    if (err)
        *err = errText;
    return code;
}

void TestConfigTransfer::commandExportsToFileOwnerOnly()
{
    fillEverything(*m_settings);
    QString out;
    QCOMPARE(command({u"export"_s}, &out), 0);
    QCOMPARE(out.toUtf8(), ConfigTransfer::exportConfiguration(*m_settings));
    QCOMPARE(command({u"export"_s, u"-"_s}, &out), 0);
    QCOMPARE(out.toUtf8(), ConfigTransfer::exportConfiguration(*m_settings));
    const QString path = m_dir->filePath(u"backup.json"_s);
    {
        QFile loose(path); // an existing, world-readable file is replaced, not kept readable
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    }
    QCOMPARE(command({u"export"_s, path}), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ConfigTransfer::exportConfiguration(*m_settings));
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString err;
    QCOMPARE(command({u"export"_s, m_dir->filePath(u"missing/folder/x.json"_s)}, nullptr, &err), 1);
    QVERIFY2(err.contains(u"Could not write"_s), qPrintable(err));
}

void TestConfigTransfer::commandImportsAndReportsErrors()
{
    const QString good = m_dir->filePath(u"good.json"_s);
    QVERIFY(ConfigTransfer::writeFile(good, QJsonDocument(baseDocument()).toJson()).isEmpty());
    const QByteArray before = ConfigTransfer::exportConfiguration(*m_settings);
    QString out, err;
    QCOMPARE(command({u"import"_s, good, u"--dry-run"_s}, &out, &err), 0);
    QVERIFY2(out.startsWith(u"Dry run:"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Settings set: routing.local_domains, smtp.max_recipients."_s), qPrintable(out));
    QVERIFY2(out.contains(u"Passwords are never exported"_s), qPrintable(out));
    QCOMPARE(ConfigTransfer::exportConfiguration(*m_settings), before);

    QCOMPARE(command({u"import"_s, good}, &out, &err), 0);
    QVERIFY2(out.startsWith(u"Imported:"_s), qPrintable(out));
    QCOMPARE(m_settings->intValue(Keys::MaxRecipients), 50);
    QCOMPARE(command({u"import"_s, good}, &out, &err), 0);
    QVERIFY2(out.startsWith(u"Nothing to change"_s), qPrintable(out));

    const QString bad = m_dir->filePath(u"bad.json"_s);
    QVERIFY(
        ConfigTransfer::writeFile(bad, "{\"format\": \"sluice-configuration\", \"version\": 7}").isEmpty());
    QCOMPARE(command({u"import"_s, bad}, &out, &err), 2);
    QVERIFY2(err.contains(u"Nothing was imported from"_s) && err.contains(u"newer Sluice"_s),
             qPrintable(err));
    QCOMPARE(command({u"import"_s, m_dir->filePath(u"absent.json"_s)}, &out, &err), 2);
    QVERIFY2(err.contains(u"Could not read"_s), qPrintable(err));
    QCOMPARE(command({u"import"_s}, &out, &err), 2);
    QCOMPARE(command({u"import"_s, good, bad}, &out, &err), 2);
    QCOMPARE(command({u"export"_s, good, bad}, &out, &err), 2);
}

QTEST_GUILESS_MAIN(TestConfigTransfer)
#include "tst_configtransfer.moc"
