// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Sluice {

/// The configuration database file: one SQLite connection of its own, checked and migrated on open.
///
/// A file that cannot be read, is no SQLite database, fails SQLite's integrity check or carries a
/// schema newer than this Sluice is refused with a message naming it, and is never written: the user
/// may need it back after a downgrade or a restore from backup.
class ConfigDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ConfigDatabase)
public:
    /// Opens (creating file and folder when missing) and migrates with the built-in schema history.
    static std::unique_ptr<ConfigDatabase> open(const QString &path, QString *errorMessage);
    /// The same with a given history: tests add failing steps through it.
    static std::unique_ptr<ConfigDatabase> open(const QString &path, const QList<Migration> &migrations,
                                                QString *errorMessage);
    ~ConfigDatabase();

    ConfigDatabase(const ConfigDatabase &) = delete;
    ConfigDatabase &operator=(const ConfigDatabase &) = delete;

    QString path() const { return m_path; }
    /// The connection; valid for the lifetime of this object only.
    QSqlDatabase database() const;
    /// PRAGMA data_version: changes whenever another connection (usually another process) commits.
    /// Returns -1 when the query fails.
    qint64 dataVersion() const;

private:
    explicit ConfigDatabase(const QString &path);
    bool checkFileBeforeOpening(QString *errorMessage) const;
    bool checkContents(int newestKnownVersion, QString *errorMessage);
    bool configureConnection(QString *errorMessage);
    QString displayName() const;

    QString m_path;
    QString m_connectionName;
};

} // namespace Sluice
