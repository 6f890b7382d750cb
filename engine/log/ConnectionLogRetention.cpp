// SPDX-License-Identifier: GPL-3.0-or-later
// The connection log's retention: by age, by size (database + write-ahead log), and a ceiling on the
// number of rows. Kept apart from ConnectionLog.cpp, which writes and reads records.
#include "log/ConnectionLog.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcConnectionLog)

namespace Sluice {

qint64 ConnectionLog::fileSize() const
{
    if (m_path.isEmpty())
        return 0;
    return QFileInfo(m_path).size() + QFileInfo(m_path + u"-wal"_s).size();
}

qint64 ConnectionLog::contentBytes() const
{
    QSqlQuery query(m_db);
    qint64 pages = 0;
    qint64 pageSize = 4096;
    if (query.exec(u"PRAGMA page_count"_s) && query.next())
        pages = query.value(0).toLongLong();
    if (query.exec(u"PRAGMA freelist_count"_s) && query.next())
        pages -= query.value(0).toLongLong();
    if (query.exec(u"PRAGMA page_size"_s) && query.next())
        pageSize = query.value(0).toLongLong();
    query.finish();
    return pages * pageSize;
}

void ConnectionLog::afterWrite()
{
    // Cheap enough for every write: two deletes on the primary key and two stat() calls.
    if (m_maxRecords > 0) {
        QSqlQuery query(m_db);
        query.prepare(u"DELETE FROM connections WHERE id <= (SELECT MAX(id) FROM connections) - ?"_s);
        query.addBindValue(m_maxRecords);
        query.exec();
        query.prepare(u"DELETE FROM cycles WHERE id <= (SELECT MAX(id) FROM cycles) - ? AND id != ?"_s);
        query.addBindValue(m_maxRecords);
        query.addBindValue(m_currentCycle);
        query.exec();
    }
    if (m_maxBytes > 0 && fileSize() > m_maxBytes)
        pruneBySize();
    Q_EMIT changed();
}

void ConnectionLog::prune(bool byAge)
{
    if (!m_db.isOpen())
        return;
    if (byAge && m_maxAgeDays > 0)
        deleteUpTo(QDateTime::currentDateTimeUtc().addDays(-m_maxAgeDays).toMSecsSinceEpoch());
    if (m_maxBytes > 0 && fileSize() > m_maxBytes)
        pruneBySize();
    Q_EMIT changed();
}

void ConnectionLog::deleteUpTo(qint64 cutoffMs)
{
    // A cycle goes with its sessions; the running cycle stays whatever its age.
    QSqlQuery query(m_db);
    m_db.transaction();
    query.prepare(
        u"DELETE FROM connections WHERE (time <= ? AND (cycle_id = 0 OR cycle_id != ?)) OR cycle_id IN"
        " (SELECT id FROM cycles WHERE started <= ? AND id != ?)"_s);
    query.addBindValue(cutoffMs);
    query.addBindValue(m_currentCycle);
    query.addBindValue(cutoffMs);
    query.addBindValue(m_currentCycle);
    if (!query.exec())
        qCWarning(lcConnectionLog).noquote() << "could not prune the log:" << query.lastError().text();
    query.prepare(u"DELETE FROM cycles WHERE started <= ? AND id != ?"_s);
    query.addBindValue(cutoffMs);
    query.addBindValue(m_currentCycle);
    query.exec();
    m_db.commit();
}

void ConnectionLog::pruneBySize()
{
    // First give back what is already free (pages of deleted rows, a write-ahead log that grew).
    reclaimSpace();
    const qint64 target = m_maxBytes * 9 / 10;
    for (int round = 0; round < 64 && fileSize() > target; ++round) {
        const qint64 content = contentBytes();
        if (content <= target) {
            reclaimSpace();
            break;
        }
        // Delete the oldest entries in proportion to the excess (at least one), then look again.
        const std::optional<qint64> cutoff = oldestCutoff(content - target, content);
        if (!cutoff)
            break;
        deleteUpTo(*cutoff);
        reclaimSpace();
    }
    qCInfo(lcConnectionLog) << "connection log pruned to" << fileSize() << "bytes";
}

std::optional<qint64> ConnectionLog::oldestCutoff(qint64 excess, qint64 content) const
{
    // Every statement here is finished when this returns: a live one would hold a read transaction
    // and keep the checkpoint from shrinking the file.
    QSqlQuery query(m_db);
    query.exec(u"SELECT (SELECT COUNT(*) FROM cycles WHERE id != %1) + (SELECT COUNT(*) FROM connections"
               " WHERE cycle_id = 0)"_s.arg(m_currentCycle));
    const qint64 entries = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (entries == 0)
        return std::nullopt;
    const qint64 count = std::clamp<qint64>(entries * excess / content, 1, entries);
    query.prepare(u"SELECT t FROM (SELECT started AS t FROM cycles WHERE id != ? UNION ALL"
                  " SELECT time AS t FROM connections WHERE cycle_id = 0) ORDER BY t LIMIT 1 OFFSET ?"_s);
    query.addBindValue(m_currentCycle);
    query.addBindValue(count - 1);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const qint64 cutoff = query.value(0).toLongLong();
    query.finish();
    return cutoff;
}

void ConnectionLog::reclaimSpace()
{
    QSqlQuery query(m_db);
    // The pragma frees one page per step, and QSqlQuery steps once per exec(): run it once per free
    // page (a prepared statement, so this is cheap).
    qint64 freePages = 0;
    if (query.exec(u"PRAGMA freelist_count"_s) && query.next())
        freePages = query.value(0).toLongLong();
    query.finish();
    if (freePages > 0 && query.prepare(u"PRAGMA incremental_vacuum"_s)) {
        for (qint64 page = 0; page < freePages; ++page) {
            if (!query.exec())
                break;
            query.finish();
        }
    }
    // The freed pages leave the database file only when the write-ahead log is copied back.
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    query.finish();
}

} // namespace Sluice
