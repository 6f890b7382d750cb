// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueBrowse.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Sluice {

class MessageQueue;
class RecipientPolicy;

/// The postmaster deletes messages from the queue, optionally telling each sender: with a report,
/// the sender gets an RFC 3464 failure report ("deleted by the postmaster") for every recipient still
/// queued, stored in the same transaction as the removal (MessageQueue::remove), so a message never
/// vanishes without its report nor is reported twice. No report goes to the null sender <>. Reports
/// are routed like every other (a local sender reads it in its Maildir; see reportRouterFor()).
class QueueAdmin
{
public:
    /// hostName: our FQDN; postmaster: the reports' From (empty: postmaster@hostName); policy routes
    /// reports to local senders into their mailbox (null: every report goes out by SMTP).
    QueueAdmin(MessageQueue *queue, const QString &hostName, const QString &postmaster,
               std::shared_ptr<const RecipientPolicy> policy, bool copyToPostmaster);

    /// See QueueAdminResult: localDue / remoteDue tell which delivery to wake for the reports.
    QueueAdminResult remove(const QStringList &queueIds, bool withReports);

private:
    MessageQueue *m_queue;
    QString m_hostName;
    QByteArray m_postmaster;
    std::shared_ptr<const RecipientPolicy> m_policy;
    bool m_copyToPostmaster;
};

} // namespace Sluice
