// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/ConnectionLog.h"

#include "client/Transcript.h"

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
                    query.exec(u"PRAGMA synchronous=NORMAL"_s) &&
                    query.exec(u"CREATE TABLE IF NOT EXISTS connections ("
                               " id INTEGER PRIMARY KEY, time INTEGER NOT NULL, kind TEXT NOT NULL,"
                               " peer TEXT NOT NULL, ok INTEGER NOT NULL, error TEXT NOT NULL,"
                               " transcript BLOB NOT NULL)"_s);
    if (!ok)
        *error = m_db.isOpen() ? query.lastError().text() : m_db.lastError().text();
    return ok;
}

void ConnectionLog::setLimits(int maxRecords, int maxAgeDays)
{
    m_maxRecords = maxRecords;
    m_maxAgeDays = maxAgeDays;
}

bool ConnectionLog::record(const QString &kind, const QString &peer, bool ok, const QString &error,
                           const Transcript &transcript)
{
    QSqlQuery insert(m_db);
    insert.prepare(
        u"INSERT INTO connections (time, kind, peer, ok, error, transcript) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    insert.addBindValue(kind);
    insert.addBindValue(peer);
    insert.addBindValue(ok ? 1 : 0);
    insert.addBindValue(error.isNull() ? u""_s : error);
    const QByteArray text = transcript.toText();
    insert.addBindValue(text.isNull() ? QByteArray("") : text);
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
}

QList<ConnectionRecord> ConnectionLog::latest(int limit) const
{
    QList<ConnectionRecord> records;
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT id, time, kind, peer, ok, error, transcript FROM connections ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return records;
    while (query.next()) {
        ConnectionRecord record;
        record.id = query.value(0).toLongLong();
        record.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong());
        record.kind = query.value(2).toString();
        record.peer = query.value(3).toString();
        record.ok = query.value(4).toBool();
        record.error = query.value(5).toString();
        record.transcript = query.value(6).toByteArray();
        records.append(record);
    }
    return records;
}

} // namespace Sluice
