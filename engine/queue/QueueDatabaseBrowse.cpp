// SPDX-License-Identifier: GPL-3.0-or-later
// The queue viewer's reads. A page is chosen first (message ids, sorted, LIMIT/OFFSET), and only
// then are the recipients of those few messages read, so a page costs about the same at 100 or at
// 100,000 messages; sorting by a message column walks an index (queue_id, received_at).
#include "outbound/DeliveryReport.h"
#include "queue/QueueDatabase.h"
#include "queue/QueueSql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

using QueueSql::bindAll;
using QueueSql::placeholders;

namespace {

constexpr int MaxLimit = 1000;
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
/// The recipient's domain, lower case: the destination its next hop is resolved for.
const auto DomainOf = u"lower(substr(r.address, instr(r.address, '@') + 1))"_s;

QDateTime timeOrInvalid(const QVariant &msecs)
{
    const qint64 value = msecs.toLongLong();
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, Qt::UTC) : QDateTime();
}

/// A LIKE pattern matching text anywhere, with LIKE's own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return QString(u"%"_s + escaped + u"%"_s);
}

/// The sort expression over the per-message aggregate "a" (recipient columns), or over m.
QString sortExpression(QueueSortKey key)
{
    switch (key) {
    case QueueSortKey::Id:
        return u"m.queue_id"_s;
    case QueueSortKey::Sender:
        return u"m.sender"_s;
    case QueueSortKey::Size:
        return u"m.size"_s;
    case QueueSortKey::Age:
        return u"m.received_at"_s;
    case QueueSortKey::Recipients:
        return u"MIN(r.address)"_s;
    case QueueSortKey::Attempts:
        return u"MAX(r.attempts)"_s;
    case QueueSortKey::Next:
        // Nothing scheduled (never tried, held, on hold) sorts after every time.
        return u"MIN(CASE WHEN r.state IN (%1, %2) AND r.next_attempt > 0 THEN r.next_attempt END)"_s
            .arg(int(RecipientState::Queued))
            .arg(int(RecipientState::Deferred));
    case QueueSortKey::Reply:
        return u"MAX(r.last_reply)"_s;
    }
    return u"m.received_at"_s;
}

QueueQuery wholeSection(QueueSection section)
{
    QueueQuery query;
    query.section = section;
    return query;
}

bool sortsByRecipients(QueueSortKey key)
{
    return key == QueueSortKey::Recipients || key == QueueSortKey::Attempts || key == QueueSortKey::Next ||
           key == QueueSortKey::Reply;
}

} // namespace

QString QueueDatabase::recipientFilter(const QueueQuery &query, QVariantList *values) const
{
    QString filter;
    switch (query.section) {
    case QueueSection::Outbound:
        filter = u"r.route = %1 AND r.state <> %2"_s.arg(int(RecipientRoute::Remote))
                     .arg(int(RecipientState::Held));
        if (query.hasGroup) {
            filter += u" AND %1 = ?"_s.arg(DomainOf);
            values->append(query.group.toLower());
        }
        break;
    case QueueSection::Held:
        filter = u"r.route = %1 AND r.state = %2"_s.arg(int(RecipientRoute::Remote))
                     .arg(int(RecipientState::Held));
        if (query.hasGroup) {
            filter += u" AND r.hold_node = ?"_s;
            values->append(query.group.toLower());
        }
        break;
    case QueueSection::Inbound:
        filter = u"r.route = %1"_s.arg(int(RecipientRoute::Local));
        if (query.hasGroup && !query.group.isEmpty())
            filter += u" AND 0"_s; // the inbound queue is one group, named ""
        break;
    case QueueSection::All:
        filter = u"1"_s;
        break;
    }
    return filter;
}

