// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunPlan.h"

#include "EmailDomainTable.h"
#include "LinkBinder.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"

using namespace Qt::StringLiterals;

namespace Sluice {

void FirstRunPlan::set(QLatin1StringView key, const QString &value, const QString &label,
                       const QString &shown)
{
    for (Setting &setting : m_settings) {
        if (setting.key == key) {
            setting = {QString(key), value, label, shown};
            return;
        }
    }
    m_settings.append({QString(key), value, label, shown});
}

void FirstRunPlan::addSecret(SecretFor target, const QString &password, const QString &label)
{
    m_secrets.append({target, password, label});
}

QString FirstRunPlan::summaryText() const
{
    QStringList lines;
    for (const Setting &setting : m_settings) {
        const QString value = setting.shown.isEmpty() ? setting.value : setting.shown;
        lines << tr("%1: %2").arg(setting.label, value.isEmpty() ? tr("(none)") : value)
              << tr("    (%1 = %2)").arg(setting.key, setting.value);
    }
    for (const Secret &secret : m_secrets)
        lines << tr("%1: will be stored in the keychain (not shown)").arg(secret.label);
    return lines.join(u'\n');
}

QString FirstRunPlan::write(Settings *settings) const
{
    // A half-written configuration would leave the engine on a mix of old and new answers: check all
    // values with the registry's own parser first, as Settings::setText will.
    for (const Setting &setting : m_settings) {
        const SettingDefinition *definition = settings->definition(setting.key);
        if (!definition)
            return tr("Sluice does not know the setting %1.").arg(setting.key);
        QString canonical;
        if (const QString error = definition->canonicalize(setting.value, &canonical); !error.isEmpty())
            return tr("%1: %2").arg(setting.label, error);
    }
    for (const Setting &setting : m_settings) {
        if (const QString error = settings->setText(setting.key, setting.value); !error.isEmpty())
            return tr("%1 could not be saved: %2").arg(setting.label, error);
    }
    return {};
}

QString FirstRunPlan::secretKey(SecretFor target, const Settings &settings)
{
    if (target == SecretFor::Retrieval)
        return LinkBinder::retrievalSecretKey(settings);
    return smarthostSecretKey(settings.stringValue(Keys::Smarthost),
                              settings.stringValue(Keys::SmarthostAccount));
}

QString FirstRunPlan::smarthostSecretKey(const QString &hostAndPort, const QString &account)
{
    QString host;
    quint16 port = 0;
    QString error;
    if (account.isEmpty() || !EmailDomainEntry::parseHostPort(hostAndPort, &host, &port, &error))
        return {};
    return SecretKey::smtpAuth(host, account);
}

} // namespace Sluice
