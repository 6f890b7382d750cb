// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NetworkList.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <optional>

namespace Sluice {

/// IMS "Accept connections" (Connections page): which clients may send mail at all.
enum class AcceptPolicy {
    Any,              ///< from any host
    Authenticated,    ///< only after AUTH: MAIL before it gets 530
    AuthenticatedTls, ///< only after STARTTLS and AUTH; AUTH itself only under TLS (538 before)
};

/// One row of the Connections page's Hosts list. Rows are kept in the admin's order and the first
/// whose network holds the client decides, so a narrow exception goes above the wider rule.
struct HostRule
{
    NetworkList network; ///< one subnet (an address is a /32 or /128)
    bool accept = true;  ///< false: the client gets 521 and nothing else
    bool relay = false;  ///< an accepted client may relay, as if it were in relay.networks
};

/// The checks behind the Hosts list and the accept policy, kept out of the session so that the
/// conversation code only asks. None of them applies to Sluice's own connections whose roles were
/// reversed (TURN and ATRN pulls): the server hands those sessions a configuration without rules.
namespace ClientAccess {

/// The first rule whose network holds address (IPv4-mapped IPv6 matched as IPv4), or nullptr.
const HostRule *firstMatch(const QList<HostRule> &rules, const QHostAddress &address);
/// A reject row matches first: the connection is answered with rejection() and closed.
bool rejects(const QList<HostRule> &rules, const QHostAddress &address);
/// An accept row with "may relay" matches first.
bool grantsRelay(const QList<HostRule> &rules, const QHostAddress &address);
/// 521 5.7.1 (RFC 7504: this host does not accept mail from the client).
SmtpReply rejection(const QByteArray &hostName);

/// What MAIL gets when the policy wants more than the session has; nullopt: MAIL may go on.
std::optional<SmtpReply> mailRefusal(AcceptPolicy policy, bool authenticated, bool encrypted);
/// What AUTH gets before TLS when the policy needs TLS (538 5.7.11, RFC 4954); nullopt: go on.
std::optional<SmtpReply> authRefusal(AcceptPolicy policy, bool encrypted);
/// Whether EHLO advertises AUTH at all (not before STARTTLS when TLS is required for it).
bool authOffered(AcceptPolicy policy, bool encrypted);

} // namespace ClientAccess

} // namespace Sluice
