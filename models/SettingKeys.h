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
inline constexpr QLatin1StringView SecretsStore = "secrets.store"_L1; // keychain | file (unencrypted)

// Outbound delivery (Connections page: Message delivery, retries) and its security (Security page).
inline constexpr QLatin1StringView DeliveryMode = "delivery.mode"_L1;          // dns | smarthost
inline constexpr QLatin1StringView Smarthost = "delivery.smarthost"_L1;        // HOST[:PORT]
inline constexpr QLatin1StringView SmarthostTls = "delivery.smarthost_tls"_L1; // opportunistic | required
inline constexpr QLatin1StringView SmarthostPin = "delivery.smarthost_pin"_L1; // SHA-256 hex or empty
inline constexpr QLatin1StringView SmarthostAuth =
    "delivery.smarthost_auth"_L1; // none|any|login|plain|cram-md5
inline constexpr QLatin1StringView SmarthostAccount = "delivery.smarthost_account"_L1;
inline constexpr QLatin1StringView SmarthostPlaintextAuth = "delivery.smarthost_plaintext_auth"_L1;
inline constexpr QLatin1StringView RetryHours = "delivery.retry_hours"_L1; // ".25, .5, 1, 4"
inline constexpr QLatin1StringView MessageTimeoutHours = "delivery.message_timeout_hours"_L1;
inline constexpr QLatin1StringView DelayWarningHours = "delivery.delay_warning_hours"_L1; // 0 = none
inline constexpr QLatin1StringView CopyReportsToPostmaster = "delivery.copy_reports_to_postmaster"_L1;
inline constexpr QLatin1StringView LocalTarget = "delivery.local_target"_L1; // maildir | smtp | lmtp
inline constexpr QLatin1StringView LocalRelay = "delivery.local_relay"_L1;   // HOST[:PORT]
inline constexpr QLatin1StringView OutboundMaxConnections = "outbound.max_connections"_L1;
inline constexpr QLatin1StringView OutboundMaxPerHost = "outbound.max_connections_per_host"_L1;
inline constexpr QLatin1StringView OutboundMessagesPerConnection = "outbound.messages_per_connection"_L1;
inline constexpr QLatin1StringView TimeoutConnect = "outbound.timeout_connect"_L1; // seconds, all six
inline constexpr QLatin1StringView TimeoutGreeting = "outbound.timeout_greeting"_L1;
inline constexpr QLatin1StringView TimeoutCommand = "outbound.timeout_command"_L1;
inline constexpr QLatin1StringView TimeoutDataStart = "outbound.timeout_data_start"_L1;
inline constexpr QLatin1StringView TimeoutDataBlock = "outbound.timeout_data_block"_L1;
inline constexpr QLatin1StringView TimeoutDataEnd = "outbound.timeout_data_end"_L1;
inline constexpr QLatin1StringView DnsServer = "dns.server"_L1; // IP address or empty

// Dial-up Connections page: the connection profile, its logon and retries, the idle time-out, the schedule.
inline constexpr QLatin1StringView DialupProfile =
    "dialup.profile"_L1; // always | nm:NAME | ppp:PEER | custom:NAME
inline constexpr QLatin1StringView DialupAccount = "dialup.account"_L1; // Logon Information
inline constexpr QLatin1StringView DialupDomain = "dialup.domain"_L1;
inline constexpr QLatin1StringView DialupRetries = "dialup.retries"_L1;
inline constexpr QLatin1StringView DialupRetryDelay = "dialup.retry_delay"_L1;          // seconds
inline constexpr QLatin1StringView DialupTimeLimit = "dialup.dial_timeout"_L1;          // seconds per attempt
inline constexpr QLatin1StringView IdleTimeout = "link.idle_timeout"_L1;                // seconds
inline constexpr QLatin1StringView FirstDeliveryGrace = "link.first_delivery_grace"_L1; // seconds
inline constexpr QLatin1StringView ScheduleMode =
    "schedule.mode"_L1; // every | at | when_queued | always | manual
inline constexpr QLatin1StringView ScheduleEveryMinutes = "schedule.every_minutes"_L1;
inline constexpr QLatin1StringView ScheduleTimes = "schedule.times"_L1; // "mon-fri 08:00,12:30; sat 10:00"
inline constexpr QLatin1StringView ScheduleQueuedMinutes = "schedule.queued_minutes"_L1;
// Mail Retrieval dialog.
inline constexpr QLatin1StringView RetrievalMethod = "retrieval.method"_L1;   // none|etrn|turn|atrn|command
inline constexpr QLatin1StringView RetrievalDomains = "retrieval.domains"_L1; // list; empty: local domains
inline constexpr QLatin1StringView RetrievalEtrnHost =
    "retrieval.etrn_host"_L1; // HOST[:PORT]; empty: smarthost
inline constexpr QLatin1StringView RetrievalAtrnHost = "retrieval.atrn_host"_L1; // HOST[:PORT], port 366
inline constexpr QLatin1StringView RetrievalCommand = "retrieval.command"_L1;    // program and arguments
inline constexpr QLatin1StringView RetrievalCommandTimeout = "retrieval.command_timeout"_L1; // seconds
inline constexpr QLatin1StringView RetrievalAuth =
    "retrieval.auth"_L1; // smarthost | none|any|login|plain|cram-md5
inline constexpr QLatin1StringView RetrievalTls = "retrieval.tls"_L1; // opportunistic | required
inline constexpr QLatin1StringView RetrievalAccount = "retrieval.account"_L1;
// E-Mail Domain entries with "Queue messages for ETRN" (Sluice as a provider): the ETRN server.
inline constexpr QLatin1StringView EtrnEnabled = "etrn.enabled"_L1;
inline constexpr QLatin1StringView EtrnAccess = "etrn.access"_L1; // any | listed | authenticated
inline constexpr QLatin1StringView EtrnHosts = "etrn.hosts"_L1;   // CIDR list, for "listed"
inline constexpr QLatin1StringView HoldTimeoutHours = "hold.timeout_hours"_L1;
inline constexpr QLatin1StringView AtrnListen = "atrn.listen"_L1; // ADDRESS:PORT or empty (off)
// Sluice's own SMTP server: STARTTLS identity, AUTH in clear text (ServerSecuritySettings.cpp).
inline constexpr QLatin1StringView SmtpTlsCertificate = "smtp.tls_certificate"_L1; // PEM; empty: self-signed
inline constexpr QLatin1StringView SmtpTlsKey = "smtp.tls_key"_L1;                 // PEM path
inline constexpr QLatin1StringView SmtpPlaintextAuth = "smtp.plaintext_auth"_L1;   // PLAIN/LOGIN without TLS
// The IMS sheet's remaining controls (ConsoleSettings.cpp): who may connect, rerouting, logging, the wizard.
inline constexpr QLatin1StringView AcceptFrom =
    "smtp.accept_from"_L1; // any | authenticated | authenticated_tls (Connections: Accept connections)
inline constexpr QLatin1StringView Reroute = "routing.reroute"_L1; // Routing: apply the routes table
inline constexpr QLatin1StringView LogLevel = "log.level"_L1;      // none | minimum | medium | maximum
inline constexpr QLatin1StringView LogRetentionDays = "log.retention_days"_L1; // connection log, by age
inline constexpr QLatin1StringView LogMaxSizeMb = "log.max_size_mb"_L1;        // and by size (0: none)
inline constexpr QLatin1StringView FirstRunDone = "console.first_run_done"_L1; // the wizard has run
inline constexpr QLatin1StringView Notifications = "console.notifications"_L1; // tray failure messages
} // namespace Sluice::Keys
