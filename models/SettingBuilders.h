// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small builders for the settings table, shared by the files that declare settings
// (SettingsRegistry.cpp for the core ones, OutboundSettings.cpp for delivery and security).

#include "SettingsRegistry.h"

namespace Sluice::SettingBuilders {

using Validator = std::function<QString(const QString &)>;

inline std::function<QString(const SettingsEnvironment &)> fixed(const QString &text)
{
    return [text](const SettingsEnvironment &) {
        return text;
    };
}

inline SettingDefinition make(QLatin1StringView key, SettingDefinition::Type type, const QString &description,
                              std::function<QString(const SettingsEnvironment &)> defaultText,
                              const Validator &validate)
{
    SettingDefinition definition;
    definition.key = QString(key);
    definition.type = type;
    definition.description = description;
    definition.defaultText = std::move(defaultText);
    definition.validate = validate;
    return definition;
}

inline SettingDefinition integer(QLatin1StringView key, int defaultValue, int minimum, int maximum,
                                 const QString &description, const Validator &validate = {})
{
    SettingDefinition definition =
        make(key, SettingDefinition::Type::Int, description, fixed(QString::number(defaultValue)), validate);
    definition.minimum = minimum;
    definition.maximum = maximum;
    return definition;
}

inline SettingDefinition choice(QLatin1StringView key, const QStringList &choices,
                                const QString &defaultValue, const QString &description)
{
    SettingDefinition definition =
        make(key, SettingDefinition::Type::Enum, description, fixed(defaultValue), {});
    definition.choices = choices;
    return definition;
}

inline SettingDefinition text(QLatin1StringView key,
                              std::function<QString(const SettingsEnvironment &)> defaultText,
                              const QString &description, const Validator &validate)
{
    return make(key, SettingDefinition::Type::String, description, std::move(defaultText), validate);
}

inline SettingDefinition list(QLatin1StringView key, const QString &defaultValue, const QString &description,
                              const Validator &validate)
{
    return make(key, SettingDefinition::Type::List, description, fixed(defaultValue), validate);
}

inline SettingDefinition boolean(QLatin1StringView key, bool defaultValue, const QString &description)
{
    return make(key, SettingDefinition::Type::Bool, description,
                fixed(defaultValue ? QStringLiteral("true") : QStringLiteral("false")), {});
}

/// Empty text, or HOST[:PORT] as EmailDomainEntry::parseHostPort reads it (defined in OutboundSettings.cpp).
QString validateOptionalHostPort(const QString &text);
/// Addresses and CIDR networks, as relay.networks and etrn.hosts take them (defined in SettingsRegistry.cpp).
QString validateNetworkList(const QString &list);

} // namespace Sluice::SettingBuilders
