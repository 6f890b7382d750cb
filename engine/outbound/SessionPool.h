// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/Transcript.h"
#include "outbound/DeliveryOutcome.h"
#include "outbound/NextHop.h"
#include "outbound/OutboundConfig.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Sluice {

class SmtpClientSession;

/// The outbound connections of one delivery job. Messages are grouped by route (RouteResult::key):
/// one SmtpClientSession carries up to maxMessagesPerConnection of them, with at most
/// maxConnectionsPerHost sessions to one host and maxConnections in all.
///
/// When a session fails as a whole (no connection, a 4xx greeting, EHLO or STARTTLS, a lost
/// connection), the recipients it left deferred are tried on the route's next host (the next MX)
/// before they count as deferred. Recipients that may have reached the server (the connection broke
/// after the final dot) are never sent again in the same job.
class SessionPool : public QObject
{
    Q_OBJECT
public:
    SessionPool(const OutboundConfig &config, const QString &heloName, QObject *parent = nullptr);
    ~SessionPool() override;

    /// Queues message (with the recipients that take this route) and starts sessions as limits allow.
    void add(const RouteResult &route, const DueRemoteMessage &message);
    /// Cuts every session. Their unanswered recipients are reported nowhere: they stay queued as
    /// they were, and a later job tries them again.
    void abortAll();
    bool isIdle() const { return m_sessions.isEmpty() && m_retries.isEmpty() && m_routeOrder.isEmpty(); }

Q_SIGNALS:
    /// Final outcomes for some recipients of message: delivered and failed ones as soon as the server
    /// answered, deferred ones when the session ended and no further host was left to try.
    void recipientsFinished(const Sluice::DueRemoteMessage &message,
                            const QList<Sluice::RecipientOutcome> &outcomes);
    void sessionFinished(const QString &host, bool ok, const QString &error,
                         const Sluice::Transcript &transcript);
    void idle(); ///< the last session ended and nothing waits

private:
    struct Batch
    {
        RouteResult route;
        int hop = 0;
        QList<DueRemoteMessage> messages;
    };
    struct RouteQueue
    {
        RouteResult route;
        QList<DueRemoteMessage> pending;
    };
    struct Active
    {
        Batch batch;
        QString endpoint;
        QSet<qint64> answered;                          ///< recipient ids the session reported on
        QHash<qint64, QList<RecipientResult>> deferred; ///< by message id, held until the session ends
    };

    void pump();
    void schedulePump();
    bool hasRoom(const QString &endpoint) const;
    bool takeRetry(Batch *batch);
    bool carve(Batch *batch);
    void startSession(Batch batch);
    void onMessageFinished(SmtpClientSession *session, const MessageResult &result);
    void onSessionFinished(SmtpClientSession *session, bool ok, const QString &error);
    QString remoteMtaOf(SmtpClientSession *session) const;

    OutboundConfig m_config;
    QString m_heloName;
    QHash<QString, RouteQueue> m_routes; ///< by route key
    QStringList m_routeOrder;            ///< round robin over routes with pending messages
    QList<Batch> m_retries;              ///< batches waiting for their next host
    QHash<SmtpClientSession *, Active> m_sessions;
    QHash<QString, int> m_perEndpoint;
    bool m_pumpScheduled = false;
};

} // namespace Sluice
