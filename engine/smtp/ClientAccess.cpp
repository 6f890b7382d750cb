// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/ClientAccess.h"

namespace Sluice::ClientAccess {

const HostRule *firstMatch(const QList<HostRule> &rules, const QHostAddress &address)
{
    for (const HostRule &rule : rules) {
        if (rule.network.contains(address))
            return &rule;
    }
    return nullptr;
}

bool rejects(const QList<HostRule> &rules, const QHostAddress &address)
{
    const HostRule *rule = firstMatch(rules, address);
    return rule && !rule->accept;
}

bool grantsRelay(const QList<HostRule> &rules, const QHostAddress &address)
{
    const HostRule *rule = firstMatch(rules, address);
    return rule && rule->accept && rule->relay;
}

SmtpReply rejection(const QByteArray &hostName)
{
    return SmtpReply::make(521, "5.7.1", QByteArray(hostName + " does not accept mail from you"));
}

std::optional<SmtpReply> mailRefusal(AcceptPolicy policy, bool authenticated, bool encrypted)
{
    switch (policy) {
    case AcceptPolicy::Any:
        return std::nullopt;
    case AcceptPolicy::AuthenticatedTls:
        if (!encrypted)
            return SmtpReply::make(530, "5.7.0", "Must issue a STARTTLS command first");
        [[fallthrough]];
    case AcceptPolicy::Authenticated:
        if (!authenticated)
            return SmtpReply::make(530, "5.7.0", "Authentication required");
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<SmtpReply> authRefusal(AcceptPolicy policy, bool encrypted)
{
    if (policy == AcceptPolicy::AuthenticatedTls && !encrypted)
        return SmtpReply::make(538, "5.7.11", "Encryption required for requested authentication mechanism");
    return std::nullopt;
}

bool authOffered(AcceptPolicy policy, bool encrypted)
{
    return !authRefusal(policy, encrypted).has_value();
}

} // namespace Sluice::ClientAccess
