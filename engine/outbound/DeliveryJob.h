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
///
/// The job holds the content of the messages it works on ("open": some taken recipient has no outcome
/// yet) in memory, so it reads them from the queue in a window: at most MaxOpenMessages messages and
/// MaxHeldContentBytes of content (or one message alone, whatever its size), refilled as they finish.
class DeliveryJob : public QObject
{
    Q_OBJECT
public:
    /// Content the open messages may hold: with the 25 MB size limit, a count alone let a job hold
    /// gigabytes.
    static constexpr qint64 MaxHeldContentBytes = 32 * 1024 * 1024;

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
    /// The wall clock was set (see OutboundDelivery::setClock): no expiry decided by this job from now on.
    void noteClockJump() { m_recorder.noteClockJump(); }
    const DeliverySummary &summary() const { return m_summary; }
    /// Content of the open messages now, and the most it was during this job (at most
    /// MaxHeldContentBytes, unless one message alone was larger).
    qint64 heldContentBytes() const { return m_heldBytes; }
    qint64 mostHeldContentBytes() const { return m_mostHeldBytes; }

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
    struct Open
    {
        int recipients = 0; ///< taken on and not finished yet
        qint64 bytes = 0;   ///< its content
    };
    QHash<qint64, Open> m_open; ///< by message id
    /// Messages read again with no recipient new to this job (their outcome could not be stored):
    /// left out of later reads, so their content is not read for nothing at every refill.
    QSet<qint64> m_spent;
    qint64 m_heldBytes = 0;
    qint64 m_mostHeldBytes = 0;
    bool m_windowFull = false; ///< the last refill may have left due mail behind: refill as messages finish
    bool m_running = false;
    bool m_checking = false;
};

} // namespace Sluice
