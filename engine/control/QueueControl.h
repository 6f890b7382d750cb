// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sluice {

class ControlServer;
class Engine;

/// The queue commands on the control socket (the queue viewer and `sluice queue ...`); see
/// ControlProtocol.h for the wire format and docs in the implementation for each verb.
void registerQueueCommands(ControlServer &server, Engine *engine);

} // namespace Sluice
