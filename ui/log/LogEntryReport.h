// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace Sluice {

/// One connection log entry as "log-show" answers it, in the order and words the details dialog and
/// the export show it. The engine's pairs are taken as they come: fields this version does not know
/// are shown under their own names rather than dropped.
struct LogEntryReport
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::LogEntryReport)
public:
    QString entry;
    QList<QPair<QString, QString>> fields; ///< label, value; every field but the transcript
    QString transcript;                    ///< as stored: secrets were redacted when it was written
    QString level;                         ///< the logging level it was stored at, when the engine says

    static LogEntryReport fromPairs(const QString &entry, const QHash<QString, QString> &pairs);
    /// "Stored at the Medium level …": which Diagnostics level applies to the transcript.
    QString levelNote() const;
    /// Plain text: the fields as "Label: value" lines, then the transcript.
    QString toText() const;
    /// The translated name of a Diagnostics logging level ("medium" -> "Medium").
    static QString levelName(const QString &level);
};

} // namespace Sluice
