// SPDX-License-Identifier: GPL-3.0-or-later
// The outbound side of the queue: due remote messages and delay warnings.
#include "queue/QueueDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
/// The ids as a JSON array, for json_each(): one bound value however many ids a job holds.
QString jsonArray(const QList<qint64> &ids)
{
    QStringList items;
    items.reserve(ids.size());
    for (qint64 id : ids)
        items.append(QString::number(id));
    return QString(u"["_s + items.join(u',') + u"]"_s);
}
} // namespace

QList<DueRemoteMessage> QueueDatabase::dueRemoteMessages(const QDateTime &now, int limit,
                                                         const DueRemoteWindow &window)
{
    QList<DueRemoteMessage> due;
    QSqlQuery query(m_db);
    // The messages first (bounded), then their content and due remote recipients. The first read
    // leaves the content out (NULL where messageFromRow expects it) and asks only its size: a job
    // refilling its window must not read megabytes it already holds or has no room for.
    query.prepare(u"SELECT m.id, m.queue_id, m.sender, m.received_at, NULL, length(m.content) FROM messages m"
                  " WHERE m.id IN (SELECT DISTINCT message_id FROM recipients"
                  "  WHERE route = ? AND state IN (?, ?) AND next_attempt <= ?"
                  "  AND message_id NOT IN (SELECT id FROM messages WHERE on_hold <> 0)"
                  "  AND message_id NOT IN (SELECT value FROM json_each(?))"
                  "  ORDER BY message_id LIMIT ?)"
                  " ORDER BY m.id"_s);
    query.addBindValue(int(RecipientRoute::Remote));
    query.addBindValue(int(RecipientState::Queued));
    query.addBindValue(int(RecipientState::Deferred));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(jsonArray(window.heldMessageIds));
    query.addBindValue(limit);
    if (!query.exec())
        return due;
    qint64 bytes = window.heldBytes;
    while (query.next()) {
        const qint64 size = query.value(5).toLongLong();
        const bool first = due.isEmpty() && window.heldBytes == 0;
        // In queue order: a large message that does not fit waits for room, small ones behind it
        // wait with it (taking them would let a stream of small mail starve it).
        if (window.maxBytes >= 0 && bytes + size > window.maxBytes && !first)
            break;
        bytes += size;
        due.append(messageFromRow(query));
    }
    query.finish();
    QSqlQuery content(m_db);
    content.prepare(u"SELECT content FROM messages WHERE id = ?"_s);
    QSqlQuery recipients(m_db);
    recipients.prepare(
        u"SELECT id, address, attempts, warned, last_reply FROM recipients"
        " WHERE message_id = ? AND route = ? AND state IN (?, ?) AND next_attempt <= ? ORDER BY id"_s);
    for (qsizetype i = 0; i < due.size();) {
        DueRemoteMessage &message = due[i];
        content.addBindValue(message.messageId);
        const bool read = content.exec() && content.next();
        if (read)
            message.content = content.value(0).toByteArray();
        content.finish();
        // Never an empty body in its place: the message stays due for a later read.
        if (!read) {
            due.removeAt(i);
            continue;
        }
        ++i;
        recipients.addBindValue(message.messageId);
        recipients.addBindValue(int(RecipientRoute::Remote));
        recipients.addBindValue(int(RecipientState::Queued));
        recipients.addBindValue(int(RecipientState::Deferred));
        recipients.addBindValue(now.toMSecsSinceEpoch());
        if (!recipients.exec())
            continue;
        while (recipients.next()) {
            message.recipients.append(recipientFromRow(recipients));
        }
    }
    return due;
}

bool QueueDatabase::markWarned(const QList<qint64> &recipientIds, const QList<const NewMessage *> &warnings,
                               QString *error)
{
    QSqlError failure;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE recipients SET warned = 1 WHERE id = ?"_s);
    bool ok = insertWithin(warnings, &failure);
    for (qint64 id : recipientIds) {
        if (!ok)
            break;
        update.addBindValue(id);
        ok = update.exec();
        if (!ok)
            failure = update.lastError();
    }
    if (ok && m_db.commit())
        return true;
    *error = ok ? m_db.lastError().text() : failure.text();
    m_db.rollback();
    return false;
}

} // namespace Sluice
