// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "SqlTransaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

bool execute(QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

// Version 1: one row per explicitly set key. Values are the canonical text of the setting's type, so a
// hand-edited file or an older Sluice reads them back without a type column.
bool createSettingsTable(QSqlDatabase &database, QString *error)
{
    return execute(database, u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
                   error);
}

// Version 2: the E-Mail Domain list (Connections page): per-domain route and outbound security, and
// the provider-side "Queue messages for ETRN" flag. Secrets are not here: the keychain holds them.
bool createEmailDomainsTable(QSqlDatabase &database, QString *error)
{
    return execute(database,
                   u"CREATE TABLE email_domains ("
                   " domain TEXT PRIMARY KEY NOT NULL,"
                   " route TEXT NOT NULL DEFAULT 'dns',"
                   " host TEXT NOT NULL DEFAULT '',"
                   " port INTEGER NOT NULL DEFAULT 25,"
                   " tls TEXT NOT NULL DEFAULT 'opportunistic',"
                   " pinned_sha256 TEXT NOT NULL DEFAULT '',"
                   " auth TEXT NOT NULL DEFAULT 'none',"
                   " account TEXT NOT NULL DEFAULT '',"
                   " plaintext_auth INTEGER NOT NULL DEFAULT 0,"
                   " hold INTEGER NOT NULL DEFAULT 0)"_s,
                   error);
}

// Version 3: custom connection profiles (Dial-up Connections page): the commands that bring the link
// up and down and the probe that tells whether it is up. Discovered profiles (NetworkManager, pppd)
// are not stored: they are read from the machine each time.
bool createConnectionProfilesTable(QSqlDatabase &database, QString *error)
{
    return execute(database,
                   u"CREATE TABLE connection_profiles ("
                   " name TEXT PRIMARY KEY NOT NULL,"
                   " connect TEXT NOT NULL,"
                   " disconnect TEXT NOT NULL DEFAULT '',"
                   " probe TEXT NOT NULL DEFAULT '',"
                   " probe_timeout INTEGER NOT NULL DEFAULT 10)"_s,
                   error);
}

// Version 4: the accounts clients log in to Sluice's own SMTP server with (AUTH), and the domains each
// may pull with ATRN/TURN. The passwords are in the secret store (SecretKey::serverAccount), never here.
bool createServerAccountsTable(QSqlDatabase &database, QString *error)
{
    return execute(database,
                   u"CREATE TABLE server_accounts ("
                   " name TEXT PRIMARY KEY NOT NULL,"
                   " domains TEXT NOT NULL DEFAULT '')"_s,
                   error);
}

// Version 5: the Connections page's Hosts list (ordered accept/reject rules by address and mask, each
// with its own relay permission) and the Routing page's reroute table ("Sent to" -> "Route to").
bool createHostRulesAndRoutesTables(QSqlDatabase &database, QString *error)
{
    return execute(database,
                   u"CREATE TABLE host_rules ("
                   " position INTEGER PRIMARY KEY NOT NULL,"
                   " network TEXT NOT NULL,"
                   " action TEXT NOT NULL,"
                   " relay INTEGER NOT NULL DEFAULT 0)"_s,
                   error) &&
           execute(database,
                   u"CREATE TABLE routes ("
                   " sent_to TEXT PRIMARY KEY NOT NULL,"
                   " route_to TEXT NOT NULL)"_s,
                   error);
}

// Runs one step and the version bump as one transaction. The version is re-read inside it: another
// process may have migrated while this one waited for the write lock.
bool runStep(QSqlDatabase &database, const Migration &step, QString *reason)
{
    SqlTransaction transaction(database);
    if (!transaction.isActive()) {
        *reason = transaction.errorText();
        return false;
    }
    const int current = readSchemaVersion(database, reason);
    if (current < 0)
        return false;
    if (current >= step.toVersion)
        return true;
    if (!step.apply(database, reason))
        return false;
    // PRAGMA takes no bound parameters; toVersion is an int, so formatting it in is safe.
    if (!execute(database, u"PRAGMA user_version = %1"_s.arg(step.toVersion), reason))
        return false;
    if (!transaction.commit()) {
        *reason = transaction.errorText();
        return false;
    }
    return true;
}

} // namespace

QList<Migration> builtInMigrations()
{
    return {
        {1, QCoreApplication::translate("Sluice::Migrations", "create the settings table"),
         createSettingsTable},
        {2, QCoreApplication::translate("Sluice::Migrations", "create the e-mail domain table"),
         createEmailDomainsTable},
        {3, QCoreApplication::translate("Sluice::Migrations", "create the connection profile table"),
         createConnectionProfilesTable},
        {4, QCoreApplication::translate("Sluice::Migrations", "create the server account table"),
         createServerAccountsTable},
        {5, QCoreApplication::translate("Sluice::Migrations", "create the host rule and route tables"),
         createHostRulesAndRoutesTables},
    };
}

int latestSchemaVersion(const QList<Migration> &migrations)
{
    int latest = 0;
    for (const Migration &step : migrations)
        latest = std::max(latest, step.toVersion);
    return latest;
}

int readSchemaVersion(const QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool runMigrations(QSqlDatabase &database, const QList<Migration> &migrations, const QString &displayName,
                   QString *error)
{
    QString reason;
    const int start = readSchemaVersion(database, &reason);
    if (start < 0) {
        *error = QCoreApplication::translate(
                     "Sluice::Migrations",
                     "Could not read the schema version of the configuration database “%1”: %2")
                     .arg(displayName, reason);
        return false;
    }
    for (const Migration &step : migrations) {
        if (step.toVersion <= start)
            continue;
        reason.clear();
        if (!runStep(database, step, &reason)) {
            if (reason.isEmpty())
                reason = QCoreApplication::translate("Sluice::Migrations", "unknown error");
            *error = QCoreApplication::translate(
                         "Sluice::Migrations",
                         "Could not update the configuration database “%1” to schema version %2 "
                         "(%3): %4")
                         .arg(displayName, QString::number(step.toVersion), step.description, reason);
            return false;
        }
    }
    return true;
}

} // namespace Sluice
