// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/SmtpClientTypes.h"
#include "queue/QueuedMessage.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Sluice {

/// The final word about one recipient in one delivery job.
struct RecipientOutcome
{
    DueRemoteRecipient recipient;
    RecipientResult result; ///< outcome, deciding reply, plain-language cause, possible duplicate
    /// The host whose reply decided it; empty when Sluice decided itself (DNS, no connection).
    QString remoteMta;
};

/// What a delivery job did, for the link cycle, the console and the log.
struct DeliverySummary
{
    int delivered = 0;
    int messagesSent = 0; ///< messages handed over (once per host that took a recipient)
    qint64 bytesSent = 0; ///< their sizes, once per message
    int deferred = 0;
    int failed = 0;             ///< refused for good or expired: the sender got a report
    int possibleDuplicates = 0; ///< deferred after the final dot went unanswered
    int reports = 0;            ///< failure reports and delay warnings queued
    int storageErrors = 0;      ///< outcomes the queue could not record (tried again later)
    /// Per host (or domain, for DNS failures): the last error, in plain words.
    QMap<QString, QString> hostErrors;
    QDateTime started;
    QDateTime finished;
};

} // namespace Sluice

Q_DECLARE_METATYPE(Sluice::DeliverySummary)
