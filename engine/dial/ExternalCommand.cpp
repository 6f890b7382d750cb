// SPDX-License-Identifier: GPL-3.0-or-later
#include "dial/ExternalCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

/// "30", "0.5": seconds as people write them.
QString seconds(qint64 ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    QString text = QString::number(double(ms) / 1000.0, 'f', 1);
    if (text.endsWith(u".0"_s))
        text.chop(2);
    return text;
}

bool needsQuotes(const QString &word)
{
    if (word.isEmpty())
        return true;
    for (const QChar c : word) {
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u'\\')
            return true;
    }
    return false;
}

QString quoted(const QString &word)
{
    if (!needsQuotes(word))
        return word;
    // Single quotes keep everything literal; a single quote itself is closed, escaped and reopened.
    QString escaped = word;
    escaped.replace(u"'"_s, u"'\\''"_s);
    return QString(u'\'' + escaped + u'\'');
}
} // namespace

CommandLine CommandLine::parse(const QString &text, QString *error)
{
    // Words as a POSIX shell splits them, without any expansion: 'single quotes' keep everything,
    // "double quotes" keep everything but \" and \\, a backslash outside quotes escapes the next
    // character. Written here because Qt's QProcess::splitCommand knows only double quotes, and
    // admins write commands the way they would type them ("sh -c '...'").
    enum class Quote { None, Single, Double };
    QStringList words;
    QString word;
    bool wordStarted = false;
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            continue;
        case Quote::Double:
            if (c == u'"')
                quote = Quote::None;
            else if (c == u'\\' && i + 1 < text.size() && (text.at(i + 1) == u'"' || text.at(i + 1) == u'\\'))
                word += text.at(++i);
            else
                word += c;
            continue;
        case Quote::None:
            break;
        }
        if (c == u'\'' || c == u'"') {
            quote = c == u'\'' ? Quote::Single : Quote::Double;
            wordStarted = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word += text.at(++i);
            wordStarted = true;
        } else if (c.isSpace()) {
            if (wordStarted)
                words.append(word);
            word.clear();
            wordStarted = false;
        } else {
            word += c;
            wordStarted = true;
        }
    }
    if (quote != Quote::None) {
        if (error)
            *error = quote == Quote::Single ? tr("A single quote is not closed.")
                                            : tr("A double quote is not closed.");
        return {};
    }
    if (wordStarted)
        words.append(word);
    if (error)
        error->clear();
    CommandLine command;
    if (!words.isEmpty()) {
        command.program = words.takeFirst();
        command.arguments = words;
    }
    return command;
}

QString CommandLine::toText() const
{
    if (program.isEmpty() && arguments.isEmpty())
        return {};
    QStringList words{quoted(program)};
    for (const QString &argument : arguments)
        words.append(quoted(argument));
    return words.join(u' ');
}

QString CommandResult::describe() const
{
    if (!started) {
        return startError.isEmpty() ? tr("could not be started")
                                    : tr("could not be started: %1").arg(startError);
    }
    if (cancelled)
        return tr("was cancelled after %1 s").arg(seconds(elapsedMs));
    if (timedOut)
        return tr("did not finish within %1 s").arg(seconds(timeLimitMs));
    if (crashed)
        return tr("was ended by a signal");
    if (exitCode != 0)
        return tr("exited with status %1").arg(exitCode);
    return tr("finished successfully");
}

} // namespace Sluice
