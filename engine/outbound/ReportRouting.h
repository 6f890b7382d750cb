// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbound/OutcomeRecorder.h"

#include <memory>

namespace Sluice {

class RecipientPolicy;

/// Where a delivery report goes: a sender in a local domain reads it in its mailbox (an unknown
/// local sender: the postmaster's, so the report does not bounce about); anyone else gets it by
/// SMTP. Without a policy every report goes out by SMTP.
OutcomeRecorder::ReportRouter reportRouterFor(std::shared_ptr<const RecipientPolicy> policy);

} // namespace Sluice
