// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace Sluice::Bench {

/// One look at a target's processes, from /proc.
struct MemorySample
{
    qint64 rssKb = 0; ///< sum of VmRSS (shared pages counted once per process)
    qint64 pssKb = 0; ///< sum of Pss from smaps_rollup (shared pages divided among their users)
    qint64 hwmKb = 0; ///< VmHWM of the main process (the kernel's exact peak RSS)
    int processes = 0;
    int fds = 0; ///< open file descriptors, summed
};

/// Samples a target's memory: one process (Sluice), or a process and its children (Postfix's
/// master and every daemon it started: smtpd, cleanup, qmgr, smtp, virtual...).
class ProcessMemory
{
public:
    ProcessMemory(qint64 pid, bool withChildren);

    MemorySample sample() const;

private:
    QList<qint64> processes() const;

    qint64 m_pid;
    bool m_withChildren;
};

} // namespace Sluice::Bench
