// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr int SchemaVersion = 1;
constexpr int SqliteFull = 13; // SQLITE_FULL: the disk is full

const char *const SchemaStatements[] = {
    "CREATE TABLE IF NOT EXISTS messages ("
    " id INTEGER PRIMARY KEY,"
    " queue_id TEXT NOT NULL UNIQUE,"
    " sender TEXT NOT NULL,"
    " received_at INTEGER NOT NULL,"
    " client TEXT NOT NULL,"
    " helo TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " content BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS recipients ("
    " id INTEGER PRIMARY KEY,"
    " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    " address TEXT NOT NULL,"
    " route INTEGER NOT NULL,"
    " mailbox TEXT NOT NULL,"
    " state INTEGER NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt INTEGER NOT NULL DEFAULT 0,"
    " last_reply TEXT NOT NULL DEFAULT '',"
    " warned INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS recipients_due ON recipients(route, state, next_attempt)",
    "CREATE INDEX IF NOT EXISTS recipients_message ON recipients(message_id)",
};
} // namespace

QueueDatabase::QueueDatabase(const QString &connectionName)
    : m_connectionName(connectionName)
{}

QueueDatabase::~QueueDatabase()
{
    m_insertMessage.reset();
    m_insertRecipient.reset();
    m_removeRecipient.reset();
    m_removeEmptyMessage.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool QueueDatabase::isDiskFull(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() == SqliteFull;
}

bool QueueDatabase::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool QueueDatabase::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    // WAL + FULL: each COMMIT is durable; readers never block the writer.
    // A checkpoint fsyncs the main file on the committing thread; fewer, larger ones stall the
    // sessions waiting for their 250 less often (16 MB of log between them instead of 4 MB).
    if (!exec(u"PRAGMA journal_mode=WAL"_s, error) || !exec(u"PRAGMA synchronous=FULL"_s, error) ||
        !exec(u"PRAGMA foreign_keys=ON"_s, error) || !exec(u"PRAGMA wal_autocheckpoint=4000"_s, error))
        return false;
    QSqlQuery version(m_db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        *error = version.lastError().text();
        return false;
    }
    const int current = version.value(0).toInt();
    if (current > SchemaVersion) {
        *error = u"the queue was written by a newer Sluice (schema %1)"_s.arg(current);
        return false;
    }
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (const char *statement : SchemaStatements) {
        if (!exec(QString::fromLatin1(statement), error)) {
            m_db.rollback();
            return false;
        }
    }
    // Writing user_version dirties the header page even when it is unchanged: on a full disk that
    // commit would fail, and a queue that cannot be opened cannot deliver what it holds. So an
    // up-to-date queue is opened without writing anything.
    if (!addHoldColumn(error) || !addOnHoldColumn(error) ||
        (current != SchemaVersion && !exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion), error)) ||
        !m_db.commit()) {
        if (error->isEmpty())
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    m_insertMessage.emplace(m_db);
    m_insertRecipient.emplace(m_db);
    m_removeRecipient.emplace(m_db);
    m_removeEmptyMessage.emplace(m_db);
    if (!m_removeRecipient->prepare(u"DELETE FROM recipients WHERE id = ? RETURNING message_id"_s) ||
        !m_removeEmptyMessage->prepare(u"DELETE FROM messages WHERE id = ? AND NOT EXISTS"
                                       " (SELECT 1 FROM recipients WHERE message_id = ?)"_s)) {
        *error = m_removeRecipient->lastError().text() + m_removeEmptyMessage->lastError().text();
        return false;
    }
    if (!m_insertMessage->prepare(
            u"INSERT INTO messages (queue_id, sender, received_at, client, helo, size, content)"
            " VALUES (?, COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"_s) ||
        !m_insertRecipient->prepare(
            u"INSERT INTO recipients (message_id, address, route, mailbox, state, hold_node)"
            " VALUES (?, ?, ?, COALESCE(?, ''), ?, COALESCE(?, ''))"_s)) {
        *error = m_insertMessage->lastError().text() + m_insertRecipient->lastError().text();
        return false;
    }
    return true;
}

