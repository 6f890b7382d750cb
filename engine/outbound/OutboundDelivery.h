// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/Transcript.h"
#include "outbound/DeliveryJob.h"
#include "outbound/DeliveryOutcome.h"
#include "outbound/OutboundConfig.h"
#include "outbound/OutcomeRecorder.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace Sluice {

class Clock;
class MessageQueue;
class RecipientPolicy;

/// Outbound delivery: the long-lived owner of delivery jobs (DeliveryJob), living on the Engine's
/// thread (its queue calls block only briefly; DNS and sockets are asynchronous).
///
/// Two ways to use it:
/// - "Always connected" (the default, what the Engine uses now): wake() starts a job when mail for
///   remote recipients was queued, and a timer starts one at the queue's next remote attempt.
/// - Dial-up (setAlwaysConnected(false)): the link cycle calls startJob() once the link is up and
///   waits for the job's finished(); wake() then only feeds a job that is running.
///
/// Transfer mode is the Engine's business, not this class's: for "Inbound only" the Engine simply
/// never calls wake() or startJob() (so no job runs and no timer is set); for "None" (flush: accept
/// nothing new) it still wakes this object, so what is already queued is delivered.
class OutboundDelivery : public QObject
{
    Q_OBJECT
public:
    OutboundDelivery(MessageQueue *queue, QObject *parent = nullptr);
    ~OutboundDelivery() override;

    /// Applies to the next job (a running one finishes with what it had). postmaster: the From of
    /// reports and the address of their copies; empty: postmaster@hostName.
    void configure(const OutboundConfig &config, const QString &hostName, const QString &postmaster);
    /// Reports to senders in local domains go to their Maildir (unknown local senders: the postmaster
    /// mailbox); without a policy every report goes out by SMTP.
    void setRecipientPolicy(std::shared_ptr<const RecipientPolicy> policy);
    void setAlwaysConnected(bool on);
    /// The engine's clock (not owned; null: none). When it is set rather than running on
    /// (Clock::jumped: NTP's first sync after a boot in 1970, the admin), the queue's arrival and
    /// retry times move by the same amount (MessageQueue::shiftTimes) and the retry timer is armed
    /// again: a jump alone never expires mail, and a clock set back never postpones a retry by the
    /// jump. A running job decides no expiry or delay warning after a jump; its next attempt does.
    /// Ages and retry pauses are measured in time that passed while Sluice ran (and across its
    /// restarts, by the wall clock); a jump while Sluice was not running cannot be told from time
    /// passing, and counts as such.
    void setClock(Clock *clock);
    bool isAlwaysConnected() const { return m_alwaysConnected; }

    /// The running job, or a new one that starts from the event loop, so the caller can connect to
    /// its finished() first. Returns nullptr after stop().
    DeliveryJob *startJob();
    DeliveryJob *currentJob() const { return m_job; }

public Q_SLOTS:
    /// Mail for remote recipients was queued.
    void wake();
    /// Stops the timer and the running job (its unfinished recipients stay queued); nothing starts
    /// again until configure() is called.
    void stop();

Q_SIGNALS:
    void jobFinished(const Sluice::DeliverySummary &summary);
    /// One per SMTP session, for the connection log.
    void sessionFinished(const QString &host, bool ok, const QString &error,
                         const Sluice::Transcript &transcript);
    /// Failure reports or delay warnings were queued; hasLocal: wake the local delivery agent.
    void reportsQueued(bool hasLocal, bool hasRemote);

private:
    void scheduleNext(bool hadStorageErrors);
    void onClockJumped(qint64 ms);
    OutcomeRecorder::ReportRouter reportRouter() const;

    MessageQueue *m_queue;
    OutboundConfig m_config;
    QString m_hostName;
    QByteArray m_postmaster;
    std::shared_ptr<const RecipientPolicy> m_policy;
    QTimer *m_timer;
    QPointer<DeliveryJob> m_job;
    bool m_alwaysConnected = true;
    bool m_jobWoken = false; ///< m_job came from wake(), not from a caller of startJob()
    bool m_stopped = false;
};

} // namespace Sluice
