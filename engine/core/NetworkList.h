// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Sluice {

/// A list of IP subnets ("127.0.0.0/8", "::1/128", or a single address) that a client address is
/// matched against, e.g. the networks allowed to relay.
class NetworkList
{
public:
    /// Parses every entry; on the first bad one returns false and names it in errorEntry.
    static bool parse(const QStringList &entries, NetworkList *result, QString *errorEntry = nullptr);
    static NetworkList fromTrustedDefaults(); ///< loopback only

    /// IPv4-mapped IPv6 addresses (what a dual-stack listener reports for IPv4 clients) are matched
    /// as the IPv4 address they carry.
    bool contains(const QHostAddress &address) const;
    bool isEmpty() const { return m_subnets.isEmpty(); }

    static QHostAddress normalised(const QHostAddress &address);

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace Sluice
