// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/LinkTrigger.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Sluice {

/// What the scheduler remembers across restarts, kept in a small JSON file:
///   {"version": 1, "lastStart": "...Z", "lastFinish": "...Z", "lastTrigger": "schedule", "lastOk": true,
///    "pending": "manual", "paused": false}
/// A start later than the finish means the process ended during a cycle.
struct LinkSchedulerState
{
    QDateTime lastStart;  ///< UTC; invalid: no cycle ever started
    QDateTime lastFinish; ///< UTC
    std::optional<LinkTrigger> lastTrigger;
    bool lastOk = false;
    std::optional<LinkTrigger> pending; ///< a cycle that was due but not yet started
    bool paused = false;                ///< the schedule was paused (a missing field: not paused)

    /// A missing file is an empty state without an error; an unreadable or corrupt one is an empty state
    /// with *error saying what was wrong.
    static LinkSchedulerState load(const QString &path, QString *error);
    /// Written with QSaveFile: a crash leaves the old file or the new one, never half of one.
    bool save(const QString &path, QString *error) const;
};

} // namespace Sluice
