// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// "sluice.outbound": one line per routing decision, session and recipient outcome.
Q_DECLARE_LOGGING_CATEGORY(lcOutbound)
