// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Sluice {

/// How an outbound connection protects itself (the Security page, per e-mail domain or smarthost).
struct ClientSecurity
{
    enum class Tls {
        Opportunistic, ///< STARTTLS when offered, with the certificate verified; clear text otherwise
        Required       ///< no STARTTLS or a failed handshake: defer, never send in clear
    };
    enum class Auth { None, Any, Login, Plain, CramMd5 };

    Tls tls = Tls::Opportunistic;
    /// SHA-256 fingerprint (lower-case hex, no colons) of a self-signed provider's certificate that is
    /// accepted although it does not verify against the system store. Empty: no exception.
    QByteArray pinnedSha256;
    Auth auth = Auth::None; ///< Any: the strongest both sides allow (CRAM-MD5 > PLAIN > LOGIN)
    QString account;
    QString password;                ///< from the secret store; never logged, never in a transcript
    bool allowPlaintextAuth = false; ///< PLAIN/LOGIN without TLS only when the admin allowed it
};

/// RFC 5321 4.5.3.2 client time-outs, in milliseconds.
struct ClientTimeouts
{
    int connect = 60 * 1000;
    int greeting = 5 * 60 * 1000;
    int command = 5 * 60 * 1000; ///< EHLO, STARTTLS, AUTH, MAIL, RCPT, RSET, QUIT
    int dataInitiation = 2 * 60 * 1000;
    int dataBlock = 3 * 60 * 1000;
    int dataTermination = 10 * 60 * 1000;
};

struct SmtpClientConfig
{
    QString heloName; ///< our FQDN
    QString host;     ///< name or address to connect to
    quint16 port = 25;
    QString tlsPeerName; ///< name the certificate must carry; empty: host
    bool lmtp = false;   ///< LHLO and one reply per recipient after the data (RFC 2033)
    ClientSecurity security;
    ClientTimeouts timeouts;
    /// Extra trusted CA certificates besides the system store (tests make their own CA).
    QList<QSslCertificate> extraCaCertificates;
    /// Record each message's header lines in the transcript (log.level maximum).
    bool transcriptHeaders = false;
};

struct OutboundRecipient
{
    qint64 recipientId = 0;
    QByteArray address; ///< wire form without brackets
};

/// One queued message to send over a connection, with the recipients that go to this host.
struct OutboundMessage
{
    qint64 messageId = 0;
    QString queueId;
    QByteArray sender; ///< empty for the null sender
    QList<OutboundRecipient> recipients;
    QByteArray content; ///< CRLF line endings, not dot-stuffed
};

struct RecipientResult
{
    enum class Outcome { Delivered, Deferred, Failed };
    qint64 recipientId = 0;
    Outcome outcome = Outcome::Deferred;
    SmtpReply reply;    ///< the reply that decided it (synthesised 4xx/421 for local causes)
    QString diagnostic; ///< plain-language cause for the log when no reply explains it
    /// The connection was lost after the final dot but before the reply: the server may have the
    /// message. Deferred all the same, and counted in the log as a possible duplicate.
    bool possibleDuplicate = false;
};

struct MessageResult
{
    qint64 messageId = 0;
    QList<RecipientResult> recipients;
};

/// What a session learned about the peer, for logs and the console's "Test connection".
struct PeerInfo
{
    SmtpReply greeting;
    QList<QByteArray> capabilities; ///< EHLO keywords after the last EHLO (after TLS when used)
    bool usedEhlo = false;
    bool tlsActive = false;
    QString tlsSubject, tlsIssuer;
    QDateTime tlsNotBefore, tlsNotAfter;
    QByteArray authMechanismUsed;
};

} // namespace Sluice
