// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sluice {

/// What the log viewer (and `sluice log list`) asks the connection log for.
struct LogQuery
{
    enum class Kind { All, Cycles, Sessions };
    enum class Result { All, Ok, Failed };
    Kind kind = Kind::All;
    Result result = Result::All;
    QDateTime from; ///< invalid: no lower bound (on the entry's start time)
    QDateTime to;   ///< invalid: no upper bound
    QString search; ///< case-insensitive substring of what the entry shows and its transcript
    int offset = 0;
    int limit = 200;
};

/// One row of the listing: a link cycle, or an SMTP session that belongs to no cycle (inbound mail
/// from the LAN, a delivery outside a cycle).
struct LogEntry
{
    QString entry; ///< "c<ID>" for a cycle, "s<ID>" for a session
    QDateTime time;
    QString kind;          ///< "cycle", or the session's kind ("inbound", "outbound", "retrieval")
    QString triggerOrPeer; ///< a cycle's trigger, a session's peer
    QString dial;          ///< cycles only
    int sent = 0;
    int received = 0;
    QStringList retrieval; ///< the retrieval replies (cycles only)
    QString result;        ///< "ok", "failed", "running"
    QString summary;
    double durationSeconds = 0;
};

struct LogPage
{
    int total = 0; ///< entries matching the query, whatever the paging
    QList<LogEntry> entries;
};

/// One entry with everything known about it (log-show).
struct LogEntryDetails
{
    LogEntry entry;
    QStringList errors;
    QStringList phases; ///< "dial 02:00:01-02:00:03 dialed (1 attempt)"
    /// A cycle's details (commands' output) and each of its sessions' transcripts in order, each
    /// after a heading line "== ..."; a session's transcript.
    QByteArray transcript;
};

} // namespace Sluice
