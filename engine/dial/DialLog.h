// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// "sluice.dial": commands run, their outcome, probes and dial attempts. Never a password: the logon
/// information reaches commands through their environment only, and is not logged.
Q_DECLARE_LOGGING_CATEGORY(lcDial)
