// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sluice {

/// When a deferred remote recipient is tried again, and when the engine gives up on it (the
/// Connections page's "Retry intervals" and "message time-out").
///
/// retryHours are the pauses after the first, second, ... failed attempt; the last one repeats
/// (IMS default ".25,.5,1,4": 15 min, 30 min, 1 h, then every 4 h). Fractions of an hour are fine.
class RetryPolicy
{
public:
    /// The longest single pause the settings accept: a week. Anything longer is a typing mistake.
    static constexpr double MaxRetryHours = 168;

    RetryPolicy(QList<double> retryHours, int messageTimeoutHours, int delayWarningHours = 0);

    /// When to try again after a failed attempt; attemptsSoFar counts the attempts before this one
    /// (the queue's attempts column), so 0 gives the first interval.
    QDateTime nextAttempt(int attemptsSoFar, const QDateTime &now) const;
    /// True once messageTimeoutHours have passed since the message arrived (never when the time-out
    /// is 0 or less): the next deferral turns into a failure report.
    bool isExpired(const QDateTime &receivedAt, const QDateTime &now) const;
    /// True once delayWarningHours (> 0) have passed since arrival: the sender gets one delay warning.
    bool isWarningDue(const QDateTime &receivedAt, const QDateTime &now) const;
    /// The moment the message expires (for Will-Retry-Until); invalid when it never does.
    QDateTime expiresAt(const QDateTime &receivedAt) const;

    /// Parses the settings text, e.g. ".25,.5,1,4" or "0.25, 0.5, 1, 4". Empty items, zero or negative
    /// values, values over MaxRetryHours and anything that is not a number are refused; error then
    /// names the bad item in plain words.
    static bool parseRetryHours(const QString &text, QList<double> *out, QString *error);

private:
    QList<double> m_retryHours;
    int m_messageTimeoutHours;
    int m_delayWarningHours;
};

} // namespace Sluice
