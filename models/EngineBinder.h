// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"

#include <QHash>
#include <QObject>

namespace Sluice {

class EmailDomainTable;
class Engine;
class SecretStore;
class Settings;

/// Connects the configuration to the engine: builds the EngineConfig the engine runs on (settings,
/// E-Mail Domain list, and the passwords from the secret store), and applies a fresh one whenever
/// any of them changes (through this process or another), so changes take effect without a restart,
/// listener rebinding included. Outbound delivery waits until the passwords have been read, so a
/// message is never sent without the authentication the admin configured.
class EngineBinder : public QObject
{
    Q_OBJECT
public:
    /// secrets may be nullptr (no outbound authentication configured anywhere, or tests).
    EngineBinder(Settings *settings, EmailDomainTable *domains, SecretStore *secrets, Engine *engine,
                 const QString &dataDirectory, QObject *parent = nullptr);

    /// Translates the configuration. passwords maps secret keys to passwords; a missing one leaves
    /// that route's password empty (its AUTH then fails and the mail waits).
    static EngineConfig engineConfig(const Settings &settings, const EmailDomainTable *domains,
                                     const QHash<QString, QString> &passwords);
    /// Parses "ADDRESS:PORT" as stored in smtp.listen ("*" is every address).
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
    /// The secret keys the current configuration needs.
    static QStringList neededSecretKeys(const Settings &settings, const EmailDomainTable *domains);

    /// Starts the engine with the queue under the data folder (inbound at once; outbound once the
    /// passwords are known).
    bool start(QString *error);
    /// Reads the configuration and the passwords again and applies them (after a password was
    /// stored, or a table was changed through another object than the ones the binder watches).
    void reload() { scheduleApply(); }

Q_SIGNALS:
    void applied();
    void applyFailed(const QString &message);

private:
    void scheduleApply();
    void loadSecretsThenApply();
    void apply();

    Settings *m_settings;
    EmailDomainTable *m_domains;
    SecretStore *m_secrets;
    Engine *m_engine;
    QString m_dataDirectory;
    QHash<QString, QString> m_passwords;
    bool m_passwordsLoaded = false;
    bool m_applyScheduled = false;
    int m_secretsGeneration = 0;
};

} // namespace Sluice
