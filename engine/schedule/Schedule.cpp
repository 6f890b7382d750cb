// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Schedule.h"

#include <QCoreApplication>

#include <climits>

namespace Sluice {

namespace {

/// The UTC instant of a local date and time in zone. Repeated local times (autumn) give the first of
/// the two instants; a local time skipped in spring gives the instant the clocks jump forward.
QDateTime instantOf(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // The local time read as if it were UTC; subtracting the right offset gives the instant. The offsets
    // in force a day around it include both sides of any transition near it.
    const QDateTime asUtc(date, time, Qt::UTC);
    QDateTime best;
    int largestOffset = INT_MIN;
    for (const qint64 probe : {-86400LL, 0LL, 86400LL}) {
        const int offset = zone.offsetFromUtc(asUtc.addSecs(probe));
        largestOffset = qMax(largestOffset, offset);
        const QDateTime candidate = asUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!best.isValid() || candidate < best))
            best = candidate;
    }
    if (best.isValid())
        return best;
    // In a gap: local time L lies in [T + before, T + after) for the transition T, so L - after < T, and
    // the next transition from there is T itself.
    return zone.nextTransition(asUtc.addSecs(-largestOffset)).atUtc;
}

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

} // namespace

QDateTime Schedule::nextSlotAfter(const QDateTime &t) const
{
    if (kind != Kind::AtTimes || !t.isValid())
        return {};
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("UTC"));
    const QDateTime after = t.toUTC();
    const QDate today = after.toTimeZone(tz).date();
    QDateTime best;
    // A day either side covers zone offsets; eight days ahead cover every weekday.
    for (int day = -1; day <= 8; ++day) {
        const QDate date = today.addDays(day);
        const quint8 bit = quint8(1u << (date.dayOfWeek() - 1));
        for (const ScheduleTime &slot : times) {
            if (!slot.time.isValid() || !(slot.weekdays & bit))
                continue;
            const QDateTime instant = instantOf(date, slot.time, tz);
            if (instant.isValid() && instant > after && (!best.isValid() || instant < best))
                best = instant;
        }
    }
    return best.isValid() ? best.toUTC() : QDateTime();
}

bool Schedule::canEverFire(QString *why) const
{
    QString reason;
    switch (kind) {
    case Kind::Manual:
    case Kind::Always:
        break;
    case Kind::Every:
        if (everyMinutes < 1)
            reason = tr("The interval between connections must be at least one minute.");
        break;
    case Kind::WhenQueued:
        if (queuedMinutes < 1)
            reason = tr("The time mail waits before connecting must be at least one minute.");
        break;
    case Kind::AtTimes: {
        bool anyTime = false;
        bool anyDay = false;
        for (const ScheduleTime &slot : times) {
            anyTime = anyTime || slot.time.isValid();
            anyDay = anyDay || (slot.time.isValid() && (slot.weekdays & 0x7f));
        }
        if (!anyTime)
            reason = tr("No time of day is set for connecting.");
        else if (!anyDay)
            reason = tr("No weekday is selected for connecting.");
        break;
    }
    }
    if (why)
        *why = reason;
    return reason.isEmpty();
}

bool Schedule::operator==(const Schedule &other) const
{
    return kind == other.kind && everyMinutes == other.everyMinutes && times == other.times &&
           queuedMinutes == other.queuedMinutes && zone == other.zone;
}

} // namespace Sluice
