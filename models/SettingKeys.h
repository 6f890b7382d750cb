// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

/// The stable, documented names of Sluice's settings (`sluice config get|set KEY`).
/// Dotted and lower-case; the first part names the property page the setting belongs to.
namespace Sluice::Keys {
using namespace Qt::Literals::StringLiterals;

inline constexpr QLatin1StringView HostName = "general.hostname"_L1;     // FQDN for EHLO and Received:
inline constexpr QLatin1StringView Postmaster = "general.postmaster"_L1; // administrator's address
inline constexpr QLatin1StringView SmtpListen = "smtp.listen"_L1; // "*:25", "127.0.0.1:2525", "[::1]:25"
inline constexpr QLatin1StringView MaxMessageSizeKb = "smtp.max_message_size_kb"_L1; // 0 = no limit
inline constexpr QLatin1StringView MaxConnections = "smtp.max_connections"_L1;
inline constexpr QLatin1StringView MaxConnectionsPerHost = "smtp.max_connections_per_host"_L1;
inline constexpr QLatin1StringView CommandTimeout = "smtp.command_timeout"_L1; // seconds
inline constexpr QLatin1StringView ErrorLimit = "smtp.error_limit"_L1;
inline constexpr QLatin1StringView MaxRecipients = "smtp.max_recipients"_L1;
inline constexpr QLatin1StringView GreetingDelay = "smtp.greeting_delay"_L1;      // seconds, 0 = off
inline constexpr QLatin1StringView BareLineEndings = "smtp.bare_line_endings"_L1; // refuse | normalise
inline constexpr QLatin1StringView LocalDomains = "routing.local_domains"_L1;     // list
inline constexpr QLatin1StringView MailRoot = "delivery.mail_root"_L1;            // absolute path
inline constexpr QLatin1StringView CatchAll = "delivery.catch_all"_L1;            // mailbox or empty
inline constexpr QLatin1StringView RelayNetworks = "relay.networks"_L1;           // list of CIDR
inline constexpr QLatin1StringView TransferMode = "connections.transfer_mode"_L1; // see SettingsRegistry

} // namespace Sluice::Keys
