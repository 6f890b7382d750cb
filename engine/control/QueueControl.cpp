// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/QueueControl.h"

#include "control/ControlServer.h"
#include "core/Engine.h"

namespace Sluice {

void registerQueueCommands(ControlServer &server, Engine *engine)
{
    Q_UNUSED(server);
    Q_UNUSED(engine);
}

} // namespace Sluice
