// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueAdmin.h"

#include "outbound/DeliveryReport.h"
#include "outbound/ReportRouting.h"
#include "queue/MessageQueue.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcQueue)

namespace Sluice {

QueueAdmin::QueueAdmin(MessageQueue *queue, const QString &hostName, const QString &postmaster,
                       std::shared_ptr<const RecipientPolicy> policy, bool copyToPostmaster)
    : m_queue(queue)
    , m_hostName(hostName)
    , m_postmaster(postmaster.isEmpty() ? QByteArray("postmaster@" + hostName.toLatin1())
                                        : postmaster.toLatin1())
    , m_policy(std::move(policy))
    , m_copyToPostmaster(copyToPostmaster)
{}

QueueAdminResult QueueAdmin::remove(const QStringList &queueIds, bool withReports)
{
    if (!withReports)
        return m_queue->remove(queueIds);
    const QByteArray diagnostic =
        QCoreApplication::translate("QueueAdmin", "The message was deleted by the postmaster.").toUtf8();
    const auto route = reportRouterFor(m_policy);
    // Runs on the queue thread: copies of everything it uses, nothing shared with this thread.
    auto build = [hostName = m_hostName, postmaster = m_postmaster, copy = m_copyToPostmaster, diagnostic,
                  route](const DueRemoteMessage &message) {
        DeliveryReport failure(DeliveryReport::Kind::Failure, hostName, postmaster);
        failure.setCopyToPostmaster(copy);
        for (const DueRemoteRecipient &recipient : message.recipients) {
            ReportedRecipient item;
            item.address = recipient.address;
            item.status = "5.0.0"; // other or undefined status (RFC 3463): no code says "deleted"
            item.diagnostic = diagnostic;
            item.diagnosticIsSmtpReply = false;
            failure.addRecipient(item);
        }
        QList<NewMessage> reports;
        std::optional<NewMessage> report = failure.build(message.queueId, message.sender, message.receivedAt,
                                                         message.content, QDateTime::currentDateTimeUtc());
        if (report && !failure.isEmpty()) {
            for (NewRecipient &recipient : report->recipients)
                recipient = route(recipient.address);
            reports.append(*report);
            qCInfo(lcQueue).noquote()
                << message.queueId << "deleted by the postmaster: failure report" << report->queueId;
        }
        return reports;
    };
    return m_queue->remove(queueIds, build);
}

} // namespace Sluice
