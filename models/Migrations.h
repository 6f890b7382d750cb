// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace Sluice {

/// One step of the configuration database's schema history. The version reached lives in
/// PRAGMA user_version, so a database knows how far it got without an extra table.
struct Migration
{
    int toVersion = 0;
    QString description; ///< translated: shown to the user when the step fails
    /// Changes the schema from toVersion - 1 to toVersion. Runs inside a transaction: on failure it sets
    /// *error and returns false, and everything it did is rolled back.
    std::function<bool(QSqlDatabase &database, QString *error)> apply;
};

/// The schema history, oldest first. Only ever append: a released step must never change, because
/// databases in the field have already run it.
QList<Migration> builtInMigrations();

/// The version the last step reaches (0 for an empty list).
int latestSchemaVersion(const QList<Migration> &migrations);

/// Reads PRAGMA user_version; returns -1 and sets *error when the database cannot be read.
int readSchemaVersion(const QSqlDatabase &database, QString *error);

/// Runs every step newer than the database's version, each in its own transaction together with the
/// user_version update, so a failing step leaves the database exactly as the previous step left it.
/// On failure *error names the file (displayName), the step and the reason.
bool runMigrations(QSqlDatabase &database, const QList<Migration> &migrations, const QString &displayName,
                   QString *error);

} // namespace Sluice
