// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/LogControl.h"

#include "control/ControlServer.h"
#include "core/Engine.h"

namespace Sluice {

void registerLogCommands(ControlServer &server, Engine *engine)
{
    Q_UNUSED(server);
    Q_UNUSED(engine);
}

} // namespace Sluice
