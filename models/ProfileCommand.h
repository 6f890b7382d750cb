// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

class Settings;

/// `sluice profile list|add|remove`: connection profiles from the command line. list shows the
/// profiles found on this machine (NetworkManager, pppd) and the custom ones, each with the value
/// dialup.profile takes to use it. Exit codes as for `sluice config`: 0 done, 1 the database could
/// not be written, 2 bad usage or an invalid profile (nothing changed).
int runProfileCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err);

} // namespace Sluice
