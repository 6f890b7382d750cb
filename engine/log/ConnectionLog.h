// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/CycleRecord.h"
#include "log/LogLevel.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace Sluice {

class Transcript;

/// One recorded SMTP session.
struct ConnectionRecord
{
    qint64 id = 0;
    QDateTime time;
    QString kind; ///< "outbound", "retrieval"
    QString peer; ///< host name or address
    bool ok = false;
    QString error;         ///< plain words when !ok
    QByteArray transcript; ///< Transcript::toText(): secrets were redacted when it was written
    qint64 cycleId = 0;    ///< the link cycle it belonged to; 0: none
};

/// The connection log (for the log viewer): an SQLite file of its own beside the queue, so that a
/// large log never slows the queue's commits. Bounded: records older than the retention or beyond
/// the count limit are dropped as new ones arrive.
class ConnectionLog
{
public:
    ConnectionLog();
    ~ConnectionLog();
    ConnectionLog(const ConnectionLog &) = delete;
    ConnectionLog &operator=(const ConnectionLog &) = delete;

    bool open(const QString &path, QString *error);
    /// What record() keeps from now on (log.level); cycles are recorded at every level.
    void setLevel(LogLevel level) { m_level = level; }
    LogLevel level() const { return m_level; }
    /// Every SMTP session the engine logs passes here, so the logging level is applied in one place:
    /// none writes nothing (and returns true), minimum a row with an empty transcript, medium leaves
    /// out the message header lines that a transcript kept at maximum.
    bool record(const QString &kind, const QString &peer, bool ok, const QString &error,
                const Transcript &transcript);
    QList<ConnectionRecord> latest(int limit) const; ///< newest first

    /// A link cycle's row is written when it starts (so a cycle cut short by a crash still shows)
    /// and completed when it ends; sessions recorded in between belong to it.
    qint64 beginCycle(const CycleRecord &record);
    bool finishCycle(const CycleRecord &record);      ///< record.id from beginCycle()
    QList<CycleRecord> latestCycles(int limit) const; ///< newest first
    QList<ConnectionRecord> sessionsOfCycle(qint64 cycleId) const;
    void setLimits(int maxRecords, int maxAgeDays);

private:
    void prune();
    bool createTables();
    static ConnectionRecord readConnection(const QSqlQuery &query);

    QString m_connectionName;
    QSqlDatabase m_db;
    int m_maxRecords = 10000;
    int m_maxAgeDays = 30;
    qint64 m_currentCycle = 0;
    LogLevel m_level = LogLevel::Medium;
};

} // namespace Sluice
