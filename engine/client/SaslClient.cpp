// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/SaslClient.h"

#include "client/SaslEncoding.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Sluice {

SaslPlainClient::SaslPlainClient(QString user, QString password)
    : m_user(std::move(user))
    , m_password(std::move(password))
{}

std::optional<QByteArray> SaslPlainClient::initialResponse()
{
    m_sent = true;
    // No authorisation identity: the account acts as itself.
    return Sasl::plainMessage(QString(), m_user, m_password);
}

std::optional<QByteArray> SaslPlainClient::respond(QByteArrayView challenge)
{
    // A server that ignores the initial response asks with an empty 334; anything further is wrong.
    if (m_sent || !challenge.isEmpty())
        return std::nullopt;
    return initialResponse();
}

SaslLoginClient::SaslLoginClient(QString user, QString password)
    : m_user(std::move(user))
    , m_password(std::move(password))
{}

std::optional<QByteArray> SaslLoginClient::respond(QByteArrayView)
{
    switch (m_step++) {
    case 0:
        return m_user.toUtf8();
    case 1:
        return m_password.toUtf8();
    default:
        return std::nullopt;
    }
}

SaslCramMd5Client::SaslCramMd5Client(QString user, QString password)
    : m_user(std::move(user))
    , m_password(std::move(password))
{}

std::optional<QByteArray> SaslCramMd5Client::respond(QByteArrayView challenge)
{
    if (m_answered || challenge.isEmpty())
        return std::nullopt;
    m_answered = true;
    return Sasl::cramMd5Response(m_user, m_password, challenge);
}

namespace {

std::unique_ptr<SaslClientMechanism> makeMechanism(ClientSecurity::Auth auth, const ClientSecurity &security)
{
    switch (auth) {
    case ClientSecurity::Auth::CramMd5:
        return std::make_unique<SaslCramMd5Client>(security.account, security.password);
    case ClientSecurity::Auth::Plain:
        return std::make_unique<SaslPlainClient>(security.account, security.password);
    case ClientSecurity::Auth::Login:
        return std::make_unique<SaslLoginClient>(security.account, security.password);
    case ClientSecurity::Auth::None:
    case ClientSecurity::Auth::Any:
        break;
    }
    return nullptr;
}

QString offeredText(const QList<QByteArray> &offered)
{
    return offered.isEmpty() ? u"none"_s : QString::fromLatin1(offered.join(' '));
}

} // namespace

SaslChoice chooseSaslMechanism(const ClientSecurity &security, const QList<QByteArray> &offered,
                               bool tlsActive)
{
    SaslChoice choice;
    if (security.auth == ClientSecurity::Auth::None)
        return choice;
    if (offered.isEmpty()) {
        choice.error = u"authentication is configured, but the server offers no AUTH mechanism"_s;
        return choice;
    }
    const bool clearTextAllowed = tlsActive || security.allowPlaintextAuth;
    const QList<ClientSecurity::Auth> candidates =
        security.auth == ClientSecurity::Auth::Any
            ? QList<ClientSecurity::Auth>{ClientSecurity::Auth::CramMd5, ClientSecurity::Auth::Plain,
                                          ClientSecurity::Auth::Login}
            : QList<ClientSecurity::Auth>{security.auth};
    QByteArray refusedForClearText;
    for (const ClientSecurity::Auth candidate : candidates) {
        std::unique_ptr<SaslClientMechanism> mechanism = makeMechanism(candidate, security);
        if (!offered.contains(mechanism->name()))
            continue;
        if (mechanism->exposesPassword() && !clearTextAllowed) {
            if (refusedForClearText.isEmpty())
                refusedForClearText = mechanism->name();
            continue;
        }
        choice.mechanism = std::move(mechanism);
        return choice;
    }
    if (!refusedForClearText.isEmpty()) {
        choice.error = u"AUTH %1 would send the password without TLS, and clear-text authentication is "
                       u"not allowed"_s.arg(QString::fromLatin1(refusedForClearText));
    } else {
        choice.error =
            u"the server offers no usable AUTH mechanism (offered: %1)"_s.arg(offeredText(offered));
    }
    return choice;
}

} // namespace Sluice
