// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Clock.h"

#include "schedule/ScheduleLog.h"

#include <QTimer>

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

void SystemClock::resetReference()
{
    m_wallAtReference = wallMs();
    m_steadyAtReference = steadyMs();
}

void SystemClock::checkNow()
{
    const qint64 wallMoved = wallMs() - m_wallAtReference;
    const qint64 steadyMoved = steadyMs() - m_steadyAtReference;
    resetReference();
    const qint64 drift = wallMoved - steadyMoved;
    if (qAbs(drift) > m_toleranceMs) {
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

} // namespace Sluice
