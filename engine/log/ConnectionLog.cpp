// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/ConnectionLog.h"

#include "client/Transcript.h"

#include "log/CycleRecordJson.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <climits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnectionLog, "sluice.log")

namespace Sluice {

namespace {
constexpr int WriteBusyTimeoutMs = 250;
} // namespace

ConnectionLog::ConnectionLog()
    : m_connectionName(u"sluice-log-%1"_s.arg(quintptr(this), 0, 16))
{
    m_hourly.setInterval(3600 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, [this] { prune(); });
}

ConnectionLog::~ConnectionLog()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ConnectionLog::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_path = path;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    QSqlQuery query(m_db);
    // The log is a record, not mail: NORMAL durability is enough, and keeps it cheap. auto_vacuum
    // must be chosen before the first table exists; createTables() converts an older log once.
    // journal_size_limit truncates the write-ahead log after checkpoints, so that it never holds
    // on to more than a few MB the size limit does not see shrink.
    const bool ok = m_db.open() && query.exec(u"PRAGMA auto_vacuum=INCREMENTAL"_s) &&
                    query.exec(u"PRAGMA journal_mode=WAL"_s) && query.exec(u"PRAGMA synchronous=NORMAL"_s) &&
                    query.exec(u"PRAGMA journal_size_limit=1048576"_s) && createTables();
    if (!ok) {
        *error = m_db.isOpen() ? query.lastError().text() : m_db.lastError().text();
        return false;
    }
    // Writes run on the thread that serves the SMTP sessions: while another program holds the
    // log's lock, each would stall them all for the whole time-out. The log is a record, not mail,
    // so after open() a write waits only briefly and is then dropped (see writeFailed()).
    query.exec(u"PRAGMA busy_timeout=%1"_s.arg(WriteBusyTimeoutMs));
    prune();
    m_hourly.start();
    return true;
}

bool ConnectionLog::writeFailed(const QString &what, const QSqlError &error)
{
    ++m_lostWrites;
    if (m_lostWrites == 1) {
        qCWarning(lcConnectionLog).noquote()
            << tr("The connection log %1 cannot be written (%2: %3). Mail is not affected; sessions go "
                  "unlogged until the log can be written again.")
                   .arg(m_path, what, error.text());
    } else {
        qCDebug(lcConnectionLog).noquote() << "could not" << what << "either:" << error.text();
    }
    return false;
}

void ConnectionLog::writeSucceeded()
{
    if (m_lostWrites == 0)
        return;
    qCInfo(lcConnectionLog).noquote()
        << tr("The connection log is written again; %n record(s) could not be written meanwhile.", nullptr,
              int(qMin<qint64>(m_lostWrites, INT_MAX)));
    m_lostWrites = 0;
}

bool ConnectionLog::createTables()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS connections ("
                    " id INTEGER PRIMARY KEY, time INTEGER NOT NULL, kind TEXT NOT NULL,"
                    " peer TEXT NOT NULL, ok INTEGER NOT NULL, error TEXT NOT NULL,"
                    " transcript BLOB NOT NULL)"_s))
        return false;
    // Logs written by older versions lack the later columns; the log is not versioned like the
    // configuration because an old log is only ever extended, never reinterpreted.
    QStringList columns;
    query.exec(u"PRAGMA table_info(connections)"_s);
    while (query.next())
        columns.append(query.value(1).toString());
    for (const auto &column : {u"cycle_id"_s, u"messages"_s, u"duration_ms"_s}) {
        if (!columns.contains(column) &&
            !query.exec(u"ALTER TABLE connections ADD COLUMN %1 INTEGER NOT NULL DEFAULT 0"_s.arg(column)))
            return false;
    }
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS cycles ("
                    " id INTEGER PRIMARY KEY, started INTEGER NOT NULL, finished INTEGER,"
                    " record TEXT NOT NULL, details BLOB NOT NULL)"_s) ||
        !query.exec(u"CREATE INDEX IF NOT EXISTS connections_time ON connections (time)"_s) ||
        !query.exec(u"CREATE INDEX IF NOT EXISTS connections_cycle ON connections (cycle_id)"_s) ||
        !query.exec(u"CREATE INDEX IF NOT EXISTS cycles_started ON cycles (started)"_s))
        return false;
    // A log made before the size limit existed has no incremental vacuum: one full VACUUM turns it
    // on (the pragma set in open() takes effect with it).
    if (query.exec(u"PRAGMA auto_vacuum"_s) && query.next() && query.value(0).toInt() != 2) {
        qCInfo(lcConnectionLog) << "converting the connection log for incremental vacuum";
        return query.exec(u"PRAGMA auto_vacuum=INCREMENTAL"_s) && query.exec(u"VACUUM"_s);
    }
    return true;
}

void ConnectionLog::setLimits(int maxRecords, int maxAgeDays)
{
    m_maxRecords = maxRecords;
    m_maxAgeDays = maxAgeDays;
}

