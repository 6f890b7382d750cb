// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace Sluice {

/// One time of day of an "at these times" schedule and the weekdays it applies to.
struct ScheduleTime
{
    QTime time;
    quint8 weekdays = 0x7f; ///< bit 0 = Monday ... bit 6 = Sunday
    bool operator==(const ScheduleTime &other) const
    {
        return time == other.time && weekdays == other.weekdays;
    }
    bool operator!=(const ScheduleTime &other) const { return !(*this == other); }
};

/// When link cycles run by themselves: the IMS "Dial-up Connections" schedule choices. "Connect now" is
/// not a kind: it is a request to the scheduler, allowed with every kind.
struct Schedule
{
    enum class Kind { Manual, Every, AtTimes, WhenQueued, Always };
    Kind kind = Kind::Manual;
    int everyMinutes = 60;                        ///< Every
    QList<ScheduleTime> times;                    ///< AtTimes, local time of day in zone
    int queuedMinutes = 15;                       ///< WhenQueued
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< tests pin it to UTC or Europe/Berlin

    /// AtTimes: the first slot strictly after t, in local time of zone and DST-aware: a slot that falls in
    /// the hour skipped in spring is due when the clocks jump (the first valid time after it), a slot in
    /// the hour repeated in autumn is due at its first occurrence only. Invalid for every other kind (an
    /// Every interval is counted from the last cycle, which only the scheduler knows) and when no slot
    /// can ever come.
    QDateTime nextSlotAfter(const QDateTime &t) const;
    /// False, with the reason in plain words, for a schedule that could never start a cycle by itself
    /// because it is set up wrongly: AtTimes without a time or a weekday, Every or WhenQueued under one
    /// minute. Manual and Always are always valid.
    bool canEverFire(QString *why = nullptr) const;

    /// Text forms used by the settings and the CLI; parse returns false with a plain-words error:
    ///   times:  "mon-fri 08:00,12:30; sat,sun 10:00"  or "08:00,17:00" (every day); weekday names mon..sun
    ///           (or in full), ranges (also across the weekend, "fri-mon") and lists; case-insensitive.
    /// The result is normalised: one entry per time of day, sorted, with the weekdays of every group that
    /// names it. An empty text is a valid empty list (canEverFire() then says why it cannot run).
    static bool parseTimes(const QString &text, QList<ScheduleTime> *times, QString *error);
    /// The canonical text for times: groups of equal weekdays, every-day first; entries without a weekday
    /// are left out (they never run).
    static QString timesToText(const QList<ScheduleTime> &times);

    bool operator==(const Schedule &other) const;
    bool operator!=(const Schedule &other) const { return !(*this == other); }
};

} // namespace Sluice
