// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sluice {

class ControlServer;
class Engine;

/// The link commands on the control socket:
///   connect-now   a link cycle starts now, or after the running one
///   hang-up       the running cycle ends and the link is hung up (when Sluice dialed it)
///   status        "key=value" lines: phase, link, next-cycle, last-cycle, last-result, queued-*,
///                 and one "held=NODE MESSAGES BYTES OLDEST" line per domain holding mail
void registerLinkCommands(ControlServer &server, Engine *engine);

} // namespace Sluice
