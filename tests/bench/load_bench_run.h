// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load_bench_memory.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Sluice::Bench {

class CountingSink;
class LoadTarget;

struct RunOptions
{
    int sessions = 200;
    int seconds = 60;
    int baselineSeconds = 10;      ///< when the memory baseline is taken
    int drainTimeoutSeconds = 120; ///< how long to wait for every acknowledged message to arrive
    int graceSeconds = 60;         ///< after the load: for transactions in flight to finish
    qint64 rssBoundKb = 24 * 1024; ///< allowed RSS growth from the baseline to the end of the load
    int fdSlack = 30;              ///< allowed extra descriptors after the drain, over before the load
    bool checkResources = true;    ///< apply the RSS and descriptor bounds (Sluice, not the reference)
};

/// What one run measured and found wrong.
struct RunResult
{
    QString target;
    int sessions = 0;
    int connections = 0;
    int acknowledged = 0;
    int acknowledgedAtBaseline = 0;
    double loadSeconds = 0; ///< start until the last session finished
    double rate = 0;        ///< acknowledged messages per second of loadSeconds
    double p50Ms = 0, p95Ms = 0, p99Ms = 0;
    int errors = 0;
    QStringList errorSamples;
    int delivered = 0;  ///< acknowledged messages whose every copy arrived exactly once
    int missing = 0;    ///< copies that never arrived
    int duplicated = 0; ///< copies that arrived more than once
    int unknown = 0;    ///< arrivals of messages never sent (or without Message-ID)
    int unanswered = 0, unansweredArrived = 0;
    QStringList problems; ///< the first of them, as text
    MemorySample before, atBaseline, atEnd, drained;
    qint64 peakRssKb = 0, peakPssKb = 0;
    int peakFds = 0;
    /// One line per 10 s of the load: seconds, RSS in kB, messages acknowledged so far.
    QList<std::array<qint64, 3>> timeline;
    double drainSeconds = 0;
    bool drainComplete = false;
    int sinkMessages = 0, sinkConnections = 0, maildirFiles = 0, leftInTmp = 0;
    bool memoryOk = true;
    bool fdsOk = true;
    QString death; ///< the target died during the run

    bool ok() const
    {
        return death.isEmpty() && errors == 0 && missing == 0 && duplicated == 0 && unknown == 0 &&
               drainComplete && memoryOk && fdsOk && acknowledged > 0;
    }
};

/// One run: options.sessions LoadSessions against the target for options.seconds, memory sampled
/// every second, then the wait until every acknowledged Message-ID has arrived (Maildirs, sink)
/// and the checks: each copy exactly once, no error, RSS growth and descriptors within bounds.
RunResult runLoad(LoadTarget *target, CountingSink *sink, const RunOptions &options);

} // namespace Sluice::Bench
