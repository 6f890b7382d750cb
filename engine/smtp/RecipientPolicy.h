// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"
#include "hold/HeldDomains.h"
#include "outbound/RerouteTable.h"

namespace Sluice {

class EtrnService;
struct MailboxAddress;

struct RecipientDecision
{
    enum class Kind {
        Local,       ///< a local domain with a known mailbox (or the catch-all)
        Remote,      ///< another domain, and the client may relay
        UnknownUser, ///< a local domain without such a mailbox and no catch-all: 550 5.1.1
        RelayDenied  ///< another domain from a client that may not relay: 554 5.7.1
    };
    Kind kind = Kind::RelayDenied;
    QString mailbox; ///< for Local
};

/// Decides what happens to a RCPT TO address. Nothing is relayed unless the client is in the relay
/// networks: there is no open relay, whatever the address looks like. Tricks such as the percent hack
/// ("a%b@local") stay local parts and source routes were dropped by the parser, so only the final
/// domain counts; when the local domains go to an internal server, a local part with "%", "!" or a
/// quoted "@" is refused (550 5.1.1), as that server might route it on. The exceptions: domains held for ETRN
/// (Sluice as their provider) and domains in the reroute table (when rerouting is on) are accepted as
/// destinations from anyone, as a backup MX accepts mail for the domains it serves. A local domain stays
/// local whatever the table says.
class RecipientPolicy
{
public:
    /// heldDomains: "Queue messages for ETRN" entries; etrn: the engine's ETRN server, which outlives
    /// every policy (null: ETRN is not offered).
    explicit RecipientPolicy(LocalDeliveryConfig config, const QStringList &heldDomains = {},
                             EtrnService *etrn = nullptr);

    /// The reroute table in force (empty: rerouting is off); set once, before the policy is shared.
    void setReroutes(const RerouteTable &reroutes) { m_reroutes = reroutes; }
    const RerouteTable &reroutes() const { return m_reroutes; }

    RecipientDecision decide(const MailboxAddress &recipient, bool clientMayRelay) const;
    bool isLocalDomain(const QString &domainLower) const;
    const LocalDeliveryConfig &config() const { return m_config; }
    const HeldDomains &heldDomains() const { return m_held; }
    /// The ETRN server for sessions, or null when ETRN is not offered (disabled, or nothing held).
    EtrnService *etrnService() const;

private:
    QString mailboxFor(const MailboxAddress &recipient) const;

    LocalDeliveryConfig m_config;
    HeldDomains m_held;
    RerouteTable m_reroutes;
    EtrnService *m_etrn = nullptr;
};

} // namespace Sluice
