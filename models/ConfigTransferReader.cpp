// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTransferReader.h"

#include "ConfigTransferJson.h"
#include "SettingsRegistry.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// Field names that would carry a password. Exports never have them; an import that does is refused
/// with its own message rather than "unknown field", so the admin knows why.
bool isSecretName(const QString &name)
{
    static const QStringList words{u"password"_s, u"passwd"_s, u"passphrase"_s, u"secret"_s,
                                   u"pass"_s,     u"pwd"_s,    u"token"_s,      u"credentials"_s};
    static const QRegularExpression separators(u"[._\\-\\s]+"_s);
    const QStringList parts = name.toLower().split(separators, Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [](const QString &part) { return words.contains(part); });
}

} // namespace

bool ConfigTransferReader::read(const QByteArray &data, ConfigSnapshot *snapshot, QString *error)
{
    QJsonObject root;
    if (!ConfigTransferJson::parse(data, &root, error))
        return false;
    ConfigTransferReader reader(error);
    ConfigSnapshot result;
    if (!reader.readDocument(root, &result))
        return false;
    *snapshot = result;
    return true;
}

bool ConfigTransferReader::fail(const QString &path, const QString &reason)
{
    *m_error = path.isEmpty() ? reason : tr("%1: %2").arg(path, reason);
    return false;
}

bool ConfigTransferReader::readDocument(const QJsonObject &root, ConfigSnapshot *snapshot)
{
    using namespace ConfigFormat;
    const QJsonValue format = root.value(Format);
    if (format != QJsonValue(QString(FormatName))) {
        return fail(
            {}, tr("This is not a Sluice configuration export: its “format” is not “%1”.").arg(FormatName));
    }
    const QJsonValue version = root.value(VersionKey);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return fail(VersionKey, tr("The format version must be a whole number from 1."));
    if (version.toDouble() > Version) {
        return fail(VersionKey,
                    tr("This configuration was exported by a newer Sluice (format version %1); this Sluice "
                       "reads version %2, so update it first.")
                        .arg(QString::number(version.toDouble(), 'f', 0))
                        .arg(Version));
    }
    const QList<QLatin1StringView> sections{SettingsSection, EmailDomains, Profiles,
                                            Accounts,        HostRules,    Routes};
    QStringList known{Format, VersionKey};
    for (QLatin1StringView section : sections)
        known << section;
    if (!checkKeys(root, {}, known))
        return false;
    for (QLatin1StringView section : sections) {
        if (!root.contains(section)) {
            return fail(section, tr("This section is missing; an export lists every section, empty or not, "
                                    "because an import replaces the whole configuration."));
        }
    }
    return readSettings(root.value(SettingsSection), &snapshot->settings) &&
           readTable<EmailDomainEntry>(root, EmailDomains, &snapshot->emailDomains,
                                       &ConfigTransferReader::readEmailDomain,
                                       [](const EmailDomainEntry &e) { return e.domain; }) &&
           readTable<CustomProfileEntry>(root, Profiles, &snapshot->profiles,
                                         &ConfigTransferReader::readProfile,
                                         [](const CustomProfileEntry &e) { return e.name; }) &&
           readTable<ServerAccountEntry>(root, Accounts, &snapshot->accounts,
                                         &ConfigTransferReader::readAccount,
                                         [](const ServerAccountEntry &e) { return e.name; }) &&
           readTable<HostRuleEntry>(
               root, HostRules, &snapshot->hostRules, &ConfigTransferReader::readHostRule,
               [](const HostRuleEntry &e) { return HostRuleEntry::normalisedNetwork(e.network); }) &&
           readTable<RouteEntry>(root, Routes, &snapshot->routes, &ConfigTransferReader::readRoute,
                                 [](const RouteEntry &e) { return e.sentTo; });
}

template<typename Entry>
bool ConfigTransferReader::readTable(const QJsonObject &root, QLatin1StringView name, QList<Entry> *entries,
                                     bool (ConfigTransferReader::*readRow)(const QJsonObject &,
                                                                           const QString &, Entry *),
                                     const std::function<QString(const Entry &)> &key)
{
    const QString path(name);
    const QJsonValue value = root.value(name);
    if (!value.isArray())
        return fail(path, tr("Expected a list (JSON array)."));
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString rowPath = itemPath(path, i);
        if (!array.at(i).isObject())
            return fail(rowPath, tr("Expected an entry (JSON object)."));
        Entry entry;
        if (!(this->*readRow)(array.at(i).toObject(), rowPath, &entry))
            return false;
        const QString identity = key(entry);
        if (seen.contains(identity))
            return fail(rowPath, tr("“%1” is listed twice.").arg(identity));
        seen.insert(identity);
        entries->append(entry);
    }
    // Keyed tables come back from SQLite ordered by their key in binary (UTF-8) order; the Hosts list
    // keeps the file's order, which is its meaning.
    if (name != ConfigFormat::HostRules) {
        std::stable_sort(entries->begin(), entries->end(), [&key](const Entry &a, const Entry &b) {
            return key(a).toUtf8() < key(b).toUtf8();
        });
    }
    return true;
}

