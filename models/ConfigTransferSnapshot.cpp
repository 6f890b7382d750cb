// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTransferSnapshot.h"

#include "Settings.h"
#include "SettingsRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QJsonValue typedValue(const SettingDefinition &definition, const QString &canonical)
{
    switch (definition.type) {
    case SettingDefinition::Type::Int:
        return canonical.toInt();
    case SettingDefinition::Type::Bool:
        return canonical == "true"_L1;
    case SettingDefinition::Type::List:
        return QJsonArray::fromStringList(SettingDefinition::splitList(canonical));
    case SettingDefinition::Type::String:
    case SettingDefinition::Type::Enum:
        break;
    }
    return canonical;
}

QJsonObject toJson(const EmailDomainEntry &entry)
{
    return QJsonObject{
        {u"domain"_s, entry.domain},
        {u"forward"_s, entry.forward},
        {u"host"_s, entry.host},
        {u"port"_s, int(entry.port)},
        {u"tls"_s, entry.tls},
        {u"pinned_sha256"_s, entry.pinnedSha256},
        {u"auth"_s, entry.auth},
        {u"account"_s, entry.account},
        {u"plaintext_auth"_s, entry.plaintextAuth},
        {u"hold"_s, entry.hold},
    };
}

QJsonObject toJson(const CustomProfileEntry &entry)
{
    return QJsonObject{
        {u"name"_s, entry.name},
        {u"connect"_s, entry.connect},
        {u"disconnect"_s, entry.disconnect},
        {u"probe"_s, entry.probe},
        {u"probe_timeout"_s, entry.probeTimeoutSeconds},
    };
}

QJsonObject toJson(const ServerAccountEntry &entry)
{
    return QJsonObject{{u"name"_s, entry.name}, {u"domains"_s, QJsonArray::fromStringList(entry.domains)}};
}

QJsonObject toJson(const HostRuleEntry &entry)
{
    return QJsonObject{{u"network"_s, entry.network},
                       {u"action"_s, entry.accept ? u"accept"_s : u"reject"_s},
                       {u"relay"_s, entry.relay}};
}

QJsonObject toJson(const RouteEntry &entry)
{
    return QJsonObject{{u"sent_to"_s, entry.sentTo}, {u"route_to"_s, entry.routeTo}};
}

template<typename Entry> QJsonArray toJsonArray(const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &entry : entries)
        array.append(toJson(entry));
    return array;
}

} // namespace

ConfigSnapshot ConfigSnapshot::capture(const Settings &settings)
{
    ConfigSnapshot snapshot;
    for (const SettingDefinition &definition : settingDefinitions()) {
        if (settings.isExplicit(definition.key))
            snapshot.settings.insert(definition.key, settings.text(definition.key));
    }
    // The tables only read through the Settings object; none of them changes it.
    auto &writable = const_cast<Settings &>(settings);
    snapshot.emailDomains = EmailDomainTable(&writable).entries();
    snapshot.profiles = ConnectionProfileTable::read(settings);
    snapshot.accounts = ServerAccountTable::read(settings);
    snapshot.hostRules = HostRuleTable::read(settings);
    snapshot.routes = RouteTable::read(settings);
    return snapshot;
}

QByteArray ConfigSnapshot::toJson() const
{
    QJsonObject settingsObject;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (const SettingDefinition *definition = findSettingDefinition(it.key()))
            settingsObject.insert(it.key(), typedValue(*definition, it.value()));
    }
    // QJsonObject keeps its keys sorted, so the document diffs well and two exports of the same
    // configuration are byte for byte the same.
    const QJsonObject root{
        {ConfigFormat::Format, QString(ConfigFormat::FormatName)},
        {ConfigFormat::VersionKey, ConfigFormat::Version},
        {ConfigFormat::SettingsSection, settingsObject},
        {ConfigFormat::EmailDomains, toJsonArray(emailDomains)},
        {ConfigFormat::Profiles, toJsonArray(profiles)},
        {ConfigFormat::Accounts, toJsonArray(accounts)},
        {ConfigFormat::HostRules, toJsonArray(hostRules)},
        {ConfigFormat::Routes, toJsonArray(routes)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Sluice
