// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

class Settings;

/// `sluice route list|add|remove`: the Routing page's reroute table from the command line, validated
/// like the console's page. arguments are what follows "route". Exit codes as for `sluice config`:
/// 0 done, 1 the database could not be written, 2 bad usage or an invalid row (nothing changed).
int runRouteCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err);

} // namespace Sluice
