// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/Transcript.h"
#include "retrieval/RetrievalSettings.h"
#include "smtp/SmtpReply.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sluice {

/// The provider's answer to one retrieval command, and what it means for the link cycle.
struct RetrievalReply
{
    enum class Meaning { Started, NothingWaiting, Refused, NotSupported, AuthRequired, Failed };
    QString node; ///< the domain(s) asked for, as sent; empty for TURN
    SmtpReply reply;
    Meaning meaning = Meaning::Failed;
    int waitingCount = -1; ///< the count in ETRN's 253 reply, when given
    QString text;          ///< plain words for the log and console
};

/// What one retrieval conversation achieved.
struct RetrievalOutcome
{
    RetrievalSettings::Method method = RetrievalSettings::Method::None;
    bool ok = false;           ///< the command(s) were answered (any reply that is not a transport failure)
    bool mailExpected = false; ///< at least one Started (ETRN 250/252/253; TURN/ATRN 250)
    bool reversed = false;     ///< TURN/ATRN: roles reversed and the provider's session has ended
    int messagesReceived = 0;  ///< over the reversed connection
    /// TURN/ATRN: the reversed session did not end with the provider's QUIT (it hung up in the middle,
    /// or was refused); plain words, empty when it quit. ok stays true (the command was answered),
    /// but the cycle records this as an error: what the provider still held has not arrived.
    QString reversedError;
    qint64 bytesReceived = 0;
    QList<RetrievalReply> replies;
    QString error;           ///< plain words when !ok (connect failed, TLS failed, AUTH refused ...)
    bool cancelled = false;  ///< cancel() ended it (error is then "cancelled", translated)
    Transcript transcript{}; ///< the client side; secrets redacted as SmtpClientHandshake does
    /// When the (first) retrieval command went out: the caller's first-delivery grace starts here.
    QDateTime commandSentAt;
};

/// Pure interpretation of the provider's replies, one function per command.
/// ETRN (RFC 1985): 250 started ("maybe later": Postfix says it whatever is queued), 251 nothing
/// waiting, 252/253 started (253 "<count> messages"), 458/459 refused, 500/501/502/504 not
/// supported, 530 authentication required; anything else failed.
RetrievalReply interpretEtrnReply(const QString &node, const SmtpReply &reply);
/// ATRN (RFC 2645): 250 started, 450 not permitted for that domain or already running, 451 the
/// provider could not check access, 453 no mail waiting, 530 authentication required, 500/502 not
/// supported; anything else failed (4xx) or refused (5xx).
RetrievalReply interpretAtrnReply(const QString &node, const SmtpReply &reply);
/// TURN (RFC 821): 250 started, 500/502 not supported, 530 and other 5xx refused, 4xx failed.
RetrievalReply interpretTurnReply(const SmtpReply &reply);

} // namespace Sluice
