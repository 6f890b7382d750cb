// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigCommand.h"

#include "Settings.h"
#include "SettingsRegistry.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr int Success = 0;
constexpr int WriteFailed = 1;
constexpr int UsageError = 2;

QString usage()
{
    return QCoreApplication::translate("Sluice::ConfigCommand", "Usage: sluice config list\n"
                                                                "       sluice config get KEY\n"
                                                                "       sluice config set KEY VALUE...\n"
                                                                "       sluice config unset KEY\n"
                                                                "       sluice config describe [KEY]\n");
}

int badUsage(QTextStream &err)
{
    err << usage();
    err.flush();
    return UsageError;
}

// Reports an unknown key as the user typed it; nullptr tells the caller to stop with UsageError.
const SettingDefinition *knownKey(const Settings &settings, const QString &key, QTextStream &err)
{
    const SettingDefinition *definition = settings.definition(key);
    if (!definition) {
        err << QCoreApplication::translate("Sluice::ConfigCommand",
                                           "Unknown setting “%1”. “sluice config list” shows them all.")
                   .arg(key)
            << '\n';
    }
    return definition;
}

void describe(const Settings &settings, const SettingDefinition &definition, QTextStream &out)
{
    const QString defaultText = settings.defaultText(definition.key);
    out << definition.key << '\n'
        << "  "_L1
        << QCoreApplication::translate("Sluice::ConfigCommand", "Type: %1").arg(definition.typeDescription())
        << '\n'
        << "  "_L1
        << QCoreApplication::translate("Sluice::ConfigCommand", "Default: %1")
               .arg(defaultText.isEmpty() ? QCoreApplication::translate("Sluice::ConfigCommand", "(empty)")
                                          : defaultText)
        << '\n'
        << "  "_L1 << definition.description << '\n';
}

int runDescribe(const QStringList &keys, Settings &settings, QTextStream &out, QTextStream &err)
{
    const SettingDefinition *only = nullptr;
    if (!keys.isEmpty() && !(only = knownKey(settings, keys.first(), err)))
        return UsageError;
    bool first = true;
    for (const SettingDefinition &definition : settingDefinitions()) {
        if (only && only != &definition)
            continue;
        if (!first)
            out << '\n';
        first = false;
        describe(settings, definition, out);
    }
    return Success;
}

int runSet(const QString &key, const QString &value, Settings &settings, QTextStream &err)
{
    const SettingDefinition *definition = knownKey(settings, key, err);
    if (!definition)
        return UsageError;
    // Validate here as well as in setText(): only this tells an invalid value (the user's mistake,
    // exit 2) from a failed write (exit 1).
    QString canonical;
    if (const QString reason = definition->canonicalize(value, &canonical); !reason.isEmpty()) {
        err << QCoreApplication::translate("Sluice::ConfigCommand", "Invalid value for %1: %2")
                   .arg(definition->key, reason)
            << '\n';
        return UsageError;
    }
    if (const QString error = settings.setText(key, value); !error.isEmpty()) {
        err << error << '\n';
        return WriteFailed;
    }
    return Success;
}

} // namespace

int runConfigCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    int result = UsageError;
    if (command == "list"_L1 && rest.isEmpty()) {
        for (const QString &key : settings.keys())
            out << key << '=' << settings.text(key) << '\n';
        result = Success;
    } else if (command == "get"_L1 && rest.size() == 1) {
        if (knownKey(settings, rest.first(), err)) {
            out << settings.text(rest.first()) << '\n';
            result = Success;
        }
    } else if (command == "set"_L1 && rest.size() >= 2) {
        result = runSet(rest.first(), rest.mid(1).join(u' '), settings, err);
    } else if (command == "unset"_L1 && rest.size() == 1) {
        if (knownKey(settings, rest.first(), err)) {
            const QString error = settings.reset(rest.first());
            if (!error.isEmpty())
                err << error << '\n';
            result = error.isEmpty() ? Success : WriteFailed;
        }
    } else if (command == "describe"_L1 && rest.size() <= 1) {
        result = runDescribe(rest, settings, out, err);
    } else {
        result = badUsage(err);
    }
    out.flush();
    err.flush();
    return result;
}

} // namespace Sluice
