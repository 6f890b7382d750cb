// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"
#include "log/InboundSessionRecorder.h"
#include "smtp/AuthThrottle.h"
#include "smtp/SmtpReply.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace Sluice {

class MessageQueue;
class RecipientPolicy;
class SmtpServerSession;

/// The inbound SMTP listener: accepts connections, enforces the connection limits and the transfer
/// mode, and runs one SmtpServerSession per connection. Connections arrive as QSslSocket objects, so
/// that a session can switch to TLS when the client says STARTTLS.
class SmtpServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int TrafficIntervalMs = 500; ///< trafficSeen() at most this often

    explicit SmtpServer(MessageQueue *queue, QObject *parent = nullptr);
    ~SmtpServer() override;

    /// Applies settings. Binds (or rebinds) the listener when the address or port changed; on failure
    /// the previous listener stays up and error says why. Sessions already running keep the
    /// settings they started with.
    bool configure(const SmtpServerConfig &config, std::shared_ptr<const RecipientPolicy> policy,
                   QString *error);

    bool isListening() const;
    QHostAddress listenAddress() const;
    quint16 listenPort() const; ///< the port actually bound (useful when the setting is 0)
    quint16 atrnPort() const;   ///< the ATRN listener's port; 0 when it is off
    int sessionCount() const { return int(m_sessions.size()); }
    /// Octets all sessions hold for their clients (SmtpServerSession::bufferedBytes()).
    qint64 bufferedBytes() const;

    /// Stops accepting; idle sessions are closed with 421, sessions inside a transaction may finish
    /// within graceMs, then the rest are cut. Emits stopped() when no session is left.
    void stop(int graceMs);

    /// Role reversal (TURN, ATRN): serves a connection Sluice opened to its provider as if the
    /// provider had connected here, with the same checks (settings snapshot, recipient policy,
    /// queue, transfer mode). Takes ownership of socket, which may be encrypted already. The
    /// session greets at once, on the next turn of the event loop (no greeting delay, and never a
    /// finish before the caller holds the pointer); the connection limits do not apply, as we
    /// called. Null (socket closed and deleted) when no configuration is set or the server stops.
    SmtpServerSession *adoptConnection(QTcpSocket *socket);

    /// Failed AUTH attempts per client address, shared by every session of this listener.
    AuthThrottle &authThrottle() { return m_authThrottle; }

Q_SIGNALS:
    void listening(const QHostAddress &address, quint16 port);
    void stopped();
    void sessionFinished();
    /// Some session read or wrote bytes; at most one emission per TrafficIntervalMs, for the link
    /// cycle's idle time-out.
    void trafficSeen();
    /// A message was queued (the client got its 250 to the final dot); reversed: over an adopted
    /// connection.
    void messageAccepted(qint64 bytes, bool reversed);
    /// An adopted session ended (emitted before sessionFinished()); session is deleted later.
    void reversedSessionFinished(Sluice::SmtpServerSession *session, int messages, qint64 bytes);
    /// Any session ended, with what the connection log keeps of it (see InboundSessionRecorder).
    void sessionRecorded(const Sluice::SessionSummary &summary, const Sluice::Transcript &transcript);

private:
    bool bind(const SmtpServerConfig &config, QString *error);
    void onNewConnection();
    /// ownConnection: adopted after role reversal, not subject to the Hosts list or accept policy.
    SmtpServerSession *addSession(QTcpSocket *socket, const QString &host, bool atrnListener = false,
                                  bool ownConnection = false);
    void bindAtrn(const SmtpServerConfig &config);
    void onRolesReversed(SmtpServerSession *session, const QStringList &nodes);
    std::optional<SmtpReply> transferModeRefusal() const;
    void onActivity();
    void onSessionFinished(SmtpServerSession *session);

    MessageQueue *m_queue;
    QTcpServer *m_listener = nullptr;
    std::shared_ptr<const SmtpServerConfig> m_config;
    std::shared_ptr<const RecipientPolicy> m_policy;
    AuthThrottle m_authThrottle;
    QSet<SmtpServerSession *> m_sessions;
    QHash<QString, int> m_perHost;
    QHash<SmtpServerSession *, QString> m_sessionHost;
    QSet<SmtpServerSession *> m_reversed;
    QTcpServer *m_atrnListener = nullptr;
    QElapsedTimer m_lastTraffic;
    bool m_stopping = false;
};

} // namespace Sluice