bool QueueDatabase::insertWithin(const QList<const NewMessage *> &messages, QSqlError *failure)
{
    QSqlQuery &insertMessage = *m_insertMessage;
    QSqlQuery &insertRecipient = *m_insertRecipient;
    for (const NewMessage *message : messages) {
        insertMessage.addBindValue(message->queueId);
        insertMessage.addBindValue(QString::fromLatin1(message->sender));
        insertMessage.addBindValue(message->receivedAt.toMSecsSinceEpoch());
        insertMessage.addBindValue(message->clientAddress);
        insertMessage.addBindValue(message->heloName);
        insertMessage.addBindValue(message->content.size());
        insertMessage.addBindValue(message->content.isNull() ? QByteArray("") : message->content);
        if (!insertMessage.exec()) {
            *failure = insertMessage.lastError();
            return false;
        }
        const qint64 messageId = insertMessage.lastInsertId().toLongLong();
        for (const NewRecipient &recipient : message->recipients) {
            insertRecipient.addBindValue(messageId);
            insertRecipient.addBindValue(QString::fromLatin1(recipient.address));
            insertRecipient.addBindValue(int(recipient.route));
            insertRecipient.addBindValue(recipient.mailbox);
            // Mail for a domain held for ETRN waits for its release, however it arrived (a failure
            // report to a customer's sender too).
            const QString node = recipient.route == RecipientRoute::Remote
                                     ? m_held.nodeForAddress(recipient.address)
                                     : QString();
            insertRecipient.addBindValue(int(node.isEmpty() ? RecipientState::Queued : RecipientState::Held));
            insertRecipient.addBindValue(node);
            if (!insertRecipient.exec()) {
                *failure = insertRecipient.lastError();
                return false;
            }
        }
    }
    return true;
}

bool QueueDatabase::insertMessages(const QList<const NewMessage *> &messages, QString *error, bool *diskFull)
{
    return completeRecipients({}, messages, error, diskFull);
}

bool QueueDatabase::completeRecipients(const QList<qint64> &finishedIds,
                                       const QList<const NewMessage *> &reports, QString *error,
                                       bool *diskFull)
{
    *diskFull = false;
    // BEGIN and COMMIT run as statements of our own rather than through QSqlDatabase, whose
    // errors lose SQLite's result code: a full disk (452 4.3.1) must be told from a lock held past
    // the busy time-out (451 4.3.0). IMMEDIATE takes the write lock first, waiting for it there.
    QSqlQuery control(m_db);
    QSqlError failure;
    QString step;
    if (!control.exec(u"BEGIN IMMEDIATE"_s)) {
        failure = control.lastError();
        step = u"begin"_s;
    } else if (!insertWithin(reports, &failure) || !removeRecipientsWithin(finishedIds, &failure)) {
        step = u"write"_s;
    } else if (control.exec(u"COMMIT"_s)) {
        return true;
    } else {
        failure = control.lastError();
        step = u"commit"_s;
    }
    *error = u"%1 (%2)"_s.arg(failure.text(), step);
    *diskFull = isDiskFull(failure);
    // SQLite may have rolled back already (SQLITE_FULL at COMMIT does); then this fails, harmlessly.
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    return false;
}

bool QueueDatabase::removeRecipientsWithin(const QList<qint64> &recipientIds, QSqlError *failure)
{
    if (recipientIds.isEmpty())
        return true;
    QSqlQuery &remove = *m_removeRecipient;
    QSqlQuery &removeMessage = *m_removeEmptyMessage;
    for (qint64 id : recipientIds) {
        remove.addBindValue(id);
        if (!remove.exec()) {
            *failure = remove.lastError();
            return false;
        }
        const bool found = remove.next();
        const qint64 messageId = found ? remove.value(0).toLongLong() : 0;
        remove.finish();
        if (!found)
            continue;
        removeMessage.addBindValue(messageId);
        removeMessage.addBindValue(messageId);
        if (!removeMessage.exec()) {
            *failure = removeMessage.lastError();
            return false;
        }
    }
    return true;
}

QList<DueLocalDelivery> QueueDatabase::dueLocalDeliveries(const QDateTime &now, int limit)
{
    QList<DueLocalDelivery> due;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT r.id, r.message_id, m.queue_id, m.sender, r.address, r.mailbox, r.attempts,"
                  " m.received_at, m.content FROM recipients r JOIN messages m ON m.id = r.message_id"
                  " WHERE r.route = ? AND r.state IN (?, ?) AND r.next_attempt <= ? AND m.on_hold = 0"
                  " ORDER BY r.next_attempt, r.id LIMIT ?"_s);
    query.addBindValue(int(RecipientRoute::Local));
    query.addBindValue(int(RecipientState::Queued));
    query.addBindValue(int(RecipientState::Deferred));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!query.exec())
        return due;
    while (query.next()) {
        DueLocalDelivery item;
        item.recipientId = query.value(0).toLongLong();
        item.messageId = query.value(1).toLongLong();
        item.queueId = query.value(2).toString();
        item.sender = query.value(3).toString().toLatin1();
        item.address = query.value(4).toString().toLatin1();
        item.mailbox = query.value(5).toString();
        item.attempts = query.value(6).toInt();
        item.receivedAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong());
        item.content = query.value(8).toByteArray();
        due.append(item);
    }
    return due;
}

