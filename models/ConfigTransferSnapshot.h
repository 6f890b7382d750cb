// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfileTable.h"
#include "EmailDomainTable.h"
#include "HostRuleTable.h"
#include "RouteTable.h"
#include "ServerAccountTable.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QString>

namespace Sluice {

class Settings;

/// The names used in an exported configuration document (`sluice config export`). Changing any of them
/// is a new format version: old exports must keep importing.
namespace ConfigFormat {
using namespace Qt::Literals::StringLiterals;
inline constexpr QLatin1StringView FormatName = "sluice-configuration"_L1;
inline constexpr int Version = 1;
inline constexpr qsizetype MaxInputBytes = 4 * 1024 * 1024;
inline constexpr int MaxNesting = 16;

inline constexpr QLatin1StringView Format = "format"_L1;
inline constexpr QLatin1StringView VersionKey = "version"_L1;
inline constexpr QLatin1StringView SettingsSection = "settings"_L1;
inline constexpr QLatin1StringView EmailDomains = "email_domains"_L1;
inline constexpr QLatin1StringView Profiles = "connection_profiles"_L1;
inline constexpr QLatin1StringView Accounts = "server_accounts"_L1;
inline constexpr QLatin1StringView HostRules = "host_rules"_L1;
inline constexpr QLatin1StringView Routes = "routes"_L1;
} // namespace ConfigFormat

/// The whole configuration of one gateway, as it is exported and imported: the settings the admin set
/// (explicit values only, as canonical text: a default stays a default, so that it can follow the
/// machine's name and data folder on the gateway it is copied to) and every table beside them. Never a
/// password: those live in the secret store.
struct ConfigSnapshot
{
    QMap<QString, QString> settings; ///< key -> canonical text; only keys this Sluice knows
    QList<EmailDomainEntry> emailDomains;
    QList<CustomProfileEntry> profiles;
    QList<ServerAccountEntry> accounts;
    QList<HostRuleEntry> hostRules; ///< in order: the first match wins
    QList<RouteEntry> routes;

    /// Reads the current configuration (the rows the tables would use; rows edited into nonsense by
    /// hand are left out, as the tables leave them out).
    static ConfigSnapshot capture(const Settings &settings);
    /// The document: sorted keys, indented, settings typed as the registry declares them.
    QByteArray toJson() const;

    bool operator==(const ConfigSnapshot &other) const
    {
        return settings == other.settings && emailDomains == other.emailDomains &&
               profiles == other.profiles && accounts == other.accounts && hostRules == other.hostRules &&
               routes == other.routes;
    }
    bool operator!=(const ConfigSnapshot &other) const { return !(*this == other); }
};

} // namespace Sluice
