// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/RouteResolver.h"

#include "outbound/OutboundLog.h"
#include "outbound/RerouteTable.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Sluice {

RouteResolver::RouteResolver(QObject *parent)
    : QObject(parent)
{}

void RouteResolver::configure(const OutboundConfig &config)
{
    m_config = config;
}

const DomainRoute *RouteResolver::matchingRoute(const OutboundConfig &config, const QString &domainLower)
{
    const DomainRoute *best = nullptr;
    for (const DomainRoute &route : config.domainRoutes) {
        const QString pattern = route.domain.toLower();
        if (pattern.isEmpty())
            continue;
        // A parent matches at a label boundary only: "example.com" covers "mx.example.com" but not
        // "badexample.com".
        const bool matches = domainLower == pattern || domainLower.endsWith(u'.' + pattern);
        if (matches && (!best || pattern.size() > best->domain.size()))
            best = &route;
    }
    return best;
}

QString RouteResolver::routedDomain(const OutboundConfig &config, const QString &domainLower)
{
    // One step only: a "Route to" domain that is itself in the table is not rerouted again, so two
    // rows pointing at each other cannot loop.
    const std::optional<RerouteTarget> target = RerouteTable(config).targetFor(domainLower);
    return target && !target->hop ? target->domain : domainLower;
}

std::optional<RouteResult> RouteResolver::configuredRoute(const OutboundConfig &config,
                                                          const QString &recipientDomain)
{
    RouteResult result;
    // The reroute table (Routing page) comes before everything else: the rerouted domain's own
    // E-Mail Domain entry and MX are not used. A host goes directly; a domain is routed as its mail is.
    if (const std::optional<RerouteTarget> target = RerouteTable(config).targetFor(recipientDomain);
        target && target->hop) {
        result.hops.append(*target->hop);
        return result;
    }
    const QString domainLower = routedDomain(config, recipientDomain);
    if (const DomainRoute *route = matchingRoute(config, domainLower)) {
        if (route->kind == DomainRoute::Kind::Dns)
            return std::nullopt;
        result.hops.append({route->host, route->port, route->security, {}});
        return result;
    }
    if (config.mode == OutboundConfig::Mode::Smarthost) {
        if (config.smarthost.isEmpty())
            return RouteResult::failure(false, "4.3.5", u"no smarthost is configured"_s);
        result.hops.append({config.smarthost, config.smarthostPort, config.smarthostSecurity, {}});
        return result;
    }
    if (domainLower.startsWith(u'[') && domainLower.endsWith(u']')) {
        // An address literal (RFC 5321 4.1.3) names the host itself: no MX lookup.
        QString address = domainLower.mid(1, domainLower.size() - 2);
        if (address.startsWith("ipv6:"_L1))
            address = address.mid(5);
        result.hops.append({address, 25, {}, {}});
        return result;
    }
    return std::nullopt;
}

void RouteResolver::resolve(const QString &domainLower, QObject *context, Callback done)
{
    if (std::optional<RouteResult> configured = configuredRoute(m_config, domainLower)) {
        qCDebug(lcOutbound).noquote()
            << "route" << domainLower << "->"
            << (configured->ok() ? configured->hops.first().endpoint() : configured->text);
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = *configured] { done(result); }, Qt::QueuedConnection);
        return;
    }
    // DNS, with the security of a "use DNS" entry when there is one.
    const QString lookupDomain = routedDomain(m_config, domainLower);
    if (lookupDomain != domainLower)
        qCDebug(lcOutbound).noquote() << "route" << domainLower << "rerouted to" << lookupDomain;
    const DomainRoute *route = matchingRoute(m_config, lookupDomain);
    const ClientSecurity security = route ? route->security : ClientSecurity();
    auto *lookup = new MxLookup(lookupDomain, m_config.dnsServer, this);
    m_lookups.append(lookup);
    connect(lookup, &MxLookup::finished, context, [done = std::move(done), security](RouteResult result) {
        for (NextHop &hop : result.hops)
            hop.security = security;
        done(result);
    });
    connect(lookup, &MxLookup::finished, this, [this, lookup] {
        m_lookups.removeAll(lookup);
        lookup->deleteLater();
    });
    lookup->start();
}

void RouteResolver::abortAll()
{
    const QList<QPointer<MxLookup>> lookups = std::exchange(m_lookups, {});
    for (const QPointer<MxLookup> &lookup : lookups) {
        if (lookup) {
            lookup->abort();
            lookup->deleteLater();
        }
    }
}

} // namespace Sluice
