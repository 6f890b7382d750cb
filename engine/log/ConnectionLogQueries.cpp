// SPDX-License-Identifier: GPL-3.0-or-later
// The connection log's listing and details for the log viewer and `sluice log` (log-list, log-show):
// one entry per link cycle, or per SMTP session that belongs to no cycle.
#include "log/ConnectionLog.h"

#include "log/CycleRecordJson.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// SQL text and its positional values, built together so that they cannot drift apart.
struct Conditions
{
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &bound = {})
    {
        clauses.append(clause);
        values += bound;
    }
    QString where() const { return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(" AND "_L1); }
};

QString searchable(const QString &columns)
{
    return u"instr(lower(%1), ?) > 0"_s.arg(columns);
}

Conditions cycleConditions(const LogQuery &query)
{
    Conditions conditions;
    if (query.from.isValid())
        conditions.add(u"started >= ?"_s, {query.from.toMSecsSinceEpoch()});
    if (query.to.isValid())
        conditions.add(u"started <= ?"_s, {query.to.toMSecsSinceEpoch()});
    if (query.result == LogQuery::Result::Ok)
        conditions.add(u"finished IS NOT NULL AND json_extract(record, '$.ok')"_s);
    else if (query.result == LogQuery::Result::Failed)
        conditions.add(u"finished IS NOT NULL AND NOT json_extract(record, '$.ok')"_s);
    if (!query.search.isEmpty()) {
        const QString text = query.search.toLower();
        conditions.add(
            u"(%1 OR EXISTS (SELECT 1 FROM connections s WHERE s.cycle_id = cycles.id AND %2))"_s.arg(
                searchable(u"record || ' ' || CAST(details AS TEXT)"_s),
                searchable(
                    u"s.kind || ' ' || s.peer || ' ' || s.error || ' ' || CAST(s.transcript AS TEXT)"_s)),
            {text, text});
    }
    return conditions;
}

Conditions sessionConditions(const LogQuery &query)
{
    Conditions conditions;
    conditions.add(u"cycle_id = 0"_s);
    if (query.from.isValid())
        conditions.add(u"time - duration_ms >= ?"_s, {query.from.toMSecsSinceEpoch()});
    if (query.to.isValid())
        conditions.add(u"time - duration_ms <= ?"_s, {query.to.toMSecsSinceEpoch()});
    if (query.result == LogQuery::Result::Ok)
        conditions.add(u"ok != 0"_s);
    else if (query.result == LogQuery::Result::Failed)
        conditions.add(u"ok = 0"_s);
    if (!query.search.isEmpty())
        conditions.add(
            searchable(u"kind || ' ' || peer || ' ' || error || ' ' || CAST(transcript AS TEXT)"_s),
            {query.search.toLower()});
    return conditions;
}

} // namespace

