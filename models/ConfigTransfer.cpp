// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTransfer.h"

#include "ConfigDatabase.h"
#include "ConfigTransferReader.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "SqlTransaction.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// Runs a prepared statement with its values; false with *error set.
bool run(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

/// Never null: a null QString would be stored as SQL NULL in a NOT NULL column.
QVariant textValue(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

bool writeSnapshot(const QSqlDatabase &database, const ConfigSnapshot &snapshot, QString *error)
{
    QSqlQuery query(database);
    // Rows of keys this Sluice does not know stay, as Settings keeps them: a newer Sluice wrote them.
    query.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    for (const SettingDefinition &definition : settingDefinitions()) {
        if (!run(query, {definition.key}, error))
            return false;
    }
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    for (auto it = snapshot.settings.constBegin(); it != snapshot.settings.constEnd(); ++it) {
        if (!run(query, {it.key(), textValue(it.value())}, error))
            return false;
    }
    for (const QString &table :
         {u"email_domains"_s, u"connection_profiles"_s, u"server_accounts"_s, u"host_rules"_s, u"routes"_s}) {
        if (!query.exec(u"DELETE FROM "_s + table)) {
            *error = query.lastError().text();
            return false;
        }
    }
    // The same columns and encodings as the tables' own put() (EmailDomainTable.cpp and the others).
    query.prepare(u"INSERT INTO email_domains"
                  " (domain, route, host, port, tls, pinned_sha256, auth, account, plaintext_auth, hold)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const EmailDomainEntry &e : snapshot.emailDomains) {
        if (!run(query,
                 {e.domain, e.forward ? u"forward"_s : u"dns"_s, textValue(e.forward ? e.host : QString()),
                  e.port, e.tls, textValue(e.pinnedSha256), e.auth, textValue(e.account),
                  e.plaintextAuth ? 1 : 0, e.hold ? 1 : 0},
                 error))
            return false;
    }
    query.prepare(u"INSERT INTO connection_profiles (name, connect, disconnect, probe, probe_timeout)"
                  " VALUES (?, ?, ?, ?, ?)"_s);
    for (const CustomProfileEntry &e : snapshot.profiles) {
        if (!run(query,
                 {e.name, e.connect, textValue(e.disconnect), textValue(e.probe), e.probeTimeoutSeconds},
                 error))
            return false;
    }
    query.prepare(u"INSERT INTO server_accounts (name, domains) VALUES (?, ?)"_s);
    for (const ServerAccountEntry &e : snapshot.accounts) {
        if (!run(query, {e.name, textValue(e.domains.join(u','))}, error))
            return false;
    }
    query.prepare(u"INSERT INTO host_rules (position, network, action, relay) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < snapshot.hostRules.size(); ++i) {
        const HostRuleEntry &e = snapshot.hostRules.at(i);
        if (!run(query, {int(i + 1), e.network, e.accept ? u"accept"_s : u"reject"_s, e.relay ? 1 : 0},
                 error))
            return false;
    }
    query.prepare(u"INSERT INTO routes (sent_to, route_to) VALUES (?, ?)"_s);
    for (const RouteEntry &e : snapshot.routes) {
        if (!run(query, {e.sentTo, e.routeTo}, error))
            return false;
    }
    return true;
}

/// "added a, b; removed c; changed d" for a table keyed by name(entry), or an empty string.
template<typename Entry>
QString tableChanges(const QList<Entry> &before, const QList<Entry> &after,
                     const std::function<QString(const Entry &)> &name)
{
    QStringList added, removed, changed;
    for (const Entry &entry : after) {
        const auto old = std::find_if(before.begin(), before.end(),
                                      [&](const Entry &e) { return name(e) == name(entry); });
        if (old == before.end())
            added << name(entry);
        else if (!(*old == entry))
            changed << name(entry);
    }
    for (const Entry &entry : before) {
        if (std::none_of(after.begin(), after.end(), [&](const Entry &e) { return name(e) == name(entry); }))
            removed << name(entry);
    }
    QStringList parts;
    if (!added.isEmpty())
        parts << ConfigTransfer::tr("added %1").arg(added.join(u", "_s));
    if (!removed.isEmpty())
        parts << ConfigTransfer::tr("removed %1").arg(removed.join(u", "_s));
    if (!changed.isEmpty())
        parts << ConfigTransfer::tr("changed %1").arg(changed.join(u", "_s));
    return parts.join(u"; "_s);
}

} // namespace

QByteArray ConfigTransfer::exportConfiguration(Settings &settings)
{
    settings.reloadIfChangedElsewhere();
    return ConfigSnapshot::capture(settings).toJson();
}

ConfigImportResult ConfigTransfer::importConfiguration(Settings &settings, const QByteArray &data, Mode mode)
{
    ConfigImportResult result;
    ConfigSnapshot snapshot;
    if (!ConfigTransferReader::read(data, &snapshot, &result.error))
        return result;
    settings.reloadIfChangedElsewhere();
    const ConfigSnapshot before = ConfigSnapshot::capture(settings);
    result.summary = describeChanges(before, snapshot);
    result.changed = before != snapshot;
    result.passwords = passwordsToEnter(settings, snapshot);
    if (mode == Mode::Apply && result.changed) {
        if (const QString error = apply(settings, snapshot); !error.isEmpty()) {
            result.error = error;
            result.writeFailed = true;
            return result;
        }
        settings.reloadIfChangedElsewhere();
    }
    result.ok = true;
    return result;
}

QString ConfigTransfer::apply(const Settings &settings, const ConfigSnapshot &snapshot)
{
    QString error;
    const auto database = ConfigDatabase::open(settings.databasePath(), &error);
    if (!database)
        return error;
    const QString failure = tr("The configuration could not be saved in “%1”, so nothing was changed: %2");
    SqlTransaction transaction(database->database());
    if (!transaction.isActive())
        return failure.arg(settings.databasePath(), transaction.errorText());
    if (!writeSnapshot(database->database(), snapshot, &error))
        return failure.arg(settings.databasePath(), error);
    if (!transaction.commit())
        return failure.arg(settings.databasePath(), transaction.errorText());
    return {};
}

QStringList ConfigTransfer::describeChanges(const ConfigSnapshot &before, const ConfigSnapshot &after)
{
    QStringList lines;
    QStringList set, reset;
    for (auto it = after.settings.constBegin(); it != after.settings.constEnd(); ++it) {
        if (before.settings.value(it.key()) != it.value() || !before.settings.contains(it.key()))
            set << it.key();
    }
    for (auto it = before.settings.constBegin(); it != before.settings.constEnd(); ++it) {
        if (!after.settings.contains(it.key()))
            reset << it.key();
    }
    if (!set.isEmpty())
        lines << tr("Settings set: %1.").arg(set.join(u", "_s));
    if (!reset.isEmpty())
        lines << tr("Settings back to their defaults: %1.").arg(reset.join(u", "_s));
    const QString line = tr("%1: %2.");
    if (const QString changes = tableChanges<EmailDomainEntry>(before.emailDomains, after.emailDomains,
                                                               [](const auto &e) { return e.domain; });
        !changes.isEmpty())
        lines << line.arg(tr("E-mail domains"), changes);
    if (const QString changes = tableChanges<CustomProfileEntry>(before.profiles, after.profiles,
                                                                 [](const auto &e) { return e.name; });
        !changes.isEmpty())
        lines << line.arg(tr("Connection profiles"), changes);
    if (const QString changes = tableChanges<ServerAccountEntry>(before.accounts, after.accounts,
                                                                 [](const auto &e) { return e.name; });
        !changes.isEmpty())
        lines << line.arg(tr("Server accounts"), changes);
    if (before.hostRules != after.hostRules) {
        lines << tr("Hosts list replaced: %1 rules before, %2 now.")
                     .arg(before.hostRules.size())
                     .arg(after.hostRules.size());
    }
    if (const QString changes =
            tableChanges<RouteEntry>(before.routes, after.routes, [](const auto &e) { return e.sentTo; });
        !changes.isEmpty())
        lines << line.arg(tr("Routes"), changes);
    return lines;
}

QString ConfigTransfer::passwordsToEnter(const Settings &settings, const ConfigSnapshot &snapshot)
{
    const auto value = [&](QLatin1StringView key) {
        return snapshot.settings.value(QString(key), settings.defaultText(key));
    };
    QStringList accounts;
    if (value(Keys::SmarthostAuth) != "none"_L1 && !value(Keys::SmarthostAccount).isEmpty())
        accounts << tr("the smarthost account “%1”").arg(value(Keys::SmarthostAccount));
    const QString retrievalAuth = value(Keys::RetrievalAuth);
    if (retrievalAuth != "none"_L1 && retrievalAuth != "smarthost"_L1 &&
        !value(Keys::RetrievalAccount).isEmpty())
        accounts << tr("the mail retrieval account “%1”").arg(value(Keys::RetrievalAccount));
    if (!value(Keys::DialupAccount).isEmpty())
        accounts << tr("the dial-up account “%1”").arg(value(Keys::DialupAccount));
    for (const EmailDomainEntry &entry : snapshot.emailDomains) {
        if (entry.auth != "none"_L1)
            accounts << tr("the account “%1” of the e-mail domain %2").arg(entry.account, entry.domain);
    }
    for (const ServerAccountEntry &entry : snapshot.accounts)
        accounts << tr("the server account “%1”").arg(entry.name);
    if (accounts.isEmpty())
        return {};
    return tr("Passwords are never exported, so enter them again (unless this computer's password store "
              "already has them) for %1.")
        .arg(accounts.join(u"; "_s));
}

QString ConfigTransfer::readFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read “%1”: %2").arg(path, file.errorString());
    *data = file.read(ConfigFormat::MaxInputBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return tr("Could not read “%1”: %2").arg(path, file.errorString());
    return {};
}

QString ConfigTransfer::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return tr("Could not write “%1”: %2").arg(path, file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    // Set on the temporary file before it replaces the target: the export is never readable by others,
    // not even for a moment, and an existing file's looser mode is not kept.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size())
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

} // namespace Sluice
