// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueCommand.h"

#include "ControlCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr int PageSize = 1000; // the most queue-list answers at once

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

int printUsage(QTextStream &stream, int code)
{
    stream << tr("Usage:\n"
                 "  sluice queue list [--section outbound|held|inbound|all] [--search TEXT]\n"
                 "                    [--sort id|sender|recipients|size|age|attempts|next|reply] [--desc]\n"
                 "                    [--limit N] [--header]\n"
                 "  sluice queue show ID\n"
                 "  sluice queue retry ID... | --all\n"
                 "  sluice queue delete [--report] ID...\n"
                 "  sluice queue hold ID...\n"
                 "  sluice queue release ID...\n"
                 "list prints one tab-separated row per message: QUEUE_ID SENDER RECIPIENTS SIZE RECEIVED\n"
                 "ATTEMPTS NEXT_RETRY LAST_REPLY STATE. Exit codes: 0 done, 1 refused (unknown id), 2 bad\n"
                 "usage, 3 Sluice is not running on the data folder.\n")
           << Qt::flush;
    return code;
}

/// Sends the request and prints the body (or the reason); returns the exit code.
int send(const QString &dataDirectory, const ControlRequest &request, QTextStream &out, QTextStream &err)
{
    return printControlAnswer(sendControlRequest(dataDirectory, request), out, err);
}

/// queue-list, a page at a time (the engine answers at most 1000 rows per request).
int runList(const QString &dataDirectory, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    static const QStringList sections = {u"outbound"_s, u"held"_s, u"inbound"_s, u"all"_s};
    static const QStringList keys = {u"id"_s,  u"sender"_s,   u"recipients"_s, u"size"_s,
                                     u"age"_s, u"attempts"_s, u"next"_s,       u"reply"_s};
    ControlRequest request;
    request.verb = "queue-list";
    std::optional<int> limit;
    bool header = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == "--desc"_L1) {
            request.options.insert(u"order"_s, u"desc"_s);
        } else if (argument == "--header"_L1) {
            header = true;
        } else if (argument == "--section"_L1 && hasValue && sections.contains(arguments.at(i + 1))) {
            request.options.insert(u"section"_s, arguments.at(++i));
        } else if (argument == "--sort"_L1 && hasValue && keys.contains(arguments.at(i + 1))) {
            request.options.insert(u"sort"_s, arguments.at(++i));
        } else if (argument == "--search"_L1 && hasValue) {
            request.options.insert(u"search"_s, arguments.at(++i));
        } else if (argument == "--limit"_L1 && hasValue) {
            bool ok = false;
            limit = arguments.at(++i).toInt(&ok);
            if (!ok || *limit < 0)
                return printUsage(err, 2);
        } else {
            return printUsage(err, 2);
        }
    }
    if (header)
        out << "QUEUE_ID\tSENDER\tRECIPIENTS\tSIZE\tRECEIVED\tATTEMPTS\tNEXT_RETRY\tLAST_REPLY\tSTATE\n";
    int printed = 0;
    while (!limit || printed < *limit) {
        const int want = limit ? std::min(PageSize, *limit - printed) : PageSize;
        request.options.insert(u"offset"_s, QString::number(printed));
        request.options.insert(u"limit"_s, QString::number(want));
        const CommandAnswer answer = sendControlRequest(dataDirectory, request);
        if (answer.status != CommandAnswer::Status::Ok)
            return reportControlFailure(answer, err);
        int rows = 0;
        for (const QByteArray &line : answer.body.split('\n')) {
            if (line.isEmpty() || line.startsWith("total="))
                continue;
            out << QString::fromUtf8(line) << '\n';
            ++rows;
        }
        printed += rows;
        if (rows < want)
            break;
    }
    out << Qt::flush;
    return 0;
}

} // namespace

int runQueueCommand(const QString &dataDirectory, const QStringList &arguments, QTextStream &out,
                    QTextStream &err)
{
    const QString verb = arguments.value(0);
    QStringList rest = arguments.mid(1);
    if (verb == "--help"_L1 || verb == "-h"_L1 || verb == "help"_L1)
        return printUsage(out, 0);
    if (verb == "list"_L1)
        return runList(dataDirectory, rest, out, err);
    ControlRequest request;
    if (verb == "show"_L1 && rest.size() == 1 && !rest.first().startsWith(u'-')) {
        request.verb = "queue-show";
    } else if (verb == "retry"_L1 && rest == QStringList{u"--all"_s}) {
        request.verb = "queue-retry";
        request.options.insert(u"all"_s, u"yes"_s);
        rest.clear();
    } else if (verb == "delete"_L1 || verb == "retry"_L1 || verb == "hold"_L1 || verb == "release"_L1) {
        request.verb = "queue-" + verb.toUtf8();
        if (verb == "delete"_L1 && rest.removeAll(u"--report"_s) > 0)
            request.options.insert(u"report"_s, u"yes"_s);
    } else {
        return printUsage(err, 2);
    }
    // Queue ids are letters and digits: anything starting with '-' is an option we do not know.
    if (request.options.value(u"all"_s).isEmpty() &&
        (rest.isEmpty() || std::any_of(rest.cbegin(), rest.cend(), [](const QString &id) {
             return id.isEmpty() || id.startsWith(u'-');
         })))
        return printUsage(err, 2);
    request.arguments = rest;
    return send(dataDirectory, request, out, err);
}

} // namespace Sluice
