// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dial/ConnectionProfile.h"
#include "dial/ExternalCommand.h"
#include "retrieval/RetrievalSettings.h"
#include "schedule/Schedule.h"

namespace Sluice {

/// The Dial-up Connections page and the Mail Retrieval dialog, as plain values (models/EngineBinder
/// fills it from the settings, like the rest of EngineConfig).
struct LinkConfig
{
    /// "Always connected" with no retrieval method: a cycle would have nothing to do, so none is
    /// scheduled and outbound mail leaves as soon as it is queued (only "Connect now" runs one).
    ConnectionProfile profile = ConnectionProfile::alwaysConnected();
    LogonInfo logon; ///< password from the secret store
    Schedule schedule;
    /// ETRN / TURN / ATRN: host, port and security already resolved. Method Command runs command.
    RetrievalSettings retrieval;
    CommandLine retrievalCommand;
    int retrievalCommandTimeLimitMs = 5 * 60 * 1000;
    /// "Time-out after X min": hang up when no SMTP traffic has flowed, in or out, for this long...
    int idleTimeoutMs = 5 * 60 * 1000;
    /// ...but never before this long after the retrieval command: slow providers start late.
    int firstDeliveryGraceMs = 10 * 60 * 1000;
    /// In "always" mode, how often the link's probe runs to notice a lost link.
    int alwaysProbeIntervalMs = 60 * 1000;

    /// True when cycles are scheduled at all (see profile).
    bool needsCycles() const
    {
        return profile.kind != ConnectionProfile::Kind::AlwaysConnected ||
               retrieval.method != RetrievalSettings::Method::None;
    }
};

} // namespace Sluice
