// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// "sluice.schedule": why a link cycle became due, clock jumps, the scheduler's state file.
Q_DECLARE_LOGGING_CATEGORY(lcSchedule)
