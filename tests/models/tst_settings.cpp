// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyKeyIsRegistered();
    void defaults_data();
    void defaults();
    void validation_data();
    void validation();
    void canonicalForms_data();
    void canonicalForms();
    void duplicateDomainIsNamed();
    void unknownKey();
    void typedAccessors();
    void explicitValuesAndReset();
    void changedOnlyForRealChanges();
    void valuesPersist();
    void invalidStoredValueFallsBackToDefault();
    void changesElsewhereAreNoticed();
    void watchingPollsForChanges();

private:
    std::unique_ptr<Settings> openSettings();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    SettingsEnvironment m_environment;
};

std::unique_ptr<Settings> TestSettings::openSettings()
{
    QString error;
    auto settings = Settings::open(m_dir->filePath(u"sluice.db"_s), m_environment, &error);
    if (!settings)
        qWarning() << error;
    return settings;
}

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_environment = {m_dir->path(), u"mx.example.org"_s};
    m_settings = openSettings();
    QVERIFY(m_settings);
}

void TestSettings::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestSettings::everyKeyIsRegistered()
{
    QStringList expected{
        Keys::HostName, Keys::Postmaster, Keys::SmtpListen, Keys::MaxMessageSizeKb, Keys::MaxConnections,
        Keys::MaxConnectionsPerHost, Keys::CommandTimeout, Keys::ErrorLimit, Keys::MaxRecipients,
        Keys::GreetingDelay, Keys::BareLineEndings, Keys::LocalDomains, Keys::MailRoot, Keys::CatchAll,
        Keys::RelayNetworks, Keys::TransferMode, Keys::SecretsStore,
        // the server's STARTTLS and AUTH
        Keys::SmtpTlsCertificate, Keys::SmtpTlsKey, Keys::SmtpPlaintextAuth,
        // outbound delivery and its security
        Keys::DeliveryMode, Keys::Smarthost, Keys::SmarthostTls, Keys::SmarthostPin, Keys::SmarthostAuth,
        Keys::SmarthostAccount, Keys::SmarthostPlaintextAuth, Keys::RetryHours, Keys::MessageTimeoutHours,
        Keys::DelayWarningHours, Keys::CopyReportsToPostmaster, Keys::LocalTarget, Keys::LocalRelay,
        Keys::OutboundMaxConnections, Keys::OutboundMaxPerHost, Keys::OutboundMessagesPerConnection,
        Keys::TimeoutConnect, Keys::TimeoutGreeting, Keys::TimeoutCommand, Keys::TimeoutDataStart,
        Keys::TimeoutDataBlock, Keys::TimeoutDataEnd, Keys::DnsServer,
        // the link: Dial-up Connections and Mail Retrieval
        Keys::DialupProfile, Keys::DialupAccount, Keys::DialupDomain, Keys::DialupRetries,
        Keys::DialupRetryDelay, Keys::DialupTimeLimit, Keys::IdleTimeout, Keys::FirstDeliveryGrace,
        Keys::ScheduleMode, Keys::ScheduleEveryMinutes, Keys::ScheduleTimes, Keys::ScheduleQueuedMinutes,
        Keys::RetrievalMethod, Keys::RetrievalDomains, Keys::RetrievalEtrnHost, Keys::RetrievalAtrnHost,
        Keys::RetrievalCommand, Keys::RetrievalCommandTimeout, Keys::RetrievalAuth, Keys::RetrievalTls,
        Keys::RetrievalAccount,
        // holding mail for ETRN
        Keys::EtrnEnabled, Keys::EtrnAccess, Keys::EtrnHosts, Keys::HoldTimeoutHours, Keys::AtrnListen,
        // accept connections, rerouting, logging level, the first-run wizard
        Keys::AcceptFrom, Keys::Reroute, Keys::LogLevel, Keys::LogRetentionDays, Keys::LogMaxSizeMb,
        Keys::FirstRunDone, Keys::Notifications};
    expected.sort();
    QCOMPARE(m_settings->keys(), expected);
    for (const QString &key : expected) {
        const SettingDefinition *definition = m_settings->definition(key);
        QVERIFY2(definition, qPrintable(key));
        QVERIFY2(!definition->description.isEmpty(), qPrintable(key));
        // Every default must pass its own validation, or `config unset` would store something unusable.
        QString canonical;
        QCOMPARE(definition->canonicalize(m_settings->defaultText(key), &canonical), QString());
        QCOMPARE(canonical, m_settings->defaultText(key));
    }
}

