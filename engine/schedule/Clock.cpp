// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Clock.h"

#include "schedule/ScheduleLog.h"

#include <QTimer>

#include <ctime>

namespace Sluice {

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SystemClock::checkNow);
    m_steady.start();
    resetReference();
    m_timer->start();
}

QDateTime SystemClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(wallMs(), Qt::UTC);
}

void SystemClock::setCheckInterval(int checkMs, qint64 toleranceMs)
{
    m_toleranceMs = toleranceMs;
    m_timer->start(checkMs);
}

qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::steadyMs() const
{
    return m_steady.elapsed();
}

qint64 SystemClock::bootMs() const
{
    // The steady clock plus the time spent suspended (CLOCK_BOOTTIME - CLOCK_MONOTONIC), so that a
    // subclass playing steadyMs() gets a boot clock that agrees with it.
    timespec boot{};
    timespec monotonic{};
    if (::clock_gettime(CLOCK_BOOTTIME, &boot) != 0 || ::clock_gettime(CLOCK_MONOTONIC, &monotonic) != 0)
        return steadyMs();
    const qint64 suspendedMs = (qint64(boot.tv_sec) - qint64(monotonic.tv_sec)) * 1000 +
                               (boot.tv_nsec - monotonic.tv_nsec) / 1000000;
    return steadyMs() + suspendedMs;
}

void SystemClock::resetReference()
{
    m_wallAtReference = wallMs();
    m_steadyAtReference = steadyMs();
    m_bootAtReference = bootMs();
}

void SystemClock::checkNow()
{
    const qint64 wallMoved = wallMs() - m_wallAtReference;
    const qint64 steadyMoved = steadyMs() - m_steadyAtReference;
    const qint64 bootMoved = bootMs() - m_bootAtReference;
    resetReference();
    const qint64 drift = wallMoved - steadyMoved;
    const qint64 set = wallMoved - bootMoved;
    if (qAbs(set) > m_toleranceMs) {
        qCInfo(lcSchedule) << "the wall clock was set by" << set / 1000 << "s";
        Q_EMIT jumped(set);
    }
    if (qAbs(drift) > m_toleranceMs || qAbs(set) > m_toleranceMs) {
        qCInfo(lcSchedule) << "the wall clock moved by" << drift / 1000 << "s more than the steady clock";
        Q_EMIT changed();
    }
}

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
{}

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::setNow(const QDateTime &t)
{
    m_now = t.toUTC();
    Q_EMIT changed();
}

void ManualClock::advance(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    Q_EMIT changed();
}

void ManualClock::jump(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    Q_EMIT jumped(ms);
    Q_EMIT changed();
}

} // namespace Sluice
