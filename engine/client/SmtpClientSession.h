// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/SmtpClientTypes.h"
#include "client/Transcript.h"

#include <QObject>

class QSslSocket;

namespace Sluice {

/// One outbound SMTP (or LMTP) connection delivering a list of messages to one host (RFC 5321 client).
///
/// Conversation: connect; greeting; EHLO (HELO when EHLO is refused with 5xx); STARTTLS when offered
/// (mandatory under Tls::Required: without it the messages are deferred and nothing is sent); EHLO
/// again with everything learned before TLS forgotten; AUTH with the strongest mechanism both sides
/// allow (CRAM-MD5, PLAIN, LOGIN; PLAIN/LOGIN only under TLS unless allowPlaintextAuth); then per
/// message MAIL FROM (SIZE= when offered; BODY=8BITMIME when the content has 8-bit octets and the
/// server offers 8BITMIME), RCPT TO each, DATA, the dot-stuffed content, and RSET between messages
/// when one failed half-way; QUIT at the end. With PIPELINING, MAIL, the RCPTs and DATA go in one
/// write and the replies are matched in order (RFC 2920).
///
/// Results are per recipient: 2xx delivered, 4xx deferred, 5xx failed. Losing the connection or a
/// time-out defers what is not yet answered; a loss after the final dot marks possibleDuplicate.
class SmtpClientSession : public QObject
{
    Q_OBJECT
public:
    explicit SmtpClientSession(const SmtpClientConfig &config, QObject *parent = nullptr);
    ~SmtpClientSession() override;

    /// Starts the conversation. With no messages the session only connects, greets, negotiates TLS
    /// and AUTH, and quits (the console's "Test connection").
    void start(const QList<OutboundMessage> &messages);
    /// The same conversation on a connection that is already open: after 250 to ATRN or TURN the
    /// provider becomes the client on the customer's connection (config.host/port are not used).
    void startOnSocket(QSslSocket *socket, const QList<OutboundMessage> &messages);
    void abort(); ///< cut the connection; unanswered recipients are deferred

    const Transcript &transcript() const { return m_transcript; }
    const PeerInfo &peerInfo() const { return m_peer; }

Q_SIGNALS:
    void messageFinished(const Sluice::MessageResult &result);
    /// Emitted once at the end. ok: the conversation reached QUIT (or the test completed) without a
    /// session-level failure; error: why not, in plain words (also in the transcript).
    void finished(bool ok, const QString &error);

private:
    struct Private;
    Private *d;
    Transcript m_transcript;
    PeerInfo m_peer;
};

} // namespace Sluice