void TestSettings::defaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hostname from environment") << QString(Keys::HostName) << u"mx.example.org"_s;
    QTest::newRow("postmaster from hostname") << QString(Keys::Postmaster) << u"postmaster@mx.example.org"_s;
    QTest::newRow("listen") << QString(Keys::SmtpListen) << u"*:25"_s;
    QTest::newRow("message size") << QString(Keys::MaxMessageSizeKb) << u"25600"_s;
    QTest::newRow("connections") << QString(Keys::MaxConnections) << u"30"_s;
    QTest::newRow("connections per host") << QString(Keys::MaxConnectionsPerHost) << u"10"_s;
    QTest::newRow("command timeout") << QString(Keys::CommandTimeout) << u"300"_s;
    QTest::newRow("error limit") << QString(Keys::ErrorLimit) << u"20"_s;
    QTest::newRow("recipients") << QString(Keys::MaxRecipients) << u"100"_s;
    QTest::newRow("greeting delay") << QString(Keys::GreetingDelay) << u"0"_s;
    QTest::newRow("bare line endings") << QString(Keys::BareLineEndings) << u"refuse"_s;
    QTest::newRow("local domains") << QString(Keys::LocalDomains) << u"localhost"_s;
    QTest::newRow("catch-all") << QString(Keys::CatchAll) << QString();
    QTest::newRow("relay networks") << QString(Keys::RelayNetworks) << u"127.0.0.0/8, ::1/128"_s;
    QTest::newRow("transfer mode") << QString(Keys::TransferMode) << u"inbound_outbound"_s;
}

void TestSettings::defaults()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(m_settings->text(key), expected);
    QCOMPARE(m_settings->defaultText(key), expected);
    QVERIFY(!m_settings->isExplicit(key));
}

