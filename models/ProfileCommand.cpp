// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileCommand.h"

#include "CommandOutput.h"
#include "ConnectionProfileTable.h"
#include "Settings.h"
#include "dial/ProfileDiscovery.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

void printUsage(QTextStream &err)
{
    err << tr("Usage:\n"
              "  sluice profile list\n"
              "  sluice profile add NAME --connect COMMAND [--disconnect COMMAND]\n"
              "                          [--probe tcp:HOST:PORT | --probe command:COMMAND]\n"
              "                          [--probe-timeout SECONDS]\n"
              "  sluice profile remove NAME\n"
              "Commands are a program and its arguments, run without a shell (write sh -c '...' for one).\n"
              "The connect and disconnect commands get SLUICE_PROFILE, SLUICE_ACCOUNT, SLUICE_PASSWORD and\n"
              "SLUICE_DOMAIN (dialup.account, `sluice password set dialup`, dialup.domain).\n")
        << Qt::flush;
}

QString applyOptions(const QStringList &options, CustomProfileEntry *entry)
{
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString &option = options.at(i);
        if (i + 1 >= options.size())
            return tr("The option “%1” needs a value.").arg(option);
        const QString value = options.at(++i);
        if (option == "--connect"_L1)
            entry->connect = value;
        else if (option == "--disconnect"_L1)
            entry->disconnect = value;
        else if (option == "--probe"_L1)
            entry->probe = value;
        else if (option == "--probe-timeout"_L1)
            entry->probeTimeoutSeconds = value.toInt();
        else
            return tr("Unknown option “%1”.").arg(option);
    }
    return entry->validate();
}

QString kindName(ConnectionProfile::Kind kind)
{
    switch (kind) {
    case ConnectionProfile::Kind::NetworkManager:
        return u"networkmanager"_s;
    case ConnectionProfile::Kind::Pppd:
        return u"pppd"_s;
    case ConnectionProfile::Kind::Custom:
        return u"custom"_s;
    case ConnectionProfile::Kind::AlwaysConnected:
        break;
    }
    return u"always"_s;
}

} // namespace

int runProfileCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err)
{
    ConnectionProfileTable table(&settings);
    const QString verb = arguments.value(0);
    if (verb == "list"_L1 && arguments.size() == 1) {
        // One line per profile: the dialup.profile value, a tab, its kind (and commands for custom ones).
        out << "always\talways connected\n";
        for (const ConnectionProfile &profile : ProfileDiscovery::discover())
            out << profile.id() << '\t' << kindName(profile.kind) << '\n';
        for (const CustomProfileEntry &entry : table.entries())
            out << "custom:" << entry.name << "\tcustom connect=" << entry.connect
                << " disconnect=" << (entry.disconnect.isEmpty() ? u"-"_s : entry.disconnect)
                << " probe=" << (entry.probe.isEmpty() ? u"-"_s : entry.probe) << '\n';
        out << Qt::flush;
        return 0;
    }
    if (verb == "add"_L1 && arguments.size() >= 2) {
        CustomProfileEntry entry;
        entry.name = arguments.at(1);
        const QString problem = applyOptions(arguments.mid(2), &entry);
        if (!problem.isEmpty())
            return reportOutcome(err, problem, 2);
        return reportOutcome(err, table.put(entry), 1);
    }
    if (verb == "remove"_L1 && arguments.size() == 2) {
        return reportOutcome(err, table.remove(arguments.at(1)), 2);
    }
    printUsage(err);
    return 2;
}

} // namespace Sluice
