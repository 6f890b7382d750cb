// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/Transcript.h"
#include "outbound/DeliveryOutcome.h"
#include "outbound/NextHop.h"
#include "outbound/OutboundConfig.h"
#include "outbound/OutcomeRecorder.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class QTimer;

namespace Sluice {

class MessageQueue;
class RouteResolver;
class SessionPool;

/// One delivery run: every remote recipient that is due when it starts, or becomes due while it
/// runs (newly queued mail, reports it made itself), is routed and tried once. finished() comes when
/// nothing due is left. Each recipient is tried at most once per job, so the job ends even while
/// hosts keep deferring: a deferred recipient is not due again before its next attempt.
class DeliveryJob : public QObject
{
    Q_OBJECT
public:
    DeliveryJob(MessageQueue *queue, const OutboundConfig &config, const QString &hostName,
                const QByteArray &postmaster, OutcomeRecorder::ReportRouter router,
                QObject *parent = nullptr);
    ~DeliveryJob() override;

    void start();
    /// Looks for newly due recipients soon (wake-ups are gathered: one queue read for many).
    void refillSoon();
    /// Cuts the sessions; what they had not finished stays queued for a later job. finished() is
    /// emitted before this returns.
    void stop();
    bool isRunning() const { return m_running; }
    const DeliverySummary &summary() const { return m_summary; }

Q_SIGNALS:
    void finished(const Sluice::DeliverySummary &summary);
    void sessionFinished(const QString &host, bool ok, const QString &error,
                         const Sluice::Transcript &transcript);
    /// Reports were queued: local ones need the local delivery agent woken.
    void reportsQueued(bool hasLocal, bool hasRemote);

private:
    int refill(); ///< returns how many recipients it took on
    void route(const QString &domain, const DueRemoteMessage &message);
    void onRouted(const QString &domain, const RouteResult &result);
    void onRecipientsFinished(const DueRemoteMessage &message, const QList<RecipientOutcome> &outcomes);
    void checkDone();
    void finish();

    MessageQueue *m_queue;
    DeliverySummary m_summary;
    OutcomeRecorder m_recorder;
    RouteResolver *m_resolver;
    SessionPool *m_pool;
    QTimer *m_refillTimer;
    QHash<QString, RouteResult> m_routes;                      ///< per domain, for this job
    QHash<QString, QList<DueRemoteMessage>> m_waitingForRoute; ///< per domain being resolved
    QSet<qint64> m_seen;                                       ///< recipient ids taken on in this job
    QHash<qint64, int> m_open;                                 ///< message id -> recipients not finished yet
    bool m_running = false;
    bool m_checking = false;
};

} // namespace Sluice
