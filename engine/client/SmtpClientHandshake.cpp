// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/SmtpClientHandshake.h"

#include "client/SaslClient.h"
#include "client/SaslEncoding.h"
#include "client/SmtpClientConnection.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Sluice {

QString replyText(const SmtpReply &reply)
{
    QByteArray text = QByteArray::number(reply.code);
    if (!reply.enhancedCode.isEmpty())
        text += ' ' + reply.enhancedCode;
    if (!reply.text().isEmpty())
        text += ' ' + reply.text();
    return QString::fromUtf8(text);
}

SmtpClientHandshake::SmtpClientHandshake(const SmtpClientConfig &config, SmtpClientConnection *connection,
                                         PeerInfo *peer, Transcript *transcript)
    : m_config(config)
    , m_connection(connection)
    , m_peer(peer)
    , m_transcript(transcript)
{}

SmtpClientHandshake::~SmtpClientHandshake() = default;

SmtpClientHandshake::Progress SmtpClientHandshake::handleReply(const SmtpReply &reply)
{
    switch (m_step) {
    case Step::Greeting:
        return onGreeting(reply);
    case Step::Hello:
        return onHello(reply);
    case Step::Helo:
        return onHelo(reply);
    case Step::StartTls:
        return onStartTls(reply);
    case Step::Auth:
        return onAuth(reply);
    case Step::Handshake:
        break; // the connection reads no replies during the TLS handshake
    }
    return Progress::Waiting;
}

SmtpClientHandshake::Progress SmtpClientHandshake::onGreeting(const SmtpReply &reply)
{
    m_peer->greeting = reply;
    if (reply.code >= 200 && reply.code < 300)
        return sendHello();
    // RFC 5321 3.1: a 554 greeting still expects QUIT. Whether another host should be tried is for
    // the delivery layer, so even a 5xx only defers.
    return failWith(u"the server refused the session: %1"_s.arg(replyText(reply)), reply);
}

SmtpClientHandshake::Progress SmtpClientHandshake::sendHello()
{
    m_step = Step::Hello;
    const QByteArray verb = m_config.lmtp ? "LHLO "_ba : "EHLO "_ba;
    m_connection->sendCommand(verb + m_config.heloName.toUtf8(), m_config.timeouts.command);
    return Progress::Waiting;
}

SmtpClientHandshake::Progress SmtpClientHandshake::onHello(const SmtpReply &reply)
{
    if (reply.code >= 200 && reply.code < 300) {
        m_capabilities = EhloCapabilities::fromReply(reply);
        m_peer->capabilities = m_capabilities.lines();
        m_peer->usedEhlo = !m_config.lmtp;
        return afterHello();
    }
    // RFC 5321 3.2: a server that does not know EHLO answers 5xx; HELO still works, without any
    // extension. LMTP has no such fallback (RFC 2033 4.1).
    if (reply.isPermanentFailure() && !m_config.lmtp) {
        note(u"EHLO refused; falling back to HELO without extensions"_s);
        m_step = Step::Helo;
        m_connection->sendCommand("HELO " + m_config.heloName.toUtf8(), m_config.timeouts.command);
        return Progress::Waiting;
    }
    const QString verb = m_config.lmtp ? u"LHLO"_s : u"EHLO"_s;
    return failWith(u"the server refused %1: %2"_s.arg(verb, replyText(reply)), reply);
}

SmtpClientHandshake::Progress SmtpClientHandshake::onHelo(const SmtpReply &reply)
{
    if (!reply.isPositive())
        return failWith(u"the server refused HELO: %1"_s.arg(replyText(reply)), reply);
    m_capabilities = EhloCapabilities();
    m_peer->capabilities.clear();
    m_peer->usedEhlo = false;
    return afterHello();
}

SmtpClientHandshake::Progress SmtpClientHandshake::afterHello()
{
    if (!m_connection->isEncrypted()) {
        if (m_capabilities.has("STARTTLS") && QSslSocket::supportsSsl()) {
            m_step = Step::StartTls;
            m_connection->sendCommand("STARTTLS"_ba, m_config.timeouts.command);
            return Progress::Waiting;
        }
        if (m_config.security.tls == ClientSecurity::Tls::Required) {
            return failLocally(QSslSocket::supportsSsl()
                                   ? u"TLS required, but the server does not offer STARTTLS"_s
                                   : u"TLS required, but this system has no TLS library"_s);
        }
    }
    return authenticate();
}

