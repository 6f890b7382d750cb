// SPDX-License-Identifier: GPL-3.0-or-later
// The postmaster's actions on queued messages: retry now, hold, release, delete (with or without
// failure reports). Each is one statement or one transaction, so a crash leaves either the old state or
// the new one, never a deleted message without its report.
#include "queue/QueueDatabase.h"
#include "queue/QueueSql.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sluice {

using QueueSql::bindAll;
using QueueSql::placeholders;

namespace {
/// Notes which routes got due recipients from a "... RETURNING route" statement.
int countRoutes(QSqlQuery &query, QueueAdminResult *result)
{
    int rows = 0;
    while (query.next()) {
        ++rows;
        (query.value(0).toInt() == int(RecipientRoute::Local) ? result->localDue : result->remoteDue) = true;
    }
    return rows;
}
} // namespace

bool QueueDatabase::addOnHoldColumn(QString *error)
{
    // Queues written before the viewer existed get the column (CREATE TABLE IF NOT EXISTS keeps
    // theirs). The partial index holds only the few on-hold messages, so excluding them from the due
    // queries costs next to nothing; the arrival index serves the viewer's default sort.
    QSqlQuery query(m_db);
    bool hasColumn = false;
    if (query.exec(u"PRAGMA table_info(messages)"_s)) {
        while (query.next())
            hasColumn |= query.value(1).toString() == "on_hold"_L1;
    }
    if (!hasColumn && !exec(u"ALTER TABLE messages ADD COLUMN on_hold INTEGER NOT NULL DEFAULT 0"_s, error))
        return false;
    return exec(u"CREATE INDEX IF NOT EXISTS messages_on_hold ON messages(id) WHERE on_hold <> 0"_s, error) &&
           exec(u"CREATE INDEX IF NOT EXISTS messages_received ON messages(received_at)"_s, error);
}

QList<qint64> QueueDatabase::messageIds(const QStringList &queueIds, QueueAdminResult *result)
{
    QList<qint64> ids;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM messages WHERE queue_id = ?"_s);
    for (const QString &queueId : queueIds) {
        query.addBindValue(queueId);
        if (!query.exec()) {
            result->error = query.lastError().text();
            return {};
        }
        if (!query.next()) {
            result->unknownId = queueId;
            return {};
        }
        const qint64 id = query.value(0).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
        query.finish();
    }
    return ids;
}

QueueAdminResult QueueDatabase::retry(const QStringList &queueIds, const QDateTime &now)
{
    QueueAdminResult result;
    const QList<qint64> ids = messageIds(queueIds, &result);
    if (!result.unknownId.isEmpty() || !result.error.isEmpty())
        return result;
    QString sql = u"UPDATE recipients SET next_attempt = ? WHERE state IN (?, ?)"
                  " AND message_id NOT IN (SELECT id FROM messages WHERE on_hold <> 0)"_s;
    if (!queueIds.isEmpty())
        sql += u" AND message_id IN (%1)"_s.arg(placeholders(ids.size()));
    QSqlQuery update(m_db);
    update.prepare(sql + u" RETURNING route"_s);
    update.addBindValue(now.toMSecsSinceEpoch());
    update.addBindValue(int(RecipientState::Queued));
    update.addBindValue(int(RecipientState::Deferred));
    bindAll(update, ids);
    if (!update.exec()) {
        result.error = update.lastError().text();
        return result;
    }
    result.count = countRoutes(update, &result);
    result.ok = true;
    return result;
}

QueueAdminResult QueueDatabase::hold(const QStringList &queueIds)
{
    QueueAdminResult result;
    const QList<qint64> ids = messageIds(queueIds, &result);
    if (ids.isEmpty())
        return result;
    QSqlQuery update(m_db);
    update.prepare(
        u"UPDATE messages SET on_hold = 1 WHERE on_hold = 0 AND id IN (%1)"_s.arg(placeholders(ids.size())));
    bindAll(update, ids);
    if (!update.exec()) {
        result.error = update.lastError().text();
        return result;
    }
    result.count = update.numRowsAffected();
    result.ok = true;
    return result;
}

