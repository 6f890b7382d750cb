// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

namespace Sluice {

class ControlServer;
class EmailDomainTable;
class Engine;
class EngineBinder;
class SecretStore;
class Settings;

/// Everything a running Sluice needs, set up in order: the data folder, its lock (one engine per
/// data folder), the settings, the engine and the binder between them. Shared by the headless service
/// and the console, which runs the engine itself.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    explicit EngineHost(const QString &dataDirectory, QObject *parent = nullptr);
    ~EngineHost() override;

    /// Returns false with a message for the user (folder, lock, database or listener problem). When
    /// another process holds the data folder's lock, the message names it (pid and command line) and
    /// lockHolderPid() says which process it is: the console then attaches to it.
    bool start(QString *error);
    qint64 lockHolderPid() const { return m_lockHolderPid; }
    void stop(int graceMs);

    QString dataDirectory() const { return m_dataDirectory; }
    Settings *settings() const { return m_settings.get(); }
    EmailDomainTable *emailDomains() const { return m_domains; }
    SecretStore *secrets() const { return m_secrets.get(); }
    Engine *engine() const { return m_engine; }
    EngineBinder *binder() const { return m_binder; }
    /// The control socket server (nullptr before start()): other parts add commands and broadcast events.
    ControlServer *control() const { return m_control; }

Q_SIGNALS:
    void stopped();

private:
    QString m_dataDirectory;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    EmailDomainTable *m_domains = nullptr;
    Engine *m_engine = nullptr;
    EngineBinder *m_binder = nullptr;
    ControlServer *m_control = nullptr;
    qint64 m_lockHolderPid = 0;
};

/// "process 4711, “sluice --headless”": from /proc/PID/cmdline when readable, else the lock's
/// application name.
QString describeLockHolder(qint64 pid, const QString &application);

/// `sluice --headless`: runs until SIGTERM or SIGINT, then stops gracefully; one log line per event on
/// standard error. Returns the process exit code.
int runHeadless(const QString &dataDirectory);

/// One line per log event on standard error: time, category, message.
void installStderrLogger();

} // namespace Sluice