QDateTime QueueDatabase::nextAttempt(RecipientRoute route)
{
    QSqlQuery query(m_db);
    // On-hold messages are few: their partial index makes the NOT IN cheap.
    query.prepare(u"SELECT MIN(next_attempt) FROM recipients WHERE route = ? AND state IN (?, ?)"
                  " AND message_id NOT IN (SELECT id FROM messages WHERE on_hold <> 0)"_s);
    query.addBindValue(int(route));
    query.addBindValue(int(RecipientState::Queued));
    query.addBindValue(int(RecipientState::Deferred));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong());
}

DueRemoteMessage QueueDatabase::messageFromRow(const QSqlQuery &query)
{
    // SELECT m.id, m.queue_id, m.sender, m.received_at, m.content
    DueRemoteMessage message;
    message.messageId = query.value(0).toLongLong();
    message.queueId = query.value(1).toString();
    message.sender = query.value(2).toString().toLatin1();
    message.receivedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong());
    message.content = query.value(4).toByteArray();
    return message;
}

DueRemoteRecipient QueueDatabase::recipientFromRow(const QSqlQuery &query)
{
    // SELECT id, address, attempts, warned, last_reply
    DueRemoteRecipient recipient;
    recipient.recipientId = query.value(0).toLongLong();
    recipient.address = query.value(1).toString().toLatin1();
    recipient.attempts = query.value(2).toInt();
    recipient.warned = query.value(3).toInt() != 0;
    recipient.lastReply = query.value(4).toString();
    return recipient;
}

QDateTime QueueDatabase::oldestPending(RecipientRoute route)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT MIN(m.received_at) FROM messages m JOIN recipients r ON r.message_id = m.id"
                  " WHERE r.route = ? AND r.state IN (?, ?) AND m.on_hold = 0"_s);
    query.addBindValue(int(route));
    query.addBindValue(int(RecipientState::Queued));
    query.addBindValue(int(RecipientState::Deferred));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong());
}

bool QueueDatabase::markDelivered(const QList<qint64> &recipientIds, QString *error)
{
    bool diskFull = false;
    return completeRecipients(recipientIds, {}, error, &diskFull);
}

bool QueueDatabase::markDeferred(qint64 recipientId, const QString &lastReply, const QDateTime &nextAttempt,
                                 QString *error)
{
    QSqlQuery query(m_db);
    // Released mail the customer could not take goes back on hold: it waits for the next ETRN
    // rather than being retried against a host that is, as a rule, offline.
    query.prepare(u"UPDATE recipients SET state = CASE WHEN hold_node <> '' THEN ? ELSE ? END,"
                  " attempts = attempts + 1, next_attempt = ?, last_reply = ? WHERE id = ?"_s);
    query.addBindValue(int(RecipientState::Held));
    query.addBindValue(int(RecipientState::Deferred));
    query.addBindValue(nextAttempt.toMSecsSinceEpoch());
    query.addBindValue(lastReply);
    query.addBindValue(recipientId);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QueueCounts QueueDatabase::counts()
{
    QueueCounts counts;
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT COUNT(*) FROM messages"_s) && query.next())
        counts.messages = query.value(0).toInt();
    if (query.exec(u"SELECT route, state, COUNT(*) FROM recipients GROUP BY route, state"_s)) {
        while (query.next()) {
            const int route = query.value(0).toInt();
            const int state = query.value(1).toInt();
            const int count = query.value(2).toInt();
            if (state == int(RecipientState::Deferred))
                counts.deferred += count;
            if (state == int(RecipientState::Held))
                counts.held += count;
            else if (route == int(RecipientRoute::Local))
                counts.localPending += count;
            else
                counts.remotePending += count;
        }
    }
    return counts;
}

} // namespace Sluice
