// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dial/ConnectionProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sluice {

/// One line of `nmcli -t -f NAME,TYPE connection show`.
struct NmConnection
{
    QString name;
    QString type; ///< nmcli's type name: "802-3-ethernet", "vpn", "gsm", "loopback", ...
};

/// Lists the connections this machine already knows, for the console's choice of a profile.
/// A tool that is not installed means nothing of its kind is listed, never an error: many
/// gateways have NetworkManager or pppd, few have both.
class ProfileDiscovery
{
public:
    /// NetworkManager connections (when nmcli is found; loopback skipped), then pppd peers: the regular
    /// files in pppPeersDir (when pon is found; hidden and backup files skipped).
    /// Synchronous, with a short time limit on nmcli: it is called from the console and the command
    /// line, which wait for the answer anyway; the engine never calls it.
    static QList<ConnectionProfile> discover(const QString &pppPeersDir = QStringLiteral("/etc/ppp/peers"));

    /// Splits one line of nmcli's terse output (-t) into its fields: ':' separates them, and nmcli writes
    /// a ':' or '\' inside a field as "\:" or "\\".
    static QStringList splitTerseLine(const QString &line);
    /// Parses `nmcli -t -f NAME,TYPE connection show` (also with --active); lines without two fields
    /// are skipped.
    static QList<NmConnection> parseConnections(const QByteArray &terseOutput);
    /// The pppd peers in a folder, sorted by name, without asking whether pon is installed.
    static QStringList pppPeers(const QString &peersDir);
};

} // namespace Sluice
