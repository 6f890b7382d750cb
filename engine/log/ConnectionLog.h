// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/CycleRecord.h"
#include "log/LogEntry.h"
#include "log/LogLevel.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include <optional>

class QSqlError;
class QSqlQuery;

namespace Sluice {

class Transcript;

/// One recorded SMTP session.
struct ConnectionRecord
{
    qint64 id = 0;
    QDateTime time; ///< when it ended (when it was recorded)
    QString kind;   ///< "outbound", "retrieval", "inbound"
    QString peer;   ///< host name or address (inbound: "[address]:port HELO-name")
    bool ok = false;
    QString error;         ///< plain words when !ok
    QByteArray transcript; ///< Transcript::toText(): secrets were redacted when it was written
    qint64 cycleId = 0;    ///< the link cycle it belonged to; 0: none
    int messages = 0;      ///< inbound: messages accepted; outbound: messages sent (when known)
    qint64 durationMs = 0;
};

/// What record() is told about a finished session, besides its transcript.
struct SessionSummary
{
    QString kind;
    QString peer;
    bool ok = false;
    QString error;
    int messages = 0;
    QDateTime started; ///< invalid: unknown (the row's duration is 0)
};

/// The connection log (for the log viewer): an SQLite file of its own beside the queue, so that a
/// large log never slows the queue's commits. Bounded by age (log.retention_days) and by the file's
/// size with its write-ahead log (log.max_size_mb): records past the age go at open and hourly; when
/// the file grows past the size, the oldest entries go until it is under 90% of it, and the space is
/// given back to the file system (auto_vacuum=INCREMENTAL), so the log never fills the disk.
/// When the log cannot be written (its disk is full, another program holds its lock), records are
/// dropped with one warning: logging never holds up mail.
class ConnectionLog : public QObject
{
    Q_OBJECT
public:
    ConnectionLog();
    ~ConnectionLog() override;
    ConnectionLog(const ConnectionLog &) = delete;
    ConnectionLog &operator=(const ConnectionLog &) = delete;

    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }
    /// What record() keeps from now on (log.level); cycles are recorded at every level.
    void setLevel(LogLevel level) { m_level = level; }
    LogLevel level() const { return m_level; }
    /// Every SMTP session the engine logs passes here, so the logging level is applied in one place:
    /// none writes nothing (and returns true), minimum a row with an empty transcript, medium leaves
    /// out the message header lines that a transcript kept at maximum.
    bool record(const SessionSummary &session, const Transcript &transcript);
    bool record(const QString &kind, const QString &peer, bool ok, const QString &error,
                const Transcript &transcript);
    QList<ConnectionRecord> latest(int limit) const; ///< newest first

    /// A link cycle's row is written when it starts (so a cycle cut short by a crash still shows)
    /// and completed when it ends; sessions recorded in between belong to it.
    qint64 beginCycle(const CycleRecord &record);
    bool finishCycle(const CycleRecord &record);      ///< record.id from beginCycle()
    QList<CycleRecord> latestCycles(int limit) const; ///< newest first
    QList<ConnectionRecord> sessionsOfCycle(qint64 cycleId) const;
    qint64 currentCycle() const { return m_currentCycle; }

    /// The viewer's listing: one entry per cycle, or per session outside a cycle; newest first.
    LogPage list(const LogQuery &query) const;
    /// One entry ("c12", "s40") with its transcript; nullopt when it is not (or no longer) there.
    std::optional<LogEntryDetails> details(const QString &entry) const;

    /// Retention (log.retention_days, log.max_size_mb); applied now when the log is open, then
    /// hourly and after writes. maxBytes 0: no size limit.
    void setRetention(int maxAgeDays, qint64 maxBytes);
    /// A ceiling on the number of session rows and of cycle rows, whatever their size (keeps the
    /// listing quick when transcripts are tiny, e.g. at log.level minimum).
    void setLimits(int maxRecords, int maxAgeDays);
    /// The database with its write-ahead log, in bytes: what the size limit applies to.
    qint64 fileSize() const;
    /// Removes what the retention says must go; age: also records older than the age limit.
    void prune(bool byAge = true);

Q_SIGNALS:
    /// A record was added or completed (a session, a cycle begun or finished), or old ones were
    /// pruned; for the "log-changed" event.
    void changed();

private:
    bool createTables();
    /// A write failed (disk full, locked): one warning when the log starts failing, then only debug
    /// messages until a write succeeds again. Returns false.
    bool writeFailed(const QString &what, const QSqlError &error);
    void writeSucceeded();
    void afterWrite();
    void pruneBySize();
    void deleteUpTo(qint64 cutoffMs);
    void reclaimSpace();
    std::optional<qint64> oldestCutoff(qint64 excess, qint64 content) const;
    qint64 contentBytes() const;
    static ConnectionRecord readConnection(const QSqlQuery &query);
    // ConnectionLogQueries.cpp
    std::optional<LogEntryDetails> details(const QString &entry, bool withTranscript) const;
    std::optional<LogEntryDetails> cycleDetails(qint64 id, bool withTranscript) const;
    std::optional<LogEntryDetails> sessionDetails(qint64 id, bool withTranscript) const;
    static QByteArray sessionHeading(const ConnectionRecord &session);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    int m_maxRecords = 100000;
    int m_maxAgeDays = 30;
    qint64 m_maxBytes = 100LL * 1024 * 1024;
    qint64 m_currentCycle = 0;
    LogLevel m_level = LogLevel::Medium;
    QTimer m_hourly;
    qint64 m_lostWrites = 0; ///< failed writes since the last one that succeeded
};

} // namespace Sluice
