// SPDX-License-Identifier: GPL-3.0-or-later
#include "dial/ConnectionProfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sluice {

LinkProbe LinkProbe::commandProbe(const CommandLine &command)
{
    LinkProbe probe;
    probe.kind = Kind::Command;
    probe.command = command;
    return probe;
}

LinkProbe LinkProbe::tcpConnect(const QString &host, quint16 port)
{
    LinkProbe probe;
    probe.kind = Kind::TcpConnect;
    probe.host = host;
    probe.port = port;
    return probe;
}

LinkProbe LinkProbe::networkManagerActive(const QString &connection)
{
    LinkProbe probe;
    probe.kind = Kind::NetworkManagerActive;
    probe.name = connection;
    return probe;
}

LinkProbe LinkProbe::interfaceUp(const QString &namePrefix)
{
    LinkProbe probe;
    probe.kind = Kind::InterfaceUp;
    probe.name = namePrefix;
    return probe;
}

QString ConnectionProfile::id() const
{
    switch (kind) {
    case Kind::AlwaysConnected:
        return u"always"_s;
    case Kind::NetworkManager:
        return QString(u"nm:"_s + name);
    case Kind::Pppd:
        return QString(u"ppp:"_s + name);
    case Kind::Custom:
        return QString(u"custom:"_s + name);
    }
    return {};
}

QString ConnectionProfile::displayName() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Sluice::ConnectionProfile", text);
    };
    switch (kind) {
    case Kind::AlwaysConnected:
        return tr("always connected");
    case Kind::NetworkManager:
        return tr("NetworkManager connection “%1”").arg(name);
    case Kind::Pppd:
        return tr("pppd peer “%1”").arg(name);
    case Kind::Custom:
        return tr("connection “%1”").arg(name);
    }
    return {};
}

ConnectionProfile ConnectionProfile::alwaysConnected()
{
    return ConnectionProfile();
}

ConnectionProfile ConnectionProfile::networkManager(const QString &connection)
{
    ConnectionProfile profile;
    profile.kind = Kind::NetworkManager;
    profile.name = connection;
    // "id" so that a connection named like a UUID or a device is still taken by its name.
    profile.connect = {u"nmcli"_s, {u"connection"_s, u"up"_s, u"id"_s, connection}};
    profile.disconnect = {u"nmcli"_s, {u"connection"_s, u"down"_s, u"id"_s, connection}};
    profile.probe = LinkProbe::networkManagerActive(connection);
    return profile;
}

ConnectionProfile ConnectionProfile::pppd(const QString &peer)
{
    ConnectionProfile profile;
    profile.kind = Kind::Pppd;
    profile.name = peer;
    profile.connect = {u"pon"_s, {peer}};
    profile.disconnect = {u"poff"_s, {peer}};
    // pon returns once pppd is in the background; the link is up when a ppp interface has an address.
    profile.probe = LinkProbe::interfaceUp(u"ppp"_s);
    return profile;
}

ConnectionProfile ConnectionProfile::custom(const QString &name, const CommandLine &connect,
                                            const CommandLine &disconnect, const LinkProbe &probe)
{
    ConnectionProfile profile;
    profile.kind = Kind::Custom;
    profile.name = name;
    profile.connect = connect;
    profile.disconnect = disconnect;
    profile.probe = probe;
    return profile;
}

} // namespace Sluice
