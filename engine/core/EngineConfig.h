// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NetworkList.h"
#include "hold/HoldConfig.h"
#include "link/LinkConfig.h"
#include "log/LogLevel.h"
#include "outbound/OutboundConfig.h"
#include "smtp/ClientAccess.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace Sluice {

/// IMS "Transfer mode" (Connections page).
enum class TransferMode {
    InboundAndOutbound,
    InboundOnly,
    OutboundOnly, ///< inbound sessions are refused with 421
    None          ///< flush queues: deliver what is queued, accept nothing new
};

/// An account a client (the provider side of ODMR, a site that pulls its mail) logs in to Sluice's
/// own server with (AUTH). The password comes from the secret store, never from the database.
struct ServerAccount
{
    QString password;
    QStringList domains; ///< lower case: what the account may pull with ATRN/TURN
};

/// What the SMTP listener and its sessions need. The engine never reads the configuration database
/// itself: the models layer translates settings into these plain values and pushes them in, so the
/// engine can be tested with nothing but a struct.
struct SmtpServerConfig
{
    QString hostName = QStringLiteral("localhost"); ///< FQDN used in the greeting and Received:
    QHostAddress listenAddress = QHostAddress(QHostAddress::Any);
    quint16 listenPort = 25;
    /// When the port cannot be bound (no privilege, or in use), try this one instead; 0 = no fallback.
    /// Set only while the port is the built-in default, never for a port the admin chose.
    quint16 fallbackPort = 0;
    qint64 maxMessageSize = 25 * 1024 * 1024; ///< octets; 0 = no limit
    int maxConnections = 30;
    int maxConnectionsPerHost = 10;
    int commandTimeoutMs = 300 * 1000;
    int errorLimit = 20;
    int maxRecipients = 100;
    int greetingDelayMs = 0; ///< for clients outside relayNetworks only
    bool normaliseBareLineEndings = false;
    TransferMode transferMode = TransferMode::InboundAndOutbound;
    NetworkList relayNetworks = NetworkList::fromTrustedDefaults();
    /// Connections page: the Hosts list in order (first match decides: 521, or accept and maybe
    /// relay) and who may send mail at all. Not applied to our own reversed connections (TURN, ATRN).
    QList<HostRule> hostRules;
    AcceptPolicy acceptPolicy = AcceptPolicy::Any;

    // STARTTLS (RFC 3207) and AUTH (RFC 4954). The models layer loads (or first makes) the identity:
    // a null certificate or key means STARTTLS is not offered.
    QSslCertificate tlsCertificate;
    QList<QSslCertificate> tlsChain; ///< intermediates sent after tlsCertificate
    QSslKey tlsKey;
    /// AUTH PLAIN and LOGIN over a connection that is not encrypted (smtp.plaintext_auth).
    bool plaintextAuth = false;
    QHash<QString, ServerAccount> accounts; ///< by name; AUTH is offered when there is one
    /// The On-Demand Mail Relay listener (RFC 2645) for customers who pull their held mail with ATRN.
    bool atrnEnabled = false;
    QHostAddress atrnAddress = QHostAddress(QHostAddress::Any);
    quint16 atrnPort = 366;
    int holdTimeoutHours = 120; ///< held mail refused over ATRN/TURN is reported only after this
    /// Failed AUTH: the reply to the fourth failure waits this long, doubling up to authMaxDelayMs.
    /// Not a setting: tests shorten it.
    int authFirstDelayMs = 1000;
    int authMaxDelayMs = 30 * 1000;
    /// Sessions' transcripts keep the header lines of accepted messages (log.level maximum); set by
    /// EngineConfig::serverConfig(), not a setting of its own.
    bool transcriptHeaders = false;
};

/// Local domains and where their mail goes.
struct LocalDeliveryConfig
{
    /// A Maildir tree here (the default), or an internal mail server spoken to over SMTP or LMTP.
    enum class Target { Maildir, Smtp, Lmtp };
    Target target = Target::Maildir;
    QString relayHost; ///< for Smtp and Lmtp
    quint16 relayPort = 25;
    QStringList localDomains{QStringLiteral("localhost")}; ///< lower case
    QString mailRoot;                                      ///< absolute path of the Maildir tree
    QString catchAllMailbox;                               ///< empty: unknown local parts get 550
    QString postmasterAddress;
    int firstRetrySeconds = 60; ///< pause after a failed local delivery; doubles up to 30 minutes
};

struct EngineConfig
{
    SmtpServerConfig smtp;
    LocalDeliveryConfig local;
    OutboundConfig outbound;
    LinkConfig link;
    HoldConfig hold; ///< domains whose mail is held for ETRN, and the ETRN server
    /// What the connection log keeps of each session (log.level); applied live.
    LogLevel logLevel = LogLevel::Medium;
    /// The connection log's retention (log.retention_days, log.max_size_mb; 0 MB: no size limit).
    int logRetentionDays = 30;
    int logMaxSizeMb = 100;
    /// False while the models layer is still reading passwords from the keychain: outbound delivery
    /// waits rather than connecting without the authentication the admin configured.
    bool outboundReady = true;

    /// The listener's settings with what the engine derives for it from the rest.
    SmtpServerConfig serverConfig() const
    {
        SmtpServerConfig server = smtp;
        server.transcriptHeaders = logLevel == LogLevel::Maximum;
        return server;
    }
};

} // namespace Sluice
