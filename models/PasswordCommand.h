// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

class SecretStore;
class Settings;

/// `sluice password set|delete smarthost` and `sluice password set|delete domain NAME`: stores the
/// password Sluice authenticates with (the account comes from the settings) in the secret store.
/// The password is read from standard input (one line), never from the command line, where other
/// users could see it. Runs the event loop until the store answers. Exit codes: 0 done, 1 the store
/// failed (the message says why), 2 bad usage or nothing to store a password for.
int runPasswordCommand(const QStringList &arguments, Settings &settings, SecretStore &secrets,
                       QTextStream &in, QTextStream &err);

} // namespace Sluice
