// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sluice {

/// One phase of a link cycle (dial, deliver, retrieve, wait, hang up) with its times and outcome.
struct CyclePhase
{
    QString name; ///< "dial", "deliver", "retrieve", "wait", "hangup"
    QDateTime started;
    QDateTime finished;
    QString result; ///< plain words
};

/// What one link cycle did, for the connection log viewer: one row per cycle.
struct CycleRecord
{
    qint64 id = 0;
    QString trigger; ///< linkTriggerName(): "schedule", "manual", ...
    QDateTime started;
    QDateTime finished; ///< invalid while running (or when Sluice stopped half-way)
    bool ok = false;
    QString result;     ///< one line: "Delivered 3, received 2" or why it failed
    QString dialResult; ///< "always connected", "link was already up", "dialed (2 attempts)", or the failure
    int messagesSent = 0;
    qint64 bytesSent = 0;
    int recipientsDeferred = 0;
    int recipientsFailed = 0;
    QString retrievalMethod;      ///< "etrn", "turn", "atrn", "command", "none"
    QStringList retrievalReplies; ///< one line per reply: "ETRN @example.com: 250 ... (started)"
    int messagesReceived = 0;
    qint64 bytesReceived = 0;
    QStringList errors;
    QList<CyclePhase> phases;
    /// Outputs of the dial, hang-up and retrieval commands, and the retrieval session's transcript
    /// (secrets redacted before they got here).
    QByteArray details;
};

} // namespace Sluice
