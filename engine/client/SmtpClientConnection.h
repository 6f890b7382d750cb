// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/Transcript.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslError>
#include <QTimer>

class QSslSocket;
class QSslError;

namespace Sluice {

/// What TLS on an outbound connection has to prove.
struct ClientTlsSettings
{
    QString peerName; ///< the name the certificate must carry
    QList<QSslCertificate> extraCaCertificates;
    QByteArray pinnedSha256; ///< accepted although it does not verify; empty: none
    /// Opportunistic TLS without a pin encrypts even when the certificate does not verify (as
    /// Postfix's "may" level): refusing would leave the mail deferred for good, and falling back to
    /// clear text protects less. Required TLS, or a pin, insists on a verified (or pinned) certificate.
    bool requireVerifiedCertificate = true;
    int handshakeTimeoutMs = 60 * 1000;
};

/// The transport half of an outbound SMTP session: the socket, TLS, reading replies line by line with
/// SmtpReplyReader, the reply time-outs and the transcript of every line. It knows nothing of what the
/// commands mean; SmtpClientSession does.
///
/// Every command is queued with the time its reply may take, so pipelined replies are timed one after
/// the other in order. A reply nobody waits for is a protocol error, not something to guess about.
class SmtpClientConnection : public QObject
{
    Q_OBJECT
public:
    enum class Failure { ConnectFailed, Lost, Timeout, Protocol, Tls };
    Q_ENUM(Failure)

    explicit SmtpClientConnection(Transcript *transcript, QObject *parent = nullptr);
    ~SmtpClientConnection() override;

    /// connected() follows, and the greeting is then awaited like a reply.
    void connectToHost(const QString &host, quint16 port, int connectTimeoutMs, int greetingTimeoutMs);
    /// Adds a command line (CRLF is appended) to the next write. logText replaces the line in the
    /// transcript when it carries a secret.
    void queueCommand(const QByteArray &line, int replyTimeoutMs, const QByteArray &logText = {});
    void flush(); ///< writes everything queued at once (one write for a pipelined group)
    void sendCommand(const QByteArray &line, int replyTimeoutMs, const QByteArray &logText = {});
    /// Writes the dot-stuffed data section; the peer must keep reading (blockTimeoutMs without
    /// progress is a time-out), then replyCount replies are awaited, each within replyTimeoutMs.
    void sendData(const QByteArray &wire, int replyCount, int blockTimeoutMs, int replyTimeoutMs);
    /// Starts the client side of TLS after "220" to STARTTLS. Anything already received in clear
    /// text is thrown away first (RFC 3207 section 6: nothing from before the handshake counts).
    void startTls(const ClientTlsSettings &settings);

    void close(); ///< ends politely (pending output is still written); no signal follows
    void abort(); ///< cuts the connection at once; no signal follows
    /// Role reversal, the provider's side (ATRN, TURN served): continues on a connection that is
    /// already open (and perhaps encrypted), as its client: the other side's greeting is awaited
    /// within greetingTimeoutMs, then everything goes on as after connectToHost(). Takes ownership.
    void adoptSocket(QSslSocket *socket, int greetingTimeoutMs);
    /// Role reversal (TURN, ATRN): hands the open socket over to the caller, who owns it from now on,
    /// with none of this connection's signal connections or timers left on it. The connection is
    /// closed afterwards and emits nothing more. Bytes the server sent after the reply just handled
    /// are discarded with a transcript note: RFC 2645 and RFC 821 have the server wait for our 220,
    /// so anything earlier is a peer that talked out of turn. Null when no socket is left.
    QSslSocket *takeSocket();

    bool isOpen() const { return m_state == State::Open; }
    bool isEncrypted() const;
    QSslCertificate peerCertificate() const;
    /// What certificate verification reported during the last STARTTLS (empty when the certificate
    /// verified), whether or not the errors were then accepted (opportunistic TLS, a pin): the
    /// connection test shows it.
    QList<QSslError> verificationErrors() const { return m_verificationErrors; }
    QSslCipher sessionCipher() const;

Q_SIGNALS:
    void connected();
    void replyReceived(const Sluice::SmtpReply &reply);
    /// The whole data section, final dot included, has been handed to the network: from now on a
    /// lost connection may have left the message with the server.
    void dataSent();
    void tlsEstablished();
    /// The connection is gone (or being cut); emitted once, never after close() or abort().
    void failed(Sluice::SmtpClientConnection::Failure failure, const QString &reason);

private:
    enum class State { Idle, Connecting, Open, Handshaking, Closed };
    struct Awaited
    {
        QByteArray what;
        int timeoutMs;
    };

    void attachSocket();
    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onTimeout();
    void processInput();
    void armTimer();
    qint64 pendingOutput() const;
    void fail(Failure failure, const QString &reason);
    void note(const QByteArray &text);

    Transcript *m_transcript;
    QSslSocket *m_socket;
    QTimer m_timer;
    State m_state = State::Idle;
    QString m_hostText;
    int m_connectTimeoutMs = 0;
    int m_greetingTimeoutMs = 0;
    int m_handshakeTimeoutMs = 0;
    int m_dataBlockTimeoutMs = 0;
    bool m_writingData = false;
    QList<Awaited> m_awaited;
    QByteArray m_output;
    QByteArray m_input;
    SmtpReplyReader m_reader;
    QByteArray m_pinnedSha256;
    bool m_requireVerified = true;
    QStringList m_sslErrors;
    QList<QSslError> m_verificationErrors;
};

} // namespace Sluice
