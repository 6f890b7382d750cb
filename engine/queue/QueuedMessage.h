// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Sluice {

/// Where a recipient's copy goes: into a Maildir here, or out to another host (outbound delivery).
enum class RecipientRoute { Local = 0, Remote = 1 };

/// Per-recipient delivery state. Delivered recipients leave the queue, so that state is never stored.
enum class RecipientState { Queued = 0, Deferred = 1, Failed = 3 };

struct NewRecipient
{
    QByteArray address; ///< wire form, e.g. "alice@example.org"
    RecipientRoute route = RecipientRoute::Remote;
    QString mailbox; ///< for Local: the Maildir folder name under the mail root
};

/// A message accepted by the SMTP server, not yet on stable storage.
struct NewMessage
{
    QString queueId;
    QByteArray sender; ///< wire form without brackets; empty for the null sender <>
    QList<NewRecipient> recipients;
    QByteArray content; ///< the message as stored: our Received: header, then the client's data
    QDateTime receivedAt;
    QString clientAddress;
    QString heloName;
};

struct EnqueueResult
{
    bool ok = false;
    bool diskFull = false; ///< the failure was lack of space: 452 4.3.1 rather than 451 4.3.0
    QString queueId;
    QString error;
};

/// A local recipient whose delivery is due, with what the Maildir writer needs.
struct DueLocalDelivery
{
    qint64 recipientId = 0;
    qint64 messageId = 0;
    QString queueId;
    QByteArray sender;
    QByteArray address;
    QString mailbox;
    int attempts = 0;
    QDateTime receivedAt;
    QByteArray content;
};

struct DueRemoteRecipient
{
    qint64 recipientId = 0;
    QByteArray address;
    int attempts = 0;
    bool warned = false; ///< a delay warning was sent for it
    QString lastReply;
};

/// A message with remote recipients whose next attempt is due.
struct DueRemoteMessage
{
    qint64 messageId = 0;
    QString queueId;
    QByteArray sender;
    QDateTime receivedAt;
    QByteArray content;
    QList<DueRemoteRecipient> recipients;
};

struct QueueCounts
{
    int messages = 0;
    int localPending = 0;
    int remotePending = 0;
    int deferred = 0;
};

} // namespace Sluice
