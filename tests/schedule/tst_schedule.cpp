// SPDX-License-Identifier: GPL-3.0-or-later
// Schedules as pure values: the times text, the next slot across weekdays, midnight and DST, validity.

#include "schedule/Schedule.h"

#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace Sluice {
/// For QCOMPARE's failure messages.
char *toString(const ScheduleTime &slot)
{
    return QTest::toString(
        QString(slot.time.toString(u"HH:mm"_s) + u" days 0x" + QString::number(slot.weekdays, 16)));
}
} // namespace Sluice

namespace {
constexpr quint8 Mon = 0x01, Tue = 0x02, Wed = 0x04, Thu = 0x08, Fri = 0x10, Sat = 0x20, Sun = 0x40;
constexpr quint8 Weekdays = Mon | Tue | Wed | Thu | Fri;
constexpr quint8 EveryDay = 0x7f;

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Schedule atTimes(const QString &text, const QByteArray &zone = "UTC"_ba)
{
    Schedule schedule;
    schedule.kind = Schedule::Kind::AtTimes;
    schedule.zone = QTimeZone(zone);
    QString error;
    if (!Schedule::parseTimes(text, &schedule.times, &error))
        qWarning() << "test schedule does not parse:" << error;
    return schedule;
}
} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseTimes_data();
    void parseTimes();
    void parseTimesErrors_data();
    void parseTimesErrors();
    void timesToText_data();
    void timesToText();
    void nextSlotAcrossWeekdays();
    void nextSlotAroundMidnight();
    void nextSlotIsStrictlyAfter();
    void nextSlotInSkippedHour();
    void nextSlotInRepeatedHour();
    void nextSlotOnlyForAtTimes();
    void canEverFire_data();
    void canEverFire();
    void equality();
};

void TestSchedule::parseTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<ScheduleTime>>("expected");

    const auto t = [](int h, int m, quint8 days) {
        return ScheduleTime{QTime(h, m), days};
    };
    QTest::newRow("every day") << u"08:00,17:00"_s
                               << QList<ScheduleTime>{t(8, 0, EveryDay), t(17, 0, EveryDay)};
    QTest::newRow("groups") << u"mon-fri 08:00,12:30; sat,sun 10:00"_s
                            << QList<ScheduleTime>{t(8, 0, Weekdays), t(10, 0, Sat | Sun),
                                                   t(12, 30, Weekdays)};
    QTest::newRow("case and one digit hour") << u"MON-Fri 8:05"_s << QList<ScheduleTime>{t(8, 5, Weekdays)};
    QTest::newRow("spaces") << u"  mon - wed , sun   07:00 , 19:00 ;"_s
                            << QList<ScheduleTime>{t(7, 0, Mon | Tue | Wed | Sun),
                                                   t(19, 0, Mon | Tue | Wed | Sun)};
    QTest::newRow("full names") << u"monday,Wednesday 07:15"_s << QList<ScheduleTime>{t(7, 15, Mon | Wed)};
    QTest::newRow("range across the weekend")
        << u"fri-mon 06:00"_s << QList<ScheduleTime>{t(6, 0, Fri | Sat | Sun | Mon)};
    QTest::newRow("same time in two groups merges")
        << u"mon 08:00; tue 08:00,09:00"_s << QList<ScheduleTime>{t(8, 0, Mon | Tue), t(9, 0, Tue)};
    QTest::newRow("duplicates") << u"08:00,08:00"_s << QList<ScheduleTime>{t(8, 0, EveryDay)};
    QTest::newRow("midnight and last minute")
        << u"23:59 00:00"_s << QList<ScheduleTime>{t(0, 0, EveryDay), t(23, 59, EveryDay)};
    QTest::newRow("empty") << QString() << QList<ScheduleTime>{};
}

void TestSchedule::parseTimes()
{
    QFETCH(QString, text);
    QFETCH(QList<ScheduleTime>, expected);
    QList<ScheduleTime> times{ScheduleTime{QTime(1, 1), 1}}; // replaced, not appended to
    QString error = u"stale"_s;
    QVERIFY(Schedule::parseTimes(text, &times, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(times, expected);
}

void TestSchedule::parseTimesErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // the part the error must name

    QTest::newRow("hour too big") << u"25:00"_s << u"25:00"_s;
    QTest::newRow("minute too big") << u"08:60"_s << u"08:60"_s;
    QTest::newRow("no minutes") << u"8"_s << u"8"_s;
    QTest::newRow("seconds") << u"08:00:00"_s << u"08:00:00"_s;
    QTest::newRow("unknown weekday") << u"mo-fr 08:00"_s << u"mo"_s;
    QTest::newRow("open range") << u"mon- 08:00"_s << u"mon-"_s;
    QTest::newRow("weekdays without times") << u"08:00; mon-fri"_s << u"mon-fri"_s;
    QTest::newRow("weekdays after times") << u"08:00 mon"_s << u"mon"_s;
    QTest::newRow("twelve hour clock") << u"8am"_s << u"8am"_s;
}

void TestSchedule::parseTimesErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QList<ScheduleTime> times{ScheduleTime{QTime(1, 1), 1}};
    QString error;
    QVERIFY(!Schedule::parseTimes(text, &times, &error));
    QVERIFY2(error.contains(u'“' + mentions + u'”'), qPrintable(error));
    QCOMPARE(times.size(), 1); // untouched on error
}

