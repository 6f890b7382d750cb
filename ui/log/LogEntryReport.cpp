// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogEntryReport.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// The engine's keys in the order a reader wants them; anything else follows in alphabetical order.
const QStringList &knownKeys()
{
    static const QStringList keys{
        u"entry"_s,   u"time"_s,     u"kind"_s,     u"trigger"_s,  u"peer"_s,      u"trigger-or-peer"_s,
        u"helo"_s,    u"dial"_s,     u"sent"_s,     u"received"_s, u"retrieval"_s, u"result"_s,
        u"summary"_s, u"duration"_s, u"finished"_s, u"errors"_s,   u"error"_s,     u"phases"_s};
    return keys;
}

QString labelFor(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {u"entry"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Entry")},
        {u"time"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Time")},
        {u"kind"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Kind")},
        {u"trigger"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Trigger")},
        {u"peer"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Peer")},
        {u"trigger-or-peer"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Trigger / peer")},
        {u"helo"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "HELO name")},
        {u"dial"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Dial")},
        {u"sent"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Messages sent")},
        {u"received"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Messages received")},
        {u"retrieval"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Retrieval reply")},
        {u"result"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Result")},
        {u"summary"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Summary")},
        {u"duration"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Duration")},
        {u"finished"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Finished")},
        {u"errors"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Errors")},
        {u"error"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Error")},
        {u"phases"_s, QT_TRANSLATE_NOOP("Sluice::LogEntryReport", "Phases")},
    };
    const auto found = labels.constFind(key);
    return found == labels.constEnd() ? key : LogEntryReport::tr(found.value());
}

QString valueFor(const QString &key, const QString &value)
{
    if (key == "time"_L1 || key == "finished"_L1) {
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (time.isValid())
            return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    } else if (key == "duration"_L1) {
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (ok)
            return LogEntryReport::tr("%1 s").arg(qRound64(seconds));
    } else if (key == "result"_L1) {
        if (value == "ok"_L1)
            return LogEntryReport::tr("Succeeded");
        if (value == "failed"_L1)
            return LogEntryReport::tr("Failed");
        if (value == "running"_L1)
            return LogEntryReport::tr("Running");
    }
    return value;
}

} // namespace

LogEntryReport LogEntryReport::fromPairs(const QString &entry, const QHash<QString, QString> &pairs)
{
    LogEntryReport details;
    details.entry = entry;
    details.transcript = pairs.value(u"transcript"_s);
    details.level = pairs.value(u"level"_s, pairs.value(u"log-level"_s));
    QStringList keys = pairs.keys();
    keys.removeAll(u"transcript"_s);
    keys.removeAll(u"level"_s);
    keys.removeAll(u"log-level"_s);
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = knownKeys().indexOf(a);
        const qsizetype ib = knownKeys().indexOf(b);
        if (ia >= 0 || ib >= 0)
            return ia >= 0 && (ib < 0 || ia < ib);
        return a < b;
    });
    if (!keys.contains(u"entry"_s))
        details.fields.append({labelFor(u"entry"_s), entry});
    for (const QString &key : std::as_const(keys))
        details.fields.append({labelFor(key), valueFor(key, pairs.value(key))});
    return details;
}

QString LogEntryReport::levelName(const QString &level)
{
    if (level == "none"_L1)
        return tr("None");
    if (level == "minimum"_L1)
        return tr("Minimum");
    if (level == "medium"_L1)
        return tr("Medium");
    if (level == "maximum"_L1)
        return tr("Maximum");
    return level;
}

QString LogEntryReport::levelNote() const
{
    const QString meaning = tr(
        "A transcript is stored at the logging level of the Diagnostics page when the session runs: None "
        "keeps no transcript, Minimum only connection events, Medium every command and reply, Maximum also "
        "the message headers. Passwords and AUTH data are never stored.");
    if (level.isEmpty())
        return meaning;
    return tr("Logging level now: %1.").arg(levelName(level)) + u' ' + meaning;
}

QString LogEntryReport::toText() const
{
    QString text;
    for (const auto &[label, value] : fields) {
        QString shown = value;
        shown.replace(u'\n', u"\n    "_s);
        text += tr("%1: %2").arg(label, shown) + u'\n';
    }
    text += u'\n' + levelNote() + u'\n';
    if (transcript.isEmpty()) {
        text += tr("(no transcript)") + u'\n';
    } else {
        text += transcript;
        if (!transcript.endsWith(u'\n'))
            text += u'\n';
    }
    return text;
}

} // namespace Sluice
