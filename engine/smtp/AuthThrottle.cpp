// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/AuthThrottle.h"

#include <algorithm>

namespace Sluice {

AuthThrottle::AuthThrottle(std::function<qint64()> clock)
    : m_clock(std::move(clock))
{
    m_started.start();
}

void AuthThrottle::setDelays(int firstDelayMs, int maxDelayMs)
{
    m_firstDelayMs = std::max(0, firstDelayMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxDelayMs);
}

qint64 AuthThrottle::now() const
{
    // Offset by one window so that "0" never means "locked until the start".
    return (m_clock ? m_clock() : m_started.elapsed()) + WindowMs;
}

void AuthThrottle::expire(Entry *entry, qint64 at) const
{
    while (!entry->failures.isEmpty() && entry->failures.first() <= at - WindowMs)
        entry->failures.removeFirst();
}

bool AuthThrottle::isLockedOut(const QString &address)
{
    const auto it = m_entries.find(address);
    if (it == m_entries.end())
        return false;
    const qint64 at = now();
    if (it->lockedUntil > at)
        return true;
    expire(&*it, at);
    if (it->failures.isEmpty())
        m_entries.erase(it); // keeps the table as small as the number of recent offenders
    return false;
}

AuthThrottle::Verdict AuthThrottle::recordFailure(const QString &address)
{
    const qint64 at = now();
    Entry &entry = m_entries[address];
    expire(&entry, at);
    entry.failures.append(at);
    Verdict verdict;
    const int count = int(entry.failures.size());
    if (count >= LockoutFailures) {
        entry.lockedUntil = at + LockoutMs;
        entry.failures.clear();
        verdict.lockout = true;
        return verdict;
    }
    if (count > FreeFailures) {
        qint64 delay = m_firstDelayMs;
        for (int i = FreeFailures + 1; i < count && delay < m_maxDelayMs; ++i)
            delay *= 2;
        verdict.delayMs = int(std::min<qint64>(delay, m_maxDelayMs));
    }
    return verdict;
}

void AuthThrottle::recordSuccess(const QString &address)
{
    m_entries.remove(address);
}

int AuthThrottle::failureCount(const QString &address)
{
    const auto it = m_entries.find(address);
    if (it == m_entries.end())
        return 0;
    expire(&*it, now());
    return int(it->failures.size());
}

} // namespace Sluice
