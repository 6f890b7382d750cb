// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueuedMessage.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace Sluice {

class MessageQueue;
class RecipientPolicy;

/// Held mail nobody asked for: recipients held longer than the hold time-out are failed with a
/// report to the sender (RFC 3464, as for any delivery that expired) and leave the queue, in one
/// transaction per message (MessageQueue::completeRecipients), so a recipient is never dropped
/// without its report nor reported twice.
class HoldExpiry
{
public:
    struct Result
    {
        int recipients = 0; ///< failed for good
        int reports = 0;
        bool localReports = false; ///< some report goes to a local mailbox: wake local delivery
        bool remoteReports = false;
    };

    /// hostName: our FQDN; postmaster: the reports' From (empty: postmaster@hostName); policy routes
    /// reports to local senders into their mailbox (null: every report goes out by SMTP).
    HoldExpiry(MessageQueue *queue, const QString &hostName, const QString &postmaster,
               std::shared_ptr<const RecipientPolicy> policy, bool copyToPostmaster);

    Result run(const QDateTime &now, int timeoutHours);

private:
    NewRecipient route(const QByteArray &address) const;

    MessageQueue *m_queue;
    QString m_hostName;
    QByteArray m_postmaster;
    std::shared_ptr<const RecipientPolicy> m_policy;
    bool m_copyToPostmaster;
};

} // namespace Sluice
