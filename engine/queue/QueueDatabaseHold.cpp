// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's side of holding mail for ETRN: held recipients carry the node (the E-Mail Domain entry)
// that holds them, are never due, and become due together when their node is released.
#include "queue/QueueDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
/// "?, ?, ?" for n bound values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}
} // namespace

bool QueueDatabase::addHoldColumn(QString *error)
{
    // Queues written before holding existed get the column; CREATE TABLE IF NOT EXISTS keeps theirs.
    QSqlQuery query(m_db);
    bool hasColumn = false;
    if (query.exec(u"PRAGMA table_info(recipients)"_s)) {
        while (query.next())
            hasColumn |= query.value(1).toString() == "hold_node"_L1;
    }
    if (!hasColumn && !exec(u"ALTER TABLE recipients ADD COLUMN hold_node TEXT NOT NULL DEFAULT ''"_s, error))
        return false;
    return exec(u"CREATE INDEX IF NOT EXISTS recipients_hold ON recipients(hold_node, state)"_s, error);
}

HoldRelease QueueDatabase::releaseHeld(const QStringList &nodes, const QDateTime &now, QString *error)
{
    HoldRelease release;
    if (nodes.isEmpty()) {
        release.ok = true;
        return release;
    }
    const QString in = placeholders(nodes.size());
    auto bindNodes = [&nodes](QSqlQuery &query) {
        for (const QString &node : nodes)
            query.addBindValue(node);
    };
    QSqlError failure;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return release;
    }
    QSqlQuery running(m_db);
    running.prepare(
        u"SELECT EXISTS (SELECT 1 FROM recipients WHERE hold_node IN (%1) AND state IN (?, ?))"_s.arg(in));
    bindNodes(running);
    running.addBindValue(int(RecipientState::Queued));
    running.addBindValue(int(RecipientState::Deferred));
    QSqlQuery count(m_db);
    count.prepare(
        u"SELECT COUNT(DISTINCT message_id), COUNT(*) FROM recipients WHERE hold_node IN (%1) AND state = ?"_s
            .arg(in));
    bindNodes(count);
    count.addBindValue(int(RecipientState::Held));
    QSqlQuery update(m_db);
    update.prepare(
        u"UPDATE recipients SET state = ?, next_attempt = ? WHERE hold_node IN (%1) AND state = ?"_s.arg(in));
    update.addBindValue(int(RecipientState::Queued));
    update.addBindValue(now.toMSecsSinceEpoch());
    bindNodes(update);
    update.addBindValue(int(RecipientState::Held));

    bool ok = running.exec() && running.next();
    if (!ok) {
        failure = running.lastError();
    } else {
        release.alreadyRunning = running.value(0).toInt() != 0;
        ok = count.exec() && count.next();
        if (!ok)
            failure = count.lastError();
    }
    if (ok) {
        release.messages = count.value(0).toInt();
        release.recipients = count.value(1).toInt();
        ok = update.exec();
        if (!ok)
            failure = update.lastError();
    }
    running.finish();
    count.finish();
    if (ok && m_db.commit()) {
        release.ok = true;
        return release;
    }
    *error = ok ? m_db.lastError().text() : failure.text();
    m_db.rollback();
    return HoldRelease();
}

