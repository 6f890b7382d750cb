// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Sluice {

/// Secrets in the desktop's keychain through QtKeychain: the Secret Service (GNOME Keyring, KeePassXC)
/// or KWallet on Linux, the Keychain on macOS, the Credential Store on Windows. Never falls back to
/// QtKeychain's plain-text QSettings store: a password must not end up unencrypted behind the user's
/// back (the explicit FileSecretStore exists for servers without a keychain).
///
/// At login Sluice may start before the keychain does. When no keychain is available, each operation
/// is tried once more after retryDelay() before it reports SecretError::Kind::NoBackend.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// The QtKeychain service name; in the Secret Service it is the "server" attribute of each item.
    static QString serviceName();

    explicit KeychainSecretStore(QObject *parent = nullptr);

    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    /// Tests shorten the delay; two seconds give a keychain started with the session time to appear.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    void readSecret(const QString &key, QObject *context, ReadCallback callback) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context,
                     WriteCallback callback) override;
    void deleteSecret(const QString &key, QObject *context, DeleteCallback callback) override;

private:
    using JobFactory = std::function<QKeychain::Job *()>;
    using JobHandler = std::function<void(QKeychain::Job *job, const SecretError &error)>;

    /// Runs one attempt of the job makeJob creates (a finished QKeychain job cannot be restarted) and
    /// hands the result to handle, after the single retry when the keychain is not there (yet).
    void run(const QString &key, const JobFactory &makeJob, QObject *context, const JobHandler &handle,
             bool isRetry);
    static SecretError classify(const QString &key, const QKeychain::Job &job);

    std::chrono::milliseconds m_retryDelay{2000};
};

} // namespace Sluice
