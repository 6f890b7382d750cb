// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDatabase.h"

#include "DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// Every SQLite 3 file starts with these 16 octets. Checking them ourselves refuses a foreign file
// before SQLite gets a chance to treat it as anything.
constexpr QByteArrayView sqliteHeader("SQLite format 3\0", 16);

// Connection names are global to the process; several instances (the service and a test's second
// Settings object) must never share one.
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"sluice-config-%1"_s.arg(++counter);
}

bool execute(const QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

ConfigDatabase::ConfigDatabase(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(nextConnectionName())
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    database.setDatabaseName(m_path);
}

ConfigDatabase::~ConfigDatabase()
{
    // removeDatabase() warns while a QSqlDatabase handle to the connection is alive: drop ours first.
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<ConfigDatabase> ConfigDatabase::open(const QString &path, QString *errorMessage)
{
    return open(path, builtInMigrations(), errorMessage);
}

std::unique_ptr<ConfigDatabase> ConfigDatabase::open(const QString &path, const QList<Migration> &migrations,
                                                     QString *errorMessage)
{
    QString error;
    std::unique_ptr<ConfigDatabase> result(new ConfigDatabase(path));
    const bool ok = [&] {
        QString folderError;
        if (!createDataDirectory(QFileInfo(result->m_path).absolutePath(), &folderError)) {
            error = tr("Could not create the configuration database “%1”: %2")
                        .arg(result->displayName(), folderError);
            return false;
        }
        if (!result->checkFileBeforeOpening(&error))
            return false;
        QSqlDatabase database = result->database();
        if (!database.open()) {
            error = tr("Could not open the configuration database “%1”: %2")
                        .arg(result->displayName(), database.lastError().text());
            return false;
        }
        return result->checkContents(latestSchemaVersion(migrations), &error) &&
               result->configureConnection(&error) &&
               runMigrations(database, migrations, result->displayName(), &error);
    }();
    if (ok)
        return result;
    if (errorMessage)
        *errorMessage = error;
    return nullptr;
}

QSqlDatabase ConfigDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

qint64 ConfigDatabase::dataVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString ConfigDatabase::displayName() const
{
    return QDir::toNativeSeparators(m_path);
}

// Permission and file-type problems are found with plain file access, which gives clearer reasons
// than SQLite's "unable to open database file".
bool ConfigDatabase::checkFileBeforeOpening(QString *errorMessage) const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return true; // a fresh database
    if (!info.isFile()) {
        *errorMessage = tr("The configuration database “%1” is not a file.").arg(displayName());
        return false;
    }
    // ReadWrite neither truncates nor creates here: the file exists, and nothing is written to it.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite)) {
        *errorMessage = tr("Cannot open the configuration database “%1” for reading and writing: %2")
                            .arg(displayName(), file.errorString());
        return false;
    }
    const QByteArray header = file.read(sqliteHeader.size());
    if (!header.isEmpty() && QByteArrayView(header) != sqliteHeader) {
        *errorMessage = tr("The file “%1” is not an SQLite database. It has been left unchanged; move it "
                           "away or restore the configuration from a backup.")
                            .arg(displayName());
        return false;
    }
    return true;
}

// Only reads: this runs before anything may be written to a file that turns out to be foreign.
bool ConfigDatabase::checkContents(int newestKnownVersion, QString *errorMessage)
{
    const auto corrupt = [&](const QString &reason) {
        *errorMessage = tr("The configuration database “%1” is damaged (%2). It has been left unchanged; "
                           "move it away or restore it from a backup.")
                            .arg(displayName(), reason);
        return false;
    };
    QString reason;
    // Waiting for a lock held by another process must not look like damage.
    if (!execute(database(), u"PRAGMA busy_timeout = 5000"_s, &reason))
        return corrupt(reason);
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA schema_version"_s) || !query.next())
        return corrupt(query.lastError().text());
    if (!query.exec(u"PRAGMA quick_check"_s))
        return corrupt(query.lastError().text());
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (query.lastError().isValid())
        return corrupt(query.lastError().text());
    if (problems != QStringList{u"ok"_s})
        return corrupt(problems.join("; "_L1));
    query.finish();

    const int version = readSchemaVersion(database(), &reason);
    if (version < 0)
        return corrupt(reason);
    if (version > newestKnownVersion) {
        *errorMessage =
            tr("The configuration database “%1” was written by a newer version of Sluice "
               "(schema version %2; this version knows up to %3). It has been left unchanged.")
                .arg(displayName(), QString::number(version), QString::number(newestKnownVersion));
        return false;
    }
    return true;
}

// WAL lets the command line read and write while the service holds the database open; FULL
// synchronous makes a confirmed setting survive a power cut.
bool ConfigDatabase::configureConnection(QString *errorMessage)
{
    QString reason;
    const bool ok = execute(database(), u"PRAGMA journal_mode = WAL"_s, &reason) &&
                    execute(database(), u"PRAGMA synchronous = FULL"_s, &reason) &&
                    execute(database(), u"PRAGMA foreign_keys = ON"_s, &reason);
    if (!ok) {
        *errorMessage =
            tr("Could not configure the configuration database “%1”: %2").arg(displayName(), reason);
    }
    return ok;
}

} // namespace Sluice
