// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers for the dial tests: executable shell scripts in a temporary folder, and whether a
// process is still alive.
#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/types.h>

namespace SluiceTest {

/// Writes "#!/bin/sh" + body to dir/name and makes it executable; the absolute path, or empty.
inline QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                             QFile::ExeGroup))
        return {};
    return path;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Alive = exists and is not a zombie (an orphan's zombie may wait a while for its reaper).
inline bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || close + 2 >= line.size())
        return false;
    const char state = line.at(close + 2);
    return state != 'Z' && state != 'X';
}

inline qint64 readPid(const QString &path)
{
    return readAll(path).trimmed().toLongLong();
}

} // namespace SluiceTest
