// SPDX-License-Identifier: GPL-3.0-or-later
// The ETRN and hold settings, and how EngineBinder turns E-Mail Domain entries with "Queue messages
// for ETRN" into the engine's HoldConfig.

#include "EmailDomainTable.h"
#include "EngineBinder.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestHoldSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void heldEntriesAndSettingsReachTheEngine();
    void invalidValuesAreRefused();
};

namespace {
std::unique_ptr<Settings> openSettings(const QTemporaryDir &dir)
{
    QString error;
    auto settings = Settings::open(dir.filePath(u"sluice.db"_s), {dir.path(), u"mx.provider.test"_s}, &error);
    if (!settings)
        qWarning().noquote() << error;
    return settings;
}
} // namespace

void TestHoldSettings::defaults()
{
    QTemporaryDir dir;
    auto settings = openSettings(dir);
    QVERIFY(settings);
    QCOMPARE(settings->boolValue(Keys::EtrnEnabled), true);
    QCOMPARE(settings->stringValue(Keys::EtrnAccess), u"any"_s);
    QVERIFY(settings->listValue(Keys::EtrnHosts).isEmpty());
    QCOMPARE(settings->intValue(Keys::HoldTimeoutHours), 120);
    const HoldConfig hold = EngineBinder::engineConfig(*settings, nullptr, {}).hold;
    QVERIFY(hold.domains.isEmpty());
    QCOMPARE(hold.access, HoldConfig::EtrnAccess::Any);
    QCOMPARE(hold.timeoutHours, 120);
}

void TestHoldSettings::heldEntriesAndSettingsReachTheEngine()
{
    QTemporaryDir dir;
    auto settings = openSettings(dir);
    QVERIFY(settings);
    EmailDomainTable domains(settings.get());
    EmailDomainEntry held;
    held.domain = u"customer.example"_s;
    held.hold = true;
    held.forward = true;
    held.host = u"192.0.2.7"_s;
    held.port = 2525;
    QCOMPARE(domains.put(held), QString());
    EmailDomainEntry routed;
    routed.domain = u"partner.example"_s;
    QCOMPARE(domains.put(routed), QString());
    QCOMPARE(settings->setText(Keys::EtrnAccess, u"listed"_s), QString());
    QCOMPARE(settings->setText(Keys::EtrnHosts, u"192.0.2.0/24"_s), QString());
    QCOMPARE(settings->setText(Keys::HoldTimeoutHours, u"48"_s), QString());
    QCOMPARE(settings->setText(Keys::EtrnEnabled, u"false"_s), QString());

    const EngineConfig config = EngineBinder::engineConfig(*settings, &domains, {});
    QCOMPARE(config.hold.domains, QStringList{u"customer.example"_s});
    QCOMPARE(config.hold.access, HoldConfig::EtrnAccess::Listed);
    QVERIFY(config.hold.etrnHosts.contains(QHostAddress(u"192.0.2.9"_s)));
    QVERIFY(!config.hold.etrnHosts.contains(QHostAddress(u"127.0.0.1"_s)));
    QCOMPARE(config.hold.timeoutHours, 48);
    QVERIFY(!config.hold.etrnEnabled);
    // The held domain's route is its outbound DomainRoute: the configured host.
    bool routeFound = false;
    for (const DomainRoute &route : config.outbound.domainRoutes) {
        if (route.domain == "customer.example"_L1) {
            routeFound = true;
            QCOMPARE(route.kind, DomainRoute::Kind::Forward);
            QCOMPARE(route.host, u"192.0.2.7"_s);
            QCOMPARE(route.port, quint16(2525));
        }
    }
    QVERIFY(routeFound);
}

void TestHoldSettings::invalidValuesAreRefused()
{
    QTemporaryDir dir;
    auto settings = openSettings(dir);
    QVERIFY(settings);
    QVERIFY(!settings->setText(Keys::EtrnAccess, u"everyone"_s).isEmpty());
    QVERIFY(!settings->setText(Keys::EtrnHosts, u"not-a-network"_s).isEmpty());
    QVERIFY(!settings->setText(Keys::HoldTimeoutHours, u"0"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestHoldSettings)
#include "tst_holdsettings.moc"
