// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace Sluice {

/// The control socket's path in a data folder.
QString controlSocketPath(const QString &dataDirectory);

/// `sluice connect-now`, `sluice hang-up`, `sluice status`: sends the command to the engine running on
/// dataDirectory and prints its answer (for status: "key=value" lines). Exit codes: 0 done, 1 the
/// engine refused or did not answer, 3 no engine runs on that data folder.
int runControlCommand(const QString &dataDirectory, const QString &command, QTextStream &out,
                      QTextStream &err);

} // namespace Sluice
