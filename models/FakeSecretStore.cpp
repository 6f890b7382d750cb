// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSecretStore.h"

using namespace Qt::StringLiterals;

namespace Sluice {

SecretError FakeSecretStore::failure() const
{
    if (m_failure == SecretError::Kind::None)
        return {};
    return {m_failure, u"FakeSecretStore: injected failure"_s};
}

void FakeSecretStore::readSecret(const QString &key, QObject *context, ReadCallback callback)
{
    SecretError error = failure();
    if (!error.isError() && !m_secrets.contains(key))
        error = notFoundError(key);
    const QString secret = error.isError() ? QString() : m_secrets.value(key);
    QMetaObject::invokeMethod(
        context, [callback, secret, error] { callback(!error.isError(), secret, error); },
        Qt::QueuedConnection);
}

void FakeSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                  WriteCallback callback)
{
    const SecretError error = failure();
    if (!error.isError())
        m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        context, [callback, error] { callback(!error.isError(), error); }, Qt::QueuedConnection);
}

void FakeSecretStore::deleteSecret(const QString &key, QObject *context, DeleteCallback callback)
{
    const SecretError error = failure();
    if (!error.isError())
        m_secrets.remove(key);
    QMetaObject::invokeMethod(
        context, [callback, error] { callback(!error.isError(), error); }, Qt::QueuedConnection);
}

} // namespace Sluice
