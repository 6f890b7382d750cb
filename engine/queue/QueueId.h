// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sluice {

/// Queue ids name a message in replies ("queued as ..."), logs and Maildir file names. They must stay
/// unique across restarts and sort roughly by arrival: milliseconds since the epoch, a per-process
/// counter and a random part, in upper-case base 36 (letters and digits only, safe in file names).
QString nextQueueId();

} // namespace Sluice
