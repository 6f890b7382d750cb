// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"
#include "log/InboundSessionRecorder.h"
#include "queue/QueuedMessage.h"
#include "smtp/DataReceiver.h"
#include "smtp/ServerAuth.h"
#include "smtp/SmtpCommand.h"
#include "smtp/SmtpReply.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;

namespace Sluice {

class AuthThrottle;
class MessageQueue;
class RecipientPolicy;

/// What every session of one listener shares. Settings are snapshots: a change applies to sessions
/// that start after it, never half-way through a conversation.
struct SessionContext
{
    std::shared_ptr<const SmtpServerConfig> config;
    std::shared_ptr<const RecipientPolicy> policy;
    MessageQueue *queue = nullptr;
    AuthThrottle *authThrottle = nullptr; ///< failed AUTH per address; nullptr: no throttling
    /// The On-Demand Mail Relay listener (RFC 2645): only EHLO, AUTH, STARTTLS, ATRN and QUIT.
    bool atrnListener = false;
};

/// One inbound SMTP conversation (RFC 5321 server side), from greeting to QUIT.
///
/// Input is handled line by line from a buffer, so pipelined commands (RFC 2920) are answered in
/// order and their replies leave in one write. While a message is being made durable (or a failed
/// AUTH's answer is held back) the session reads nothing further: a command pipelined after the data
/// waits for the 250. What a session holds in memory is bounded whatever the client does: it reads
/// in chunks, stops reading while a client that does not read its replies has a backlog of them,
/// and a trickle of bytes never extends a command's or the DATA phase's time-out (slowloris).
class SmtpServerSession : public QObject
{
    Q_OBJECT
public:
    SmtpServerSession(QTcpSocket *socket, SessionContext context, QObject *parent = nullptr);
    ~SmtpServerSession() override;

    void start(); ///< greet (after the greeting delay, when one applies)
    /// Greets at once, whoever the peer is: for a connection Sluice made itself and whose roles were
    /// reversed (TURN, ATRN), where the provider waits for our 220 and never talks first.
    void greetNow();
    void refuse(const SmtpReply &reply); ///< answer the connection with reply (421) and close
    /// The engine is stopping: idle sessions get 421 now; one inside a transaction may finish it.
    void requestShutdown();
    void abort(); ///< close at once; nothing unacknowledged is kept

    bool isInTransaction() const;
    QString peerText() const { return m_peerText; }
    int messagesAccepted() const { return m_messagesAccepted; } ///< answered 250 after the final dot
    qint64 bytesAccepted() const { return m_bytesAccepted; }
    /// The account the client logged in as with AUTH; empty when it has not (TURN, ATRN need one).
    QString authenticatedAccount() const { return m_authenticatedAccount; }
    /// After rolesReversed(): the connection, detached from this session, for its new owner.
    QTcpSocket *releaseSocket();
    bool isEncrypted() const; ///< TLS is on (after STARTTLS, or an adopted encrypted connection)
    /// The conversation so far, for the connection log (secrets already taken out).
    const InboundSessionRecorder &recorder() const { return m_recorder; }
    /// Octets this session holds for the client right now: unread input (ours and the socket's),
    /// unsent replies and the message being received. For the abuse tests' memory bounds.
    qint64 bufferedBytes() const;

Q_SIGNALS:
    void finished(Sluice::SmtpServerSession *session);
    /// Bytes were read or written. Emitted for every read and write: the server throttles.
    void activity();
    /// A message was queued and the client got its 250; bytes as stored (Received: included).
    void messageAccepted(qint64 bytes);
    /// 250 to ATRN or TURN went out: the server takes the socket (releaseSocket()) and delivers the
    /// mail held for nodes over it; this session is finished.
    void rolesReversed(Sluice::SmtpServerSession *session, const QStringList &nodes);

private:
    /// Handshake: after STARTTLS's 220 until the TLS handshake is done; AuthDelay: a failed AUTH's
    /// reply is held back (AuthThrottle). Nothing is read in either.
    enum class State { Delaying, Commands, Data, Storing, Handshake, AuthDelay, Closing, Closed };

    void greet();
    // ATRN and TURN served (SmtpServerSessionReversal.cpp)
    bool refusedOnAtrnListener(const SmtpCommand &command);
    void handleAtrn(const SmtpCommand &command);
    void handleTurn(const SmtpCommand &command);
    QStringList nodesWithHeldMail(const QStringList &domains) const;
    void reverseRoles(const QStringList &nodes);
    // Reading the client (SmtpServerSessionInput.cpp)
    void onReadyRead();
    void processInput();
    void queueContinuation();
    bool pullInput(); ///< one chunk from the socket into m_input; false when none waits
    bool outputBacklogged() const;
    void extendDataDeadline(qint64 octets);
    bool takeCommandLine(QByteArray *line);
    void refuseLongLine();
    void handleCommand(const QByteArray &line);
    void handleHelo(const SmtpCommand &command, bool extended);
    void handleMail(const SmtpCommand &command);
    void handleRcpt(const SmtpCommand &command);
    // The DATA phase (SmtpServerSessionData.cpp)
    void handleData(const SmtpCommand &command);
    void finishData();
    void onStored(const EnqueueResult &result);
    void resetTransaction();
    // STARTTLS and AUTH (SmtpServerSessionSecurity.cpp)
    bool tlsAvailable() const;
    bool plaintextAuthAllowed() const;
    void handleStarttls(const SmtpCommand &command);
    void onEncrypted();
    void handleAuth(const SmtpCommand &command);
    void answerAuth(const ServerAuth::Step &step);
    QString throttleKey() const;

    void reply(int code, const char *enhancedCode, const QByteArray &text);
    void send(const SmtpReply &reply);
    void flush();
    void closeWith(int code, const char *enhancedCode, const QByteArray &text);
    void onDisconnected();

    QTcpSocket *m_socket;
    SessionContext m_context;
    QString m_peerText;
    bool m_mayRelay = false;
    State m_state = State::Commands;
    QByteArray m_input;
    QByteArray m_output;
    QTimer m_idleTimer;
    QTimer m_greetingTimer;
    int m_errors = 0;
    bool m_discardingLongLine = false;
    bool m_continuationQueued = false; ///< processInput() will go on at the next event-loop turn
    bool m_shutdownRequested = false;
    bool m_finished = false;

    // Who the client said it is
    QByteArray m_heloName;
    bool m_extended = false;

    // The current transaction
    bool m_haveSender = false;
    QByteArray m_sender;
    QList<NewRecipient> m_recipients;
    QSet<QByteArray> m_recipientKeys;
    QString m_queueId;
    std::optional<DataReceiver> m_data;
    qint64 m_storingBytes = 0;

    int m_messagesAccepted = 0;
    qint64 m_bytesAccepted = 0;

    // STARTTLS and AUTH
    ServerAuth m_auth;
    QString m_authenticatedAccount;
    bool m_atrnAsked = false; ///< a repeated ATRN gets 450 (RFC 2645)

    InboundSessionRecorder m_recorder;
};

} // namespace Sluice
