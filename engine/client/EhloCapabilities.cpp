// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/EhloCapabilities.h"

namespace Sluice {

EhloCapabilities EhloCapabilities::fromReply(const SmtpReply &reply)
{
    EhloCapabilities capabilities;
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines[i].trimmed();
        if (!line.isEmpty())
            capabilities.m_lines.append(line);
    }
    return capabilities;
}

QByteArray EhloCapabilities::keywordOf(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return (space < 0 ? line : line.left(space)).toUpper();
}

bool EhloCapabilities::has(QByteArrayView keyword) const
{
    const QByteArray wanted = keyword.toByteArray().toUpper();
    for (const QByteArray &line : m_lines) {
        if (keywordOf(line) == wanted)
            return true;
    }
    return false;
}

QList<QByteArray> EhloCapabilities::parameters(QByteArrayView keyword) const
{
    const QByteArray wanted = keyword.toByteArray().toUpper();
    for (const QByteArray &line : m_lines) {
        if (keywordOf(line) != wanted)
            continue;
        QList<QByteArray> words = line.simplified().split(' ');
        words.removeFirst();
        return words;
    }
    return {};
}

std::optional<qint64> EhloCapabilities::sizeLimit() const
{
    if (!has("SIZE"))
        return std::nullopt;
    const QList<QByteArray> values = parameters("SIZE");
    bool ok = false;
    const qint64 limit = values.isEmpty() ? 0 : values.first().toLongLong(&ok);
    return ok && limit > 0 ? limit : 0;
}

QList<QByteArray> EhloCapabilities::authMechanisms() const
{
    QList<QByteArray> mechanisms;
    for (const QByteArray &line : m_lines) {
        QList<QByteArray> words = line.simplified().toUpper().split(' ');
        if (words.first() == "AUTH") {
            words.removeFirst();
        } else if (words.first().startsWith("AUTH=")) {
            words.first().remove(0, 5);
        } else {
            continue;
        }
        for (const QByteArray &word : std::as_const(words)) {
            if (!word.isEmpty() && !mechanisms.contains(word))
                mechanisms.append(word);
        }
    }
    return mechanisms;
}

} // namespace Sluice