QueueAdminResult QueueDatabase::release(const QStringList &queueIds, const QDateTime &now)
{
    QueueAdminResult result;
    const QList<qint64> ids = messageIds(queueIds, &result);
    if (ids.isEmpty())
        return result;
    const QString in = placeholders(ids.size());
    if (!m_db.transaction()) {
        result.error = m_db.lastError().text();
        return result;
    }
    QSqlError failure;
    const auto run = [&failure](QSqlQuery &query) {
        if (query.exec())
            return true;
        failure = query.lastError();
        return false;
    };
    QSet<qint64> released;
    QSqlQuery unhold(m_db);
    unhold.prepare(
        u"UPDATE messages SET on_hold = 0 WHERE on_hold <> 0 AND id IN (%1) RETURNING id"_s.arg(in));
    bindAll(unhold, ids);
    bool ok = run(unhold);
    while (ok && unhold.next())
        released.insert(unhold.value(0).toLongLong());
    // ETRN-held recipients keep their node: should their domain refuse them, they go back on hold
    // (QueueDatabase::markDeferred), as after a real ETRN.
    QSqlQuery etrn(m_db);
    etrn.prepare(u"UPDATE recipients SET state = ?, next_attempt = ? WHERE state = ? AND message_id IN (%1)"
                 " RETURNING message_id"_s.arg(in));
    etrn.addBindValue(int(RecipientState::Queued));
    etrn.addBindValue(now.toMSecsSinceEpoch());
    etrn.addBindValue(int(RecipientState::Held));
    bindAll(etrn, ids);
    ok = ok && run(etrn);
    while (ok && etrn.next()) {
        released.insert(etrn.value(0).toLongLong());
        result.etrnReleased = true;
    }
    QSqlQuery due(m_db);
    due.prepare(u"UPDATE recipients SET next_attempt = ? WHERE state IN (?, ?) AND message_id IN (%1)"
                " RETURNING route"_s.arg(in));
    due.addBindValue(now.toMSecsSinceEpoch());
    due.addBindValue(int(RecipientState::Queued));
    due.addBindValue(int(RecipientState::Deferred));
    bindAll(due, ids);
    ok = ok && run(due);
    if (ok)
        countRoutes(due, &result);
    unhold.finish();
    etrn.finish();
    due.finish();
    if (ok && m_db.commit()) {
        result.count = int(released.size());
        result.ok = true;
        return result;
    }
    result.error = ok ? m_db.lastError().text() : failure.text();
    m_db.rollback();
    result.localDue = result.remoteDue = result.etrnReleased = false;
    return result;
}

QueueAdminResult QueueDatabase::remove(const QStringList &queueIds, const ReportBuilder &buildReports)
{
    QueueAdminResult result;
    const QList<qint64> ids = messageIds(queueIds, &result);
    if (ids.isEmpty())
        return result;
    QList<NewMessage> reports;
    if (buildReports) {
        // Every recipient still in the queue is reported, whatever its state.
        QSqlQuery message(m_db);
        message.prepare(u"SELECT id, queue_id, sender, received_at, content FROM messages WHERE id = ?"_s);
        QSqlQuery recipients(m_db);
        recipients.prepare(
            u"SELECT id, address, attempts, warned, last_reply FROM recipients WHERE message_id = ? ORDER BY id"_s);
        for (qint64 id : ids) {
            message.addBindValue(id);
            if (!message.exec() || !message.next())
                continue;
            DueRemoteMessage original = messageFromRow(message);
            message.finish();
            recipients.addBindValue(id);
            if (recipients.exec()) {
                while (recipients.next())
                    original.recipients.append(recipientFromRow(recipients));
            }
            reports.append(buildReports(original));
        }
    }
    QList<const NewMessage *> pointers;
    for (const NewMessage &report : std::as_const(reports)) {
        pointers.append(&report);
        for (const NewRecipient &recipient : report.recipients)
            (recipient.route == RecipientRoute::Local ? result.localDue : result.remoteDue) = true;
    }
    QSqlError failure;
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM messages WHERE id = ?"_s);
    bool ok = m_db.transaction();
    if (!ok)
        failure = m_db.lastError();
    ok = ok && insertWithin(pointers, &failure);
    for (qint64 id : ids) {
        if (!ok)
            break;
        remove.addBindValue(id);
        ok = remove.exec();
        if (!ok)
            failure = remove.lastError();
        else
            result.count += remove.numRowsAffected();
    }
    if (ok && m_db.commit()) {
        result.reports = int(reports.size());
        result.ok = true;
        return result;
    }
    result = QueueAdminResult();
    result.error = ok ? m_db.lastError().text() : failure.text();
    m_db.rollback();
    return result;
}

bool QueueDatabase::shiftTimes(qint64 ms, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery messages(m_db);
    messages.prepare(u"UPDATE messages SET received_at = received_at + ?"_s);
    messages.addBindValue(ms);
    QSqlQuery recipients(m_db);
    recipients.prepare(
        u"UPDATE recipients SET next_attempt = MAX(1, next_attempt + ?) WHERE next_attempt > 0"_s);
    recipients.addBindValue(ms);
    if (messages.exec() && recipients.exec() && m_db.commit())
        return true;
    *error = messages.lastError().isValid() ? messages.lastError().text() : recipients.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace Sluice
