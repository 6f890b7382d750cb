// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sluice {

/// How much of each SMTP session the connection log keeps (Diagnostics page, log.level). Link cycle
/// records are kept at every level: they are the link's history, not a protocol log.
enum class LogLevel {
    None,    ///< no session rows
    Minimum, ///< a row per session (peer, time, result) with an empty transcript
    Medium,  ///< and every command and reply (AUTH data redacted)
    Maximum  ///< and the header lines of each message sent (never the body, never AUTH data)
};

} // namespace Sluice
