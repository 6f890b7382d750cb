// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Sluice {

class SecretStore;
class Settings;

/// `sluice account add NAME [--domains a.example,b.example]`, `sluice account list` and
/// `sluice account remove NAME`: the accounts clients log in to Sluice's SMTP server with. add reads
/// the password from standard input (one line), never from the command line, and keeps it in the
/// secret store; list never shows it; remove deletes it too. Runs the event loop until the store
/// answers. Exit codes: 0 done, 1 the database or the store failed, 2 bad usage or invalid input.
int runAccountCommand(const QStringList &arguments, Settings &settings, SecretStore &secrets, QTextStream &in,
                      QTextStream &out, QTextStream &err);

} // namespace Sluice
