// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Sluice {

class ControlServer;
class Engine;
struct CycleRecord;

/// The link commands on the control socket:
///   connect-now   a link cycle starts now, or after the running one (also while paused)
///   hang-up       the running cycle ends and the link is hung up (when Sluice dialed it)
///   pause         the schedule starts no cycle by itself until "resume" (kept across restarts)
///   resume        the schedule runs again
///   status        "key=value" lines: state (idle|dialing|connected|delivering|error), paused (yes|no),
///                 phase, link, next-cycle, last-cycle, last-result, last-ok (yes|no|-), queued-*,
///                 queued-held, queued-deferred, smtp-address, smtp-port, pid, and one "held=NODE MESSAGES
///                 BYTES OLDEST" line per domain holding mail
/// and the events for watchers (the console, the tray):
///   status-changed                     the link's state or the queue counts changed (coalesced)
///   notify KIND TEXT                   something failed that a person should hear about: KIND is
///                                      dial-failed, retrieval-refused or delivery-failed
void registerLinkCommands(ControlServer &server, Engine *engine);

/// The "state=" word for the status: what the tray icon shows.
QString linkStateName(Engine *engine);

/// Why a finished cycle deserves a notification: {kind, text} pairs (dial-failed, retrieval-refused);
/// empty for a good cycle or one a person ended early.
QList<QStringList> cycleNotifications(const CycleRecord &record);

} // namespace Sluice
