// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigCommand.h"

#include "ConfigTransfer.h"
#include "ControlCommand.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr int Success = 0;
constexpr int WriteFailed = 1;
constexpr int UsageError = 2;

QString usage()
{
    return QCoreApplication::translate("Sluice::ConfigCommand",
                                       "Usage: sluice config list\n"
                                       "       sluice config get KEY\n"
                                       "       sluice config set KEY VALUE...\n"
                                       "       sluice config unset KEY\n"
                                       "       sluice config describe [KEY]\n"
                                       "       sluice config export [FILE]\n"
                                       "       sluice config import FILE [--dry-run]\n");
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

int runExport(const QString &file, Settings &settings, QTextStream &out, QTextStream &err)
{
    const QByteArray document = ConfigTransfer::exportConfiguration(settings);
    if (file.isEmpty() || file == "-"_L1) {
        out << QString::fromUtf8(document);
        return Success;
    }
    if (const QString error = ConfigTransfer::writeFile(file, document); !error.isEmpty()) {
        err << error << '\n';
        return WriteFailed;
    }
    return Success;
}

// After a real import the running service (if any) reloads now rather than at its next look at the
// database; a service that is not running reads the new configuration when it starts.
void askServiceToReload(const Settings &settings, QTextStream &out, QTextStream &err)
{
    ControlRequest request;
    request.verb = "reload"_ba;
    const CommandAnswer answer =
        sendControlRequest(QFileInfo(settings.databasePath()).absolutePath(), request);
    if (answer.status == CommandAnswer::Status::Ok) {
        out << QCoreApplication::translate("Sluice::ConfigCommand",
                                           "The running Sluice reloaded its settings.")
            << '\n';
    } else if (answer.status == CommandAnswer::Status::Refused) {
        err << QCoreApplication::translate("Sluice::ConfigCommand",
                                           "The running Sluice did not reload (%1); run “sluice reload”.")
                   .arg(answer.error)
            << '\n';
    }
}

int runImport(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err)
{
    QStringList files = arguments;
    const bool dryRun = files.removeAll(u"--dry-run"_s) > 0;
    if (files.size() != 1 || files.first().isEmpty())
        return badUsage(err);
    QByteArray data;
    if (const QString error = ConfigTransfer::readFile(files.first(), &data); !error.isEmpty()) {
        err << error << '\n';
        return UsageError;
    }
    const ConfigImportResult result = ConfigTransfer::importConfiguration(
        settings, data, dryRun ? ConfigTransfer::Mode::DryRun : ConfigTransfer::Mode::Apply);
    if (!result.ok) {
        err << QCoreApplication::translate("Sluice::ConfigCommand", "Nothing was imported from “%1”: %2")
                   .arg(files.first(), result.error)
            << '\n';
        return result.writeFailed ? WriteFailed : UsageError;
    }
    if (!result.changed) {
        out << QCoreApplication::translate("Sluice::ConfigCommand",
                                           "Nothing to change: the configuration is already the same.")
            << '\n';
    } else {
        out << (dryRun ? QCoreApplication::translate("Sluice::ConfigCommand",
                                                     "Dry run: the import would change this (nothing was "
                                                     "changed):")
                       : QCoreApplication::translate("Sluice::ConfigCommand", "Imported:"))
            << '\n';
        for (const QString &line : result.summary)
            out << "  "_L1 << line << '\n';
    }
    if (!result.passwords.isEmpty())
        out << result.passwords << '\n';
    out.flush();
    if (!dryRun && result.changed)
        askServiceToReload(settings, out, err);
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
    } else if (command == "export"_L1 && rest.size() <= 1) {
        result = runExport(rest.value(0), settings, out, err);
    } else if (command == "import"_L1) {
        result = runImport(rest, settings, out, err);
    } else {
        result = badUsage(err);
    }
    out.flush();
    err.flush();
    return result;
}

} // namespace Sluice
