// SPDX-License-Identifier: GPL-3.0-or-later
// The security of Sluice's own SMTP server: the certificate STARTTLS presents and whether AUTH may
// carry clear-text passwords. The accounts themselves live in ServerAccountTable.

#include "SettingBuilders.h"
#include "SettingKeys.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString validatePemPath(const QString &text)
{
    if (text.isEmpty() || QDir::isAbsolutePath(text))
        return {};
    return SettingDefinition::tr("Give an absolute path (or nothing for the self-signed certificate).");
}

} // namespace

QList<SettingDefinition> serverSecuritySettingDefinitions()
{
    using namespace SettingBuilders;
    return {
        text(Keys::SmtpTlsCertificate, fixed(QString()),
             SettingDefinition::tr("The PEM certificate (and chain) STARTTLS presents. Empty, with "
                                   "smtp.tls_key empty too: a self-signed certificate made in the data "
                                   "folder's tls/ on first use."),
             validatePemPath),
        text(Keys::SmtpTlsKey, fixed(QString()),
             SettingDefinition::tr("The unencrypted PEM private key of smtp.tls_certificate."),
             validatePemPath),
        boolean(Keys::SmtpPlaintextAuth, false,
                SettingDefinition::tr("Offer and accept AUTH PLAIN and LOGIN without TLS (the password "
                                      "crosses the network readable). CRAM-MD5 is always offered.")),
    };
}

} // namespace Sluice