bool ConfigTransferReader::readSettings(const QJsonValue &value, QMap<QString, QString> *settings)
{
    const QString path(ConfigFormat::SettingsSection);
    if (!value.isObject())
        return fail(path, tr("Expected the settings as a JSON object of KEY: VALUE."));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString canonical;
        if (!readSetting(it.key(), it.value(), &canonical))
            return false;
        settings->insert(it.key(), canonical);
    }
    return true;
}

bool ConfigTransferReader::readSetting(const QString &key, const QJsonValue &value, QString *canonical)
{
    const QString path = fieldPath(QString(ConfigFormat::SettingsSection), key);
    const SettingDefinition *definition = findSettingDefinition(key);
    if (!definition) {
        if (isSecretName(key))
            return fail(path, tr("Passwords are never imported; remove this setting and enter the password "
                                 "in Sluice."));
        return fail(path, tr("This Sluice has no such setting (“sluice config list” shows them all)."));
    }
    QString text;
    switch (definition->type) {
    case SettingDefinition::Type::Int: {
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number) || std::abs(number) > 1e15)
            return fail(path, tr("Expected a whole number."));
        text = QString::number(qint64(number));
        break;
    }
    case SettingDefinition::Type::Bool:
        if (!value.isBool())
            return fail(path, tr("Expected true or false."));
        text = value.toBool() ? u"true"_s : u"false"_s;
        break;
    case SettingDefinition::Type::List: {
        QStringList items;
        if (!textList(value, path, &items))
            return false;
        text = items.join(u", "_s);
        break;
    }
    case SettingDefinition::Type::String:
    case SettingDefinition::Type::Enum:
        if (!value.isString())
            return fail(path, tr("Expected text (a JSON string)."));
        text = value.toString();
        if (!checkText(path, text))
            return false;
        break;
    }
    if (const QString reason = definition->canonicalize(text, canonical); !reason.isEmpty())
        return fail(path, reason);
    return true;
}

bool ConfigTransferReader::checkKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        if (isSecretName(it.key())) {
            return fail(fieldPath(path, it.key()),
                        tr("Passwords are never imported; remove this field and enter "
                           "the password in Sluice."));
        }
        return fail(fieldPath(path, it.key()), tr("Unknown field; a Sluice configuration export has no such "
                                                  "field here."));
    }
    return true;
}

bool ConfigTransferReader::checkText(const QString &path, const QString &text)
{
    // No setting or table value is ever multi-line or binary; a control character can only be a
    // mistake or an attempt to smuggle something into a command line or a log.
    const bool control = std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format;
    });
    if (control || !text.isValidUtf16())
        return fail(path, tr("The text contains a control character."));
    return true;
}

bool ConfigTransferReader::text(const QJsonObject &object, const QString &path, const QString &name,
                                QString *out, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        if (required)
            return fail(fieldPath(path, name), tr("This field is missing."));
        return true;
    }
    if (!value.isString())
        return fail(fieldPath(path, name), tr("Expected text (a JSON string)."));
    *out = value.toString();
    return checkText(fieldPath(path, name), *out);
}

bool ConfigTransferReader::boolean(const QJsonObject &object, const QString &path, const QString &name,
                                   bool *out)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return true;
    if (!value.isBool())
        return fail(fieldPath(path, name), tr("Expected true or false."));
    *out = value.toBool();
    return true;
}

bool ConfigTransferReader::integer(const QJsonObject &object, const QString &path, const QString &name,
                                   int minimum, int maximum, int *out)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < minimum || number > maximum)
        return fail(fieldPath(path, name),
                    tr("Expected a whole number from %1 to %2.").arg(minimum).arg(maximum));
    *out = int(number);
    return true;
}

bool ConfigTransferReader::textList(const QJsonValue &value, const QString &path, QStringList *out)
{
    if (!value.isArray())
        return fail(path, tr("Expected a list of text (a JSON array of strings)."));
    static const QRegularExpression separator(u"[,\\s]"_s);
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = itemPath(path, i);
        if (!array.at(i).isString())
            return fail(entryPath, tr("Expected text (a JSON string)."));
        const QString entry = array.at(i).toString();
        if (!checkText(entryPath, entry))
            return false;
        if (entry.isEmpty() || entry.contains(separator))
            return fail(entryPath, tr("A list item must not be empty or contain commas or spaces."));
        out->append(entry);
    }
    return true;
}

} // namespace Sluice
