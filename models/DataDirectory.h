// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sluice {

/// Where Sluice keeps its configuration database, queue and (by default) mail: the --data-dir value
/// when given, else $SLUICE_DATA_DIR when set and non-empty, else the per-user application data folder.
QString resolveDataDirectory(const QString &commandLineValue);

/// The configuration database inside a data folder.
QString configDatabasePath(const QString &dataDirectory);

/// Creates the folder (and its parents) when missing; the folder itself gets owner-only permissions
/// because it holds the configuration and queued mail. Returns false with a translated message.
bool createDataDirectory(const QString &path, QString *errorMessage);

/// The machine's fully qualified name for the default general.hostname: the host name plus the local
/// domain when the host name has no dot yet; "localhost" when that is empty or no valid domain name.
QString machineHostName();

} // namespace Sluice
