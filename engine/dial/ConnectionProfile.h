// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dial/ExternalCommand.h"

#include <QMetaType>
#include <QString>

namespace Sluice {

/// "Is the link up?" Dialing is only done when this says yes: a connect command that exits 0
/// has merely started the dialing (pon, for one, returns while pppd still negotiates).
struct LinkProbe
{
    enum class Kind { None, Command, TcpConnect, NetworkManagerActive, InterfaceUp };
    Kind kind = Kind::None;
    CommandLine command; ///< Command: exit 0 = up
    QString host;        ///< TcpConnect: a connect within the time limit = up
    quint16 port = 0;    ///< TcpConnect
    /// NetworkManagerActive: the NM connection name; InterfaceUp: interface name prefix ("ppp").
    QString name;
    int timeLimitMs = 10000; ///< per probe

    static LinkProbe commandProbe(const CommandLine &command);
    static LinkProbe tcpConnect(const QString &host, quint16 port);
    static LinkProbe networkManagerActive(const QString &connection);
    static LinkProbe interfaceUp(const QString &namePrefix);
};

/// How Sluice gets onto the Internet: the Exchange IMS "dial-up connection" of a Linux machine.
struct ConnectionProfile
{
    enum class Kind { AlwaysConnected, NetworkManager, Pppd, Custom };
    Kind kind = Kind::AlwaysConnected;
    QString name; ///< NM connection name, pppd peer name, or the custom profile's name
    CommandLine connect;
    CommandLine disconnect;
    LinkProbe probe;
    int dialTimeLimitMs = 120000; ///< connect + probe until up, per attempt
    int retries = 2;              ///< further attempts after the first
    int retryDelayMs = 30000;
    int hangUpTimeLimitMs = 30000; ///< for the disconnect command

    QString id() const; ///< "always", "nm:NAME", "ppp:PEER", "custom:NAME"
    /// Plain words for the console: "NetworkManager connection “Office”", "pppd peer “provider”".
    QString displayName() const;
    static ConnectionProfile alwaysConnected();
    /// nmcli connection up/down id NAME; probe NetworkManagerActive.
    static ConnectionProfile networkManager(const QString &connection);
    /// pon PEER / poff PEER; probe InterfaceUp "ppp".
    static ConnectionProfile pppd(const QString &peer);
    static ConnectionProfile custom(const QString &name, const CommandLine &connect,
                                    const CommandLine &disconnect, const LinkProbe &probe);
};

/// The IMS "Logon Information": given to the connect and disconnect commands in their environment
/// (see LinkDialer), never on their command line, where any local user could read it in ps.
struct LogonInfo
{
    QString account;
    QString password;
    QString domain;
};

} // namespace Sluice

Q_DECLARE_METATYPE(Sluice::ConnectionProfile)