SmtpClientHandshake::Progress SmtpClientHandshake::onStartTls(const SmtpReply &reply)
{
    if (reply.code == 220) {
        m_step = Step::Handshake;
        ClientTlsSettings settings;
        settings.peerName = m_config.tlsPeerName.isEmpty() ? m_config.host : m_config.tlsPeerName;
        settings.extraCaCertificates = m_config.extraCaCertificates;
        settings.pinnedSha256 = m_config.security.pinnedSha256;
        settings.requireVerifiedCertificate = m_config.security.tls == ClientSecurity::Tls::Required
                                              || !m_config.security.pinnedSha256.isEmpty();
        settings.handshakeTimeoutMs = m_config.timeouts.command;
        m_connection->startTls(settings);
        return Progress::Waiting;
    }
    if (m_config.security.tls == ClientSecurity::Tls::Required)
        return failWith(u"TLS required, but the server refused STARTTLS: %1"_s.arg(replyText(reply)), reply);
    note(u"STARTTLS refused; continuing without TLS"_s);
    return authenticate();
}

SmtpClientHandshake::Progress SmtpClientHandshake::onTlsEstablished()
{
    const QSslCertificate certificate = m_connection->peerCertificate();
    m_peer->tlsActive = true;
    m_peer->tlsSubject = certificate.subjectDisplayName();
    m_peer->tlsIssuer = certificate.issuerDisplayName();
    m_peer->tlsNotBefore = certificate.effectiveDate();
    m_peer->tlsNotAfter = certificate.expiryDate();
    // RFC 3207 4.2: everything learned before the handshake is forgotten; EHLO again.
    m_capabilities = EhloCapabilities();
    m_peer->capabilities.clear();
    return sendHello();
}

SmtpClientHandshake::Progress SmtpClientHandshake::authenticate()
{
    if (m_config.security.auth == ClientSecurity::Auth::None)
        return Progress::Ready;
    SaslChoice choice =
        chooseSaslMechanism(m_config.security, m_capabilities.authMechanisms(), m_connection->isEncrypted());
    if (!choice.mechanism)
        return failLocally(choice.error);
    m_sasl = std::move(choice.mechanism);
    m_step = Step::Auth;
    QByteArray line = "AUTH " + m_sasl->name();
    QByteArray logged = line;
    if (const std::optional<QByteArray> initial = m_sasl->initialResponse()) {
        // RFC 4954 4: "=" stands for an empty initial response.
        line += ' ' + (initial->isEmpty() ? "="_ba : initial->toBase64());
        logged += " [redacted]";
    }
    m_connection->sendCommand(line, m_config.timeouts.command, logged);
    return Progress::Waiting;
}

SmtpClientHandshake::Progress SmtpClientHandshake::onAuth(const SmtpReply &reply)
{
    if (reply.code == 334 && !m_saslCancelled) {
        const std::optional<QByteArray> challenge = Sasl::decodeBase64(reply.lines.value(0).trimmed());
        const std::optional<QByteArray> response = challenge ? m_sasl->respond(*challenge) : std::nullopt;
        if (!response) {
            // RFC 4954 4: "*" cancels; the server answers 501 and the failure is reported below.
            m_saslCancelled = true;
            m_connection->sendCommand("*"_ba, m_config.timeouts.command);
            return Progress::Waiting;
        }
        m_connection->sendCommand(response->toBase64(), m_config.timeouts.command, "[redacted]"_ba);
        return Progress::Waiting;
    }
    const QString name = QString::fromLatin1(m_sasl->name());
    if (reply.code >= 200 && reply.code < 300 && !m_saslCancelled) {
        m_peer->authMechanismUsed = m_sasl->name();
        note(u"authenticated as %1 with %2"_s.arg(m_config.security.account, name));
        m_sasl.reset();
        return Progress::Ready;
    }
    // Every refusal (535 bad credentials, 454 temporary, 534 too weak) is a session error that defers
    // the messages for now. A later issue may treat a definite 535 as needing the user's attention
    // instead of retrying with the same password.
    return failWith(u"authentication with %1 failed: %2"_s.arg(name, replyText(reply)), reply);
}

SmtpClientHandshake::Progress SmtpClientHandshake::failWith(const QString &why, const SmtpReply &reply)
{
    m_error = why;
    m_failureReply = reply;
    return Progress::Failed;
}

// A cause on our side (no TLS, no usable mechanism): the recipients carry a made-up 421, with the
// enhanced code for a security policy problem (RFC 3463 X.7.0).
SmtpClientHandshake::Progress SmtpClientHandshake::failLocally(const QString &why)
{
    return failWith(why, SmtpReply::make(421, "4.7.0", why.toUtf8()));
}

void SmtpClientHandshake::note(const QString &text)
{
    m_transcript->add(Transcript::Direction::Note, text.toUtf8());
}

} // namespace Sluice
