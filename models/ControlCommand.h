// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/ControlProtocol.h"

#include <QString>

class QTextStream;

namespace Sluice {

/// The control socket's path in a data folder.
QString controlSocketPath(const QString &dataDirectory);

/// What the engine running on a data folder answered to one request.
struct CommandAnswer
{
    enum class Status { Ok, Refused, NotRunning };
    Status status = Status::NotRunning;
    QByteArray body; ///< for Ok: the body lines (see ControlProtocol.h)
    QString error;   ///< otherwise: why, for the user ("error: ..." as the engine said it)
};

/// The one-shot client: connects to the control socket, sends request, reads the answer until the
/// engine closes. Shared by runControlCommand() and the `sluice queue` commands.
CommandAnswer sendControlRequest(const QString &dataDirectory, const ControlRequest &request);

/// Prints a refused or unanswered request's reason on err; returns the exit code: 3 when no engine
/// runs on the data folder, 1 when it refused.
int reportControlFailure(const CommandAnswer &answer, QTextStream &err);
/// Prints an answer's body on out (exit code 0) or its failure on err (see reportControlFailure).
int printControlAnswer(const CommandAnswer &answer, QTextStream &out, QTextStream &err);

/// The one-word commands runControlCommand() sends: connect-now, hang-up, status, pause, resume, reload.
bool isControlCommand(const QString &command);

/// `sluice connect-now`, `sluice hang-up`, `sluice status`, `sluice pause|resume|reload`: sends the command
/// to the engine running on dataDirectory and prints its answer (for status: "key=value" lines). Exit codes:
/// 0 done, 1 the engine refused or did not answer, 3 no engine runs on that data folder.
int runControlCommand(const QString &dataDirectory, const QString &command, QTextStream &out,
                      QTextStream &err);

} // namespace Sluice
