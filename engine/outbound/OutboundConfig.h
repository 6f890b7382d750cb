// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/SmtpClientTypes.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Sluice {

/// An E-Mail Domain entry (Connections page): how mail for one domain leaves.
struct DomainRoute
{
    enum class Kind { Dns, Forward };
    QString domain; ///< lower case; "example.com" matches it and its subdomains, the most specific wins
    Kind kind = Kind::Dns;
    QString host; ///< for Forward
    quint16 port = 25;
    ClientSecurity security;
};

/// A row of the Routing page's reroute table (see RerouteTable).
struct RerouteRule
{
    QString sentTo;  ///< lower case domain; a leading '#' matches that domain only, not its subdomains
    QString routeTo; ///< lower case domain (mail goes where mail for it would), or HOST:PORT / [IP]
};

/// Everything outbound delivery needs, pushed in by the models layer like the rest of EngineConfig.
struct OutboundConfig
{
    enum class Mode { Dns, Smarthost };
    Mode mode = Mode::Dns; ///< "Use DNS" or "Forward all messages to host"
    QString smarthost;
    quint16 smarthostPort = 25;
    ClientSecurity smarthostSecurity;
    QList<DomainRoute> domainRoutes; ///< overrides, most specific match wins
    /// "Reroute incoming SMTP mail" (routing.reroute): off, the reroute table has no effect at all.
    bool reroute = false;
    QList<RerouteRule> reroutes;

    QHostAddress dnsServer;                    ///< null: the system's resolver (tests point it at their own)
    QList<double> retryHours{0.25, 0.5, 1, 4}; ///< pauses between attempts; the last one repeats
    int messageTimeoutHours = 48;              ///< then the sender gets a failure report
    int delayWarningHours = 0;                 ///< 0: no delay warnings
    bool copyReportsToPostmaster = false;

    int maxConnections = 20; ///< outbound connections in all
    int maxConnectionsPerHost = 4;
    int maxMessagesPerConnection = 50;
    ClientTimeouts timeouts;
    QList<QSslCertificate> extraCaCertificates; ///< tests' own CA
    /// Record the header lines of each message sent in the session transcripts (set by the engine
    /// from EngineConfig::logLevel, not by the binder).
    bool transcriptHeaders = false;
};

} // namespace Sluice