void TestSchedule::timesToText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("every day") << u"17:00, 8:00"_s << u"08:00,17:00"_s;
    QTest::newRow("groups") << u"sat,sun 10:00; mon-fri 12:30,08:00"_s
                            << u"mon-fri 08:00,12:30; sat,sun 10:00"_s;
    QTest::newRow("every day first") << u"mon 07:00; 09:00"_s << u"09:00; mon 07:00"_s;
    QTest::newRow("runs and single days") << u"mon,wed,thu,fri,sun 06:00"_s << u"mon,wed-fri,sun 06:00"_s;
    QTest::newRow("all days named") << u"mon-sun 06:00"_s << u"06:00"_s;
    QTest::newRow("across the weekend") << u"fri-mon 06:00"_s << u"mon,fri-sun 06:00"_s;
    QTest::newRow("merged") << u"mon 08:00; tue 08:00"_s << u"mon,tue 08:00"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSchedule::timesToText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QList<ScheduleTime> times;
    QString error;
    QVERIFY2(Schedule::parseTimes(text, &times, &error), qPrintable(error));
    QCOMPARE(Schedule::timesToText(times), canonical);
    // The canonical text reads back to the same times.
    QList<ScheduleTime> again;
    QVERIFY(Schedule::parseTimes(canonical, &again, &error));
    QCOMPARE(again, times);
    // Entries that can never run are left out rather than written as something else.
    times.append(ScheduleTime{QTime(3, 3), 0});
    QCOMPARE(Schedule::timesToText(times), canonical);
}

void TestSchedule::nextSlotAcrossWeekdays()
{
    const Schedule schedule = atTimes(u"mon-fri 09:00; sat 11:00"_s);
    // 2024-06-07 is a Friday.
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-06-07T08:00:00"_s)), utc(u"2024-06-07T09:00:00"_s));
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-06-07T09:00:00"_s)), utc(u"2024-06-08T11:00:00"_s));
    // After Saturday's slot nothing before Monday.
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-06-08T11:00:00"_s)), utc(u"2024-06-10T09:00:00"_s));
    const Schedule sundays = atTimes(u"sun 20:00"_s);
    QCOMPARE(sundays.nextSlotAfter(utc(u"2024-06-10T00:00:00"_s)), utc(u"2024-06-16T20:00:00"_s));
    QCOMPARE(sundays.nextSlotAfter(utc(u"2024-06-16T20:00:00"_s)), utc(u"2024-06-23T20:00:00"_s));
    // The weekday is the local one: Monday 00:30 in Berlin is still Sunday in UTC.
    const Schedule berlin = atTimes(u"mon 00:30"_s, "Europe/Berlin"_ba);
    QCOMPARE(berlin.nextSlotAfter(utc(u"2024-06-09T12:00:00"_s)), utc(u"2024-06-09T22:30:00"_s));
}

void TestSchedule::nextSlotAroundMidnight()
{
    const Schedule schedule = atTimes(u"00:00,23:59"_s);
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-12-31T23:58:59"_s)), utc(u"2024-12-31T23:59:00"_s));
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-12-31T23:59:00"_s)), utc(u"2025-01-01T00:00:00"_s));
    QCOMPARE(schedule.nextSlotAfter(utc(u"2025-01-01T00:00:00"_s)), utc(u"2025-01-01T23:59:00"_s));
    // A time given in another zone is the same instant.
    const QDateTime inBerlin(QDate(2025, 1, 1), QTime(0, 30), QTimeZone("Europe/Berlin"));
    QCOMPARE(schedule.nextSlotAfter(inBerlin), utc(u"2024-12-31T23:59:00"_s));
}

void TestSchedule::nextSlotIsStrictlyAfter()
{
    const Schedule schedule = atTimes(u"12:00"_s);
    const QDateTime noon = utc(u"2024-06-07T12:00:00"_s);
    QCOMPARE(schedule.nextSlotAfter(noon.addMSecs(-1)), noon);
    QCOMPARE(schedule.nextSlotAfter(noon), noon.addDays(1));
}

