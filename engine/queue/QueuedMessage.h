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
/// Held: for a domain whose mail waits for its ETRN ("Queue messages for ETRN"); never due until
/// released (see MessageQueue::releaseHeld).
enum class RecipientState { Queued = 0, Deferred = 1, Failed = 3, Held = 4 };

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

/// What a reader of due remote messages (a delivery job) holds already, so that a read brings only
/// messages it will use and a bounded amount of content (see MessageQueue::dueRemoteMessages).
struct DueRemoteWindow
{
    QList<qint64> heldMessageIds; ///< left out of the read: the reader has them (or is done with them)
    qint64 heldBytes = 0;         ///< content the reader holds already
    /// heldBytes plus the content read stays within this; -1: no bound. A message that does not fit
    /// ends the read (it is not overtaken); when heldBytes is 0 the first one comes whatever its size.
    qint64 maxBytes = -1;
};

struct QueueCounts
{
    int messages = 0;
    int localPending = 0;
    int remotePending = 0; ///< held recipients not included: they are not waiting for delivery
    int deferred = 0;
    int held = 0; ///< remote recipients waiting for their domain's ETRN
};

/// Mail held for one node (an E-Mail Domain entry with "Queue messages for ETRN"), for the queue
/// viewer and the tray.
struct HeldDomainCount
{
    QString node; ///< the entry's domain, lower case
    int messages = 0;
    int recipients = 0;
    qint64 bytes = 0; ///< of the messages, each counted once
    QDateTime oldest; ///< arrival of the oldest held message
};

/// What MessageQueue::releaseHeld() did.
struct HoldRelease
{
    bool ok = false;             ///< false: the queue could not be written, nothing changed
    bool alreadyRunning = false; ///< mail released earlier for these nodes was still being delivered
    int messages = 0;            ///< messages with recipients released now
    int recipients = 0;
};

} // namespace Sluice
