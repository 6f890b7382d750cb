// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/LogControl.h"

#include "control/ControlServer.h"
#include "core/Engine.h"
#include "log/ConnectionLog.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr int DefaultLimit = 200;
constexpr int MaxLimit = 1000;
constexpr int EventCoalesceMs = 250;

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

QString levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::None:
        return u"none"_s;
    case LogLevel::Minimum:
        return u"minimum"_s;
    case LogLevel::Medium:
        return u"medium"_s;
    case LogLevel::Maximum:
        return u"maximum"_s;
    }
    return QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : u"-"_s;
}

QString durationText(double seconds)
{
    return QString::number(seconds, 'f', 1);
}

/// The options of log-list, or why they make no sense.
std::optional<LogQuery> parseQuery(const ControlRequest &request, QString *error)
{
    LogQuery query;
    const QString kind = request.option(u"kind"_s, u"all"_s);
    const QString result = request.option(u"result"_s, u"all"_s);
    if (kind == "cycles"_L1)
        query.kind = LogQuery::Kind::Cycles;
    else if (kind == "sessions"_L1)
        query.kind = LogQuery::Kind::Sessions;
    else if (kind != "all"_L1)
        return *error = tr("kind must be all, cycles or sessions"), std::nullopt;
    if (result == "ok"_L1)
        query.result = LogQuery::Result::Ok;
    else if (result == "failed"_L1)
        query.result = LogQuery::Result::Failed;
    else if (result != "all"_L1)
        return *error = tr("result must be all, ok or failed"), std::nullopt;
    for (const auto &[key, target] : {std::pair{u"from"_s, &query.from}, std::pair{u"to"_s, &query.to}}) {
        const QString text = request.option(key);
        if (text.isEmpty())
            continue;
        *target = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!target->isValid()) {
            *error = tr("%1 is not an ISO 8601 date and time: %2").arg(key, text);
            return std::nullopt;
        }
    }
    query.search = request.option(u"search"_s);
    bool ok = true;
    query.offset = request.option(u"offset"_s, u"0"_s).toInt(&ok);
    if (!ok || query.offset < 0)
        return *error = tr("offset must be a number from 0"), std::nullopt;
    query.limit = request.option(u"limit"_s, QString::number(DefaultLimit)).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > MaxLimit)
        return *error = tr("limit must be a number from 1 to %1").arg(MaxLimit), std::nullopt;
    return query;
}

QByteArray listReply(const LogPage &page)
{
    QByteArray body = "total=" + QByteArray::number(page.total) + '\n';
    for (const LogEntry &entry : page.entries) {
        body += formatRow({entry.entry, timeText(entry.time), entry.kind, entry.triggerOrPeer, entry.dial,
                           QString::number(entry.sent), QString::number(entry.received),
                           entry.retrieval.join(u"; "_s), entry.result, entry.summary,
                           durationText(entry.durationSeconds)});
    }
    return body;
}

QByteArray showReply(const LogEntryDetails &details, LogLevel level)
{
    const LogEntry &entry = details.entry;
    const bool cycle = entry.kind == "cycle"_L1;
    QByteArray body;
    body += formatPair("entry", entry.entry);
    body += formatPair("time", timeText(entry.time));
    body += formatPair("kind", entry.kind);
    body += formatPair(cycle ? "trigger" : "peer", entry.triggerOrPeer);
    if (cycle)
        body += formatPair("dial", entry.dial);
    body += formatPair("sent", QString::number(entry.sent));
    body += formatPair("received", QString::number(entry.received));
    if (cycle)
        body += formatPair("retrieval", entry.retrieval.join(u"; "_s));
    body += formatPair("result", entry.result);
    body += formatPair("summary", entry.summary);
    body += formatPair("duration", durationText(entry.durationSeconds));
    body += formatPair("errors", details.errors.join(u"; "_s));
    if (cycle)
        body += formatPair("phases", details.phases.join(u'\n'));
    // The level applies to sessions recorded from now on; the viewer says what it means.
    body += formatPair("level", levelName(level));
    body += formatPair("transcript", QString::fromUtf8(details.transcript));
    return body;
}

} // namespace

void registerLogCommands(ControlServer &server, Engine *engine)
{
    const auto withLog = [engine](auto action) {
        return [engine, action](const ControlRequest &request) {
            ConnectionLog *log = engine->connectionLog();
            if (!log)
                return ControlReply::failure(tr("the connection log is not open"));
            return action(*log, request);
        };
    };
    server.addHandler("log-list", withLog([](ConnectionLog &log, const ControlRequest &request) {
                          QString error;
                          const std::optional<LogQuery> query = parseQuery(request, &error);
                          if (!query)
                              return ControlReply::failure(error);
                          return ControlReply::success(listReply(log.list(*query)));
                      }));
    server.addHandler("log-show", withLog([](ConnectionLog &log, const ControlRequest &request) {
                          if (request.arguments.size() != 1)
                              return ControlReply::failure(tr("log-show takes one entry (c<ID> or s<ID>)"));
                          const QString entry = request.arguments.first();
                          const std::optional<LogEntryDetails> details = log.details(entry);
                          if (!details)
                              return ControlReply::failure(
                                  tr("no entry %1 in the connection log").arg(entry));
                          return ControlReply::success(showReply(*details, log.level()));
                      }));

    // "log-changed": a burst of records (a cycle's sessions) makes one event.
    ConnectionLog *log = engine->connectionLog();
    if (!log)
        return;
    auto *coalesce = new QTimer(&server);
    coalesce->setSingleShot(true);
    coalesce->setInterval(EventCoalesceMs);
    QObject::connect(coalesce, &QTimer::timeout, &server, [&server] { server.broadcast("log-changed"); });
    QObject::connect(log, &ConnectionLog::changed, coalesce, [coalesce] {
        if (!coalesce->isActive())
            coalesce->start();
    });
}

} // namespace Sluice
