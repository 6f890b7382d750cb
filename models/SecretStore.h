// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Sluice {

/// Why a secret operation failed. The kinds are what a caller acts on: NotFound asks the user for the
/// password, NoBackend suggests installing or starting a keychain (or secrets.store = file on a server),
/// Failed shows the message.
struct SecretError
{
    enum class Kind {
        None,      ///< success
        NotFound,  ///< nothing stored under the key
        NoBackend, ///< no keychain service (Secret Service, KWallet) is running or can be started
        Failed,    ///< denied by the user or the keychain, or any other failure; see message
    };
    Kind kind = Kind::None;
    QString message; ///< translated, for the user; empty on success

    bool isError() const { return kind != Kind::None; }
};

/// Builds the keys secrets are stored under. Keys are scoped to the account they belong to, so two
/// accounts on one server, or one account name on two servers, never share a password. Each part is
/// escaped so that a "/" inside an account name cannot make two different accounts collide.
class SecretKey
{
public:
    /// "smtp-auth/<host-or-domain>/<account>": the password Sluice logs in with at a relay.
    static QString smtpAuth(const QString &hostOrDomain, const QString &account);
    /// "dialup/<profile>/<account>": the password of a dial-up or PPP connection profile.
    static QString dialup(const QString &profile, const QString &account);
    /// "server-account/<name>": the password a client logs in to Sluice's own server with.
    static QString serverAccount(const QString &name);

private:
    static QString part(const QString &text);
    static QString hostPart(const QString &host);
};

/// Sluice's asynchronous store for passwords. Keychains answer over D-Bus and may show a prompt, so
/// every operation reports back through a callback, never as a return value:
/// - the callback always runs later, from the event loop, never inside the call that started it;
/// - it runs in the thread of `context`, and not at all once `context` is destroyed (nor, for a
///   keychain retry still waiting, once the store is).
/// Deleting a key that is not stored succeeds: the caller wanted it gone, and it is.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(bool ok, const QString &secret, const SecretError &error)>;
    using WriteCallback = std::function<void(bool ok, const SecretError &error)>;
    using DeleteCallback = std::function<void(bool ok, const SecretError &error)>;

    using QObject::QObject;

    virtual void readSecret(const QString &key, QObject *context, ReadCallback callback) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, QObject *context,
                             WriteCallback callback) = 0;
    virtual void deleteSecret(const QString &key, QObject *context, DeleteCallback callback) = 0;

    /// The translated "nothing stored" error for key, the same whichever store reports it.
    static SecretError notFoundError(const QString &key);
};

} // namespace Sluice
