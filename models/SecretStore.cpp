// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

using namespace Qt::StringLiterals;

namespace Sluice {

QString SecretKey::part(const QString &text)
{
    // Only the separator and the escape character itself are escaped, so keys stay readable in a
    // keychain browser such as Seahorse ("smtp-auth/mail.example.org/me@example.org").
    QString escaped = text;
    escaped.replace(u'%', "%25"_L1);
    escaped.replace(u'/', "%2F"_L1);
    return escaped;
}

QString SecretKey::hostPart(const QString &host)
{
    // Host and domain names are case-insensitive: "Mail.Example.org" must find the same password.
    return part(host.trimmed().toLower());
}

QString SecretKey::smtpAuth(const QString &hostOrDomain, const QString &account)
{
    return "smtp-auth/"_L1 + hostPart(hostOrDomain) + u'/' + part(account);
}

QString SecretKey::dialup(const QString &profile, const QString &account)
{
    return "dialup/"_L1 + part(profile) + u'/' + part(account);
}

QString SecretKey::serverAccount(const QString &name)
{
    return "server-account/"_L1 + part(name);
}

SecretError SecretStore::notFoundError(const QString &key)
{
    return {SecretError::Kind::NotFound, tr("No password is stored for “%1”.").arg(key)};
}

} // namespace Sluice
