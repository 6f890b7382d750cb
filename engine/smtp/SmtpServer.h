// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QTcpServer;

namespace Sluice {

class MessageQueue;
class RecipientPolicy;
class SmtpServerSession;

/// The inbound SMTP listener: accepts connections, enforces the connection limits and the transfer
/// mode, and runs one SmtpServerSession per connection.
class SmtpServer : public QObject
{
    Q_OBJECT
public:
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
    int sessionCount() const { return int(m_sessions.size()); }

    /// Stops accepting; idle sessions are closed with 421, sessions inside a transaction may finish
    /// within graceMs, then the rest are cut. Emits stopped() when no session is left.
    void stop(int graceMs);

Q_SIGNALS:
    void listening(const QHostAddress &address, quint16 port);
    void stopped();
    void sessionFinished();

private:
    bool bind(const SmtpServerConfig &config, QString *error);
    void onNewConnection();
    void onSessionFinished(SmtpServerSession *session);

    MessageQueue *m_queue;
    QTcpServer *m_listener = nullptr;
    std::shared_ptr<const SmtpServerConfig> m_config;
    std::shared_ptr<const RecipientPolicy> m_policy;
    QSet<SmtpServerSession *> m_sessions;
    QHash<QString, int> m_perHost;
    QHash<SmtpServerSession *, QString> m_sessionHost;
    bool m_stopping = false;
};

} // namespace Sluice
