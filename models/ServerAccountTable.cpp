// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAccountTable.h"

#include "EmailDomainTable.h"
#include "Settings.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QStringList normalisedDomains(const QStringList &domains)
{
    QStringList out;
    for (const QString &domain : domains) {
        const QString lower = domain.trimmed().toLower();
        if (!lower.isEmpty() && !out.contains(lower))
            out.append(lower);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

bool ServerAccountEntry::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name.startsWith(u'-'))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'.' || c == u'_' || c == u'-' || c == u'+' || c == u'@';
    });
}

QString ServerAccountEntry::validate() const
{
    if (!isValidName(name))
        return tr("An account name is 1 to 64 letters, digits and . _ - + @, and does not begin with -.");
    for (const QString &domain : domains) {
        if (!EmailDomainEntry::isValidHost(domain.trimmed().toLower()))
            return tr("“%1” is not a domain name.").arg(domain);
    }
    return {};
}

ServerAccountTable::ServerAccountTable(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(m_settings, &Settings::changedElsewhere, this, &ServerAccountTable::changed);
}

QList<ServerAccountEntry> ServerAccountTable::entries() const
{
    return read(*m_settings);
}

QList<ServerAccountEntry> ServerAccountTable::read(const Settings &settings)
{
    QList<ServerAccountEntry> entries;
    QSqlQuery query(settings.database());
    if (!query.exec(u"SELECT name, domains FROM server_accounts ORDER BY name"_s))
        return entries;
    while (query.next()) {
        ServerAccountEntry entry;
        entry.name = query.value(0).toString();
        entry.domains = normalisedDomains(query.value(1).toString().split(u',', Qt::SkipEmptyParts));
        // A row edited by hand into nonsense is skipped (and said so) rather than logged in with.
        if (!entry.validate().isEmpty()) {
            qWarning("Ignoring the invalid server account %s", qUtf8Printable(entry.name));
            continue;
        }
        entries.append(entry);
    }
    return entries;
}

bool ServerAccountTable::contains(const QString &name) const
{
    const QList<ServerAccountEntry> all = entries();
    return std::any_of(all.cbegin(), all.cend(), [&](const ServerAccountEntry &e) { return e.name == name; });
}

QString ServerAccountTable::put(ServerAccountEntry entry)
{
    const QString problem = entry.validate();
    if (!problem.isEmpty())
        return problem;
    entry.domains = normalisedDomains(entry.domains);
    QSqlQuery query(m_settings->database());
    query.prepare(u"INSERT OR REPLACE INTO server_accounts (name, domains) VALUES (?, ?)"_s);
    query.addBindValue(entry.name);
    query.addBindValue(entry.domains.join(u','));
    if (!query.exec())
        return tr("Could not save the account %1: %2").arg(entry.name, query.lastError().text());
    Q_EMIT changed();
    return {};
}

QString ServerAccountTable::remove(const QString &name)
{
    QSqlQuery query(m_settings->database());
    query.prepare(u"DELETE FROM server_accounts WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return tr("Could not remove the account %1: %2").arg(name, query.lastError().text());
    if (query.numRowsAffected() == 0)
        return tr("There is no account %1.").arg(name);
    Q_EMIT changed();
    return {};
}

} // namespace Sluice
