// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteTable.h"

#include "EmailDomainTable.h"
#include "Settings.h"
#include "smtp/SmtpAddress.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

RouteEntry normalised(const RouteEntry &entry)
{
    return RouteEntry{entry.sentTo.trimmed().toLower(), entry.routeTo.trimmed().toLower()};
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString RouteEntry::validate() const
{
    const RouteEntry entry = normalised(*this);
    const QString domain = entry.domain();
    if (domain.isEmpty())
        return tr("“Sent to” needs a domain, such as example.com or #example.com.");
    if (domain.endsWith(u'.'))
        return tr("“%1” ends with a dot; write the domain without it.").arg(domain);
    if (!isAscii(domain) || !isValidDomainName(domain.toLatin1()))
        return tr("“%1” is not a valid domain name.").arg(domain);
    if (entry.routeTo.isEmpty())
        return tr("Mail for %1 needs a domain or HOST:PORT to be routed to.").arg(entry.sentTo);
    // A domain (its route is used) or a host, with an optional port; IPv6 addresses in brackets.
    QString host;
    quint16 port = 0;
    QString error;
    if (!isAscii(entry.routeTo) || !EmailDomainEntry::parseHostPort(entry.routeTo, &host, &port, &error))
        return tr("Cannot route %1 to “%2”: %3").arg(entry.sentTo, entry.routeTo, error);
    return {};
}

RouteTable::RouteTable(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(m_settings, &Settings::changedElsewhere, this, &RouteTable::changed);
}

QList<RouteEntry> RouteTable::entries() const
{
    return read(*m_settings);
}

QList<RouteEntry> RouteTable::read(const Settings &settings)
{
    QList<RouteEntry> entries;
    QSqlQuery query(settings.database());
    if (!query.exec(u"SELECT sent_to, route_to FROM routes ORDER BY sent_to"_s))
        return entries;
    while (query.next()) {
        const RouteEntry entry{query.value(0).toString(), query.value(1).toString()};
        // A row edited by hand into nonsense is skipped (and said so) rather than routed by.
        if (!entry.validate().isEmpty() || !(normalised(entry) == entry)) {
            qWarning("Ignoring the invalid route for %s", qUtf8Printable(entry.sentTo));
            continue;
        }
        entries.append(entry);
    }
    return entries;
}

QString RouteTable::put(const RouteEntry &entry)
{
    const QString problem = entry.validate();
    if (!problem.isEmpty())
        return problem;
    const RouteEntry row = normalised(entry);
    QSqlQuery query(m_settings->database());
    query.prepare(u"INSERT OR REPLACE INTO routes (sent_to, route_to) VALUES (?, ?)"_s);
    query.addBindValue(row.sentTo);
    query.addBindValue(row.routeTo);
    if (!query.exec())
        return tr("Could not save the route for %1: %2").arg(row.sentTo, query.lastError().text());
    Q_EMIT changed();
    return {};
}

QString RouteTable::remove(const QString &sentTo)
{
    const QString key = sentTo.trimmed().toLower();
    QSqlQuery query(m_settings->database());
    query.prepare(u"DELETE FROM routes WHERE sent_to = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return tr("Could not remove the route for %1: %2").arg(key, query.lastError().text());
    if (query.numRowsAffected() == 0)
        return tr("There is no route for %1.").arg(key);
    Q_EMIT changed();
    return {};
}

} // namespace Sluice
