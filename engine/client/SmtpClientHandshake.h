// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/EhloCapabilities.h"
#include "client/SmtpClientTypes.h"
#include "client/Transcript.h"

#include <memory>

namespace Sluice {

class SaslClientMechanism;
class SmtpClientConnection;

/// The opening of an outbound session, up to the first MAIL: greeting; EHLO (HELO when EHLO is
/// refused, LHLO under LMTP); STARTTLS when offered (required under Tls::Required) and EHLO again;
/// AUTH when configured. It fills PeerInfo on the way.
class SmtpClientHandshake
{
public:
    enum class Progress { Waiting, Ready, Failed };

    SmtpClientHandshake(const SmtpClientConfig &config, SmtpClientConnection *connection, PeerInfo *peer,
                        Transcript *transcript);
    ~SmtpClientHandshake();

    Progress handleReply(const SmtpReply &reply);
    Progress onTlsEstablished();

    /// What the server offered after the last EHLO; empty after HELO.
    const EhloCapabilities &capabilities() const { return m_capabilities; }

    // Why the handshake failed (Progress::Failed). The server still listens, so QUIT follows.
    QString error() const { return m_error; }
    SmtpReply failureReply() const { return m_failureReply; } ///< the server's, or a synthesised 421

private:
    enum class Step { Greeting, Hello, Helo, StartTls, Handshake, Auth };

    Progress onGreeting(const SmtpReply &reply);
    Progress onHello(const SmtpReply &reply);
    Progress onHelo(const SmtpReply &reply);
    Progress onStartTls(const SmtpReply &reply);
    Progress onAuth(const SmtpReply &reply);
    Progress sendHello();
    Progress afterHello();
    Progress authenticate();
    Progress failWith(const QString &why, const SmtpReply &reply);
    Progress failLocally(const QString &why);
    void note(const QString &text);

    SmtpClientConfig m_config;
    SmtpClientConnection *m_connection;
    PeerInfo *m_peer;
    Transcript *m_transcript;
    Step m_step = Step::Greeting;
    EhloCapabilities m_capabilities;
    std::unique_ptr<SaslClientMechanism> m_sasl;
    bool m_saslCancelled = false;
    QString m_error;
    SmtpReply m_failureReply;
};

/// "250 2.1.0 Ok" for messages and logs.
QString replyText(const SmtpReply &reply);

} // namespace Sluice