void ConnectionLog::setRetention(int maxAgeDays, qint64 maxBytes)
{
    m_maxAgeDays = maxAgeDays;
    m_maxBytes = maxBytes;
    if (m_db.isOpen())
        prune();
}

bool ConnectionLog::record(const QString &kind, const QString &peer, bool ok, const QString &error,
                           const Transcript &transcript)
{
    SessionSummary session;
    session.kind = kind;
    session.peer = peer;
    session.ok = ok;
    session.error = error;
    return record(session, transcript);
}

bool ConnectionLog::record(const SessionSummary &session, const Transcript &transcript)
{
    if (m_level == LogLevel::None)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO connections (time, kind, peer, ok, error, transcript, cycle_id, messages,"
                   " duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(now);
    insert.addBindValue(session.kind);
    insert.addBindValue(session.peer);
    insert.addBindValue(session.ok ? 1 : 0);
    insert.addBindValue(session.error.isNull() ? u""_s : session.error);
    const QByteArray text =
        m_level == LogLevel::Minimum ? QByteArray() : transcript.toText(m_level == LogLevel::Maximum);
    insert.addBindValue(text.isNull() ? QByteArray("") : text);
    insert.addBindValue(m_currentCycle);
    insert.addBindValue(session.messages);
    insert.addBindValue(session.started.isValid() ? qMax<qint64>(0, now - session.started.toMSecsSinceEpoch())
                                                  : qint64(0));
    if (!insert.exec())
        return writeFailed(u"record a connection"_s, insert.lastError());
    writeSucceeded();
    afterWrite();
    return true;
}

ConnectionRecord ConnectionLog::readConnection(const QSqlQuery &query)
{
    ConnectionRecord record;
    record.id = query.value(0).toLongLong();
    record.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong());
    record.kind = query.value(2).toString();
    record.peer = query.value(3).toString();
    record.ok = query.value(4).toBool();
    record.error = query.value(5).toString();
    record.transcript = query.value(6).toByteArray();
    record.cycleId = query.value(7).toLongLong();
    record.messages = query.value(8).toInt();
    record.durationMs = query.value(9).toLongLong();
    return record;
}

QList<ConnectionRecord> ConnectionLog::latest(int limit) const
{
    QList<ConnectionRecord> records;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, time, kind, peer, ok, error, transcript, cycle_id, messages, duration_ms FROM "
                  u"connections"
                  " ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return records;
    while (query.next())
        records.append(readConnection(query));
    return records;
}

QList<ConnectionRecord> ConnectionLog::sessionsOfCycle(qint64 cycleId) const
{
    QList<ConnectionRecord> records;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, time, kind, peer, ok, error, transcript, cycle_id, messages, duration_ms FROM "
                  u"connections"
                  " WHERE cycle_id = ? ORDER BY id"_s);
    query.addBindValue(cycleId);
    if (!query.exec())
        return records;
    while (query.next())
        records.append(readConnection(query));
    return records;
}

qint64 ConnectionLog::beginCycle(const CycleRecord &record)
{
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO cycles (started, record, details) VALUES (?, ?, ?)"_s);
    insert.addBindValue(record.started.toMSecsSinceEpoch());
    insert.addBindValue(QString::fromUtf8(cycleToJson(record)));
    insert.addBindValue(QByteArray(""));
    if (!insert.exec()) {
        writeFailed(u"record a link cycle"_s, insert.lastError());
        return 0;
    }
    writeSucceeded();
    m_currentCycle = insert.lastInsertId().toLongLong();
    afterWrite();
    return m_currentCycle;
}

bool ConnectionLog::finishCycle(const CycleRecord &record)
{
    if (record.id == m_currentCycle)
        m_currentCycle = 0;
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE cycles SET finished = ?, record = ?, details = ? WHERE id = ?"_s);
    update.addBindValue(record.finished.toMSecsSinceEpoch());
    update.addBindValue(QString::fromUtf8(cycleToJson(record)));
    update.addBindValue(record.details.isNull() ? QByteArray("") : record.details);
    update.addBindValue(record.id);
    if (!update.exec())
        return writeFailed(u"complete a link cycle's record"_s, update.lastError());
    if (update.numRowsAffected() != 1) {
        qCWarning(lcConnectionLog).noquote() << "could not complete a link cycle's record: no such cycle";
        return false;
    }
    writeSucceeded();
    afterWrite();
    return true;
}

QList<CycleRecord> ConnectionLog::latestCycles(int limit) const
{
    QList<CycleRecord> records;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, record, details FROM cycles ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return records;
    while (query.next()) {
        CycleRecord record = cycleFromJson(query.value(1).toString().toUtf8());
        record.id = query.value(0).toLongLong();
        record.details = query.value(2).toByteArray();
        records.append(record);
    }
    return records;
}

} // namespace Sluice
