// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailDomainTable.h"

#include "SecretStore.h"
#include "Settings.h"
#include "smtp/SmtpAddress.h"

#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sluice {

const QStringList &EmailDomainEntry::tlsChoices()
{
    static const QStringList choices{u"opportunistic"_s, u"required"_s};
    return choices;
}

const QStringList &EmailDomainEntry::authChoices()
{
    static const QStringList choices{u"none"_s, u"any"_s, u"login"_s, u"plain"_s, u"cram-md5"_s};
    return choices;
}

bool EmailDomainEntry::isValidHost(const QString &host)
{
    if (host.endsWith(u'.'))
        return false; // a trailing dot would make every delivery fail: refuse it here
    return !QHostAddress(host).isNull() || isValidDomainName(host.toLatin1());
}

bool EmailDomainEntry::parseHostPort(const QString &text, QString *host, quint16 *port, QString *error)
{
    QString name = text.trimmed();
    quint16 number = 25;
    const qsizetype colon = name.lastIndexOf(u':');
    const bool bracketed = name.startsWith(u'[');
    if (colon > 0 && (bracketed ? name.at(colon - 1) == u']' : name.indexOf(u':') == colon)) {
        bool ok = false;
        const uint value = name.mid(colon + 1).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            *error = tr("“%1” is not a valid port.").arg(name.mid(colon + 1));
            return false;
        }
        number = quint16(value);
        name = name.left(colon);
    }
    if (bracketed && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (!isValidHost(name)) {
        *error = name.endsWith(u'.') ? tr("“%1” ends with a dot; write the host name without it.").arg(name)
                                     : tr("“%1” is not a valid host name or address.").arg(name);
        return false;
    }
    *host = name.toLower();
    *port = number;
    return true;
}

QString EmailDomainEntry::validate() const
{
    if (domain.endsWith(u'.'))
        return tr("“%1” ends with a dot; write the domain without it.").arg(domain);
    if (!isValidDomainName(domain.toLatin1()) || domain != domain.toLower())
        return tr("“%1” is not a valid domain name in lower case.").arg(domain);
    if (forward && !isValidHost(host))
        return tr("The host “%1” to forward %2 to is not a valid host name or address.").arg(host, domain);
    if (port == 0)
        return tr("The port for %1 must be between 1 and 65535.").arg(domain);
    if (!tlsChoices().contains(tls))
        return tr("TLS must be one of: %1.").arg(tlsChoices().join(u", "_s));
    if (!authChoices().contains(auth))
        return tr("Authentication must be one of: %1.").arg(authChoices().join(u", "_s));
    if (auth != "none"_L1 && account.isEmpty())
        return tr("Authentication for %1 needs an account name.").arg(domain);
    if (!pinnedSha256.isEmpty()) {
        const QByteArray hex = pinnedSha256.toLatin1();
        const bool isHex = hex.size() == 64 && QByteArray::fromHex(hex).toHex() == hex;
        if (!isHex)
            return tr("A pinned fingerprint is 64 lower-case hexadecimal digits (SHA-256).");
    }
    return {};
}

QString EmailDomainEntry::secretKey() const
{
    return SecretKey::smtpAuth(domain, account);
}

EmailDomainTable::EmailDomainTable(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(m_settings, &Settings::changedElsewhere, this, &EmailDomainTable::changed);
}

QList<EmailDomainEntry> EmailDomainTable::entries() const
{
    QList<EmailDomainEntry> entries;
    QSqlQuery query(m_settings->database());
    if (!query.exec(
            u"SELECT domain, route, host, port, tls, pinned_sha256, auth, account, plaintext_auth, hold"
            " FROM email_domains ORDER BY domain"_s))
        return entries;
    while (query.next()) {
        EmailDomainEntry entry;
        entry.domain = query.value(0).toString();
        entry.forward = query.value(1).toString() == "forward"_L1;
        entry.host = query.value(2).toString();
        entry.port = quint16(query.value(3).toUInt());
        entry.tls = query.value(4).toString();
        entry.pinnedSha256 = query.value(5).toString();
        entry.auth = query.value(6).toString();
        entry.account = query.value(7).toString();
        entry.plaintextAuth = query.value(8).toBool();
        entry.hold = query.value(9).toBool();
        // A row edited by hand into nonsense is skipped (and said so) rather than acted on.
        if (!entry.validate().isEmpty()) {
            qWarning("Ignoring the invalid e-mail domain entry %s", qUtf8Printable(entry.domain));
            continue;
        }
        entries.append(entry);
    }
    return entries;
}

QString EmailDomainTable::put(const EmailDomainEntry &entry)
{
    const QString problem = entry.validate();
    if (!problem.isEmpty())
        return problem;
    QSqlQuery query(m_settings->database());
    query.prepare(u"INSERT OR REPLACE INTO email_domains"
                  " (domain, route, host, port, tls, pinned_sha256, auth, account, plaintext_auth, hold)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entry.domain);
    query.addBindValue(entry.forward ? u"forward"_s : u"dns"_s);
    query.addBindValue(entry.forward ? entry.host : QString(u""_s));
    query.addBindValue(entry.port);
    query.addBindValue(entry.tls);
    query.addBindValue(entry.pinnedSha256);
    query.addBindValue(entry.auth);
    query.addBindValue(entry.account);
    query.addBindValue(entry.plaintextAuth ? 1 : 0);
    query.addBindValue(entry.hold ? 1 : 0);
    if (!query.exec())
        return tr("Could not save the e-mail domain %1: %2").arg(entry.domain, query.lastError().text());
    Q_EMIT changed();
    return {};
}

QString EmailDomainTable::remove(const QString &domain)
{
    QSqlQuery query(m_settings->database());
    query.prepare(u"DELETE FROM email_domains WHERE domain = ?"_s);
    query.addBindValue(domain.toLower());
    if (!query.exec())
        return tr("Could not remove the e-mail domain %1: %2").arg(domain, query.lastError().text());
    if (query.numRowsAffected() == 0)
        return tr("There is no e-mail domain %1.").arg(domain);
    Q_EMIT changed();
    return {};
}

} // namespace Sluice
