// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

/// `sluice queue list|show|retry|delete|hold|release`: the queue viewer's verbs (see
/// engine/control/QueueControl.cpp) sent to the engine running on dataDirectory. arguments are what
/// follows "queue". Output for scripts on out: list prints one tab-separated row per message
/// (QUEUE_ID SENDER RECIPIENTS SIZE RECEIVED ATTEMPTS NEXT_RETRY LAST_REPLY STATE; a header line with
/// --header), show prints "key=value" lines and "recipient" rows, the actions print "count=N".
/// Exit codes: 0 done, 1 the engine refused (e.g. an unknown queue id; the reason on err), 2 bad
/// usage (nothing sent), 3 no engine runs on that data folder.
int runQueueCommand(const QString &dataDirectory, const QStringList &arguments, QTextStream &out,
                    QTextStream &err);

} // namespace Sluice
