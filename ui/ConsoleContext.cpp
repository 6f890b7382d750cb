// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"

#include "ConnectionProfileTable.h"
#include "EmailDomainTable.h"
#include "EngineBinder.h"
#include "EngineHost.h"
#include "HostRuleTable.h"
#include "RouteTable.h"
#include "SecretStore.h"
#include "SecretStoreFactory.h"
#include "ServerAccountTable.h"
#include "SettingKeys.h"
#include "Settings.h"

using namespace Qt::StringLiterals;

namespace Sluice {

ConsoleContext::ConsoleContext(Settings *settings, EngineHost *host, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_host(host)
    // The engine's binder listens to the host's E-Mail Domain table: editing through the same object
    // makes it re-apply at once. The other tables are re-applied through secretsChanged()/reload.
    , m_domains(host && host->emailDomains() ? host->emailDomains() : new EmailDomainTable(settings, this))
    , m_profiles(new ConnectionProfileTable(settings, this))
    , m_accounts(new ServerAccountTable(settings, this))
    , m_hostRules(new HostRuleTable(settings, this))
    , m_routes(new RouteTable(settings, this))
{
    QString warning;
    m_secrets = createSecretStore(*settings, &warning);
    // The Security page (or the keychain question) may switch stores: later passwords go to the new one.
    connect(settings, &Settings::changed, this, [this](const QString &key) {
        if (key == Keys::SecretsStore) {
            QString ignored;
            m_secrets = createSecretStore(*m_settings, &ignored);
        }
    });
}

ConsoleContext::~ConsoleContext() = default;

EngineBinder *ConsoleContext::binder() const
{
    return m_host ? m_host->binder() : nullptr;
}

void ConsoleContext::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
}

void ConsoleContext::storeSecret(const QString &key, const QString &secret, QObject *context, SecretDone done)
{
    write({key, secret, context, std::move(done)});
}

void ConsoleContext::write(const PendingSecret &pending)
{
    auto finished = [this, pending](bool ok, const SecretError &error) {
        if (ok) {
            secretsChanged();
            if (pending.done && pending.context)
                pending.done(true, QString());
            return;
        }
        if (error.kind == SecretError::Kind::NoBackend &&
            m_settings->stringValue(Keys::SecretsStore) != u"file"_s) {
            // Never fall back silently: the owner decides (useFileStore) and every waiting write follows.
            m_waitingForAnswer.append(pending);
            if (m_waitingForAnswer.size() == 1)
                Q_EMIT keychainUnavailable(error.message);
            return;
        }
        Q_EMIT secretFailed(error.message);
        if (pending.done && pending.context)
            pending.done(false, error.message);
    };
    if (pending.secret.isEmpty())
        m_secrets->deleteSecret(pending.key, this, finished);
    else
        m_secrets->writeSecret(pending.key, pending.secret, this, finished);
}

void ConsoleContext::readSecret(const QString &key, QObject *context,
                                std::function<void(const QString &secret)> done)
{
    QPointer<QObject> guard(context);
    m_secrets->readSecret(key, this, [guard, done](bool, const QString &secret, const SecretError &) {
        if (guard)
            done(secret);
    });
}

void ConsoleContext::useFileStore(bool accept)
{
    const QList<PendingSecret> waiting = std::exchange(m_waitingForAnswer, {});
    if (!accept) {
        const QString message = tr("The password was not stored: no keychain is available.");
        Q_EMIT secretFailed(message);
        for (const PendingSecret &pending : waiting) {
            if (pending.done && pending.context)
                pending.done(false, message);
        }
        return;
    }
    const QString error = m_settings->setText(Keys::SecretsStore, u"file"_s);
    if (!error.isEmpty()) {
        Q_EMIT secretFailed(error);
        return;
    }
    for (const PendingSecret &pending : waiting)
        write(pending);
}

void ConsoleContext::secretsChanged()
{
    if (EngineBinder *engineBinder = binder())
        engineBinder->reload();
}

} // namespace Sluice
