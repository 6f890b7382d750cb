// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpServerSession, continued: STARTTLS (RFC 3207) and AUTH (RFC 4954), kept apart from the mail
// transaction so each file reads as one part of the conversation.
#include "smtp/SmtpServerSession.h"

#include "smtp/AuthThrottle.h"
#include "smtp/ClientAccess.h"
#include "smtp/ServerTls.h"

#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSmtpServer)
Q_DECLARE_LOGGING_CATEGORY(lcSmtpProtocol)

namespace Sluice {

namespace {
QByteArray hostBytes(const SmtpServerConfig &config)
{
    return config.hostName.toLatin1();
}
} // namespace

bool SmtpServerSession::isEncrypted() const
{
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
    return ssl && ssl->isEncrypted();
}

bool SmtpServerSession::tlsAvailable() const
{
    const SmtpServerConfig &config = *m_context.config;
    return qobject_cast<QSslSocket *>(m_socket) && !isEncrypted() && !config.tlsCertificate.isNull() &&
           !config.tlsKey.isNull() && QSslSocket::supportsSsl();
}

bool SmtpServerSession::plaintextAuthAllowed() const
{
    return isEncrypted() || m_context.config->plaintextAuth;
}

QString SmtpServerSession::throttleKey() const
{
    return NetworkList::normalised(m_socket->peerAddress()).toString();
}

void SmtpServerSession::handleStarttls(const SmtpCommand &command)
{
    if (!command.argument.isEmpty())
        return reply(501, "5.5.4", "Syntax: STARTTLS");
    if (isEncrypted())
        return reply(503, "5.5.1", "Error: TLS already active");
    if (!tlsAvailable())
        return reply(454, "4.7.0", "TLS not available");
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    reply(220, "2.0.0", "Ready to start TLS");
    flush();
    // Whatever the client pipelined after STARTTLS was sent in clear text and must not be acted on
    // once TLS is up (the STARTTLS command injection of 2011).
    m_input.clear();
    m_state = State::Handshake;
    const SmtpServerConfig &config = *m_context.config;
    ServerTls::configureServerSocket(ssl, {config.tlsCertificate, config.tlsChain, config.tlsKey});
    connect(ssl, &QSslSocket::encrypted, this, &SmtpServerSession::onEncrypted, Qt::SingleShotConnection);
    connect(ssl, &QAbstractSocket::errorOccurred, this, [this, ssl] {
        if (m_state != State::Handshake)
            return;
        qCInfo(lcSmtpServer).noquote() << m_peerText << "TLS handshake failed:" << ssl->errorString();
        abort();
    });
    ssl->startServerEncryption();
}

void SmtpServerSession::onEncrypted()
{
    if (m_state != State::Handshake)
        return;
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    qCInfo(lcSmtpServer).noquote() << m_peerText << "TLS established," << ssl->sessionCipher().name();
    // RFC 3207 section 4.2: forget everything learned before; the client starts over with EHLO.
    m_state = State::Commands;
    m_input.clear();
    m_heloName.clear();
    m_extended = false;
    resetTransaction();
    m_auth.reset();
    m_authenticatedAccount.clear();
    if (m_shutdownRequested)
        return closeWith(421, "4.3.2",
                         hostBytes(*m_context.config) + " Service shutting down, try again later");
    m_idleTimer.start(m_context.config->commandTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void SmtpServerSession::handleAuth(const SmtpCommand &command)
{
    if (m_context.config->accounts.isEmpty())
        return reply(502, "5.5.1", "Error: authentication not enabled");
    if (m_heloName.isEmpty() || !m_extended)
        return reply(503, "5.5.1", "Error: send EHLO first");
    if (!m_authenticatedAccount.isEmpty())
        return reply(503, "5.5.1", "Error: already authenticated");
    if (m_haveSender)
        return reply(503, "5.5.1", "Error: AUTH not permitted during a mail transaction");
    if (const std::optional<SmtpReply> refusal =
            ClientAccess::authRefusal(m_context.config->acceptPolicy, isEncrypted()))
        return send(*refusal); // smtp.accept_from = authenticated_tls
    if (m_context.authThrottle && m_context.authThrottle->isLockedOut(throttleKey()))
        return reply(454, "4.7.0", "Temporary authentication failure, try again later");
    answerAuth(m_auth.start(command.argument, plaintextAuthAllowed()));
}

void SmtpServerSession::answerAuth(const ServerAuth::Step &step)
{
    using Kind = ServerAuth::Step::Kind;
    if (step.kind == Kind::Success) {
        m_authenticatedAccount = step.account;
        if (m_context.authThrottle)
            m_context.authThrottle->recordSuccess(throttleKey());
        qCInfo(lcSmtpServer).noquote() << m_peerText << "authenticated as" << step.account;
    }
    if (step.kind == Kind::Challenge && step.reply.text().isEmpty()) {
        // RFC 4954 section 4: "334" SP [base64]; SmtpReply would write a bare "334".
        qCDebug(lcSmtpProtocol).noquote() << m_peerText << "S: 334";
        m_output += "334 \r\n";
        m_recorder.rawReply("334 ");
        return;
    }
    if (step.kind != Kind::Failure)
        return send(step.reply);

    qCInfo(lcSmtpServer).noquote() << m_peerText << "authentication failed";
    const AuthThrottle::Verdict verdict = m_context.authThrottle
                                              ? m_context.authThrottle->recordFailure(throttleKey())
                                              : AuthThrottle::Verdict();
    if (verdict.lockout) {
        qCWarning(lcSmtpServer).noquote()
            << m_peerText << "too many failed authentication attempts; AUTH refused from this address for"
            << AuthThrottle::LockoutMs / 60000 << "minutes";
        return closeWith(421, "4.7.0",
                         hostBytes(*m_context.config) + " Error: too many failed authentication attempts");
    }
    if (verdict.delayMs <= 0)
        return send(step.reply);
    // A guesser waits for each answer; what it pipelines meanwhile stays unread in m_input.
    m_state = State::AuthDelay;
    m_idleTimer.stop();
    QTimer::singleShot(verdict.delayMs, this, [this, reply = step.reply] {
        if (m_state != State::AuthDelay)
            return;
        m_state = State::Commands;
        send(reply);
        if (m_shutdownRequested) {
            closeWith(421, "4.3.2", hostBytes(*m_context.config) + " Service shutting down, try again later");
            return;
        }
        m_idleTimer.start(m_context.config->commandTimeoutMs);
        processInput();
    });
}

} // namespace Sluice
