// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sluice {

/// The control socket's wire format, shared by the engine's ControlServer and its clients (the
/// command line and the console's ServiceConnection).
///
/// A request is one line: a verb, then space-separated arguments, each percent-encoded (so a search
/// text may hold spaces). An argument "key=value" is an option (the value percent-encoded on its own),
/// anything else a positional argument:
///   queue-list section=outbound search=alice%20smith sort=age order=desc offset=0 limit=200
/// The answer: a first line "ok" or "error: <reason in plain words>", then the body, then the server
/// closes (except for "watch", which streams event lines until the client goes). Body lines are
/// either "key=value" or rows of tab-separated fields; fields are escaped with escapeField() so a
/// field never holds a tab or a line break.
struct ControlRequest
{
    QByteArray verb;
    QStringList arguments;           ///< positional, decoded
    QHash<QString, QString> options; ///< key=value, decoded

    QString option(const QString &key, const QString &fallback = QString()) const
    {
        return options.value(key, fallback);
    }

    static ControlRequest parse(const QByteArray &line);
    QByteArray toLine() const; ///< without the final line feed
};

/// What a command handler answers.
struct ControlReply
{
    bool ok = true;
    QString error;   ///< when !ok: plain words, translated
    QByteArray body; ///< lines, each ending in '\n'

    static ControlReply failure(const QString &reason) { return {false, reason, {}}; }
    static ControlReply success(const QByteArray &body = {}) { return {true, {}, body}; }
};

/// Tabs, line breaks and '%' become %09, %0A, %0D and %25; everything else stays readable.
QByteArray escapeField(const QString &field);
QString unescapeField(const QByteArray &field);
/// One row: fields escaped and joined with tabs, ending in '\n'.
QByteArray formatRow(const QStringList &fields);
QStringList parseRow(const QByteArray &line);
/// "key=value\n" with the value escaped like a field.
QByteArray formatPair(const QByteArray &key, const QString &value);
/// Every "key=value" body line (values unescaped); rows without '=' before a tab are left out.
QHash<QString, QString> parsePairs(const QList<QByteArray> &lines);

} // namespace Sluice
