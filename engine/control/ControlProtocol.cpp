// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/ControlProtocol.h"

using namespace Qt::StringLiterals;

namespace Sluice {

ControlRequest ControlRequest::parse(const QByteArray &line)
{
    ControlRequest request;
    const QList<QByteArray> words = line.trimmed().split(' ');
    for (const QByteArray &word : words) {
        if (word.isEmpty())
            continue;
        if (request.verb.isEmpty()) {
            request.verb = word;
            continue;
        }
        const qsizetype equals = word.indexOf('=');
        if (equals > 0) {
            request.options.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(word.left(equals))),
                                   QString::fromUtf8(QByteArray::fromPercentEncoding(word.mid(equals + 1))));
        } else {
            request.arguments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(word)));
        }
    }
    return request;
}

QByteArray ControlRequest::toLine() const
{
    QByteArray line = verb;
    for (const QString &argument : arguments) {
        // '=' is encoded so a positional argument is never taken for an option.
        line += ' ' + argument.toUtf8().toPercentEncoding();
    }
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        line += ' ' + it.key().toUtf8().toPercentEncoding() + '=' + it.value().toUtf8().toPercentEncoding();
    return line;
}

// Only what would break the framing (or look like an escape) is escaped, so rows stay readable and
// scripts can split them with cut -f.
QByteArray escapeField(const QString &field)
{
    QByteArray out;
    const QByteArray utf8 = field.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\t':
            out += "%09";
            break;
        case '\n':
            out += "%0A";
            break;
        case '\r':
            out += "%0D";
            break;
        case '%':
            out += "%25";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString unescapeField(const QByteArray &field)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(field));
}

QByteArray formatRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += '\t';
        row += escapeField(fields.at(i));
    }
    return row + '\n';
}

QStringList parseRow(const QByteArray &line)
{
    QStringList fields;
    const QList<QByteArray> parts = line.split('\t');
    fields.reserve(parts.size());
    for (const QByteArray &part : parts)
        fields.append(unescapeField(part));
    return fields;
}

QByteArray formatPair(const QByteArray &key, const QString &value)
{
    return key + '=' + escapeField(value) + '\n';
}

QHash<QString, QString> parsePairs(const QList<QByteArray> &lines)
{
    QHash<QString, QString> pairs;
    for (const QByteArray &line : lines) {
        const qsizetype equals = line.indexOf('=');
        const qsizetype tab = line.indexOf('\t');
        if (equals <= 0 || (tab >= 0 && tab < equals))
            continue;
        pairs.insert(QString::fromUtf8(line.left(equals)), unescapeField(line.mid(equals + 1)));
    }
    return pairs;
}

} // namespace Sluice
