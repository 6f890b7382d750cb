// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigTransferSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sluice {

class Settings;

/// What an import did, or with a dry run would do.
struct ConfigImportResult
{
    bool ok = false;
    bool writeFailed = false; ///< the document was fine but the database could not be written
    QString error;            ///< translated, one sentence naming where the problem is (when !ok)
    bool changed = false;     ///< the configuration differs (dry run: would differ) from before
    QStringList summary;      ///< translated lines: what changed, by section
    /// Translated line naming every account whose password has to be entered again (empty when none):
    /// exports never carry passwords.
    QString passwords;
};

/// Export and import of the whole configuration (`sluice config export|import`, the console's Sluice
/// menu): one versioned JSON document (ConfigSnapshot::toJson). An import replaces the configuration,
/// as restoring a backup or copying a gateway expects: settings it does not list go back to their
/// defaults, tables hold exactly its rows. It is checked completely first (ConfigTransferReader) and
/// written in one SQLite transaction, so on any error nothing changes. Passwords are neither exported
/// nor imported.
class ConfigTransfer
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ConfigTransfer)
public:
    enum class Mode { Apply, DryRun };

    static QByteArray exportConfiguration(Settings &settings);
    /// Writes through a second connection to the same file, then lets settings pick the change up as it
    /// does any other process's (changed() for each setting, changedElsewhere() for the tables), so
    /// that everything showing the configuration in this process follows.
    static ConfigImportResult importConfiguration(Settings &settings, const QByteArray &data,
                                                  Mode mode = Mode::Apply);

    /// Reads an import file, never more than ConfigFormat::MaxInputBytes + 1 bytes (so that the size
    /// check can say "too large"); returns a translated error.
    static QString readFile(const QString &path, QByteArray *data);
    /// Writes an export atomically (QSaveFile), owner-only: it describes the gateway's accounts and
    /// hosts even without passwords. Returns a translated error.
    static QString writeFile(const QString &path, const QByteArray &data);

    /// Translated lines describing the difference between two configurations (empty when equal).
    static QStringList describeChanges(const ConfigSnapshot &before, const ConfigSnapshot &after);
    /// The accounts of snapshot that log in with a password, as a translated line (empty when none).
    static QString passwordsToEnter(const Settings &settings, const ConfigSnapshot &snapshot);

private:
    static QString apply(const Settings &settings, const ConfigSnapshot &snapshot);
};

} // namespace Sluice
