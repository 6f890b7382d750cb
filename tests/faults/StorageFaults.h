// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Storage faults made real: a small tmpfs that fills up, a second process that holds an SQLite
// write lock, and read-back of what the queue holds, straight from its file.

#include "core/Engine.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Sluice::Test {

/// A tmpfs of a given size mounted on an (existing or new) folder for the lifetime of the object.
/// Needs root (CI runs as root): without it, error() says so and the test fails.
class TmpfsMount
{
public:
    TmpfsMount(const QString &path, qint64 bytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_error;
    bool m_mounted = false;
};

/// Bytes an unprivileged writer may still use on the file system holding path.
qint64 freeSpace(const QString &path);
/// Writes the file fillerPath until at most leaveFree bytes are left on its file system.
bool fillDisk(const QString &fillerPath, qint64 leaveFree, QString *error);

/// A real second process (python3's sqlite3) holding a write lock on an SQLite file until released.
class SqliteLockHolder
{
public:
    ~SqliteLockHolder();
    /// mode: "IMMEDIATE" or "EXCLUSIVE". Returns once the lock is held. holdMs >= 0: the process
    /// releases the lock by itself after that long (when the test's thread is blocked meanwhile).
    bool lock(const QString &databasePath, const QByteArray &mode, QString *error, int holdMs = -1);
    /// Releases the lock (rolls back) and waits for the process to end.
    bool release();

private:
    QProcess m_process;
};

/// One row of the queue's messages table.
struct StoredMessage
{
    QString queueId;
    QByteArray content;
    bool operator==(const StoredMessage &other) const
    {
        return queueId == other.queueId && content == other.content;
    }
};

/// The messages table, read with a connection of its own (as another process would).
QList<StoredMessage> storedMessages(const QString &databasePath, QString *error = nullptr);
int recipientRows(const QString &databasePath);
/// The names in folder, sorted.
QStringList folderEntries(const QString &folder);

/// A real engine with its queue and mail root where the test says (on a tmpfs, say).
class StorageEngine
{
public:
    using Customise = std::function<void(EngineConfig &)>;
    StorageEngine(const QString &queueDirectory, const QString &mailRoot, const Customise &customise = {});
    ~StorageEngine();

    bool isRunning() const { return m_running; }
    QString startError() const { return m_error; }
    quint16 port() const { return m_engine->smtpPort(); }
    Engine &engine() { return *m_engine; }
    QString queuePath() const { return m_queueDirectory + QStringLiteral("/queue.db"); }
    /// The files in mailRoot/mailbox/sub ("new", "tmp"), sorted by name.
    QStringList maildirFiles(const QString &mailbox, const QString &sub) const;

private:
    QString m_queueDirectory;
    QString m_mailRoot;
    std::unique_ptr<Engine> m_engine;
    bool m_running = false;
    QString m_error;
};

/// Collects the warnings of one logging category while alive (chained to the test's handler).
class WarningCollector
{
public:
    explicit WarningCollector(const char *category);
    ~WarningCollector();
    QStringList warnings() const;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
};

/// A body of size octets in 76-column lines, unique per seed.
QByteArray messageBody(qsizetype size, char seed);

} // namespace Sluice::Test
