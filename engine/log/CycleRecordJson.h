// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/CycleRecord.h"

#include <QByteArray>

namespace Sluice {

/// A cycle's record as one JSON object in the log (all fields but id and details, which have columns of
/// their own). Unknown or missing members read as defaults, so older and newer logs stay readable.
QByteArray cycleToJson(const CycleRecord &record);
CycleRecord cycleFromJson(const QByteArray &json);

} // namespace Sluice
