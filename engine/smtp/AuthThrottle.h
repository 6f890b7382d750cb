// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Sluice {

/// Failed AUTH attempts per client address, shared by every session of one listener, so that a
/// password guesser gains nothing by reconnecting. After FreeFailures failures each further failure
/// is answered late (firstDelayMs, doubling up to maxDelayMs); LockoutFailures failures within
/// WindowMs lock the address out of AUTH for LockoutMs. A success forgets the address's failures.
/// Other addresses are never affected.
class AuthThrottle
{
public:
    static constexpr int FreeFailures = 3;
    static constexpr int LockoutFailures = 10;
    static constexpr qint64 WindowMs = 10 * 60 * 1000;
    static constexpr qint64 LockoutMs = 10 * 60 * 1000;

    /// What to do after a failure has been recorded.
    struct Verdict
    {
        int delayMs = 0;      ///< wait this long before the reply
        bool lockout = false; ///< close the connection with 421 (the address is now locked out)
    };

    /// clock returns milliseconds on a monotonic scale; the default is a steady clock. Tests pass
    /// their own to step through the window and the lockout.
    explicit AuthThrottle(std::function<qint64()> clock = {});

    void setDelays(int firstDelayMs, int maxDelayMs);
    bool isLockedOut(const QString &address);
    Verdict recordFailure(const QString &address);
    void recordSuccess(const QString &address);
    int failureCount(const QString &address); ///< within the window

private:
    struct Entry
    {
        QList<qint64> failures; ///< times, oldest first, within the window
        qint64 lockedUntil = 0;
    };
    qint64 now() const;
    void expire(Entry *entry, qint64 at) const;

    std::function<qint64()> m_clock;
    QElapsedTimer m_started;
    QHash<QString, Entry> m_entries;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30 * 1000;
};

} // namespace Sluice