int QueueDatabase::unholdExcept(const QStringList &keptNodes, const QDateTime &now, QString *error)
{
    // An entry that no longer holds (its "Queue messages for ETRN" was cleared, or it was removed):
    // its mail goes out like any other, and a later deferral retries it rather than holding it.
    QString sql =
        u"UPDATE recipients SET next_attempt = CASE WHEN state = ? THEN ? ELSE next_attempt END,"
        " state = CASE WHEN state = ? THEN ? ELSE state END, hold_node = '' WHERE hold_node <> ''"_s;
    if (!keptNodes.isEmpty())
        sql += u" AND hold_node NOT IN (%1)"_s.arg(placeholders(keptNodes.size()));
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(int(RecipientState::Held));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(int(RecipientState::Held));
    query.addBindValue(int(RecipientState::Queued));
    for (const QString &node : keptNodes)
        query.addBindValue(node);
    if (!query.exec()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.numRowsAffected();
}

QList<HeldDomainCount> QueueDatabase::heldDomains()
{
    QList<HeldDomainCount> held;
    QSqlQuery query(m_db);
    // Per node: each message once (a message may hold several recipients of one node).
    const QString sql = u"SELECT h.hold_node, COUNT(*), SUM(h.recipients), SUM(m.size), MIN(m.received_at)"
                        " FROM (SELECT hold_node, message_id, COUNT(*) AS recipients FROM recipients"
                        "  WHERE state = ? GROUP BY hold_node, message_id) h"
                        " JOIN messages m ON m.id = h.message_id GROUP BY h.hold_node ORDER BY h.hold_node"_s;
    query.prepare(sql);
    query.addBindValue(int(RecipientState::Held));
    if (!query.exec())
        return held;
    while (query.next()) {
        HeldDomainCount item;
        item.node = query.value(0).toString();
        item.messages = query.value(1).toInt();
        item.recipients = query.value(2).toInt();
        item.bytes = query.value(3).toLongLong();
        item.oldest = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong());
        held.append(item);
    }
    return held;
}

QList<DueRemoteMessage> QueueDatabase::expiredHeld(const QDateTime &receivedBefore, int limit)
{
    return selectHeld(u"m.received_at < ?"_s, {receivedBefore.toMSecsSinceEpoch()}, QString(), {}, limit);
}

QList<DueRemoteMessage> QueueDatabase::heldFor(const QStringList &nodes, int limit)
{
    if (nodes.isEmpty())
        return {};
    QVariantList values;
    for (const QString &node : nodes)
        values.append(node);
    const QString nodeFilter = u"hold_node IN (%1)"_s.arg(placeholders(nodes.size()));
    return selectHeld(u"m.id IN (SELECT message_id FROM recipients WHERE state = %1 AND %2)"_s
                          .arg(int(RecipientState::Held))
                          .arg(nodeFilter),
                      values, nodeFilter, values, limit);
}

QList<DueRemoteMessage> QueueDatabase::selectHeld(const QString &messageFilter,
                                                  const QVariantList &messageValues,
                                                  const QString &recipientFilter,
                                                  const QVariantList &recipientValues, int limit)
{
    // Messages that match messageFilter and have a held recipient, each with its held recipients
    // (those matching recipientFilter, when one is given).
    QList<DueRemoteMessage> held;
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT m.id, m.queue_id, m.sender, m.received_at, m.content FROM messages m"
        " WHERE %1 AND m.on_hold = 0 AND m.id IN (SELECT message_id FROM recipients WHERE state = ?)"
        " ORDER BY m.id LIMIT ?"_s.arg(messageFilter));
    for (const QVariant &value : messageValues)
        query.addBindValue(value);
    query.addBindValue(int(RecipientState::Held));
    query.addBindValue(limit);
    if (!query.exec())
        return held;
    while (query.next())
        held.append(messageFromRow(query));
    QSqlQuery recipients(m_db);
    recipients.prepare(u"SELECT id, address, attempts, warned, last_reply FROM recipients"
                       " WHERE message_id = ? AND state = ?%1 ORDER BY id"_s.arg(
                           recipientFilter.isEmpty() ? QString() : QString(u" AND "_s + recipientFilter)));
    for (DueRemoteMessage &message : held) {
        recipients.addBindValue(message.messageId);
        recipients.addBindValue(int(RecipientState::Held));
        for (const QVariant &value : recipientValues)
            recipients.addBindValue(value);
        if (!recipients.exec())
            continue;
        while (recipients.next()) {
            message.recipients.append(recipientFromRow(recipients));
        }
    }
    return held;
}

} // namespace Sluice
