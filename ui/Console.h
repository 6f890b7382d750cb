// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sluice {

/// `sluice` without arguments: runs the engine on dataDirectory and shows the console window until it
/// is closed. Returns the process exit code.
int runConsole(const QString &dataDirectory);

} // namespace Sluice
