// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define SLUICE_KEYCHAIN_ON_DBUS 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "sluice.secrets")

namespace Sluice {

namespace {

// Whether any keychain service is running on the session bus or can be started by it. QtKeychain only
// says NoBackendAvailable for KWallet; with the Secret Service (libsecret) a missing daemon arrives as
// OtherError carrying a D-Bus message, so the bus itself is asked rather than that text.
bool keychainServiceOnBus()
{
#ifdef SLUICE_KEYCHAIN_ON_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList names{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s};
    const QStringList activatable = bus.interface()->activatableServiceNames().value();
    for (const QString &name : names) {
        if (bus.interface()->isServiceRegistered(name).value() || activatable.contains(name))
            return true;
    }
    return false;
#else
    return true; // the platform keychain is part of the system and always there
#endif
}

} // namespace

QString KeychainSecretStore::serviceName()
{
    return u"sluice"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

void KeychainSecretStore::readSecret(const QString &key, QObject *context, ReadCallback callback)
{
    const auto makeJob = [key]() -> QKeychain::Job * {
        auto *job = new QKeychain::ReadPasswordJob(serviceName());
        job->setKey(key);
        return job;
    };
    const auto handle = [callback](QKeychain::Job *job, const SecretError &error) {
        const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        callback(!error.isError(), error.isError() || !read ? QString() : read->textData(), error);
    };
    run(key, makeJob, context, handle, false);
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                      WriteCallback callback)
{
    const auto makeJob = [key, secret]() -> QKeychain::Job * {
        auto *job = new QKeychain::WritePasswordJob(serviceName());
        job->setKey(key);
        job->setTextData(secret);
        return job;
    };
    run(
        key, makeJob, context,
        [callback](QKeychain::Job *, const SecretError &error) { callback(!error.isError(), error); }, false);
}

void KeychainSecretStore::deleteSecret(const QString &key, QObject *context, DeleteCallback callback)
{
    const auto makeJob = [key]() -> QKeychain::Job * {
        auto *job = new QKeychain::DeletePasswordJob(serviceName());
        job->setKey(key);
        return job;
    };
    run(
        key, makeJob, context,
        [callback](QKeychain::Job *, const SecretError &error) {
            // Some backends (KWallet) report a missing entry; the key is gone either way.
            const bool gone = !error.isError() || error.kind == SecretError::Kind::NotFound;
            callback(gone, gone ? SecretError() : error);
        },
        false);
}

void KeychainSecretStore::run(const QString &key, const JobFactory &makeJob, QObject *context,
                              const JobHandler &handle, bool isRetry)
{
    Q_ASSERT(context);
    QKeychain::Job *job = makeJob();
    // Without a keychain QtKeychain would otherwise keep the password in a plain-text QSettings file.
    job->setInsecureFallback(false);
    // Deliberately without a parent: deleting a job that libsecret still holds a pointer to would
    // crash; the job deletes itself once it has finished.
    job->setAutoDelete(true);

    const QPointer<KeychainSecretStore> self(this);
    connect(job, &QKeychain::Job::finished, context, [=](QKeychain::Job *finished) {
        const SecretError error = classify(key, *finished);
        if (error.kind != SecretError::Kind::NoBackend || isRetry || !self) {
            handle(finished, error);
            return;
        }
        qCInfo(lcSecrets, "No keychain is available yet (%s); trying again in %lld ms",
               qUtf8Printable(finished->errorString()), static_cast<long long>(self->m_retryDelay.count()));
        // The timer belongs to context, so a caller that goes away takes the retry with it.
        QTimer::singleShot(self->m_retryDelay, context, [=] {
            if (self)
                self->run(key, makeJob, context, handle, true);
        });
    });
    job->start();
}

SecretError KeychainSecretStore::classify(const QString &key, const QKeychain::Job &job)
{
    const SecretError noBackend{
        SecretError::Kind::NoBackend,
        tr("No keychain is available to keep passwords. Start a Secret Service such as GNOME Keyring or "
           "KWallet; on a server without one, set secrets.store to file.")};
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return notFoundError(key);
    case QKeychain::NoBackendAvailable:
        return noBackend;
    case QKeychain::OtherError:
        if (!keychainServiceOnBus())
            return noBackend;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretError::Kind::Failed,
                tr("The keychain refused access to the password for “%1”.").arg(key)};
    default:
        break;
    }
    return {SecretError::Kind::Failed,
            tr("The keychain could not handle the password for “%1”: %2").arg(key, job.errorString())};
}

} // namespace Sluice
