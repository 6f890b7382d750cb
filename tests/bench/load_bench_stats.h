// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <vector>

namespace Sluice::Bench {

/// Where one copy of a message must end up: a local mailbox's name, or SinkDestination.
inline const QByteArray SinkDestination = QByteArrayLiteral("@sink");

/// What the client sessions of one run saw. Shared by all sessions of the run (one thread).
struct LoadStats
{
    /// Every Message-ID answered with 250 after its data, and where each copy must arrive.
    QHash<QByteArray, QByteArrayList> acknowledged;
    /// Transaction latencies (MAIL FROM sent to the 250 after the final dot), in microseconds.
    std::vector<qint64> latenciesUs;
    /// Every reply that was not the expected 2xx/3xx, and every connection error, as text.
    QStringList errors;
    int errorCount = 0;
    int connections = 0;
    /// Message-IDs whose final dot was sent but whose reply never came: they may arrive or not.
    QSet<QByteArray> unanswered;

    void addError(const QString &text)
    {
        ++errorCount;
        if (errors.size() < 50) // the first ones tell the story; the count tells the rest
            errors.append(text);
    }
};

} // namespace Sluice::Bench