QueuePage QueueDatabase::browse(const QueueQuery &query)
{
    QueuePage page;
    QVariantList sectionValues;
    const QString section = recipientFilter(query, &sectionValues);
    const bool everyMessage = query.section == QueueSection::All; // each message has a recipient
    QString where =
        everyMessage ? u"1"_s
                     : u"EXISTS (SELECT 1 FROM recipients r WHERE r.message_id = m.id AND %1)"_s.arg(section);
    QVariantList whereValues = everyMessage ? QVariantList() : sectionValues;
    if (!query.search.isEmpty()) {
        const QString pattern = containsPattern(query.search);
        where += u" AND (m.queue_id LIKE ? ESCAPE '\\' OR m.sender LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1"
                 " FROM recipients r WHERE r.message_id = m.id AND %1 AND (r.address LIKE ? ESCAPE '\\'"
                 " OR r.last_reply LIKE ? ESCAPE '\\')))"_s.arg(section);
        whereValues << pattern << pattern << sectionValues << pattern << pattern;
    }

    QSqlQuery count(m_db);
    count.prepare(u"SELECT COUNT(*) FROM messages m WHERE "_s + where);
    bindAll(count, whereValues);
    if (!count.exec() || !count.next())
        return page;
    page.total = count.value(0).toInt();

    const QString direction = query.descending ? u"DESC"_s : u"ASC"_s;
    const QString key = sortExpression(query.sort);
    QString sql;
    QVariantList values;
    const QString columns = u"m.id, m.queue_id, m.sender, m.size, m.received_at, m.on_hold"_s;
    if (sortsByRecipients(query.sort)) {
        sql = u"SELECT %1 FROM messages m JOIN recipients r ON r.message_id = m.id AND %2 WHERE %3"
              " GROUP BY m.id ORDER BY (%4) IS NULL, %4 %5, m.id %5 LIMIT ? OFFSET ?"_s.arg(
                  columns, section, where, key, direction);
        values = sectionValues + whereValues;
    } else {
        sql = u"SELECT %1 FROM messages m WHERE %2 ORDER BY %3 %4, m.id %4 LIMIT ? OFFSET ?"_s.arg(
            columns, where, key, direction);
        values = whereValues;
    }
    values << std::clamp(query.limit, 0, MaxLimit) << std::max(query.offset, 0);
    QSqlQuery select(m_db);
    select.prepare(sql);
    bindAll(select, values);
    if (!select.exec())
        return page;
    page.rows = pageRows(select, query);
    return page;
}

QList<QueueRow> QueueDatabase::pageRows(QSqlQuery &page, const QueueQuery &query)
{
    QList<QueueRow> rows;
    QHash<qint64, qsizetype> rowOf;
    QList<qint64> ids;
    QList<bool> onHold;
    while (page.next()) {
        QueueRow row;
        row.queueId = page.value(1).toString();
        row.sender = page.value(2).toString().toLatin1();
        row.size = page.value(3).toLongLong();
        row.receivedAt = timeOrInvalid(page.value(4));
        rowOf.insert(page.value(0).toLongLong(), rows.size());
        ids.append(page.value(0).toLongLong());
        onHold.append(page.value(5).toInt() != 0);
        rows.append(row);
    }
    if (ids.isEmpty())
        return rows;
    QVariantList values;
    const QString section = recipientFilter(query, &values);
    QSqlQuery recipients(m_db);
    recipients.prepare(u"SELECT r.message_id, r.address, r.state, r.attempts, r.next_attempt, r.last_reply"
                       " FROM recipients r WHERE r.message_id IN (%1) AND %2 ORDER BY r.id"_s.arg(
                           placeholders(ids.size()), section));
    bindAll(recipients, ids);
    bindAll(recipients, values);
    if (!recipients.exec())
        return rows;
    QList<QList<RecipientState>> states(rows.size());
    QList<int> replyAttempts(rows.size(), -1);
    while (recipients.next()) {
        const qsizetype index = rowOf.value(recipients.value(0).toLongLong());
        QueueRow &row = rows[index];
        const auto state = RecipientState(recipients.value(2).toInt());
        const int attempts = recipients.value(3).toInt();
        const QDateTime next = timeOrInvalid(recipients.value(4));
        const QString reply = recipients.value(5).toString();
        row.recipients.append(recipients.value(1).toString().toLatin1());
        row.attempts = std::max(row.attempts, attempts);
        const bool pending = state == RecipientState::Queued || state == RecipientState::Deferred;
        if (pending && next.isValid() && (!row.nextAttempt.isValid() || next < row.nextAttempt))
            row.nextAttempt = next;
        if (!reply.isEmpty() && attempts > replyAttempts[index]) {
            row.lastReply = reply; // the reply of the recipient tried most often
            replyAttempts[index] = attempts;
        }
        states[index].append(state);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QueueRow &row = rows[i];
        if (onHold[i]) {
            row.state = QueueRowState::OnHold;
            row.nextAttempt = QDateTime();
        } else if (states[i].contains(RecipientState::Deferred)) {
            row.state = QueueRowState::Deferred;
        } else if (states[i].contains(RecipientState::Queued)) {
            row.state = QueueRowState::Queued;
        } else {
            row.state = QueueRowState::Held;
        }
    }
    return rows;
}

