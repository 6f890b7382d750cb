// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

/// `sluice log tail [-n N] [--follow]`, `sluice log show ENTRY`, `sluice log list [--failed]
/// [--since ISO] [--search TEXT]`: the running engine's connection log over the control socket
/// (log-list, log-show, the "watch" stream). Rows are printed as the engine sends them: one
/// tab-separated line per entry (ENTRY TIME KIND TRIGGER_OR_PEER DIAL SENT RECEIVED RETRIEVAL RESULT
/// SUMMARY DURATION). Exit codes: 0 done, 1 the engine refused (unknown entry), 2 bad usage, 3 no
/// engine runs on that data folder.
int runLogCommand(const QString &dataDirectory, const QStringList &arguments, QTextStream &out,
                  QTextStream &err);

} // namespace Sluice
