// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

class Settings;

/// `sluice config ...`: arguments are what follows "config" on the command line.
///   list                 every key=value, sorted
///   get KEY              the value
///   set KEY VALUE...     validates and stores; several VALUE arguments are joined with spaces
///   unset KEY            restores the default
///   describe [KEY]       key, type, default and description
/// Returns the process exit code: 0 on success; 2 for an unknown key, an invalid value (nothing is
/// changed) or bad usage; 1 when the database could not be written.
int runConfigCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err);

} // namespace Sluice
