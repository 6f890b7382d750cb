// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/RetryPolicy.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr qint64 MsPerHour = 3600LL * 1000;
constexpr double FallbackRetryHours = 1; // only when a caller bypassed parseRetryHours with an empty list

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}
} // namespace

RetryPolicy::RetryPolicy(QList<double> retryHours, int messageTimeoutHours, int delayWarningHours)
    : m_retryHours(std::move(retryHours))
    , m_messageTimeoutHours(messageTimeoutHours)
    , m_delayWarningHours(delayWarningHours)
{}

QDateTime RetryPolicy::nextAttempt(int attemptsSoFar, const QDateTime &now) const
{
    double hours = FallbackRetryHours;
    if (!m_retryHours.isEmpty())
        hours = m_retryHours.at(qBound(0, attemptsSoFar, int(m_retryHours.size()) - 1));
    // Whole seconds at least, so that a pause never rounds to "due again at once".
    return now.addMSecs(qMax<qint64>(1000, qint64(std::llround(hours * MsPerHour))));
}

bool RetryPolicy::isExpired(const QDateTime &receivedAt, const QDateTime &now) const
{
    const QDateTime expiry = expiresAt(receivedAt);
    return expiry.isValid() && now >= expiry;
}

bool RetryPolicy::isWarningDue(const QDateTime &receivedAt, const QDateTime &now) const
{
    return m_delayWarningHours > 0 && now >= receivedAt.addMSecs(m_delayWarningHours * MsPerHour);
}

QDateTime RetryPolicy::expiresAt(const QDateTime &receivedAt) const
{
    if (m_messageTimeoutHours <= 0)
        return {};
    return receivedAt.addMSecs(m_messageTimeoutHours * MsPerHour);
}

bool RetryPolicy::parseRetryHours(const QString &text, QList<double> *out, QString *error)
{
    QList<double> hours;
    const QStringList items = text.split(u',');
    if (text.trimmed().isEmpty()) {
        *error = tr("Enter at least one retry interval in hours, for example .25,.5,1,4.");
        return false;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).trimmed();
        const QString position = QString::number(i + 1);
        if (item.isEmpty()) {
            *error = tr("Retry interval %1 is empty.").arg(position);
            return false;
        }
        bool ok = false;
        // The C locale: a settings file reads the same whatever language the desktop speaks.
        const double value = QLocale::c().toDouble(item, &ok);
        if (!ok || !std::isfinite(value)) {
            *error = tr("Retry interval %1 (\"%2\") is not a number of hours.").arg(position, item);
            return false;
        }
        if (value <= 0) {
            *error = tr("Retry interval %1 (\"%2\") must be more than zero hours.").arg(position, item);
            return false;
        }
        if (value > MaxRetryHours) {
            *error = tr("Retry interval %1 (\"%2\") is longer than a week (%3 hours).")
                         .arg(position, item, QString::number(MaxRetryHours));
            return false;
        }
        hours.append(value);
    }
    *out = hours;
    return true;
}

} // namespace Sluice
