// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_bench_run.h"

#include "load_bench_maildir.h"
#include "load_bench_session.h"
#include "load_bench_sink.h"
#include "load_bench_target.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice::Bench {

namespace {

constexpr int PollMs = 250;
constexpr int LateDuplicateWaitMs = 2000;
constexpr int MaxProblemLines = 50;

double percentileMs(std::vector<qint64> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const auto rank = size_t(std::max(0.0, std::ceil(q * double(sorted.size())) - 1));
    return double(sorted.at(std::min(rank, sorted.size() - 1))) / 1000.0;
}

/// Where each message was found: its Maildir arrivals plus one SinkDestination per sink arrival.
QByteArrayList arrivalsOf(const QByteArray &id, const QHash<QByteArray, QByteArrayList> &maildir,
                          const QHash<QByteArray, int> &sink)
{
    QByteArrayList where = maildir.value(id);
    for (int i = sink.value(id); i > 0; --i)
        where.append(SinkDestination);
    return where;
}

bool allThere(const QByteArrayList &expected, const QByteArrayList &got)
{
    for (const QByteArray &destination : expected) {
        if (got.count(destination) < expected.count(destination))
            return false;
    }
    return true;
}

void addProblem(RunResult *result, const QString &text)
{
    if (result->problems.size() < MaxProblemLines)
        result->problems.append(text);
}

void verify(RunResult *result, const LoadStats &stats, const QHash<QByteArray, QByteArrayList> &maildir,
            const QHash<QByteArray, int> &sink)
{
    for (auto it = stats.acknowledged.cbegin(); it != stats.acknowledged.cend(); ++it) {
        const QByteArrayList got = arrivalsOf(it.key(), maildir, sink);
        bool exact = got.size() == it.value().size();
        QByteArrayList destinations = it.value() + got;
        std::sort(destinations.begin(), destinations.end());
        destinations.erase(std::unique(destinations.begin(), destinations.end()), destinations.end());
        for (const QByteArray &destination : std::as_const(destinations)) {
            const qsizetype want = it.value().count(destination);
            const qsizetype have = got.count(destination);
            if (have == want)
                continue;
            exact = false;
            const QString where = QString::fromLatin1(destination);
            if (have < want) {
                result->missing += int(want - have);
                addProblem(result, u"MISSING    %1 at %2"_s.arg(QString::fromLatin1(it.key()), where));
            } else {
                result->duplicated += int(have - want);
                addProblem(result, u"DUPLICATE  %1 at %2 (%3 times, expected %4)"_s
                                       .arg(QString::fromLatin1(it.key()), where)
                                       .arg(have)
                                       .arg(want));
            }
        }
        if (exact)
            ++result->delivered;
    }
    QSet<QByteArray> arrived(maildir.keyBegin(), maildir.keyEnd());
    for (auto it = sink.cbegin(); it != sink.cend(); ++it)
        arrived.insert(it.key());
    for (const QByteArray &id : std::as_const(arrived)) {
        if (stats.acknowledged.contains(id))
            continue;
        if (stats.unanswered.contains(id)) {
            ++result->unansweredArrived; // sent, reply lost with the connection: allowed to arrive
            continue;
        }
        ++result->unknown;
        addProblem(result, u"UNKNOWN    %1 arrived (never acknowledged)"_s.arg(QString::fromLatin1(id)));
    }
}

} // namespace

