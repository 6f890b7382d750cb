// SPDX-License-Identifier: GPL-3.0-or-later
// The Dial-up Connections and Mail Retrieval settings, the custom profile table and `sluice profile`,
// and how EngineBinder turns them into the engine's LinkConfig.

#include "ConfigCommand.h"
#include "ConnectionProfileTable.h"
#include "EngineBinder.h"
#include "LinkBinder.h"
#include "ProfileCommand.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestLinkSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void defaultsNeedNoCycles();
    void etrnGoesToTheSmarthostWithItsSecurity();
    void etrnToASpecifiedHostWithOwnAccount();
    void atrnDefaultsToPort366();
    void retrievalWithoutAHostIsLeftOff();
    void scheduleSettingsBecomeTheSchedule();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void customProfileFromTheTable();
    void profileCommandAddsListsAndRemoves();
    void profileCommandRefusesInvalidProfiles_data();
    void profileCommandRefusesInvalidProfiles();
    void dialupPasswordReachesTheLogon();

private:
    int config(const QStringList &arguments);
    int profile(const QStringList &arguments);
    LinkConfig link(const QHash<QString, QString> &passwords = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_out;
    QString m_err;
};

void TestLinkSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_settings =
        Settings::open(m_dir->filePath(u"sluice.db"_s), {m_dir->path(), u"gw.office.test"_s}, &error);
    QVERIFY2(m_settings, qPrintable(error));
}

void TestLinkSettings::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

int TestLinkSettings::config(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return runConfigCommand(arguments, *m_settings, out, err);
}

int TestLinkSettings::profile(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return runProfileCommand(arguments, *m_settings, out, err);
}

LinkConfig TestLinkSettings::link(const QHash<QString, QString> &passwords)
{
    return EngineBinder::engineConfig(*m_settings, nullptr, passwords).link;
}

void TestLinkSettings::defaultsNeedNoCycles()
{
    const LinkConfig config = link();
    QCOMPARE(config.profile.kind, ConnectionProfile::Kind::AlwaysConnected);
    QCOMPARE(config.retrieval.method, RetrievalSettings::Method::None);
    QCOMPARE(config.schedule.kind, Schedule::Kind::Every);
    QCOMPARE(config.schedule.everyMinutes, 60);
    QCOMPARE(config.idleTimeoutMs, 300 * 1000);
    QCOMPARE(config.firstDeliveryGraceMs, 600 * 1000);
    QVERIFY(!config.needsCycles());
}

void TestLinkSettings::etrnGoesToTheSmarthostWithItsSecurity()
{
    QCOMPARE(config({u"set"_s, u"delivery.smarthost"_s, u"mail.provider.test:587"_s}), 0);
    QCOMPARE(config({u"set"_s, u"delivery.smarthost_auth"_s, u"cram-md5"_s}), 0);
    QCOMPARE(config({u"set"_s, u"delivery.smarthost_account"_s, u"office"_s}), 0);
    QCOMPARE(config({u"set"_s, u"routing.local_domains"_s, u"office.test, branch.office.test"_s}), 0);
    QCOMPARE(config({u"set"_s, u"retrieval.method"_s, u"etrn"_s}), 0);
    const QString key = SecretKey::smtpAuth(u"mail.provider.test"_s, u"office"_s);
    const LinkConfig config = link({{key, u"s3cret"_s}});
    QCOMPARE(config.retrieval.method, RetrievalSettings::Method::Etrn);
    QCOMPARE(config.retrieval.host, u"mail.provider.test"_s);
    QCOMPARE(config.retrieval.port, quint16(587));
    QCOMPARE(config.retrieval.domains, (QStringList{u"office.test"_s, u"branch.office.test"_s}));
    QCOMPARE(config.retrieval.security.auth, ClientSecurity::Auth::CramMd5);
    QCOMPARE(config.retrieval.security.account, u"office"_s);
    QCOMPARE(config.retrieval.security.password, u"s3cret"_s);
    QCOMPARE(config.retrieval.heloName, u"gw.office.test"_s);
    QVERIFY(config.needsCycles());
}

void TestLinkSettings::etrnToASpecifiedHostWithOwnAccount()
{
    QCOMPARE(config({u"set"_s, u"delivery.smarthost"_s, u"mail.provider.test"_s}), 0);
    QCOMPARE(config({u"set"_s, u"retrieval.method"_s, u"etrn"_s}), 0);
    QCOMPARE(config({u"set"_s, u"retrieval.etrn_host"_s, u"etrn.provider.test:2525"_s}), 0);
    QCOMPARE(config({u"set"_s, u"retrieval.domains"_s, u"@office.test"_s}), 0);
    QCOMPARE(config({u"set"_s, u"retrieval.auth"_s, u"plain"_s}), 0);
    QCOMPARE(config({u"set"_s, u"retrieval.tls"_s, u"required"_s}), 0);
    QCOMPARE(config({u"set"_s, u"retrieval.account"_s, u"etrnuser"_s}), 0);
    const QString key = LinkBinder::retrievalSecretKey(*m_settings);
    QCOMPARE(key, SecretKey::smtpAuth(u"etrn.provider.test"_s, u"etrnuser"_s));
    QVERIFY(EngineBinder::neededSecretKeys(*m_settings, nullptr).contains(key));
    const LinkConfig config = link({{key, u"pw"_s}});
    QCOMPARE(config.retrieval.host, u"etrn.provider.test"_s);
    QCOMPARE(config.retrieval.port, quint16(2525));
    QCOMPARE(config.retrieval.domains, QStringList{u"@office.test"_s});
    QCOMPARE(config.retrieval.security.auth, ClientSecurity::Auth::Plain);
    QCOMPARE(config.retrieval.security.tls, ClientSecurity::Tls::Required);
    QCOMPARE(config.retrieval.security.password, u"pw"_s);
}

