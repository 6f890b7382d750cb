// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/SmtpClientTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sluice {

/// One host that may take a domain's mail, in the order to try.
struct NextHop
{
    QString host; ///< name (an MX target, the smarthost) or an address
    quint16 port = 25;
    ClientSecurity security;
    /// When host is an address resolved through the configured DNS server: the name it was found
    /// under, which the TLS certificate must carry. Empty: host itself.
    QString peerName;

    QString endpoint() const { return host + u':' + QString::number(port); }
};

/// Where a domain's mail goes: the hosts to try in order, or why it cannot go anywhere.
struct RouteResult
{
    QList<NextHop> hops;     ///< empty when the route failed
    bool permanent = false;  ///< a failure no retry can cure (no such domain, null MX)
    QByteArray enhancedCode; ///< RFC 3463 status for a failure: "5.1.2", "5.1.10", "4.4.3"
    QString text;            ///< the failure in plain words

    bool ok() const { return !hops.isEmpty(); }
    /// Recipients whose routes have equal keys share connections: same hosts, order and security.
    QString key() const;

    static RouteResult failure(bool permanent, const QByteArray &enhancedCode, const QString &text);
};

} // namespace Sluice