RunResult runLoad(LoadTarget *target, CountingSink *sink, const RunOptions &options)
{
    RunResult result;
    result.target = target->name();
    result.sessions = options.sessions;
    const ProcessMemory memory(target->pid(), target->withChildren());
    LoadStats stats;
    SessionPlan plan;
    plan.port = target->port();
    plan.runTag =
        QByteArray(target->name().toLatin1() + '.' + QByteArray::number(QDateTime::currentSecsSinceEpoch()));
    plan.localMailboxes = LoadTarget::mailboxes();
    plan.localDomain = LoadTarget::localDomain();
    plan.remoteDomain = LoadTarget::remoteDomain();

    auto observe = [&](MemorySample *into) {
        const MemorySample sample = memory.sample();
        result.peakRssKb = std::max(result.peakRssKb, sample.rssKb);
        result.peakPssKb = std::max(result.peakPssKb, sample.pssKb);
        result.peakFds = std::max(result.peakFds, sample.fds);
        if (into)
            *into = sample;
        if (result.death.isEmpty())
            result.death = target->deathNote();
    };
    observe(&result.before);

    // ---- the load ----
    QObject owner;
    QEventLoop loop;
    QList<LoadSession *> sessions;
    int running = options.sessions;
    for (int i = 0; i < options.sessions; ++i) {
        auto *session = new LoadSession(i, plan, &stats, &owner);
        QObject::connect(session, &LoadSession::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
        sessions.append(session);
    }
    QElapsedTimer clock;
    bool baselineTaken = false;
    qint64 nextMarkMs = 10 * 1000;
    QTimer sampler;
    sampler.setInterval(1000);
    QObject::connect(&sampler, &QTimer::timeout, &owner, [&] {
        const bool baseline = !baselineTaken && clock.elapsed() >= options.baselineSeconds * 1000 - PollMs;
        MemorySample sample;
        observe(&sample);
        if (baseline)
            result.atBaseline = sample;
        if (clock.elapsed() >= nextMarkMs - PollMs) {
            result.timeline.append({nextMarkMs / 1000, sample.rssKb, qint64(stats.acknowledged.size())});
            nextMarkMs += 10 * 1000;
        }
        if (baseline) {
            baselineTaken = true;
            result.acknowledgedAtBaseline = int(stats.acknowledged.size());
        }
        if (!result.death.isEmpty()) {
            for (LoadSession *session : std::as_const(sessions))
                session->abort();
        }
    });
    QTimer::singleShot(options.seconds * 1000, &owner, [&] {
        observe(&result.atEnd); // all sessions still connected, as at the baseline
        if (!baselineTaken) {
            result.atBaseline = result.atEnd;
            baselineTaken = true;
        }
        for (LoadSession *session : std::as_const(sessions))
            session->stop();
    });
    QTimer::singleShot((options.seconds + options.graceSeconds) * 1000, &owner, [&] {
        for (LoadSession *session : std::as_const(sessions))
            session->abort();
    });
    clock.start();
    sampler.start();
    for (LoadSession *session : std::as_const(sessions))
        session->start();
    loop.exec();
    sampler.stop();
    result.loadSeconds = double(clock.elapsed()) / 1000.0;
    result.acknowledged = int(stats.acknowledged.size());
    result.rate = result.loadSeconds > 0 ? result.acknowledged / result.loadSeconds : 0;
    result.connections = stats.connections;
    result.errors = stats.errorCount;
    result.errorSamples = stats.errors;
    result.unanswered = int(stats.unanswered.size());
    std::vector<qint64> latencies = stats.latenciesUs;
    std::sort(latencies.begin(), latencies.end());
    result.p50Ms = percentileMs(latencies, 0.50);
    result.p95Ms = percentileMs(latencies, 0.95);
    result.p99Ms = percentileMs(latencies, 0.99);

    // ---- the drain: until every acknowledged copy has arrived ----
    MaildirScanner scanner(target->mailRoot(), LoadTarget::mailboxes());
    QHash<QByteArray, QByteArrayList> maildir;
    QHash<QByteArray, int> received;
    QSet<QByteArray> pending(stats.acknowledged.keyBegin(), stats.acknowledged.keyEnd());
    QElapsedTimer drainClock;
    drainClock.start();
    qint64 nextSample = 0;
    while (result.death.isEmpty()) {
        scanner.scan(&maildir);
        received = sink->received();
        for (auto it = pending.begin(); it != pending.end();) {
            if (allThere(stats.acknowledged.value(*it), arrivalsOf(*it, maildir, received)))
                it = pending.erase(it);
            else
                ++it;
        }
        if (drainClock.elapsed() >= nextSample) {
            observe(nullptr);
            nextSample += 1000;
        }
        if (pending.isEmpty() || drainClock.elapsed() > options.drainTimeoutSeconds * 1000LL)
            break;
        QThread::msleep(PollMs);
    }
    result.drainSeconds = double(drainClock.elapsed()) / 1000.0;
    result.drainComplete = pending.isEmpty();
    QThread::msleep(LateDuplicateWaitMs); // a duplicate may come after the last first copy
    scanner.scan(&maildir);
    received = sink->received();
    observe(&result.drained);
    result.sinkMessages = sink->messages();
    result.sinkConnections = sink->connections();
    result.maildirFiles = scanner.files();
    result.leftInTmp = scanner.temporaryFiles();
    verify(&result, stats, maildir, received);
    if (!result.drainComplete)
        addProblem(&result, u"%1 acknowledged message(s) not complete after %2 s"_s.arg(pending.size())
                                .arg(options.drainTimeoutSeconds));

    if (options.checkResources) {
        result.memoryOk = result.atEnd.rssKb - result.atBaseline.rssKb <= options.rssBoundKb;
        result.fdsOk = result.drained.fds <= result.before.fds + options.fdSlack;
    }
    return result;
}

} // namespace Sluice::Bench
