// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QMap>

namespace Sluice {

/// An in-memory store for the tests of other layers. It keeps the contract of the real stores (the
/// callback runs later, in the context's thread), so code that only works when answered at once
/// fails here too. setFailure() makes every operation fail, to test how callers handle a missing
/// keychain or a refusal.
class FakeSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    /// The stored secrets, for tests to preset and inspect.
    QMap<QString, QString> &secrets() { return m_secrets; }
    /// Every later operation fails with kind (None: works again).
    void setFailure(SecretError::Kind kind) { m_failure = kind; }

    void readSecret(const QString &key, QObject *context, ReadCallback callback) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context,
                     WriteCallback callback) override;
    void deleteSecret(const QString &key, QObject *context, DeleteCallback callback) override;

private:
    SecretError failure() const;

    QMap<QString, QString> m_secrets;
    SecretError::Kind m_failure = SecretError::Kind::None;
};

} // namespace Sluice
