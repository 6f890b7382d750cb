// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NetworkList.h"

#include <QStringList>

namespace Sluice {

/// Sluice as a provider: the E-Mail Domain entries marked "Queue messages for ETRN" and the ETRN
/// server that releases their mail. Pushed in by the models layer (EngineBinder) like the rest of
/// EngineConfig.
struct HoldConfig
{
    /// Who may send ETRN: anyone, the hosts in etrnHosts, or clients that authenticated (AUTH).
    enum class EtrnAccess { Any, Listed, Authenticated };

    QStringList domains; ///< held entries, lower case; each also holds its subdomains
    bool etrnEnabled = true;
    EtrnAccess access = EtrnAccess::Any;
    NetworkList etrnHosts;  ///< for Listed
    int timeoutHours = 120; ///< held longer: the sender gets a failure report and the mail is dropped
    /// ETRNs one client address may send per minute; more get 458 (a release costs a queue
    /// transaction, and a loop of ETRNs must not keep the queue busy).
    int requestsPerMinute = 5;
};

} // namespace Sluice