QList<QueueGroup> QueueDatabase::groups()
{
    QList<QueueGroup> groups;
    QSqlQuery query(m_db);
    // Each message counted once per group, however many of its recipients the group has.
    const auto perGroup = [&](QueueSection section, const QString &name, const QString &filter) {
        const QString sql =
            u"SELECT g.name, COUNT(*), SUM(m.size) FROM (SELECT DISTINCT r.message_id AS id, %1 AS name"
            " FROM recipients r WHERE %2) g JOIN messages m ON m.id = g.id GROUP BY g.name"
            " ORDER BY g.name"_s.arg(name, filter);
        if (!query.exec(sql))
            return;
        while (query.next()) {
            QueueGroup group;
            group.section = section;
            group.name = query.value(0).toString();
            group.messages = query.value(1).toInt();
            group.bytes = query.value(2).toLongLong();
            groups.append(group);
        }
    };
    QVariantList unused;
    perGroup(QueueSection::Outbound, DomainOf,
             recipientFilter(wholeSection(QueueSection::Outbound), &unused));
    perGroup(QueueSection::Held, u"r.hold_node"_s,
             recipientFilter(wholeSection(QueueSection::Held), &unused));
    perGroup(QueueSection::Inbound, u"''"_s, recipientFilter(wholeSection(QueueSection::Inbound), &unused));
    return groups;
}

QueueMessageDetails QueueDatabase::details(const QString &queueId)
{
    QueueMessageDetails details;
    QSqlQuery message(m_db);
    // Only the start of the content is read: the headers, not a 30 MB attachment.
    message.prepare(u"SELECT id, queue_id, sender, received_at, client, helo, size, on_hold,"
                    " substr(content, 1, ?) FROM messages WHERE queue_id = ?"_s);
    message.addBindValue(MaxHeaderBytes);
    message.addBindValue(queueId);
    if (!message.exec() || !message.next())
        return details;
    details.found = true;
    const qint64 id = message.value(0).toLongLong();
    details.queueId = message.value(1).toString();
    details.sender = message.value(2).toString().toLatin1();
    details.receivedAt = timeOrInvalid(message.value(3));
    details.clientAddress = message.value(4).toString();
    details.heloName = message.value(5).toString();
    details.size = message.value(6).toLongLong();
    details.onHold = message.value(7).toInt() != 0;
    details.headers = DeliveryReport::headerSection(message.value(8).toByteArray()).left(MaxHeaderBytes);
    message.finish();

    QSqlQuery recipients(m_db);
    recipients.prepare(u"SELECT address, route, state, attempts, next_attempt, last_reply, hold_node"
                       " FROM recipients WHERE message_id = ? ORDER BY id"_s);
    recipients.addBindValue(id);
    if (!recipients.exec())
        return details;
    while (recipients.next()) {
        QueueRecipientDetails recipient;
        recipient.address = recipients.value(0).toString().toLatin1();
        recipient.route = RecipientRoute(recipients.value(1).toInt());
        recipient.state = RecipientState(recipients.value(2).toInt());
        recipient.attempts = recipients.value(3).toInt();
        recipient.nextAttempt = timeOrInvalid(recipients.value(4));
        recipient.lastReply = recipients.value(5).toString();
        recipient.node = recipients.value(6).toString();
        details.recipients.append(recipient);
    }
    return details;
}

} // namespace Sluice
