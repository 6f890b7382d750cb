// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_bench_memory.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Sluice::Bench {

namespace {

QByteArray readProc(qint64 pid, const char *name)
{
    QFile file(QString(u"/proc/"_s + QString::number(pid) + u'/' + QString::fromLatin1(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The value in kB of a "Name:   1234 kB" line of a /proc status-like file; 0 if absent.
qint64 kbField(const QByteArray &text, const QByteArray &name)
{
    const QByteArray label = QByteArray(name + ':');
    const qsizetype at = text.indexOf(QByteArray('\n' + label));
    const qsizetype start = at >= 0 ? at + 1 : (text.startsWith(label) ? 0 : -1);
    if (start < 0)
        return 0;
    const qsizetype end = text.indexOf('\n', start);
    const QByteArray value = text.mid(start + name.size() + 1, end < 0 ? -1 : end - start - name.size() - 1);
    return value.trimmed().split(' ').value(0).toLongLong();
}

qint64 parentOf(qint64 pid)
{
    // /proc/PID/stat: "PID (COMM) STATE PPID ..."; COMM may contain spaces and parentheses.
    const QByteArray stat = readProc(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    return stat.mid(close + 2).split(' ').value(1).toLongLong();
}

} // namespace

ProcessMemory::ProcessMemory(qint64 pid, bool withChildren)
    : m_pid(pid)
    , m_withChildren(withChildren)
{}

QList<qint64> ProcessMemory::processes() const
{
    QList<qint64> pids{m_pid};
    if (!m_withChildren)
        return pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && pid != m_pid && parentOf(pid) == m_pid)
            pids.append(pid);
    }
    return pids;
}

MemorySample ProcessMemory::sample() const
{
    MemorySample sample;
    const QList<qint64> pids = processes();
    for (qint64 pid : pids) {
        const QByteArray status = readProc(pid, "status");
        if (status.isEmpty())
            continue; // gone meanwhile
        ++sample.processes;
        sample.rssKb += kbField(status, "VmRSS"_ba);
        if (pid == m_pid)
            sample.hwmKb = kbField(status, "VmHWM"_ba);
        sample.pssKb += kbField(readProc(pid, "smaps_rollup"), "Pss"_ba);
        sample.fds += int(QDir(QString(u"/proc/"_s + QString::number(pid) + u"/fd"_s))
                              .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                              .size());
    }
    return sample;
}

} // namespace Sluice::Bench
