// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/RerouteTable.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Sluice {

RerouteTable::RerouteTable(const OutboundConfig &config)
    : RerouteTable(config.reroute ? config.reroutes : QList<RerouteRule>())
{}

RerouteTable::RerouteTable(const QList<RerouteRule> &rules)
{
    for (const RerouteRule &rule : rules) {
        const RerouteRule lower{rule.sentTo.trimmed().toLower(), rule.routeTo.trimmed().toLower()};
        if (lower.sentTo.size() > (lower.sentTo.startsWith(u'#') ? 1 : 0) && !lower.routeTo.isEmpty())
            m_rules.append(lower);
    }
}

const RerouteRule *RerouteTable::match(const QString &domainLower) const
{
    const RerouteRule *best = nullptr;
    qsizetype bestLength = -1;
    bool bestExact = false;
    for (const RerouteRule &rule : m_rules) {
        const bool exact = rule.sentTo.startsWith(u'#');
        const QString pattern = exact ? rule.sentTo.mid(1) : rule.sentTo;
        // A parent matches at a label boundary only: "example.com" covers "mx.example.com" but not
        // "badexample.com"; "#example.com" covers neither.
        const bool matches = domainLower == pattern || (!exact && domainLower.endsWith(u'.' + pattern));
        if (!matches)
            continue;
        // Longer is more specific; for the same domain, the exact row is the more specific one.
        if (pattern.size() > bestLength || (pattern.size() == bestLength && exact && !bestExact)) {
            best = &rule;
            bestLength = pattern.size();
            bestExact = exact;
        }
    }
    return best;
}

std::optional<RerouteTarget> RerouteTable::targetFor(const QString &domainLower) const
{
    const RerouteRule *rule = match(domainLower);
    if (!rule)
        return std::nullopt;
    return parseTarget(rule->routeTo);
}

RerouteTarget RerouteTable::parseTarget(const QString &routeTo)
{
    const QString text = routeTo.trimmed().toLower();
    RerouteTarget target;
    NextHop hop;
    if (text.startsWith(u'[')) {
        // "[192.0.2.1]", "[2001:db8::1]:2525", also "[ipv6:...]" as in an address literal.
        const qsizetype close = text.indexOf(u']');
        hop.host = text.mid(1, close - 1);
        if (hop.host.startsWith("ipv6:"_L1))
            hop.host = hop.host.mid(5);
        if (close > 0 && text.mid(close + 1).startsWith(u':'))
            hop.port = quint16(text.mid(close + 2).toUInt());
    } else if (text.count(u':') == 1) {
        const qsizetype colon = text.indexOf(u':');
        hop.host = text.left(colon);
        hop.port = quint16(text.mid(colon + 1).toUInt());
    } else if (!QHostAddress(text).isNull()) {
        hop.host = text; // an address has no MX: it is the host
    } else {
        target.domain = text;
        return target;
    }
    if (hop.port == 0)
        hop.port = 25;
    target.hop = hop;
    return target;
}

} // namespace Sluice
