// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteCommand.h"

#include "CommandOutput.h"
#include "RouteTable.h"
#include "SettingKeys.h"
#include "Settings.h"

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
              "  sluice route list\n"
              "  sluice route add SENT_TO ROUTE_TO\n"
              "  sluice route remove SENT_TO\n"
              "SENT_TO is a domain (with its subdomains) or #domain (that domain only); ROUTE_TO is a\n"
              "domain, HOST:PORT or [IPv6]:PORT. Routes apply while routing.reroute is true.\n")
        << Qt::flush;
}

} // namespace

int runRouteCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err)
{
    RouteTable table(&settings);
    const QString verb = arguments.value(0);
    if (verb == "list"_L1 && arguments.size() == 1) {
        for (const RouteEntry &entry : table.entries())
            out << entry.sentTo << ' ' << entry.routeTo << '\n';
        out << Qt::flush;
        // The table is inert while rerouting is off: say so, where it cannot be mistaken for a row.
        if (!settings.boolValue(Keys::Reroute))
            err << tr("Rerouting is off (routing.reroute is false): these routes are not applied.")
                << Qt::endl;
        return 0;
    }
    if (verb == "add"_L1 && arguments.size() == 3) {
        const RouteEntry entry{arguments.at(1), arguments.at(2)};
        const QString problem = entry.validate();
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
