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

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnectionLog, "sluice.log")

namespace Sluice {

ConnectionLog::ConnectionLog()
    : m_connectionName(u"sluice-log-%1"_s.arg(quintptr(this), 0, 16))
{}

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
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    QSqlQuery query(m_db);
    // The log is a record, not mail: NORMAL durability is enough, and keeps it cheap.
    const bool ok = m_db.open() && query.exec(u"PRAGMA journal_mode=WAL"_s) &&
                    query.exec(u"PRAGMA synchronous=NORMAL"_s) && createTables();
    if (!ok)
        *error = m_db.isOpen() ? query.lastError().text() : m_db.lastError().text();
    return ok;
}

bool ConnectionLog::createTables()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS connections ("
                    " id INTEGER PRIMARY KEY, time INTEGER NOT NULL, kind TEXT NOT NULL,"
                    " peer TEXT NOT NULL, ok INTEGER NOT NULL, error TEXT NOT NULL,"
                    " transcript BLOB NOT NULL)"_s))
        return false;
    // Logs written before link cycles existed lack the column; the log is not versioned like the
    // configuration because an old log is only ever extended, never reinterpreted.
    bool hasCycleColumn = false;
    query.exec(u"PRAGMA table_info(connections)"_s);
    while (query.next())
        hasCycleColumn |= query.value(1).toString() == "cycle_id"_L1;
    if (!hasCycleColumn &&
        !query.exec(u"ALTER TABLE connections ADD COLUMN cycle_id INTEGER NOT NULL DEFAULT 0"_s))
        return false;
    return query.exec(u"CREATE TABLE IF NOT EXISTS cycles ("
                      " id INTEGER PRIMARY KEY, started INTEGER NOT NULL, finished INTEGER,"
                      " record TEXT NOT NULL, details BLOB NOT NULL)"_s);
}

void ConnectionLog::setLimits(int maxRecords, int maxAgeDays)
{
    m_maxRecords = maxRecords;
    m_maxAgeDays = maxAgeDays;
}

bool ConnectionLog::record(const QString &kind, const QString &peer, bool ok, const QString &error,
                           const Transcript &transcript)
{
    if (m_level == LogLevel::None)
        return true;
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO connections (time, kind, peer, ok, error, transcript, cycle_id)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    insert.addBindValue(kind);
    insert.addBindValue(peer);
    insert.addBindValue(ok ? 1 : 0);
    insert.addBindValue(error.isNull() ? u""_s : error);
    const QByteArray text =
        m_level == LogLevel::Minimum ? QByteArray() : transcript.toText(m_level == LogLevel::Maximum);
    insert.addBindValue(text.isNull() ? QByteArray("") : text);
    insert.addBindValue(m_currentCycle);
    if (!insert.exec()) {
        qCWarning(lcConnectionLog).noquote() << "could not record a connection:" << insert.lastError().text();
        return false;
    }
    prune();
    return true;
}

void ConnectionLog::prune()
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM connections WHERE time < ? OR id <= (SELECT MAX(id) FROM connections) - ?"_s);
    query.addBindValue(QDateTime::currentDateTime().addDays(-m_maxAgeDays).toMSecsSinceEpoch());
    query.addBindValue(m_maxRecords);
    query.exec();
    query.prepare(u"DELETE FROM cycles WHERE started < ? OR id <= (SELECT MAX(id) FROM cycles) - ?"_s);
    query.addBindValue(QDateTime::currentDateTime().addDays(-m_maxAgeDays).toMSecsSinceEpoch());
    query.addBindValue(m_maxRecords);
    query.exec();
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
    return record;
}

QList<ConnectionRecord> ConnectionLog::latest(int limit) const
{
    QList<ConnectionRecord> records;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, time, kind, peer, ok, error, transcript, cycle_id FROM connections"
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
    query.prepare(u"SELECT id, time, kind, peer, ok, error, transcript, cycle_id FROM connections"
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
        qCWarning(lcConnectionLog).noquote() << "could not record a link cycle:" << insert.lastError().text();
        return 0;
    }
    m_currentCycle = insert.lastInsertId().toLongLong();
    prune();
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
    if (!update.exec() || update.numRowsAffected() != 1) {
        qCWarning(lcConnectionLog).noquote()
            << "could not complete a link cycle's record:" << update.lastError().text();
        return false;
    }
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
