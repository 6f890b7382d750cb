// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sluice {

/// A mailbox of an SMTP envelope (RFC 5321 section 4.1.2), kept as it was written on the wire.
struct MailboxAddress
{
    QByteArray localPart; ///< a Dot-string, or a Quoted-string including its quotes
    QByteArray domain;    ///< a domain name or an address literal "[...]"; empty only for <Postmaster>

    bool isEmpty() const { return localPart.isEmpty() && domain.isEmpty(); }
    bool isAddressLiteral() const { return domain.startsWith('['); }
    bool isQuoted() const { return localPart.startsWith('"'); }
    /// The local part with quotes removed and quoted pairs resolved.
    QByteArray decodedLocalPart() const;
    /// The domain in lower case (domains are case-insensitive); address literals unchanged.
    QString domainLower() const;
    /// "local@domain" as written on the wire (no angle brackets), or just the local part without domain.
    QByteArray toWire() const;
    QString toString() const { return QString::fromLatin1(toWire()); }
};

enum class PathKind {
    ReversePath, ///< MAIL FROM: "<>" (the null sender) is allowed
    ForwardPath  ///< RCPT TO: "<Postmaster>" without domain is allowed (any letter case)
};

struct PathParseResult
{
    bool ok = false;
    bool isNullPath = false; ///< "<>"
    MailboxAddress mailbox;
    QByteArray error;       ///< short English reason for the log when !ok, e.g. "local part too long"
    qsizetype consumed = 0; ///< octets consumed from the input, up to and including '>'
};

/// Parses a Reverse-path or Forward-path starting at the first octet of text, which must be '<'.
/// RFC 5321: optional source route "@a,@b:" (accepted and dropped), Dot-string or Quoted-string local
/// part (at most 64 octets), domain (labels of letters, digits and hyphens, none longer than 63, at
/// most 255 octets, no trailing dot) or address literal ([IPv4], [IPv6:...], validated with
/// QHostAddress; general literals [tag:content] are refused), whole path at most 256 octets,
/// ASCII only (no SMTPUTF8), no whitespace or control octets.
PathParseResult parsePath(QByteArrayView text, PathKind kind);

/// True when text is a syntactically valid domain name as above (used by settings validation too).
bool isValidDomainName(QByteArrayView text);

/// True when text is a valid RFC 5321 Dot-string (a local part without quotes).
bool isValidDotString(QByteArrayView text);

} // namespace Sluice
