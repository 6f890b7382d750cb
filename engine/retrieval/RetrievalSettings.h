// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/SmtpClientTypes.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Sluice {

/// How to ask the provider for the office's held mail (IMS "Mail Retrieval"), with everything the
/// conversation needs already resolved by the caller: the engine reads no settings itself.
struct RetrievalSettings
{
    enum class Method {
        None,
        Etrn,   ///< RFC 1985: the provider delivers to our registered route, on a connection of its own
        Turn,   ///< RFC 821: roles swap on this connection (after AUTH where configured)
        Atrn,   ///< RFC 2645 On-Demand Mail Relay: AUTH, then roles swap; works with dynamic addresses
        Command ///< a local program; run by the caller, not by ProviderRetrieval
    };
    Method method = Method::None;
    /// As the admin wrote them; "@example.com" = the domain and its subdomains (RFC 1985), sent as
    /// written for ETRN; for ATRN and TURN the '@' is stripped; ATRN sends them comma-joined.
    QStringList domains;
    /// Resolved by the caller (ETRN: the outbound host or the specified host; TURN: the outbound
    /// host; ATRN: the ATRN host, default port 366).
    QString host;
    quint16 port = 25;
    QString tlsPeerName;     ///< the name the certificate must carry; empty: host
    ClientSecurity security; ///< TLS and AUTH for that host
    QString heloName;
    ClientTimeouts timeouts;
    int atrnTimeoutMs = 10 * 60 * 1000; ///< RFC 2645: the provider may take long to answer ATRN
    QList<QSslCertificate> extraCaCertificates;
};

} // namespace Sluice