void TestLinkSettings::atrnDefaultsToPort366()
{
    QCOMPARE(config({u"set"_s, u"retrieval.method"_s, u"atrn"_s}), 0);
    QCOMPARE(config({u"set"_s, u"retrieval.atrn_host"_s, u"odmr.provider.test"_s}), 0);
    const LinkConfig config = link();
    QCOMPARE(config.retrieval.method, RetrievalSettings::Method::Atrn);
    QCOMPARE(config.retrieval.host, u"odmr.provider.test"_s);
    QCOMPARE(config.retrieval.port, quint16(366));
}

void TestLinkSettings::retrievalWithoutAHostIsLeftOff()
{
    QCOMPARE(config({u"set"_s, u"retrieval.method"_s, u"etrn"_s}), 0); // DNS delivery, no smarthost
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"retrieval needs a host"_s));
    QCOMPARE(link().retrieval.method, RetrievalSettings::Method::None);
}

void TestLinkSettings::scheduleSettingsBecomeTheSchedule()
{
    QCOMPARE(config({u"set"_s, u"schedule.mode"_s, u"at"_s}), 0);
    QCOMPARE(config({u"set"_s, u"schedule.times"_s, u"mon-fri 08:00,12:30; sat 10:00"_s}), 0);
    Schedule schedule = link().schedule;
    QCOMPARE(schedule.kind, Schedule::Kind::AtTimes);
    QCOMPARE(schedule.times.size(), 3);
    QCOMPARE(config({u"set"_s, u"schedule.mode"_s, u"when_queued"_s}), 0);
    QCOMPARE(config({u"set"_s, u"schedule.queued_minutes"_s, u"20"_s}), 0);
    schedule = link().schedule;
    QCOMPARE(schedule.kind, Schedule::Kind::WhenQueued);
    QCOMPARE(schedule.queuedMinutes, 20);
    // "at" with no times can never fire: manual only, and said so.
    QCOMPARE(config({u"set"_s, u"schedule.mode"_s, u"at"_s}), 0);
    QCOMPARE(config({u"unset"_s, u"schedule.times"_s}), 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"can never start a connection"_s));
    QCOMPARE(link().schedule.kind, Schedule::Kind::Manual);
}

void TestLinkSettings::invalidValuesAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("profile kind") << u"dialup.profile"_s << u"modem:1"_s;
    QTest::newRow("profile without name") << u"dialup.profile"_s << u"nm:"_s;
    QTest::newRow("times") << u"schedule.times"_s << u"mon 25:00"_s;
    QTest::newRow("weekday") << u"schedule.times"_s << u"someday 08:00"_s;
    QTest::newRow("method") << u"retrieval.method"_s << u"pop3"_s;
    QTest::newRow("domain") << u"retrieval.domains"_s << u"@bad..test"_s;
    QTest::newRow("etrn host") << u"retrieval.etrn_host"_s << u"host:99999"_s;
    QTest::newRow("command quotes") << u"retrieval.command"_s << u"ssh 'unbalanced"_s;
    QTest::newRow("idle") << u"link.idle_timeout"_s << u"0"_s;
    QTest::newRow("auth") << u"retrieval.auth"_s << u"kerberos"_s;
}

void TestLinkSettings::invalidValuesAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QCOMPARE(config({u"get"_s, key}), 0);
    const QString before = m_out;
    QCOMPARE(config({u"set"_s, key, value}), 2);
    QVERIFY(!m_err.isEmpty());
    QCOMPARE(config({u"get"_s, key}), 0);
    QCOMPARE(m_out, before);
}

