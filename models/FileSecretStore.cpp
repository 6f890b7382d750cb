// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr int FormatVersion = 1;

} // namespace

QString FileSecretStore::fileName()
{
    return u"secrets.json"_s;
}

QString FileSecretStore::warningText()
{
    return tr("secrets.store is set to file: passwords are kept in %1 in Sluice's data folder. That file "
              "is NOT encrypted; only its owner-only permissions protect it, and anyone who can read it "
              "or a backup of it can read the passwords. Use this only on a server without a keychain.")
        .arg(fileName());
}

FileSecretStore::FileSecretStore(const QString &filePath, QObject *parent)
    : SecretStore(parent)
    , m_filePath(filePath)
{}

SecretError FileSecretStore::failure(const QString &message) const
{
    return {SecretError::Kind::Failed, message};
}

bool FileSecretStore::load(Secrets *secrets, SecretError *error) const
{
    secrets->clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    if (file.permissions() & GroupOrOther) {
        *error = failure(tr("The secrets file “%1” can be read or changed by other users, so Sluice does not "
                            "use it. Consider its passwords exposed and change them, then make the file "
                            "private with: chmod 600 “%1”")
                             .arg(shownPath));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = failure(tr("Could not read the secrets file “%1”: %2").arg(shownPath, file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    const QJsonValue stored = root.value("secrets"_L1);
    if (parseError.error != QJsonParseError::NoError || !stored.isObject() ||
        root.value("version"_L1).toInt() != FormatVersion) {
        *error =
            failure(tr("The secrets file “%1” is damaged or from another version of Sluice.").arg(shownPath));
        return false;
    }
    const QJsonObject entries = stored.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it)
        secrets->insert(it.key(), it.value().toString());
    return true;
}

bool FileSecretStore::save(const Secrets &secrets, SecretError *error) const
{
    const QString shownPath = QDir::toNativeSeparators(m_filePath);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = failure(tr("Could not write the secrets file “%1”: %2").arg(shownPath, file.errorString()));
        return false;
    }
    // Before a byte is written: a new file would otherwise get the umask's permissions, often 0644.
    file.setPermissions(OwnerOnly);
    QJsonObject entries;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        entries.insert(it.key(), it.value());
    const QJsonObject root{{"version"_L1, FormatVersion}, {"secrets"_L1, entries}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = failure(tr("Could not write the secrets file “%1”: %2").arg(shownPath, file.errorString()));
        return false;
    }
    return true;
}

void FileSecretStore::readSecret(const QString &key, QObject *context, ReadCallback callback)
{
    Secrets secrets;
    SecretError error;
    if (load(&secrets, &error) && !secrets.contains(key))
        error = notFoundError(key);
    const QString secret = secrets.value(key);
    // Queued, so that the callback never runs inside this call, as with a real keychain.
    QMetaObject::invokeMethod(
        context, [callback, secret, error] { callback(!error.isError(), secret, error); },
        Qt::QueuedConnection);
}

SecretError FileSecretStore::modify(const std::function<bool(Secrets &)> &change) const
{
    // The service and `sluice config` may both change the file: each read-modify-write holds the lock
    // so that neither loses the other's change.
    QLockFile lock(m_filePath + ".lock"_L1);
    if (!lock.tryLock(5000)) {
        return failure(tr("The secrets file “%1” is locked by another Sluice process.")
                           .arg(QDir::toNativeSeparators(m_filePath)));
    }
    Secrets secrets;
    SecretError error;
    if (load(&secrets, &error) && change(secrets))
        save(secrets, &error);
    return error;
}

void FileSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                  WriteCallback callback)
{
    const SecretError error = modify([&](Secrets &secrets) {
        secrets.insert(key, secret);
        return true;
    });
    QMetaObject::invokeMethod(
        context, [callback, error] { callback(!error.isError(), error); }, Qt::QueuedConnection);
}

void FileSecretStore::deleteSecret(const QString &key, QObject *context, DeleteCallback callback)
{
    const SecretError error = modify([&](Secrets &secrets) { return secrets.remove(key) > 0; });
    QMetaObject::invokeMethod(
        context, [callback, error] { callback(!error.isError(), error); }, Qt::QueuedConnection);
}

} // namespace Sluice
