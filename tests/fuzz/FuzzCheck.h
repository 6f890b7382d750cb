// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fuzz targets share: an invariant check that stops the fuzzer with a readable reason (libFuzzer
// then saves the input as a crash artifact), and the Qt application object they need once per process.

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace Sluice::Fuzz {

/// Aborts with what was expected when condition is false. abort() rather than Q_ASSERT: the fuzz build
/// is a Debug build, but an invariant must hold whatever the build type.
inline void check(bool condition, const char *what, const QByteArray &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  detail (hex): %s\n", detail.toHex(' ').constData());
    std::abort();
}

} // namespace Sluice::Fuzz
