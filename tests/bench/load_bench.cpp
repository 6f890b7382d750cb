// SPDX-License-Identifier: GPL-3.0-or-later
// Load benchmark (issue 8): N concurrent SMTP sessions submit for S seconds to the real
// `sluice --headless` (and, with --postfix, to a private Postfix instance as the reference), then
// every acknowledged Message-ID must arrive exactly once, in a Maildir or at the benchmark's sink,
// with no error, and Sluice's memory must not grow with the number of messages. See README.md here.
//
//   load_bench --sluice build-bench/bin/sluice [--postfix] [--sessions 200] [--seconds 60]
//
// Exit status: 0 every check passed, 1 a Sluice check failed, 2 missing prerequisite, 3 setup
// failure, 4 the Postfix reference run was not valid (errors or lost mail on its side).

#include "load_bench_run.h"
#include "load_bench_sink.h"
#include "load_bench_target.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Sluice::Bench;
using namespace Qt::StringLiterals;

namespace {

enum Exit { Passed = 0, Failed = 1, MissingPrerequisite = 2, SetupFailure = 3, InvalidReference = 4 };

double mb(qint64 kb)
{
    return double(kb) / 1024.0;
}

void printTable(const QList<RunResult> &results)
{
    std::printf("\n%-8s %8s %6s %9s %8s %8s %8s %7s %9s %9s %9s\n", "target", "sessions", "acked", "msgs/s",
                "p50 ms", "p95 ms", "p99 ms", "errors", "delivered", "peakRSS", "peakPSS");
    for (const RunResult &r : results) {
        std::printf("%-8s %8d %6d %9.1f %8.1f %8.1f %8.1f %7d %9d %7.1fMB %7.1fMB\n", qPrintable(r.target),
                    r.sessions, r.acknowledged, r.rate, r.p50Ms, r.p95Ms, r.p99Ms, r.errors, r.delivered,
                    mb(r.peakRssKb), mb(r.peakPssKb));
    }
}

void printDetails(const RunResult &r, const RunOptions &options)
{
    std::printf("\n%s: %d connections, %d acknowledged in %.1f s (%d by the baseline); drain %.1f s (%s); "
                "sink: %d messages over %d connections; Maildirs: %d files, %d left in tmp/\n",
                qPrintable(r.target), r.connections, r.acknowledged, r.loadSeconds, r.acknowledgedAtBaseline,
                r.drainSeconds, r.drainComplete ? "complete" : "INCOMPLETE", r.sinkMessages,
                r.sinkConnections, r.maildirFiles, r.leftInTmp);
    std::printf("  delivered exactly once %d, missing %d, duplicated %d, unknown %d; unanswered %d (of which "
                "arrived %d)\n",
                r.delivered, r.missing, r.duplicated, r.unknown, r.unanswered, r.unansweredArrived);
    std::printf("  processes %d; RSS (sum of VmRSS) before %.1f MB, at %d s %.1f MB, at the end of the load "
                "%.1f MB, after the drain %.1f MB, peak of 1 s samples %.1f MB",
                r.atEnd.processes, mb(r.before.rssKb), options.baselineSeconds, mb(r.atBaseline.rssKb),
                mb(r.atEnd.rssKb), mb(r.drained.rssKb), mb(r.peakRssKb));
    if (r.drained.processes == 1)
        std::printf(", VmHWM %.1f MB", mb(r.drained.hwmKb));
    std::printf("\n  PSS (sum of smaps_rollup Pss) at %d s %.1f MB, end %.1f MB, peak %.1f MB; descriptors "
                "before %d, peak %d, after the drain %d\n",
                options.baselineSeconds, mb(r.atBaseline.pssKb), mb(r.atEnd.pssKb), mb(r.peakPssKb),
                r.before.fds, r.peakFds, r.drained.fds);
    std::printf("  RSS timeline (s: MB, messages acknowledged):");
    for (const auto &[second, rssKb, acknowledged] : r.timeline)
        std::printf(" %llds: %.1f MB, %lld;", static_cast<long long>(second), mb(rssKb),
                    static_cast<long long>(acknowledged));
    std::printf("\n");
    const qint64 growthKb = r.atEnd.rssKb - r.atBaseline.rssKb;
    const int laterMessages = r.acknowledged - r.acknowledgedAtBaseline;
    std::printf("  RSS growth from %d s to the end: %+.1f MB over %d messages (%+.0f bytes/message)",
                options.baselineSeconds, mb(growthKb), laterMessages,
                laterMessages > 0 ? double(growthKb) * 1024.0 / laterMessages : 0.0);
    if (options.checkResources)
        std::printf(": %s (bound %.0f MB); descriptors after the drain %s (bound before + %d)\n",
                    r.memoryOk ? "PASS" : "FAIL", mb(options.rssBoundKb), r.fdsOk ? "PASS" : "FAIL",
                    options.fdSlack);
    else
        std::printf(" (not checked: reference)\n");
    if (!r.death.isEmpty())
        std::printf("  !!!! %s\n", qPrintable(r.death));
    if (r.errors > 0)
        std::printf("  !!!! %d error(s); the first ones:\n", r.errors);
    for (const QString &error : r.errorSamples)
        std::printf("    %s\n", qPrintable(error));
    for (const QString &problem : r.problems)
        std::printf("    %s\n", qPrintable(problem));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load benchmark: concurrent SMTP sessions against sluice --headless "
                                     "(and a private Postfix), every acknowledged message checked."_s);
    parser.addHelpOption();
    const QCommandLineOption sluiceOption(u"sluice"_s, u"The sluice binary (a Release build for figures)."_s,
                                          u"path"_s);
    const QCommandLineOption postfixOption(u"postfix"_s, u"Also run the private Postfix reference (root)."_s);
    const QCommandLineOption sessionsOption(u"sessions"_s, u"Concurrent sessions (200)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds of load (60)."_s, u"s"_s, u"60"_s);
    const QCommandLineOption baselineOption(u"rss-baseline"_s, u"When the RSS baseline is taken (10 s)."_s,
                                            u"s"_s, u"10"_s);
    const QCommandLineOption boundOption(
        u"rss-bound-mb"_s, u"Allowed RSS growth from baseline to end (24)."_s, u"mb"_s, u"24"_s);
    const QCommandLineOption drainOption(u"drain-timeout"_s, u"Seconds to wait for delivery (120)."_s, u"s"_s,
                                         u"120"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the temp folders (logs, queues, Maildirs)."_s);
    parser.addOptions({sluiceOption, postfixOption, sessionsOption, secondsOption, baselineOption,
                       boundOption, drainOption, keepOption});
    parser.process(app);

    RunOptions options;
    options.sessions = parser.value(sessionsOption).toInt();
    options.seconds = parser.value(secondsOption).toInt();
    options.baselineSeconds = parser.value(baselineOption).toInt();
    options.rssBoundKb = parser.value(boundOption).toLongLong() * 1024;
    options.drainTimeoutSeconds = parser.value(drainOption).toInt();
    if (!parser.isSet(sluiceOption) || options.sessions < 1 || options.seconds < 1 ||
        options.baselineSeconds >= options.seconds) {
        std::fprintf(stderr,
                     "load_bench: --sluice PATH is required; --sessions and --seconds must be positive "
                     "and --rss-baseline below --seconds\n");
        return MissingPrerequisite;
    }

    std::vector<std::unique_ptr<LoadTarget>> targets;
    targets.push_back(std::make_unique<SluiceTarget>(parser.value(sluiceOption)));
    if (parser.isSet(postfixOption))
        targets.push_back(
            std::make_unique<PostfixTarget>(QStringLiteral(LOAD_BENCH_SOURCE_DIR "/load_postfix.sh")));

    QList<RunResult> results;
    for (const std::unique_ptr<LoadTarget> &target : targets) {
        if (parser.isSet(keepOption))
            target->keepFolder();
        CountingSink sink;
        QString error;
        bool missing = false;
        if (!sink.start(&error)) {
            std::fprintf(stderr, "load_bench: the sink cannot listen: %s\n", qPrintable(error));
            return SetupFailure;
        }
        if (!target->start(sink.port(), &error, &missing)) {
            std::fprintf(stderr, "load_bench: %s\n", qPrintable(error));
            return missing ? MissingPrerequisite : SetupFailure;
        }
        std::fprintf(stderr, "load_bench: %s on port %u (folder %s), sink on port %u: %d sessions for %d s\n",
                     qPrintable(target->name()), target->port(), qPrintable(target->folder()), sink.port(),
                     options.sessions, options.seconds);
        RunOptions forTarget = options;
        forTarget.checkResources = target->name() == "sluice"_L1;
        results.append(runLoad(target.get(), &sink, forTarget));
        printDetails(results.constLast(), forTarget);
        target->stop();
    }
    printTable(results);

    const double load = [] {
        QFile file(u"/proc/loadavg"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : 0.0;
    }();
    std::printf("(load average at the end: %.2f on %d CPUs)\n", load, QThread::idealThreadCount());
    const bool sluiceOk = results.constFirst().ok();
    std::printf("Sluice: %s\n", sluiceOk ? "PASS" : "FAIL");
    if (!sluiceOk)
        return Failed;
    if (results.size() > 1 && !results.at(1).ok()) {
        std::printf("!!!! the Postfix reference run is not valid (see above)\n");
        return InvalidReference;
    }
    return Passed;
}