LogPage ConnectionLog::list(const LogQuery &query) const
{
    // Both kinds in one ordered, paged union: "t" is the entry's start time.
    QStringList parts;
    QVariantList values;
    if (query.kind != LogQuery::Kind::Sessions) {
        const Conditions conditions = cycleConditions(query);
        parts.append(u"SELECT 'c' AS type, id, started AS t FROM cycles"_s + conditions.where());
        values += conditions.values;
    }
    if (query.kind != LogQuery::Kind::Cycles) {
        const Conditions conditions = sessionConditions(query);
        parts.append(u"SELECT 's' AS type, id, time - duration_ms AS t FROM connections"_s +
                     conditions.where());
        values += conditions.values;
    }
    const QString selection = parts.join(" UNION ALL "_L1);
    LogPage page;
    QSqlQuery count(m_db);
    count.prepare(u"SELECT COUNT(*) FROM ("_s + selection + u")"_s);
    for (const QVariant &value : values)
        count.addBindValue(value);
    if (count.exec() && count.next())
        page.total = count.value(0).toInt();

    QSqlQuery rows(m_db);
    rows.prepare(u"SELECT type, id FROM ("_s + selection + u") ORDER BY t DESC, id DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : values)
        rows.addBindValue(value);
    rows.addBindValue(query.limit);
    rows.addBindValue(query.offset);
    if (!rows.exec())
        return page;
    while (rows.next()) {
        const QString entry = rows.value(0).toString() + QString::number(rows.value(1).toLongLong());
        if (const std::optional<LogEntryDetails> found = details(entry, false))
            page.entries.append(found->entry);
    }
    return page;
}

std::optional<LogEntryDetails> ConnectionLog::details(const QString &entry) const
{
    return details(entry, true);
}

std::optional<LogEntryDetails> ConnectionLog::details(const QString &entry, bool withTranscript) const
{
    bool numeric = false;
    const qint64 id = entry.mid(1).toLongLong(&numeric);
    if (!numeric || id <= 0)
        return std::nullopt;
    if (entry.startsWith(u'c'))
        return cycleDetails(id, withTranscript);
    if (entry.startsWith(u's'))
        return sessionDetails(id, withTranscript);
    return std::nullopt;
}

std::optional<LogEntryDetails> ConnectionLog::cycleDetails(qint64 id, bool withTranscript) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT record, details FROM cycles WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const CycleRecord record = cycleFromJson(query.value(0).toString().toUtf8());
    LogEntryDetails details;
    LogEntry &entry = details.entry;
    entry.entry = u"c"_s + QString::number(id);
    entry.time = record.started.toUTC();
    entry.kind = u"cycle"_s;
    entry.triggerOrPeer = record.trigger;
    entry.dial = record.dialResult;
    entry.sent = record.messagesSent;
    entry.received = record.messagesReceived;
    entry.retrieval = record.retrievalReplies;
    entry.result = !record.finished.isValid() ? u"running"_s : record.ok ? u"ok"_s : u"failed"_s;
    entry.summary = record.result;
    const QDateTime end = record.finished.isValid() ? record.finished : QDateTime::currentDateTimeUtc();
    entry.durationSeconds = record.started.isValid() ? record.started.msecsTo(end) / 1000.0 : 0;
    details.errors = record.errors;
    for (const CyclePhase &phase : record.phases) {
        details.phases.append(u"%1 %2-%3 %4"_s.arg(
            phase.name, phase.started.toUTC().toString(Qt::ISODate),
            phase.finished.isValid() ? phase.finished.toUTC().toString(Qt::ISODate) : u"..."_s,
            phase.result));
    }
    if (!withTranscript)
        return details;
    const QByteArray cycleDetails = query.value(1).toByteArray();
    if (!cycleDetails.isEmpty())
        details.transcript += "== link cycle " + QByteArray::number(id) + '\n' + cycleDetails +
                              (cycleDetails.endsWith('\n') ? "" : "\n");
    for (const ConnectionRecord &session : sessionsOfCycle(id))
        details.transcript += sessionHeading(session) + session.transcript;
    return details;
}

std::optional<LogEntryDetails> ConnectionLog::sessionDetails(qint64 id, bool withTranscript) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, time, kind, peer, ok, error, transcript, cycle_id, messages, duration_ms"
                  " FROM connections WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const ConnectionRecord session = readConnection(query);
    LogEntryDetails details;
    LogEntry &entry = details.entry;
    entry.entry = u"s"_s + QString::number(id);
    entry.time = session.time.addMSecs(-session.durationMs).toUTC();
    entry.kind = session.kind;
    entry.triggerOrPeer = session.peer;
    (session.kind == "inbound"_L1 ? entry.received : entry.sent) = session.messages;
    entry.result = session.ok ? u"ok"_s : u"failed"_s;
    entry.summary = !session.ok                    ? session.error
                    : session.kind == "inbound"_L1 ? tr("%n message(s) accepted", nullptr, session.messages)
                                                   : tr("completed");
    entry.durationSeconds = session.durationMs / 1000.0;
    if (!session.ok && !session.error.isEmpty())
        details.errors.append(session.error);
    if (withTranscript)
        details.transcript = sessionHeading(session) + session.transcript;
    return details;
}

QByteArray ConnectionLog::sessionHeading(const ConnectionRecord &session)
{
    return QByteArray(
        "== " + session.kind.toUtf8() + ' ' + session.peer.toUtf8() + ' ' +
        session.time.addMSecs(-session.durationMs).toUTC().toString(Qt::ISODate).toUtf8() + ' ' +
        (session.ok ? QByteArray("ok") : QByteArray("failed: ") + session.error.toUtf8()) + '\n');
}

} // namespace Sluice
