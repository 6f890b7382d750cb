// SPDX-License-Identifier: GPL-3.0-or-later
#include "hold/HoldExpiry.h"

#include "outbound/DeliveryReport.h"
#include "outbound/ReportRouting.h"
#include "queue/MessageQueue.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/SmtpAddress.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcEtrn)

namespace Sluice {

namespace {
constexpr int Batch = 100;
} // namespace

HoldExpiry::HoldExpiry(MessageQueue *queue, const QString &hostName, const QString &postmaster,
                       std::shared_ptr<const RecipientPolicy> policy, bool copyToPostmaster)
    : m_queue(queue)
    , m_hostName(hostName)
    , m_postmaster(postmaster.isEmpty() ? QByteArray("postmaster@" + hostName.toLatin1())
                                        : postmaster.toLatin1())
    , m_policy(std::move(policy))
    , m_copyToPostmaster(copyToPostmaster)
{}

NewRecipient HoldExpiry::route(const QByteArray &address) const
{
    return reportRouterFor(m_policy)(address);
}

HoldExpiry::Result HoldExpiry::run(const QDateTime &now, int timeoutHours)
{
    Result result;
    const QDateTime cutoff = now.addSecs(-qint64(timeoutHours) * 3600);
    const QByteArray diagnostic =
        QCoreApplication::translate("HoldExpiry",
                                    "The message was held for %n hour(s) for the domain to ask for its mail "
                                    "(ETRN), and it never did.",
                                    nullptr, timeoutHours)
            .toUtf8();
    while (true) {
        const QList<DueRemoteMessage> expired = m_queue->expiredHeld(cutoff, Batch);
        if (expired.isEmpty())
            break;
        int done = 0;
        for (const DueRemoteMessage &message : expired) {
            DeliveryReport failure(DeliveryReport::Kind::Failure, m_hostName, m_postmaster);
            failure.setCopyToPostmaster(m_copyToPostmaster);
            QList<qint64> ids;
            for (const DueRemoteRecipient &recipient : message.recipients) {
                ids.append(recipient.recipientId);
                ReportedRecipient item;
                item.address = recipient.address;
                item.status = "5.4.7"; // delivery time expired (RFC 3463), as for any expired delivery
                item.diagnostic = diagnostic;
                item.diagnosticIsSmtpReply = false;
                item.expired = true;
                failure.addRecipient(item);
            }
            std::optional<NewMessage> report =
                failure.build(message.queueId, message.sender, message.receivedAt, message.content, now);
            QList<NewMessage> reports;
            if (report) {
                for (NewRecipient &recipient : report->recipients) {
                    recipient = route(recipient.address);
                    (recipient.route == RecipientRoute::Local ? result.localReports : result.remoteReports) =
                        true;
                }
                reports.append(*report);
            }
            if (!m_queue->completeRecipients(ids, reports))
                continue; // stays held; the next check tries again
            ++done;
            result.recipients += int(ids.size());
            result.reports += int(reports.size());
            qCInfo(lcEtrn).noquote() << message.queueId << "held too long for" << ids.size()
                                     << "recipient(s): failure report" << (report ? report->queueId : u"-"_s);
        }
        if (done == 0 || expired.size() < Batch)
            break; // nothing could be written: no busy loop
    }
    return result;
}

} // namespace Sluice