void TestLinkSettings::customProfileFromTheTable()
{
    ConnectionProfileTable table(m_settings.get());
    CustomProfileEntry entry;
    entry.name = u"isdn"_s;
    entry.connect = u"/usr/local/bin/dial --line 2 'Provider Name'"_s;
    entry.disconnect = u"/usr/local/bin/hangup"_s;
    entry.probe = u"tcp:mail.provider.test:25"_s;
    entry.probeTimeoutSeconds = 7;
    QCOMPARE(table.put(entry), QString());
    QCOMPARE(config({u"set"_s, u"dialup.profile"_s, u"custom:isdn"_s}), 0);
    QCOMPARE(config({u"set"_s, u"dialup.retries"_s, u"4"_s}), 0);
    const ConnectionProfile profile = link().profile;
    QCOMPARE(profile.kind, ConnectionProfile::Kind::Custom);
    QCOMPARE(profile.name, u"isdn"_s);
    QCOMPARE(profile.connect.program, u"/usr/local/bin/dial"_s);
    QCOMPARE(profile.connect.arguments, (QStringList{u"--line"_s, u"2"_s, u"Provider Name"_s}));
    QCOMPARE(profile.disconnect.program, u"/usr/local/bin/hangup"_s);
    QCOMPARE(profile.probe.kind, LinkProbe::Kind::TcpConnect);
    QCOMPARE(profile.probe.host, u"mail.provider.test"_s);
    QCOMPARE(profile.probe.port, quint16(25));
    QCOMPARE(profile.probe.timeLimitMs, 7000);
    QCOMPARE(profile.retries, 4);
    QCOMPARE(profile.dialTimeLimitMs, 120 * 1000);
    QVERIFY(link().needsCycles());

    // A profile that disappeared: treated as always connected, with a warning.
    QCOMPARE(table.remove(u"isdn"_s), QString());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no custom connection profile isdn"_s));
    QCOMPARE(link().profile.kind, ConnectionProfile::Kind::AlwaysConnected);
}

void TestLinkSettings::profileCommandAddsListsAndRemoves()
{
    QCOMPARE(profile({u"add"_s, u"office-vpn"_s, u"--connect"_s, u"nmcli connection up id vpn"_s,
                      u"--disconnect"_s, u"nmcli connection down id vpn"_s, u"--probe"_s,
                      u"command:ping -c1 -W1 10.0.0.1"_s, u"--probe-timeout"_s, u"5"_s}),
             0);
    QCOMPARE(profile({u"list"_s}), 0);
    QVERIFY2(m_out.contains(u"custom:office-vpn\tcustom connect=nmcli connection up id vpn"_s),
             qPrintable(m_out));
    QVERIFY(m_out.startsWith(u"always\t"_s));
    const QList<CustomProfileEntry> entries = ConnectionProfileTable(m_settings.get()).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().probeTimeoutSeconds, 5);
    QCOMPARE(profile({u"remove"_s, u"office-vpn"_s}), 0);
    QVERIFY(ConnectionProfileTable(m_settings.get()).entries().isEmpty());
    QCOMPARE(profile({u"remove"_s, u"office-vpn"_s}), 2);
    QVERIFY(m_err.contains(u"no connection profile"_s));
}

void TestLinkSettings::profileCommandRefusesInvalidProfiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no connect") << QStringList{u"add"_s, u"p"_s};
    QTest::newRow("colon in name") << QStringList{u"add"_s, u"a:b"_s, u"--connect"_s, u"true"_s};
    QTest::newRow("bad probe") << QStringList{u"add"_s,  u"p"_s,       u"--connect"_s,
                                              u"true"_s, u"--probe"_s, u"ping"_s};
    QTest::newRow("tcp probe without port")
        << QStringList{u"add"_s, u"p"_s, u"--connect"_s, u"true"_s, u"--probe"_s, u"tcp:host"_s};
    QTest::newRow("unbalanced quote") << QStringList{u"add"_s, u"p"_s, u"--connect"_s, u"sh -c 'x"_s};
    QTest::newRow("unknown option") << QStringList{u"add"_s,  u"p"_s,   u"--connect"_s,
                                                   u"true"_s, u"--x"_s, u"1"_s};
    QTest::newRow("probe time limit")
        << QStringList{u"add"_s, u"p"_s, u"--connect"_s, u"true"_s, u"--probe-timeout"_s, u"0"_s};
}

void TestLinkSettings::profileCommandRefusesInvalidProfiles()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(profile(arguments), 2);
    QVERIFY(!m_err.isEmpty());
    QVERIFY(ConnectionProfileTable(m_settings.get()).entries().isEmpty());
}

void TestLinkSettings::dialupPasswordReachesTheLogon()
{
    QCOMPARE(config({u"set"_s, u"dialup.profile"_s, u"ppp:provider"_s}), 0);
    QCOMPARE(config({u"set"_s, u"dialup.account"_s, u"office"_s}), 0);
    QCOMPARE(config({u"set"_s, u"dialup.domain"_s, u"PROVIDER"_s}), 0);
    const QString key = LinkBinder::dialupSecretKey(*m_settings);
    QCOMPARE(key, SecretKey::dialup(u"ppp:provider"_s, u"office"_s));
    QVERIFY(EngineBinder::neededSecretKeys(*m_settings, nullptr).contains(key));
    const LinkConfig config = link({{key, u"modem-pw"_s}});
    QCOMPARE(config.profile.kind, ConnectionProfile::Kind::Pppd);
    QCOMPARE(config.profile.name, u"provider"_s);
    QCOMPARE(config.logon.account, u"office"_s);
    QCOMPARE(config.logon.domain, u"PROVIDER"_s);
    QCOMPARE(config.logon.password, u"modem-pw"_s);
    // The password is never in the configuration database.
    QFile database(m_dir->filePath(u"sluice.db"_s));
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains("modem-pw"));
}

QTEST_GUILESS_MAIN(TestLinkSettings)
#include "tst_linksettings.moc"