void TestSettings::validation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    const auto good = [](QLatin1StringView key, const QString &input, const QString &canonical = {}) {
        QTest::addRow("%s good '%s'", key.data(), qPrintable(input))
            << QString(key) << input << true << (canonical.isNull() ? input : canonical);
    };
    const auto bad = [](QLatin1StringView key, const QString &input) {
        QTest::addRow("%s bad '%s'", key.data(), qPrintable(input))
            << QString(key) << input << false << QString();
    };

    good(Keys::HostName, u"mail.example.org"_s);
    good(Keys::HostName, u"  Mail.Example.org "_s, u"Mail.Example.org"_s);
    good(Keys::HostName, u"localhost"_s);
    for (const QString &input : {u""_s, u"mail.example.org."_s, u"bad_name.example"_s, u"-dash.example"_s,
                                 u"mail..example"_s, u"bücher.example"_s, u"[127.0.0.1]"_s, u"two words"_s})
        bad(Keys::HostName, input);

    good(Keys::Postmaster, u"postmaster@example.org"_s);
    good(Keys::Postmaster, u"first.last@mail.example.org"_s);
    for (const QString &input : {u"no-at-sign"_s, u"@example.org"_s, u"user@"_s, u"a..b@example.org"_s,
                                 u"\"quoted\"@example.org"_s, u"user@bad_domain"_s, u"user@example.org."_s})
        bad(Keys::Postmaster, input);

    for (const QString &input :
         {u"*:25"_s, u"127.0.0.1:2525"_s, u"[::1]:25"_s, u"0.0.0.0:0"_s, u"[::]:65535"_s})
        good(Keys::SmtpListen, input);
    good(Keys::SmtpListen, u" *:587 "_s, u"*:587"_s);
    for (const QString &input :
         {u"*"_s, u"25"_s, u"*:65536"_s, u"*:-1"_s, u"*:abc"_s, u"*:"_s, u"::1:25"_s, u"localhost:25"_s,
          u"127.1:25"_s, u"[127.0.0.1]:25"_s, u"256.0.0.1:25"_s, u"[::1]"_s, u"[nonsense]:25"_s})
        bad(Keys::SmtpListen, input);

    good(Keys::MaxMessageSizeKb, u"0"_s);
    good(Keys::MaxMessageSizeKb, u"64"_s);
    good(Keys::MaxMessageSizeKb, u"2097151"_s);
    good(Keys::MaxMessageSizeKb, u" 1024 "_s, u"1024"_s);
    good(Keys::MaxMessageSizeKb, u"+0100"_s, u"100"_s);
    for (const QString &input : {u"1"_s, u"63"_s, u"-1"_s, u"2097152"_s, u"abc"_s, u""_s, u"1.5"_s,
                                 u"10 KB"_s, u"99999999999999999999"_s})
        bad(Keys::MaxMessageSizeKb, input);

    const struct
    {
        QLatin1StringView key;
        int minimum;
        int maximum;
    } ranges[] = {{Keys::MaxConnections, 1, 10000}, {Keys::MaxConnectionsPerHost, 1, 10000},
                  {Keys::CommandTimeout, 1, 3600},  {Keys::ErrorLimit, 1, 1000},
                  {Keys::MaxRecipients, 1, 100000}, {Keys::GreetingDelay, 0, 300}};
    for (const auto &range : ranges) {
        good(range.key, QString::number(range.minimum));
        good(range.key, QString::number(range.maximum));
        bad(range.key, QString::number(range.minimum - 1));
        bad(range.key, QString::number(range.maximum + 1));
        bad(range.key, u"twelve"_s);
    }

    good(Keys::BareLineEndings, u"refuse"_s);
    good(Keys::BareLineEndings, u"normalise"_s);
    good(Keys::BareLineEndings, u"NORMALISE"_s, u"normalise"_s);
    for (const QString &input : {u"normalize"_s, u""_s, u"refuse normalise"_s})
        bad(Keys::BareLineEndings, input);

    good(Keys::LocalDomains, u"example.org"_s);
    good(Keys::LocalDomains, u"a.example, b.example"_s);
    good(Keys::LocalDomains, u"a.example b.example"_s, u"a.example, b.example"_s);
    good(Keys::LocalDomains, u" a.example,b.example,,\tc.example "_s, u"a.example, b.example, c.example"_s);
    good(Keys::LocalDomains, u""_s);
    for (const QString &input :
         {u"A.example a.EXAMPLE"_s, u"good.example bad_domain"_s, u"trailing.example."_s})
        bad(Keys::LocalDomains, input);

    good(Keys::MailRoot, u"/var/mail/sluice"_s);
    for (const QString &input : {u"relative/path"_s, u""_s, u"~/mail"_s})
        bad(Keys::MailRoot, input);

    for (const QString &input : {u""_s, u"catchall"_s, u"first.last"_s})
        good(Keys::CatchAll, input);
    for (const QString &input : {u".hidden"_s, u"a/b"_s, u"a..b"_s, u"with space"_s, u"trailing."_s})
        bad(Keys::CatchAll, input);

    good(Keys::RelayNetworks, u"127.0.0.0/8, ::1/128"_s);
    good(Keys::RelayNetworks, u"10.0.0.0/8 192.168.1.5"_s, u"10.0.0.0/8, 192.168.1.5"_s);
    good(Keys::RelayNetworks, u"fd00::/8"_s);
    good(Keys::RelayNetworks, u""_s);
    for (const QString &input :
         {u"10.0.0.0/33"_s, u"not-a-network"_s, u"::1/129"_s, u"300.1.1.1"_s, u"127.0.0.0/8, example.org"_s})
        bad(Keys::RelayNetworks, input);

    for (const QString &input : {u"inbound_outbound"_s, u"inbound_only"_s, u"outbound_only"_s, u"none"_s})
        good(Keys::TransferMode, input);
    good(Keys::TransferMode, u"None"_s, u"none"_s);
    for (const QString &input : {u"both"_s, u""_s, u"inbound"_s})
        bad(Keys::TransferMode, input);
}

void TestSettings::validation()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);

    const QString before = m_settings->text(key);
    const QString error = m_settings->setText(key, input);
    if (valid) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_settings->text(key), canonical);
        QVERIFY(m_settings->isExplicit(key));
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(key), qPrintable(error));
        QCOMPARE(m_settings->text(key), before);
        QVERIFY(!m_settings->isExplicit(key));
    }
}

