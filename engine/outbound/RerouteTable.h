// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbound/NextHop.h"
#include "outbound/OutboundConfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sluice {

/// Where a rerouted domain's mail goes: either the route of another domain (its E-Mail Domain
/// entry, the smarthost or its MX, as for mail addressed to it), or one host directly.
struct RerouteTarget
{
    QString domain;             ///< lower case; empty when hop is set
    std::optional<NextHop> hop; ///< HOST:PORT, [IP] or a bare address: no MX lookup
};

/// The Routing page's reroute table ("Sent to" -> "Route to"), in force only when routing.reroute is
/// on. It answers two questions: may a client that cannot relay send to this domain (yes: a rerouted
/// domain is a destination Sluice serves, as a backup MX accepts mail for its domains, never an open
/// relay), and where does its mail go. "example.com" matches the domain and its subdomains and the
/// most specific row wins; "#example.com" matches that domain only. Local domains are decided before
/// this table is asked (RecipientPolicy), so they stay local whatever it says.
class RerouteTable
{
public:
    RerouteTable() = default;
    /// Empty unless config.reroute is on.
    explicit RerouteTable(const OutboundConfig &config);
    explicit RerouteTable(const QList<RerouteRule> &rules);

    bool isEmpty() const { return m_rules.isEmpty(); }
    /// The row for domainLower (no address literals), or nullptr.
    const RerouteRule *match(const QString &domainLower) const;
    /// The target of domainLower's row, or nullopt when no row matches.
    std::optional<RerouteTarget> targetFor(const QString &domainLower) const;

    /// Reads a "Route to" text: "[IP]", "[IP]:PORT", "HOST:PORT" and bare addresses name a host
    /// (port 25 unless given); anything else is a domain. Nothing is validated here: the models
    /// layer refuses bad rows before they reach the engine.
    static RerouteTarget parseTarget(const QString &routeTo);

private:
    QList<RerouteRule> m_rules;
};

} // namespace Sluice
