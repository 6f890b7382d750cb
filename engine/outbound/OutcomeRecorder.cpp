// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/OutcomeRecorder.h"

#include "outbound/DeliveryReport.h"
#include "outbound/OutboundLog.h"
#include "queue/MessageQueue.h"

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
/// Expired recipients: RFC 3463 X.4.7 "delivery time expired", permanent now that we gave up.
constexpr char ExpiredStatus[] = "5.4.7";

ReportedRecipient reported(const RecipientOutcome &outcome, const QDateTime &now)
{
    ReportedRecipient item;
    item.address = outcome.recipient.address;
    const SmtpReply &reply = outcome.result.reply;
    item.status = reply.isValid() ? DeliveryReport::statusFor(reply) : QByteArray("4.0.0");
    item.remoteMta = outcome.remoteMta;
    // A reply counts as the remote's diagnostic only when a remote host gave it; replies the client
    // made up for local causes (no connection, time-out) are explained in words instead.
    item.diagnosticIsSmtpReply = !outcome.remoteMta.isEmpty() && reply.isValid();
    if (item.diagnosticIsSmtpReply)
        item.diagnostic = DeliveryReport::diagnosticFor(reply);
    else
        item.diagnostic = (outcome.result.diagnostic.isEmpty() ? QString::fromLatin1(reply.text())
                                                               : outcome.result.diagnostic)
                              .toLatin1();
    item.lastAttempt = now;
    return item;
}

QString lastReplyText(const RecipientOutcome &outcome)
{
    const SmtpReply &reply = outcome.result.reply;
    QString text = reply.isValid() && !outcome.remoteMta.isEmpty()
                       ? QString::fromLatin1(DeliveryReport::diagnosticFor(reply))
                       : outcome.result.diagnostic;
    if (text.isEmpty())
        text = QString::fromLatin1(DeliveryReport::diagnosticFor(reply));
    return outcome.remoteMta.isEmpty() ? text : outcome.remoteMta + u": "_s + text;
}
} // namespace

OutcomeRecorder::OutcomeRecorder(MessageQueue *queue, const OutboundConfig &config, const QString &hostName,
                                 const QByteArray &postmaster, ReportRouter router, DeliverySummary *summary)
    : m_queue(queue)
    , m_config(config)
    , m_retry(config.retryHours, config.messageTimeoutHours, config.delayWarningHours)
    , m_hostName(hostName)
    , m_postmaster(postmaster)
    , m_router(std::move(router))
    , m_summary(summary)
{}

std::optional<NewMessage> OutcomeRecorder::routed(std::optional<NewMessage> report)
{
    if (!report)
        return report;
    for (NewRecipient &recipient : report->recipients) {
        if (m_router)
            recipient = m_router(recipient.address);
        (recipient.route == RecipientRoute::Local ? m_localReports : m_remoteReports) = true;
    }
    return report;
}

void OutcomeRecorder::flushDelivered()
{
    if (m_pendingDelivered.isEmpty())
        return;
    if (m_queue->completeRecipients(m_pendingDelivered, {}))
        m_summary->delivered += int(m_pendingDelivered.size());
    else
        m_summary->storageErrors += int(m_pendingDelivered.size()); // they stay queued; a later job resends
    m_pendingDelivered.clear();
}