// The types without a registered setting yet (Bool) are checked on a definition of their own.
void TestSettings::canonicalForms_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // null when the input is refused
    const int Bool = int(SettingDefinition::Type::Bool);
    const int Int = int(SettingDefinition::Type::Int);
    const int List = int(SettingDefinition::Type::List);
    const int String = int(SettingDefinition::Type::String);
    for (const QString &input : {u"true"_s, u"YES"_s, u"on"_s, u"1"_s, u" True "_s})
        QTest::addRow("bool '%s'", qPrintable(input)) << Bool << input << u"true"_s;
    for (const QString &input : {u"false"_s, u"No"_s, u"OFF"_s, u"0"_s})
        QTest::addRow("bool '%s'", qPrintable(input)) << Bool << input << u"false"_s;
    for (const QString &input : {u"maybe"_s, u""_s, u"2"_s})
        QTest::addRow("bool '%s'", qPrintable(input)) << Bool << input << QString();
    QTest::newRow("int -5") << Int << u"-5"_s << u"-5"_s;
    QTest::newRow("int 007") << Int << u"007"_s << u"7"_s;
    QTest::newRow("int too small") << Int << u"-11"_s << QString();
    QTest::newRow("list empty") << List << u" , ,"_s << u""_s;
    QTest::newRow("list newlines") << List << u"a\nb\r\nc"_s << u"a, b, c"_s;
    QTest::newRow("string trimmed") << String << u"\t x y \n"_s << u"x y"_s;
}

void TestSettings::canonicalForms()
{
    QFETCH(int, type);
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    SettingDefinition definition;
    definition.key = u"test.key"_s;
    definition.type = SettingDefinition::Type(type);
    definition.minimum = -10;
    definition.maximum = 10;
    QString result;
    const QString error = definition.canonicalize(input, &result);
    QCOMPARE(error.isEmpty(), !canonical.isNull());
    if (!canonical.isNull())
        QCOMPARE(result, canonical);
}

void TestSettings::duplicateDomainIsNamed()
{
    const QString error = m_settings->setText(Keys::LocalDomains, u"a.example b.example B.Example"_s);
    QVERIFY2(error.contains(u"B.Example"_s), qPrintable(error));
}

void TestSettings::unknownKey()
{
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    QVERIFY(!m_settings->definition(u"no.such.key"_s));
    QVERIFY(!m_settings->setText(u"no.such.key"_s, u"1"_s).isEmpty());
    QVERIFY(!m_settings->reset(u"no.such.key"_s).isEmpty());
    QVERIFY(!m_settings->isExplicit(u"no.such.key"_s));
    QTest::ignoreMessage(QtWarningMsg, "Unknown setting \"no.such.key\"");
    QCOMPARE(m_settings->text(u"no.such.key"_s), QString());
    QCOMPARE(spy.count(), 0);
}

void TestSettings::typedAccessors()
{
    QCOMPARE(m_settings->intValue(Keys::MaxMessageSizeKb), 25600);
    QCOMPARE(m_settings->stringValue(Keys::HostName), u"mx.example.org"_s);
    QCOMPARE(m_settings->stringValue(Keys::BareLineEndings), u"refuse"_s);
    QCOMPARE(m_settings->listValue(Keys::RelayNetworks), (QStringList{u"127.0.0.0/8"_s, u"::1/128"_s}));
    QCOMPARE(m_settings->stringValue(Keys::MailRoot), m_dir->path() + "/mail"_L1);
    QVERIFY(m_settings->setText(Keys::LocalDomains, QString()).isEmpty());
    QCOMPARE(m_settings->listValue(Keys::LocalDomains), QStringList());
}

void TestSettings::explicitValuesAndReset()
{
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    // Storing the default makes it explicit (the engine treats an explicit port 25 differently) but is
    // no change of value.
    QVERIFY(m_settings->setText(Keys::SmtpListen, u"*:25"_s).isEmpty());
    QVERIFY(m_settings->isExplicit(Keys::SmtpListen));
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_settings->reset(Keys::SmtpListen).isEmpty());
    QVERIFY(!m_settings->isExplicit(Keys::SmtpListen));
    QCOMPARE(spy.count(), 0);

    QVERIFY(m_settings->setText(Keys::SmtpListen, u"127.0.0.1:2525"_s).isEmpty());
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_settings->reset(Keys::SmtpListen).isEmpty());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QString(Keys::SmtpListen));
    QCOMPARE(m_settings->text(Keys::SmtpListen), u"*:25"_s);
    QVERIFY(m_settings->reset(Keys::SmtpListen).isEmpty()); // resetting a default: nothing happens
    QCOMPARE(spy.count(), 2);
}

