// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDiscovery: nmcli's terse output, pppd peers in a folder, and fake nmcli and pon programs
// found (or not) through PATH.

#include "TestScripts.h"
#include "dial/ProfileDiscovery.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace SluiceTest;
using namespace Qt::StringLiterals;

namespace {

/// Sets PATH for one test and puts the old one back.
class PathOverride
{
public:
    explicit PathOverride(const QString &path)
        : m_old(qgetenv("PATH"))
    {
        qputenv("PATH", path.toUtf8());
    }
    ~PathOverride() { qputenv("PATH", m_old); }

private:
    QByteArray m_old;
};

QStringList ids(const QList<ConnectionProfile> &profiles)
{
    QStringList list;
    for (const ConnectionProfile &profile : profiles)
        list.append(profile.id());
    return list;
}

struct Fixture
{
    QTemporaryDir bin;
    QTemporaryDir peers;

    Fixture()
    {
        for (const QString &name :
             {u"provider"_s, u"work isp"_s, u"old~"_s, u"provider.dpkg-old"_s, u".hidden"_s}) {
            QFile file(peers.filePath(name));
            if (file.open(QIODevice::WriteOnly))
                file.write("noauth\n");
        }
        QDir(peers.path()).mkdir(u"chatscripts"_s);
    }

    /// A fake nmcli that answers only the exact question discovery asks.
    void addNmcli(const QByteArray &output, int exitCode = 0)
    {
        writeScript(bin, u"nmcli"_s,
                    "if [ \"$*\" != '-t -f NAME,TYPE connection show' ]; then echo \"unexpected: $*\" >&2; "
                    "exit 2; fi\n"
                    "printf '%s' '" +
                        output + "'\nexit " + QByteArray::number(exitCode));
    }
    void addPon() { writeScript(bin, u"pon"_s, "exit 0"); }
};

const QByteArray NmcliOutput = "Wired connection 1:802-3-ethernet\n"
                               "Office\\: VPN:vpn\n"
                               "lo:loopback\n"
                               "Mobile \\\\ GSM:gsm\n";

} // namespace

class TestProfileDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitTerseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << u"Office:vpn"_s << QStringList{u"Office"_s, u"vpn"_s};
        QTest::newRow("escaped colon") << u"a\\:b:vpn"_s << QStringList{u"a:b"_s, u"vpn"_s};
        QTest::newRow("escaped backslash") << u"a\\\\:gsm"_s << QStringList{u"a\\"_s, u"gsm"_s};
        QTest::newRow("backslash then colon") << u"a\\\\\\:b:x"_s << QStringList{u"a\\:b"_s, u"x"_s};
        QTest::newRow("empty field") << u":vpn:"_s << QStringList{QString(), u"vpn"_s, QString()};
        QTest::newRow("one field") << u"name"_s << QStringList{u"name"_s};
    }

    void splitTerseLine()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, fields);
        QCOMPARE(ProfileDiscovery::splitTerseLine(line), fields);
    }

    void parseConnections()
    {
        const QList<NmConnection> connections =
            ProfileDiscovery::parseConnections(NmcliOutput + "\nbroken line without type\n");
        QCOMPARE(connections.size(), 4);
        QCOMPARE(connections.at(0).name, u"Wired connection 1"_s);
        QCOMPARE(connections.at(0).type, u"802-3-ethernet"_s);
        QCOMPARE(connections.at(1).name, u"Office: VPN"_s);
        QCOMPARE(connections.at(1).type, u"vpn"_s);
        QCOMPARE(connections.at(2).type, u"loopback"_s);
        QCOMPARE(connections.at(3).name, u"Mobile \\ GSM"_s);
        QCOMPARE(connections.at(3).type, u"gsm"_s);
    }

    void peersAreRegularFiles()
    {
        Fixture f;
        QCOMPARE(ProfileDiscovery::pppPeers(f.peers.path()), (QStringList{u"provider"_s, u"work isp"_s}));
        QCOMPARE(ProfileDiscovery::pppPeers(f.peers.filePath(u"missing"_s)), QStringList());
    }

    void toolsFoundThroughPath()
    {
        Fixture f;
        f.addNmcli(NmcliOutput);
        f.addPon();
        PathOverride path(f.bin.path());
        const QList<ConnectionProfile> profiles = ProfileDiscovery::discover(f.peers.path());
        QCOMPARE(ids(profiles), (QStringList{u"nm:Wired connection 1"_s, u"nm:Office: VPN"_s,
                                             u"nm:Mobile \\ GSM"_s, u"ppp:provider"_s, u"ppp:work isp"_s}));
        const ConnectionProfile &vpn = profiles.at(1);
        QCOMPARE(vpn.kind, ConnectionProfile::Kind::NetworkManager);
        QCOMPARE(vpn.connect,
                 (CommandLine{u"nmcli"_s, {u"connection"_s, u"up"_s, u"id"_s, u"Office: VPN"_s}}));
        QCOMPARE(vpn.disconnect,
                 (CommandLine{u"nmcli"_s, {u"connection"_s, u"down"_s, u"id"_s, u"Office: VPN"_s}}));
        QCOMPARE(vpn.probe.kind, LinkProbe::Kind::NetworkManagerActive);
        QCOMPARE(vpn.probe.name, u"Office: VPN"_s);
        const ConnectionProfile &ppp = profiles.at(3);
        QCOMPARE(ppp.kind, ConnectionProfile::Kind::Pppd);
        QCOMPARE(ppp.connect, (CommandLine{u"pon"_s, {u"provider"_s}}));
        QCOMPARE(ppp.disconnect, (CommandLine{u"poff"_s, {u"provider"_s}}));
        QCOMPARE(ppp.probe.kind, LinkProbe::Kind::InterfaceUp);
        QCOMPARE(ppp.probe.name, u"ppp"_s);
    }

    void onlyNetworkManager()
    {
        Fixture f;
        f.addNmcli(NmcliOutput);
        PathOverride path(f.bin.path());
        QCOMPARE(ids(ProfileDiscovery::discover(f.peers.path())),
                 (QStringList{u"nm:Wired connection 1"_s, u"nm:Office: VPN"_s, u"nm:Mobile \\ GSM"_s}));
    }

    void onlyPppd()
    {
        Fixture f;
        f.addPon();
        PathOverride path(f.bin.path());
        QCOMPARE(ids(ProfileDiscovery::discover(f.peers.path())),
                 (QStringList{u"ppp:provider"_s, u"ppp:work isp"_s}));
    }

    void nothingWithoutTheTools()
    {
        Fixture f;
        QTemporaryDir empty;
        PathOverride path(empty.path());
        QVERIFY(ProfileDiscovery::discover(f.peers.path()).isEmpty());
    }

    void failingNmcliListsNothing()
    {
        Fixture f;
        f.addNmcli("Error: NetworkManager is not running.", 8);
        PathOverride path(f.bin.path());
        QVERIFY(ProfileDiscovery::discover(f.peers.path()).isEmpty());
    }

    void profileIds()
    {
        QCOMPARE(ConnectionProfile::alwaysConnected().id(), u"always"_s);
        QCOMPARE(ConnectionProfile::networkManager(u"Office"_s).id(), u"nm:Office"_s);
        QCOMPARE(ConnectionProfile::pppd(u"provider"_s).id(), u"ppp:provider"_s);
        QCOMPARE(ConnectionProfile::custom(u"Lab"_s, {}, {}, {}).id(), u"custom:Lab"_s);
    }
};

QTEST_GUILESS_MAIN(TestProfileDiscovery)
#include "tst_profilediscovery.moc"