void OutcomeRecorder::record(const DueRemoteMessage &message, const QList<RecipientOutcome> &outcomes,
                             const QDateTime &now)
{
    QList<qint64> finished;
    QList<qint64> warnedIds;
    int delivered = 0;
    DeliveryReport failure(DeliveryReport::Kind::Failure, m_hostName, m_postmaster);
    failure.setCopyToPostmaster(m_config.copyReportsToPostmaster);
    DeliveryReport warning(DeliveryReport::Kind::DelayWarning, m_hostName, m_postmaster);
    warning.setCopyToPostmaster(m_config.copyReportsToPostmaster);
    warning.setWillRetryUntil(m_retry.expiresAt(message.receivedAt));

    for (const RecipientOutcome &outcome : outcomes) {
        const QString address = QString::fromLatin1(outcome.recipient.address);
        switch (outcome.result.outcome) {
        case RecipientResult::Outcome::Delivered:
            finished.append(outcome.recipient.recipientId);
            ++delivered;
            qCInfo(lcOutbound).noquote()
                << message.queueId << "delivered to" << address << "via" << outcome.remoteMta;
            break;
        case RecipientResult::Outcome::Failed:
            finished.append(outcome.recipient.recipientId);
            failure.addRecipient(reported(outcome, now));
            qCInfo(lcOutbound).noquote()
                << message.queueId << "failed for" << address << ":" << lastReplyText(outcome);
            break;
        case RecipientResult::Outcome::Deferred:
            if (outcome.result.possibleDuplicate)
                ++m_summary->possibleDuplicates;
            if (!m_clockJumped && m_retry.isExpired(message.receivedAt, now)) {
                ReportedRecipient item = reported(outcome, now);
                item.status = ExpiredStatus;
                item.expired = true;
                finished.append(outcome.recipient.recipientId);
                failure.addRecipient(item);
                qCInfo(lcOutbound).noquote()
                    << message.queueId << "expired for" << address << ":" << lastReplyText(outcome);
                break;
            }
            {
                const QDateTime next = m_retry.nextAttempt(outcome.recipient.attempts, now);
                m_queue->markDeferred(outcome.recipient.recipientId, lastReplyText(outcome), next);
                ++m_summary->deferred;
                qCInfo(lcOutbound).noquote() << message.queueId << "deferred for" << address << "until"
                                             << next.toString(Qt::ISODate) << ":" << lastReplyText(outcome);
            }
            if (!m_clockJumped && !outcome.recipient.warned &&
                m_retry.isWarningDue(message.receivedAt, now)) {
                warnedIds.append(outcome.recipient.recipientId);
                warning.addRecipient(reported(outcome, now));
            }
            break;
        }
    }

    if (delivered > 0) {
        ++m_summary->messagesSent;
        m_summary->bytesSent += message.content.size();
    }
    constexpr qsizetype DeliveredBatch = 100;
    if (!finished.isEmpty() && finished.size() == delivered) {
        m_pendingDelivered += finished;
        if (m_pendingDelivered.size() >= DeliveredBatch)
            flushDelivered();
        finished.clear();
    }
    if (!finished.isEmpty()) {
        const std::optional<NewMessage> report =
            routed(failure.build(message.queueId, message.sender, message.receivedAt, message.content, now));
        QList<NewMessage> reports;
        if (report)
            reports.append(*report);
        if (m_queue->completeRecipients(finished, reports)) {
            m_summary->delivered += delivered;
            m_summary->failed += int(finished.size()) - delivered;
            m_summary->reports += int(reports.size());
            if (report)
                qCInfo(lcOutbound).noquote() << message.queueId << "failure report" << report->queueId << "to"
                                             << QString::fromLatin1(message.sender);
        } else {
            // The recipients stay queued and are tried again by a later job (see MessageQueue).
            m_summary->storageErrors += int(finished.size());
        }
    }
    if (!warnedIds.isEmpty()) {
        const std::optional<NewMessage> report =
            routed(warning.build(message.queueId, message.sender, message.receivedAt, message.content, now));
        QList<NewMessage> warnings;
        if (report)
            warnings.append(*report);
        // Marked warned even without a report (null sender): there is nobody to warn, ever.
        if (m_queue->markWarned(warnedIds, warnings)) {
            m_summary->reports += int(warnings.size());
            if (report)
                qCInfo(lcOutbound).noquote() << message.queueId << "delay warning" << report->queueId << "to"
                                             << QString::fromLatin1(message.sender);
        } else {
            ++m_summary->storageErrors;
        }
    }
}

} // namespace Sluice
