// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sluice {

class ControlServer;
class Engine;

/// The connection log commands on the control socket (the log viewer and `sluice log ...`).
void registerLogCommands(ControlServer &server, Engine *engine);

} // namespace Sluice
