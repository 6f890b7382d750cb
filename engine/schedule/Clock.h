// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace Sluice {

/// Wall-clock time for the scheduler. The system clock also notices jumps (suspend/resume, the admin setting
/// the time): a QTimer every 30 s compares the wall clock with QElapsedTimer and emits changed() when they
/// disagree by more than a few seconds. Tests use ManualClock and never wait for real minutes.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QDateTime now() const = 0; ///< UTC

Q_SIGNALS:
    void changed(); ///< time moved other than by steady ticking: re-check what is due
    /// The wall clock was SET by ms (NTP's first sync after a boot in 1970, the admin, a bad RTC), as
    /// opposed to time passing (a suspend is time passing: the world went on). Stored wall times
    /// that measure waiting (the queue's arrival and retry times) should move with it. changed()
    /// follows.
    void jumped(qint64 ms);
};

/// The real clock. QElapsedTimer runs on CLOCK_MONOTONIC, which stands still while the machine sleeps and
/// ignores settimeofday(), so after a resume or a time change the wall clock has moved by more than the
/// monotonic clock: that difference is the jump. Timers armed before it (also monotonic) would otherwise
/// fire late by the whole sleep. CLOCK_BOOTTIME goes on through a suspend but also ignores
/// settimeofday(): the wall clock's drift against it is a clock SET (jumped()), not a sleep.
class SystemClock : public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);
    QDateTime now() const override;

    /// How often the two clocks are compared (default 30 s) and the difference that counts as a jump
    /// (default 5 s); NTP slews far more gently than that.
    void setCheckInterval(int checkMs, qint64 toleranceMs);
    /// Compares the clocks at once (the timer does it every interval); changed() when they disagree.
    void checkNow();

protected:
    /// The two sources; virtual so a test can play a suspend or a time change.
    virtual qint64 wallMs() const;   ///< ms since the epoch, UTC
    virtual qint64 steadyMs() const; ///< monotonic ms
    virtual qint64 bootMs() const;   ///< monotonic ms that count a suspend too (CLOCK_BOOTTIME)
    /// Takes the current readings as the reference (a subclass with other sources calls it once).
    void resetReference();

private:
    QTimer *m_timer;
    QElapsedTimer m_steady;
    qint64 m_wallAtReference = 0;
    qint64 m_steadyAtReference = 0;
    qint64 m_bootAtReference = 0;
    qint64 m_toleranceMs = 5000;
};

/// For tests (and lives in the engine so the engine's own tests can use it): time stands still until
/// advanced. Both setNow() and advance() emit changed(), as a real jump would; they stand for time
/// passing (a sleep, downtime). jump() stands for the clock being set: it emits jumped() too.
class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start, QObject *parent = nullptr);
    QDateTime now() const override;
    void setNow(const QDateTime &t);
    void advance(qint64 ms);
    void jump(qint64 ms);

private:
    QDateTime m_now;
};

} // namespace Sluice