void TestSchedule::nextSlotInSkippedHour()
{
    // Berlin, 2024-03-31: at 02:00 CET the clocks jump to 03:00 CEST (01:00 UTC). 02:30 does not exist:
    // due when the clocks jump, once, and at 02:30 CEST the next day.
    const Schedule schedule = atTimes(u"02:30"_s, "Europe/Berlin"_ba);
    const QDateTime jump = utc(u"2024-03-31T01:00:00"_s);
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-03-30T12:00:00"_s)), jump);
    QCOMPARE(schedule.nextSlotAfter(jump), utc(u"2024-04-01T00:30:00"_s));
    // The day before, 02:30 CET is 01:30 UTC.
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-03-29T12:00:00"_s)), utc(u"2024-03-30T01:30:00"_s));
    // Two slots in the gap are one instant; a slot after the gap is unaffected.
    const Schedule two = atTimes(u"02:10,02:50,03:10"_s, "Europe/Berlin"_ba);
    QCOMPARE(two.nextSlotAfter(utc(u"2024-03-30T12:00:00"_s)), jump);
    QCOMPARE(two.nextSlotAfter(jump), utc(u"2024-03-31T01:10:00"_s));
}

void TestSchedule::nextSlotInRepeatedHour()
{
    // Berlin, 2024-10-27: at 03:00 CEST the clocks go back to 02:00 CET (01:00 UTC); 02:30 happens twice,
    // at 00:30 and 01:30 UTC. Only the first one is a slot.
    const Schedule schedule = atTimes(u"02:30"_s, "Europe/Berlin"_ba);
    const QDateTime first = utc(u"2024-10-27T00:30:00"_s);
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-10-26T12:00:00"_s)), first);
    QCOMPARE(schedule.nextSlotAfter(first), utc(u"2024-10-28T01:30:00"_s));
    QCOMPARE(schedule.nextSlotAfter(utc(u"2024-10-27T01:15:00"_s)), utc(u"2024-10-28T01:30:00"_s));
}

void TestSchedule::nextSlotOnlyForAtTimes()
{
    Schedule schedule = atTimes(u"08:00"_s);
    const QDateTime t = utc(u"2024-06-07T06:00:00"_s);
    QVERIFY(schedule.nextSlotAfter(t).isValid());
    QVERIFY(!schedule.nextSlotAfter(QDateTime()).isValid());
    for (const Schedule::Kind kind : {Schedule::Kind::Manual, Schedule::Kind::Every,
                                      Schedule::Kind::WhenQueued, Schedule::Kind::Always}) {
        schedule.kind = kind;
        QVERIFY(!schedule.nextSlotAfter(t).isValid());
    }
    schedule.kind = Schedule::Kind::AtTimes;
    schedule.times = {ScheduleTime{QTime(8, 0), 0}};
    QVERIFY(!schedule.nextSlotAfter(t).isValid());
}

void TestSchedule::canEverFire_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("times");
    QTest::addColumn<bool>("expected");

    QTest::newRow("manual") << int(Schedule::Kind::Manual) << 0 << QString() << true;
    QTest::newRow("always") << int(Schedule::Kind::Always) << 0 << QString() << true;
    QTest::newRow("every 1") << int(Schedule::Kind::Every) << 1 << QString() << true;
    QTest::newRow("every 0") << int(Schedule::Kind::Every) << 0 << QString() << false;
    QTest::newRow("every -5") << int(Schedule::Kind::Every) << -5 << QString() << false;
    QTest::newRow("queued 15") << int(Schedule::Kind::WhenQueued) << 15 << QString() << true;
    QTest::newRow("queued 0") << int(Schedule::Kind::WhenQueued) << 0 << QString() << false;
    QTest::newRow("at times") << int(Schedule::Kind::AtTimes) << 0 << u"sat 10:00"_s << true;
    QTest::newRow("at no time") << int(Schedule::Kind::AtTimes) << 0 << QString() << false;
    QTest::newRow("at no weekday") << int(Schedule::Kind::AtTimes) << 0 << u"no weekday"_s << false;
}

void TestSchedule::canEverFire()
{
    QFETCH(int, kind);
    QFETCH(int, minutes);
    QFETCH(QString, times);
    QFETCH(bool, expected);
    Schedule schedule;
    schedule.kind = Schedule::Kind(kind);
    schedule.everyMinutes = schedule.queuedMinutes = minutes;
    if (times == u"no weekday"_s)
        schedule.times = {ScheduleTime{QTime(8, 0), 0}};
    else
        QVERIFY(Schedule::parseTimes(times, &schedule.times, nullptr));
    QString why = u"stale"_s;
    QCOMPARE(schedule.canEverFire(&why), expected);
    QCOMPARE(why.isEmpty(), expected);
    QCOMPARE(schedule.canEverFire(), expected);
}

void TestSchedule::equality()
{
    Schedule a = atTimes(u"08:00"_s);
    Schedule b = atTimes(u"08:00"_s);
    QVERIFY(a == b);
    b.times.first().weekdays = Mon;
    QVERIFY(a != b);
    b = a;
    b.zone = QTimeZone("Europe/Berlin");
    QVERIFY(a != b);
    b = a;
    b.everyMinutes = 5;
    QVERIFY(a != b);
    b = a;
    b.kind = Schedule::Kind::Every;
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
