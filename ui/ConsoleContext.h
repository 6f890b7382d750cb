// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Sluice {

class ConnectionProfileTable;
class EmailDomainTable;
class EngineBinder;
class EngineHost;
class HostRuleTable;
class RouteTable;
class SecretStore;
class ServerAccountTable;
class Settings;

/// What the console's pages, dialogs and wizard work on: the settings, the tables beside them and the
/// secret store, plus the running engine's binder when the console runs the engine itself (nullptr
/// otherwise, and in tests of a single page). Passwords go through storeSecret(), which notices when no
/// keychain is available and asks (through keychainUnavailable) before falling back to the file store.
class ConsoleContext : public QObject
{
    Q_OBJECT
public:
    /// settings must outlive the context; host may be nullptr.
    ConsoleContext(Settings *settings, EngineHost *host, QObject *parent = nullptr);
    ~ConsoleContext() override;

    Settings *settings() const { return m_settings; }
    EngineHost *host() const { return m_host; }
    EngineBinder *binder() const; ///< nullptr when no engine runs in this process
    EmailDomainTable *emailDomains() const { return m_domains; }
    ConnectionProfileTable *profiles() const { return m_profiles; }
    ServerAccountTable *accounts() const { return m_accounts; }
    HostRuleTable *hostRules() const { return m_hostRules; }
    RouteTable *routes() const { return m_routes; }
    SecretStore *secrets() const { return m_secrets.get(); }
    /// For tests: use this store instead of the one secrets.store selects.
    void setSecretStore(std::unique_ptr<SecretStore> store);

    using SecretDone = std::function<void(bool ok, const QString &error)>;
    /// Stores (or, with an empty secret, deletes) a password. When the keychain is missing, emits
    /// keychainUnavailable(); the owner answers with useFileStore(true) to switch secrets.store to the
    /// owner-only file and retry, or false to give up (done then reports the error).
    void storeSecret(const QString &key, const QString &secret, QObject *context, SecretDone done);
    void readSecret(const QString &key, QObject *context, std::function<void(const QString &secret)> done);
    void useFileStore(bool accept);
    /// Asks the engine (when it runs here) to read the passwords again.
    void secretsChanged();

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);
    void secretFailed(const QString &message);

private:
    struct PendingSecret
    {
        QString key;
        QString secret;
        QPointer<QObject> context;
        SecretDone done;
    };
    void write(const PendingSecret &pending);

    Settings *m_settings;
    EngineHost *m_host;
    EmailDomainTable *m_domains;
    ConnectionProfileTable *m_profiles;
    ServerAccountTable *m_accounts;
    HostRuleTable *m_hostRules;
    RouteTable *m_routes;
    std::unique_ptr<SecretStore> m_secrets;
    QList<PendingSecret> m_waitingForAnswer;
};

} // namespace Sluice
