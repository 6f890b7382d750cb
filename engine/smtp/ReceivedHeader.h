// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>

namespace Sluice {

struct ReceivedHeaderFields
{
    QByteArray heloName; ///< as the client gave it (sanitised here)
    QHostAddress clientAddress;
    QByteArray hostName; ///< ours
    QByteArray protocol; ///< "SMTP" or "ESMTP" (RFC 3848 names)
    QByteArray queueId;
    QByteArray recipient; ///< added as "for <...>" only when the message has exactly one
    QDateTime time;
};

/// The trace header every hop adds (RFC 5321 4.4), folded over lines, ending in CRLF:
///   Received: from HELO ([address])
///   \tby HOST (Sluice) with ESMTP id QUEUEID
///   \tfor <rcpt>; Sun, 29 Nov 2026 18:47:28 +0000
QByteArray formatReceivedHeader(const ReceivedHeaderFields &fields);

/// RFC 5322 date-time in English whatever the locale.
QByteArray formatRfc5322Date(const QDateTime &time);

} // namespace Sluice
