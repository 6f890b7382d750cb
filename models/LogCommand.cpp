// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCommand.h"

#include "ControlCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocalSocket>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr int PageSize = 1000; // the most log-list answers at once
constexpr int FollowPage = 200;

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

int printUsage(QTextStream &stream, int code)
{
    stream << tr("Usage:\n"
                 "  sluice log tail [-n N] [--follow]   the last N entries (10), oldest first; --follow\n"
                 "                                      keeps printing new ones until interrupted\n"
                 "  sluice log show ENTRY               an entry's fields (key=value), a blank line, and\n"
                 "                                      its transcript\n"
                 "  sluice log list [--failed] [--since ISO] [--search TEXT]\n"
                 "                                      matching entries, newest first\n"
                 "Entries are one tab-separated line each: ENTRY TIME KIND TRIGGER_OR_PEER DIAL SENT\n"
                 "RECEIVED RETRIEVAL RESULT SUMMARY DURATION (c<ID> a link cycle, s<ID> a session).\n"
                 "Exit codes: 0 done, 1 refused (unknown entry), 2 bad usage, 3 Sluice is not running.\n")
           << Qt::flush;
    return code;
}

int failure(const CommandAnswer &answer, QTextStream &err)
{
    return reportControlFailure(answer, err);
}

/// The row lines of a log-list answer, without "total=".
QList<QByteArray> rowsOf(const QByteArray &body, int *total = nullptr)
{
    QList<QByteArray> rows;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("total=")) {
            if (total)
                *total = line.mid(6).toInt();
        } else if (!line.isEmpty()) {
            rows.append(line);
        }
    }
    return rows;
}

ControlRequest listRequest(int limit, int offset = 0)
{
    ControlRequest request;
    request.verb = "log-list";
    request.options.insert(u"limit"_s, QString::number(limit));
    request.options.insert(u"offset"_s, QString::number(offset));
    return request;
}

/// Prints the rows not printed yet (or whose result changed: a cycle that was running), oldest
/// first, and remembers them.
void printNew(QList<QByteArray> rows, QHash<QString, QString> &printed, QTextStream &out)
{
    std::reverse(rows.begin(), rows.end());
    for (const QByteArray &row : std::as_const(rows)) {
        const QStringList fields = parseRow(row);
        const QString entry = fields.value(0);
        const QString result = fields.value(8);
        const auto seen = printed.constFind(entry);
        if (seen != printed.constEnd() && seen.value() == result)
            continue;
        printed.insert(entry, result);
        out << QString::fromUtf8(row) << '\n';
    }
    out << Qt::flush;
}

int follow(const QString &dataDirectory, QHash<QString, QString> &printed, QTextStream &out, QTextStream &err)
{
    QLocalSocket watch;
    watch.connectToServer(controlSocketPath(dataDirectory));
    if (!watch.waitForConnected(10000)) {
        err << tr("Sluice is not running on %1 (%2).").arg(dataDirectory, watch.errorString()) << Qt::endl;
        return 3;
    }
    watch.write("watch\n");
    QByteArray buffer;
    while (true) {
        if (!watch.waitForReadyRead(-1) && watch.state() != QLocalSocket::ConnectedState) {
            err << tr("Sluice stopped.") << Qt::endl;
            return 1;
        }
        buffer += watch.readAll();
        bool changed = false;
        qsizetype end;
        while ((end = buffer.indexOf('\n')) >= 0) {
            changed |= buffer.left(end).startsWith("event\tlog-changed");
            buffer.remove(0, end + 1);
        }
        if (!changed)
            continue;
        const CommandAnswer answer = sendControlRequest(dataDirectory, listRequest(FollowPage));
        if (answer.status != CommandAnswer::Status::Ok)
            return failure(answer, err);
        printNew(rowsOf(answer.body), printed, out);
    }
}

int runTail(const QString &dataDirectory, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    int count = 10;
    bool following = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--follow"_L1 || arguments.at(i) == "-f"_L1) {
            following = true;
        } else if (arguments.at(i) == "-n"_L1 && i + 1 < arguments.size()) {
            bool ok = false;
            count = arguments.at(++i).toInt(&ok);
            if (!ok || count < 1 || count > PageSize)
                return printUsage(err, 2);
        } else {
            return printUsage(err, 2);
        }
    }
    const CommandAnswer answer = sendControlRequest(dataDirectory, listRequest(count));
    if (answer.status != CommandAnswer::Status::Ok)
        return failure(answer, err);
    QHash<QString, QString> printed;
    printNew(rowsOf(answer.body), printed, out);
    return following ? follow(dataDirectory, printed, out, err) : 0;
}

int runShow(const QString &dataDirectory, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1)
        return printUsage(err, 2);
    ControlRequest request;
    request.verb = "log-show";
    request.arguments = arguments;
    const CommandAnswer answer = sendControlRequest(dataDirectory, request);
    if (answer.status != CommandAnswer::Status::Ok)
        return failure(answer, err);
    QString transcript;
    for (const QByteArray &line : answer.body.split('\n')) {
        if (line.startsWith("transcript="))
            transcript = unescapeField(line.mid(11));
        else if (!line.isEmpty())
            out << QString::fromUtf8(line) << '\n';
    }
    out << '\n' << transcript << Qt::flush;
    return 0;
}

int runList(const QString &dataDirectory, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ControlRequest request = listRequest(PageSize);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == "--failed"_L1) {
            request.options.insert(u"result"_s, u"failed"_s);
        } else if (argument == "--since"_L1 && hasValue) {
            const QDateTime since = QDateTime::fromString(arguments.at(++i), Qt::ISODateWithMs);
            if (!since.isValid()) {
                err << tr("--since needs an ISO 8601 date and time, e.g. 2026-11-30T08:00:00Z") << Qt::endl;
                return 2;
            }
            request.options.insert(u"from"_s, since.toUTC().toString(Qt::ISODateWithMs));
        } else if (argument == "--search"_L1 && hasValue) {
            request.options.insert(u"search"_s, arguments.at(++i));
        } else {
            return printUsage(err, 2);
        }
    }
    // A page at a time until the total is reached.
    for (int offset = 0;;) {
        request.options.insert(u"offset"_s, QString::number(offset));
        const CommandAnswer answer = sendControlRequest(dataDirectory, request);
        if (answer.status != CommandAnswer::Status::Ok)
            return failure(answer, err);
        int total = 0;
        const QList<QByteArray> rows = rowsOf(answer.body, &total);
        for (const QByteArray &row : rows)
            out << QString::fromUtf8(row) << '\n';
        offset += int(rows.size());
        if (rows.isEmpty() || offset >= total)
            break;
    }
    out << Qt::flush;
    return 0;
}

} // namespace

int runLogCommand(const QString &dataDirectory, const QStringList &arguments, QTextStream &out,
                  QTextStream &err)
{
    const QString action = arguments.value(0);
    if (action == "tail"_L1)
        return runTail(dataDirectory, arguments.mid(1), out, err);
    if (action == "show"_L1)
        return runShow(dataDirectory, arguments.mid(1), out, err);
    if (action == "list"_L1)
        return runList(dataDirectory, arguments.mid(1), out, err);
    if (action == "--help"_L1 || action == "help"_L1)
        return printUsage(out, 0);
    return printUsage(err, 2);
}

} // namespace Sluice
