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
///   export [FILE|-]      the whole configuration as JSON (no passwords), on standard output or into
///                        FILE (written atomically, owner-only)
///   import FILE [--dry-run]  replaces the whole configuration with FILE's (see ConfigTransfer), prints
///                        what changed (or would), then asks a running Sluice to reload
/// Returns the process exit code: 0 on success; 2 for an unknown key, an invalid value or import file
/// (nothing is changed) or bad usage; 1 when the database (or the export file) could not be written.
int runConfigCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err);

} // namespace Sluice
