// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace Sluice {

/// How the table commands (`sluice domain|profile|account|host|route`) end a verb: 0 when error is
/// empty, else the translated error on standard error and exitCode (1: the database write failed,
/// 2: bad input), as README documents.
inline int reportOutcome(QTextStream &err, const QString &error, int exitCode)
{
    if (error.isEmpty())
        return 0;
    err << error << Qt::endl;
    return exitCode;
}

} // namespace Sluice
