// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Sluice {

class Transcript;

/// One recorded connection: an outbound session now, whole link cycles in later work.
struct ConnectionRecord
{
    qint64 id = 0;
    QDateTime time;
    QString kind; ///< "outbound" for now
    QString peer; ///< host name or address
    bool ok = false;
    QString error;         ///< plain words when !ok
    QByteArray transcript; ///< Transcript::toText(): secrets were redacted when it was written
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
    bool record(const QString &kind, const QString &peer, bool ok, const QString &error,
                const Transcript &transcript);
    QList<ConnectionRecord> latest(int limit) const; ///< newest first
    void setLimits(int maxRecords, int maxAgeDays);

private:
    void prune();

    QString m_connectionName;
    QSqlDatabase m_db;
    int m_maxRecords = 10000;
    int m_maxAgeDays = 30;
};

} // namespace Sluice
