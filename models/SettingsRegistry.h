// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Sluice {

/// Everything Sluice knows about one setting: its type, default, limits and validation. Values are
/// handled as canonical text (what the database stores and `sluice config get` prints), so every
/// layer, from the command line to a property page, shares one parser and one validator.
struct SettingDefinition
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::Settings)
public:
    enum class Type { Int, Bool, String, Enum, List };

    QString key;
    Type type = Type::String;
    QString description; ///< translated, one sentence or two
    /// The default as canonical text; computed because some depend on the machine or data folder.
    std::function<QString(const SettingsEnvironment &)> defaultText;
    /// Checks beyond the type's own (may be empty): returns an empty string or a translated reason.
    std::function<QString(const QString &canonicalText)> validate;
    int minimum = 0;     ///< Int only
    int maximum = 0;     ///< Int only
    QStringList choices; ///< Enum only: the lower-case names

    /// Turns user input into canonical text and validates it: Int as decimal, Bool as "true"/"false"
    /// (yes/no/on/off/1/0 accepted), Enum lower-case (input in any case), List items trimmed and joined
    /// with ", " (input separated by commas and/or whitespace), String trimmed. Returns an empty string
    /// and sets *canonicalText on success, else a translated reason.
    QString canonicalize(const QString &input, QString *canonicalText) const;

    /// Translated summary of the type and its limits for `sluice config describe`.
    QString typeDescription() const;

    /// The items of a List value in canonical text.
    static QStringList splitList(const QString &canonicalText);
};

/// Every setting Sluice knows, sorted by key. Built on first use, so translators must be installed
/// before (main() does that first).
const QList<SettingDefinition> &settingDefinitions();

/// The Connections and Security pages' outbound settings (OutboundSettings.cpp).
QList<SettingDefinition> outboundSettingDefinitions();
QList<SettingDefinition> linkSettingDefinitions();
/// STARTTLS and AUTH of Sluice's own SMTP server (ServerSecuritySettings.cpp).
QList<SettingDefinition> serverSecuritySettingDefinitions();
/// Holding mail for ETRN and the ETRN server (HoldSettings.cpp).
QList<SettingDefinition> holdSettingDefinitions();

/// Accept connections, rerouting, logging level, first-run wizard (ConsoleSettings.cpp).
QList<SettingDefinition> consoleSettingDefinitions();

/// nullptr for an unknown key.
const SettingDefinition *findSettingDefinition(QAnyStringView key);

} // namespace Sluice
