// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbound/MxLookup.h"
#include "outbound/NextHop.h"
#include "outbound/OutboundConfig.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Sluice {

/// Decides where mail for a recipient domain goes (Connections page: Message delivery and E-Mail
/// Domain overrides; Routing page: the reroute table):
/// 0. with rerouting on, the domain's row in the reroute table (RerouteTable): a host goes directly,
///    a domain is routed by the steps below as if the mail were addressed to it;
/// 1. the most specific E-Mail Domain entry for the domain or one of its parents ("example.com"
///    covers "sub.example.com"): Forward -> its host:port, Dns -> the domain's MX hosts;
/// 2. otherwise "Forward all messages to host" -> the smarthost;
/// 3. an address literal ("[192.0.2.1]", "[ipv6:2001:db8::1]") -> that address;
/// 4. otherwise the domain's MX hosts (MxLookup), with the matching entry's security or the default
///    (opportunistic TLS).
class RouteResolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RouteResult &)>;

    explicit RouteResolver(QObject *parent = nullptr);

    void configure(const OutboundConfig &config);

    /// Resolves domainLower and calls done on context's thread, always asynchronously (also for
    /// configured routes), so callers never re-enter themselves. Not called when context is gone.
    void resolve(const QString &domainLower, QObject *context, Callback done);
    /// Cancels the DNS lookups in progress; their callbacks are not called.
    void abortAll();

    /// The most specific E-Mail Domain entry for domainLower, or nullptr.
    static const DomainRoute *matchingRoute(const OutboundConfig &config, const QString &domainLower);
    /// The hops that need no DNS (a Forward entry or the smarthost); nullopt: look up the MX hosts.
    static std::optional<RouteResult> configuredRoute(const OutboundConfig &config,
                                                      const QString &recipientDomain);
    /// The domain whose route recipientDomain's mail takes: its reroute target when that is a
    /// domain, else recipientDomain itself.
    static QString routedDomain(const OutboundConfig &config, const QString &recipientDomain);

private:
    OutboundConfig m_config;
    QList<QPointer<MxLookup>> m_lookups;
};

} // namespace Sluice
