// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueuedMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sluice {

/// The queue viewer's three views of the queue. A message belongs to a section when one of its
/// recipients does: Outbound (remote, not held for ETRN), Held (remote, waiting for its node's ETRN),
/// Inbound (local, awaiting delivery into a Maildir).
enum class QueueSection { Outbound, Held, Inbound, All };

/// Columns the list can be sorted by; Age is the arrival time (ascending: oldest first).
enum class QueueSortKey { Id, Sender, Recipients, Size, Age, Attempts, Next, Reply };

/// One page of the queue as the viewer asks for it (see QueueDatabase::browse).
struct QueueQuery
{
    QueueSection section = QueueSection::All;
    bool hasGroup = false; ///< only the recipients of group (a domain, an ETRN node, "" for inbound)
    QString group;
    QString search; ///< case-insensitive substring of queue id, sender, recipient or last reply
    QueueSortKey sort = QueueSortKey::Age;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

/// How a message stands, as a word for the viewer's STATE column.
enum class QueueRowState { Queued, Deferred, Held, OnHold };

/// One message of a page, with only the recipients of the section (and group) asked for.
struct QueueRow
{
    QString queueId;
    QByteArray sender;
    QList<QByteArray> recipients;
    qint64 size = 0;
    QDateTime receivedAt;
    int attempts = 0;      ///< the most any of those recipients had
    QDateTime nextAttempt; ///< the earliest retry among them; invalid when none is scheduled
    QString lastReply;
    QueueRowState state = QueueRowState::Queued;
};

struct QueuePage
{
    int total = 0; ///< messages matching the query, all pages together
    QList<QueueRow> rows;
};

/// One group of the viewer's tree: a destination domain, an ETRN node, or the inbound queue.
struct QueueGroup
{
    QueueSection section = QueueSection::Outbound;
    QString name;
    int messages = 0;
    qint64 bytes = 0; ///< of the messages, each counted once
};

struct QueueRecipientDetails
{
    QByteArray address;
    RecipientRoute route = RecipientRoute::Remote;
    RecipientState state = RecipientState::Queued;
    int attempts = 0;
    QDateTime nextAttempt; ///< invalid: never scheduled (due when the route is)
    QString lastReply;
    QString node; ///< the ETRN node holding it (or that held it), else empty
};

/// Everything the details dialog shows about one message.
struct QueueMessageDetails
{
    bool found = false;
    QString queueId;
    QByteArray sender;
    QDateTime receivedAt;
    QString clientAddress;
    QString heloName;
    qint64 size = 0;
    bool onHold = false;
    QByteArray headers; ///< the header section, at most 64 KiB of it
    QList<QueueRecipientDetails> recipients;
};

/// What an admin action (retry, delete, hold, release) did.
struct QueueAdminResult
{
    bool ok = false;
    QString unknownId;         ///< set when a queue id named was not in the queue (nothing was changed)
    QString error;             ///< the database's reason when !ok and unknownId is empty
    int count = 0;             ///< recipients made due (retry) or messages (delete, hold, release)
    int reports = 0;           ///< failure reports queued (delete with report)
    bool localDue = false;     ///< local recipients or reports became due: wake local delivery
    bool remoteDue = false;    ///< remote recipients or reports became due: wake outbound delivery
    bool etrnReleased = false; ///< ETRN-held recipients went to their domain's route
};

} // namespace Sluice
