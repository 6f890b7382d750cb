// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostCommand.h"

#include "CommandOutput.h"
#include "HostRuleTable.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

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
              "  sluice host list\n"
              "  sluice host add NETWORK [--reject] [--relay] [--position N]\n"
              "  sluice host remove NETWORK\n"
              "NETWORK is an address (192.168.1.7, 2001:db8::7) or ADDRESS/PREFIX (192.168.1.0/24).\n"
              "The first row whose network holds a client decides: --reject answers it 521 and closes;\n"
              "otherwise it is accepted, and with --relay it may relay. New rows go to the end unless\n"
              "--position says where (1 is the top).\n")
        << Qt::flush;
}

qsizetype indexOf(const QList<HostRuleEntry> &entries, const QString &network)
{
    const QString wanted = HostRuleEntry::normalisedNetwork(network);
    if (wanted.isEmpty())
        return -1;
    const auto found = std::find_if(entries.cbegin(), entries.cend(), [&](const HostRuleEntry &entry) {
        return HostRuleEntry::normalisedNetwork(entry.network) == wanted;
    });
    return found == entries.cend() ? -1 : found - entries.cbegin();
}

int save(HostRuleTable &table, const QList<HostRuleEntry> &entries, QTextStream &err)
{
    return reportOutcome(err, table.setEntries(entries), 1);
}

int add(const QStringList &arguments, HostRuleTable &table, QTextStream &err)
{
    HostRuleEntry entry;
    entry.network = arguments.value(0).trimmed();
    QList<HostRuleEntry> entries = table.entries();
    qsizetype position = entries.size() + 1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &option = arguments.at(i);
        if (option == "--reject"_L1) {
            entry.accept = false;
        } else if (option == "--relay"_L1) {
            entry.relay = true;
        } else if (option == "--position"_L1 && i + 1 < arguments.size()) {
            bool ok = false;
            position = arguments.at(++i).toInt(&ok);
            if (!ok || position < 1 || position > entries.size() + 1) {
                err << tr("The position is a number from 1 to %1.").arg(entries.size() + 1) << Qt::endl;
                return 2;
            }
        } else {
            printUsage(err);
            return 2;
        }
    }
    if (!entry.accept && entry.relay) {
        err << tr("A rejected host cannot relay: use --reject or --relay, not both.") << Qt::endl;
        return 2;
    }
    const QString problem = entry.validate();
    if (!problem.isEmpty())
        return reportOutcome(err, problem, 2);
    const qsizetype existing = indexOf(entries, entry.network);
    if (existing >= 0) {
        err << tr("%1 is already in the list (row %2, as %3); remove it first.")
                   .arg(entry.network)
                   .arg(existing + 1)
                   .arg(entries.at(existing).network)
            << Qt::endl;
        return 2;
    }
    entries.insert(position - 1, entry);
    return save(table, entries, err);
}

} // namespace

int runHostCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err)
{
    HostRuleTable table(&settings);
    const QString verb = arguments.value(0);
    if (verb == "list"_L1 && arguments.size() == 1) {
        // One line per row, in order: position, network, accept|reject, relay|- (tab-separated).
        const QList<HostRuleEntry> entries = table.entries();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const HostRuleEntry &entry = entries.at(i);
            out << (i + 1) << '\t' << entry.network << '\t' << (entry.accept ? "accept" : "reject") << '\t'
                << (entry.relay ? "relay" : "-") << '\n';
        }
        out << Qt::flush;
        return 0;
    }
    if (verb == "add"_L1 && arguments.size() >= 2)
        return add(arguments.mid(1), table, err);
    if (verb == "remove"_L1 && arguments.size() == 2) {
        QList<HostRuleEntry> entries = table.entries();
        const qsizetype index = indexOf(entries, arguments.at(1));
        if (index < 0) {
            err << tr("There is no row for %1 in the Hosts list.").arg(arguments.at(1)) << Qt::endl;
            return 2;
        }
        entries.removeAt(index);
        return save(table, entries, err);
    }
    printUsage(err);
    return 2;
}

} // namespace Sluice
