// SPDX-License-Identifier: GPL-3.0-or-later
// The text form of "at these times" schedules: "mon-fri 08:00,12:30; sat,sun 10:00".
#include "schedule/Schedule.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr quint8 EveryDay = 0x7f;
const char *const ShortDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char *const LongDayNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                    "friday", "saturday", "sunday"};

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

/// 0 = Monday ... 6 = Sunday.
std::optional<int> dayIndex(const QString &name)
{
    const QString lower = name.toLower();
    for (int i = 0; i < 7; ++i) {
        if (lower == QLatin1StringView(ShortDayNames[i]) || lower == QLatin1StringView(LongDayNames[i]))
            return i;
    }
    return std::nullopt;
}

/// "mon-fri,sun" (spaces already normalised) to a weekday mask.
bool parseDays(const QString &text, quint8 *mask, QString *error)
{
    *mask = 0;
    static const QRegularExpression separators(u"[,\\s]+"_s);
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        const QStringList ends = item.split(u'-');
        if (ends.size() > 2 || ends.contains(QString())) {
            *error = tr("“%1” is not a weekday or a range of weekdays (for example mon-fri).").arg(item);
            return false;
        }
        std::optional<int> first = dayIndex(ends.first());
        std::optional<int> last = dayIndex(ends.last());
        for (const auto &[day, name] : {std::pair{first, ends.first()}, std::pair{last, ends.last()}}) {
            if (!day) {
                *error = tr("“%1” is not a weekday (use mon, tue, wed, thu, fri, sat, sun).").arg(name);
                return false;
            }
        }
        // A range may run across the weekend: fri-mon is Friday to Monday.
        for (int day = *first;; day = (day + 1) % 7) {
            *mask |= quint8(1u << day);
            if (day == *last)
                break;
        }
    }
    return true;
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,2}):(\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

/// "mon-fri", "sat,sun", "mon,wed-fri": runs of three or more days as ranges.
QString daysToText(quint8 mask)
{
    QStringList parts;
    for (int day = 0; day < 7;) {
        if (!(mask & (1u << day))) {
            ++day;
            continue;
        }
        int end = day;
        while (end + 1 < 7 && (mask & (1u << (end + 1))))
            ++end;
        const QString first = QLatin1StringView(ShortDayNames[day]);
        if (end - day >= 2) {
            parts.append(QString(first + u'-' + QLatin1StringView(ShortDayNames[end])));
        } else {
            for (int d = day; d <= end; ++d)
                parts.append(QLatin1StringView(ShortDayNames[d]));
        }
        day = end + 1;
    }
    return parts.join(u',');
}

} // namespace

bool Schedule::parseTimes(const QString &text, QList<ScheduleTime> *times, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    QMap<QTime, quint8> days; // time -> weekdays, sorted by time
    static const QRegularExpression spacedDash(u"\\s*-\\s*"_s);
    static const QRegularExpression separators(u"[,\\s]+"_s);
    for (const QString &rawGroup : text.split(u';')) {
        const QString group = rawGroup.trimmed();
        if (group.isEmpty())
            continue;
        const qsizetype firstDigit = group.indexOf(QRegularExpression(u"\\d"_s));
        if (firstDigit < 0) {
            message =
                tr("“%1” has no time of day (write times as HH:MM, for example “mon-fri 08:00”).").arg(group);
            return false;
        }
        quint8 mask = EveryDay;
        const QString dayText = group.left(firstDigit).trimmed().replace(spacedDash, u"-"_s);
        if (!dayText.isEmpty() && !parseDays(dayText, &mask, &message))
            return false;
        for (const QString &item : group.mid(firstDigit).split(separators, Qt::SkipEmptyParts)) {
            const std::optional<QTime> time = parseTime(item);
            if (!time) {
                message = tr("“%1” is not a time of day (use HH:MM from 00:00 to 23:59, weekdays before the "
                             "times, for example “sat,sun 10:00”).")
                              .arg(item);
                return false;
            }
            days[*time] |= mask;
        }
    }
    QList<ScheduleTime> result;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        result.append(ScheduleTime{it.key(), it.value()});
    if (times)
        *times = result;
    message.clear();
    return true;
}

QString Schedule::timesToText(const QList<ScheduleTime> &times)
{
    // Weekday mask -> times; every day first, then by the first weekday each group names.
    QMap<quint8, QList<QTime>> groups;
    for (const ScheduleTime &slot : times) {
        const quint8 mask = slot.weekdays & EveryDay;
        if (mask && slot.time.isValid() && !groups[mask].contains(slot.time))
            groups[mask].append(slot.time);
    }
    QList<quint8> order = groups.keys();
    std::sort(order.begin(), order.end(), [](quint8 a, quint8 b) {
        if ((a == EveryDay) != (b == EveryDay))
            return a == EveryDay;
        const int lowestA = qCountTrailingZeroBits(a);
        const int lowestB = qCountTrailingZeroBits(b);
        return lowestA != lowestB ? lowestA < lowestB : a < b;
    });
    QStringList parts;
    for (const quint8 mask : order) {
        QList<QTime> list = groups.value(mask);
        std::sort(list.begin(), list.end());
        QStringList texts;
        for (const QTime &time : list)
            texts.append(time.toString(u"HH:mm"_s));
        const QString timesText = texts.join(u',');
        parts.append(mask == EveryDay ? timesText : QString(daysToText(mask) + u' ' + timesText));
    }
    return parts.join(u"; "_s);
}

} // namespace Sluice
