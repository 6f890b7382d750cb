// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbound/DeliveryOutcome.h"
#include "outbound/OutboundConfig.h"
#include "outbound/RetryPolicy.h"

#include <functional>

namespace Sluice {

class MessageQueue;

/// Turns recipient outcomes into queue updates and reports, so that the queue always says what
/// happened: delivered and failed recipients leave the queue in the same transaction that stores the
/// failure report about them (never one without the other); deferred ones get their next attempt, or
/// fail with a report once the message time-out has passed; a delay warning goes out once per
/// recipient after delayWarningHours.
class OutcomeRecorder
{
public:
    /// Where a report to address goes (local Maildir or out again); see OutboundDelivery.
    using ReportRouter = std::function<NewRecipient(const QByteArray &address)>;

    OutcomeRecorder(MessageQueue *queue, const OutboundConfig &config, const QString &hostName,
                    const QByteArray &postmaster, ReportRouter router, DeliverySummary *summary);

    /// outcomes all belong to message (a subset of its recipients).
    void record(const DueRemoteMessage &message, const QList<RecipientOutcome> &outcomes,
                const QDateTime &now);

    /// Records the deliveries gathered so far. Plain deliveries are written in batches (one commit for
    /// many messages instead of one each, which held the sessions up); the job flushes before it
    /// reads the queue again and when it ends. A crash before the flush can only send a copy twice.
    void flushDelivered();

    bool queuedLocalReports() const { return m_localReports; }
    bool queuedRemoteReports() const { return m_remoteReports; }
    void clearQueuedFlags() { m_localReports = m_remoteReports = false; }
    /// The clock was set while the job ran: the arrival times it holds are from before, so from now on
    /// deferrals neither expire nor warn (the next job, reading the moved times, decides).
    void noteClockJump() { m_clockJumped = true; }

private:
    std::optional<NewMessage> routed(std::optional<NewMessage> report);

    MessageQueue *m_queue;
    OutboundConfig m_config;
    RetryPolicy m_retry;
    QString m_hostName;
    QByteArray m_postmaster;
    ReportRouter m_router;
    DeliverySummary *m_summary;
    QList<qint64> m_pendingDelivered;
    bool m_localReports = false;
    bool m_remoteReports = false;
    bool m_clockJumped = false;
};

} // namespace Sluice
