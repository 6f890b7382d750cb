// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

class Settings;

/// `sluice domain list|add|remove`: the E-Mail Domain list from the command line, validated like the
/// console's dialog. arguments are what follows "domain". Exit codes as for `sluice config`: 0 done,
/// 1 the database could not be written, 2 bad usage or an invalid entry (nothing changed).
int runDomainCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err);

} // namespace Sluice
