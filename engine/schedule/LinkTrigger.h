// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Sluice {

/// Why a link cycle runs; recorded with the cycle and shown in logs.
enum class LinkTrigger { Startup, Schedule, CatchUp, Queued, Always, Manual, Reconnect };

QString
linkTriggerName(LinkTrigger t); ///< stable lower-case word for logs and records: "startup", "schedule", ...
/// The reverse of linkTriggerName(); nullopt for a word it never produces.
std::optional<LinkTrigger> linkTriggerFromName(const QString &name);

/// Two reasons for the same one cycle: the name it runs under. A request by a person (Manual) always
/// wins, then Startup, Reconnect, CatchUp, Always, Schedule, Queued: the more telling reason first.
LinkTrigger mergedLinkTrigger(LinkTrigger a, LinkTrigger b);
std::optional<LinkTrigger> mergedLinkTrigger(std::optional<LinkTrigger> a, std::optional<LinkTrigger> b);

} // namespace Sluice
