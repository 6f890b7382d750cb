// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

class Settings;

/// `sluice host list|add|remove`: the Connections page's Hosts list from the command line, validated
/// like the page. arguments are what follows "host". Exit codes as for `sluice config`: 0 done, 1 the
/// database could not be written, 2 bad usage or an invalid entry (nothing changed).
int runHostCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err);

} // namespace Sluice