void TestSettings::changedOnlyForRealChanges()
{
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    QVERIFY(m_settings->setText(Keys::MaxRecipients, u"50"_s).isEmpty());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString(Keys::MaxRecipients));
    QVERIFY(m_settings->setText(Keys::MaxRecipients, u"50"_s).isEmpty());
    QVERIFY(m_settings->setText(Keys::MaxRecipients, u" +050 "_s).isEmpty()); // same canonical value
    QVERIFY(!m_settings->setText(Keys::MaxRecipients, u"0"_s).isEmpty());     // refused
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_settings->setText(Keys::MaxRecipients, u"51"_s).isEmpty());
    QCOMPARE(spy.count(), 2);
}

void TestSettings::valuesPersist()
{
    QVERIFY(m_settings->setText(Keys::LocalDomains, u"a.example b.example"_s).isEmpty());
    QVERIFY(m_settings->setText(Keys::GreetingDelay, u"5"_s).isEmpty());
    QVERIFY(m_settings->reset(Keys::GreetingDelay).isEmpty());
    m_settings = openSettings();
    QVERIFY(m_settings);
    QCOMPARE(m_settings->text(Keys::LocalDomains), u"a.example, b.example"_s);
    QVERIFY(m_settings->isExplicit(Keys::LocalDomains));
    QVERIFY(!m_settings->isExplicit(Keys::GreetingDelay));
}

void TestSettings::invalidStoredValueFallsBackToDefault()
{
    m_settings.reset();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        database.setDatabaseName(m_dir->filePath(u"sluice.db"_s));
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(u"INSERT INTO settings VALUES ('smtp.max_connections', 'lots'), "
                           "('smtp.error_limit', ' 7 '), ('some.future_key', 'x')"_s));
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"smtp.max_connections"_s));
    m_settings = openSettings();
    QVERIFY(m_settings);
    QCOMPARE(m_settings->intValue(Keys::MaxConnections), 30);
    QVERIFY(!m_settings->isExplicit(Keys::MaxConnections));
    QCOMPARE(m_settings->text(Keys::ErrorLimit), u"7"_s); // hand-written, read back canonical
}

void TestSettings::changesElsewhereAreNoticed()
{
    std::unique_ptr<Settings> other = openSettings();
    QVERIFY(other);
    QSignalSpy spy(m_settings.get(), &Settings::changed);

    m_settings->reloadIfChangedElsewhere(); // nothing happened yet
    QCOMPARE(spy.count(), 0);

    QVERIFY(other->setText(Keys::MaxConnections, u"42"_s).isEmpty());
    QVERIFY(other->setText(Keys::ErrorLimit, u"20"_s).isEmpty()); // explicit, but the same value
    QCOMPARE(m_settings->intValue(Keys::MaxConnections), 30);     // not seen until reloaded
    m_settings->reloadIfChangedElsewhere();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString(Keys::MaxConnections));
    QCOMPARE(m_settings->intValue(Keys::MaxConnections), 42);
    QVERIFY(m_settings->isExplicit(Keys::ErrorLimit));

    m_settings->reloadIfChangedElsewhere();
    QCOMPARE(spy.count(), 1);

    QVERIFY(other->reset(Keys::MaxConnections).isEmpty());
    m_settings->reloadIfChangedElsewhere();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QString(Keys::MaxConnections));
    QCOMPARE(m_settings->intValue(Keys::MaxConnections), 30);

    // A write based on a stale copy must still reach the file: the other side stored 7, this side
    // still believes 42 is stored and sets 42 again.
    QVERIFY(m_settings->setText(Keys::MaxRecipients, u"42"_s).isEmpty());
    QVERIFY(other->setText(Keys::MaxRecipients, u"7"_s).isEmpty());
    QVERIFY(m_settings->setText(Keys::MaxRecipients, u"42"_s).isEmpty());
    other->reloadIfChangedElsewhere();
    QCOMPARE(other->intValue(Keys::MaxRecipients), 42);
}

void TestSettings::watchingPollsForChanges()
{
    std::unique_ptr<Settings> other = openSettings();
    QVERIFY(other);
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    m_settings->watchForChangesElsewhere(10);
    QVERIFY(other->setText(Keys::TransferMode, u"none"_s).isEmpty());
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString(Keys::TransferMode));
    QCOMPARE(m_settings->stringValue(Keys::TransferMode), u"none"_s);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
