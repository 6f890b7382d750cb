// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/OutboundDelivery.h"

#include "outbound/DeliveryJob.h"
#include "outbound/OutboundLog.h"
#include "outbound/ReportRouting.h"
#include "queue/MessageQueue.h"
#include "schedule/Clock.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/SmtpAddress.h"

#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbound, "sluice.outbound")

namespace Sluice {

namespace {
constexpr qint64 LongestTimerMs = 24LL * 3600 * 1000;
/// Never start jobs back to back: a recipient still due right after a job (its outcome could not be
/// stored) waits a little, and longer when storage is failing.
constexpr qint64 ShortestPauseMs = 1000;
constexpr qint64 PauseAfterStorageErrorsMs = 60 * 1000;
} // namespace

OutboundDelivery::OutboundDelivery(MessageQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may fire up to 5% early: a job started before the retry is due finds nothing.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &OutboundDelivery::wake);
}

OutboundDelivery::~OutboundDelivery()
{
    stop();
}

void OutboundDelivery::configure(const OutboundConfig &config, const QString &hostName,
                                 const QString &postmaster)
{
    m_config = config;
    m_hostName = hostName;
    m_postmaster = postmaster.isEmpty() ? "postmaster@" + hostName.toLatin1() : postmaster.toLatin1();
    m_stopped = false;
}

void OutboundDelivery::setRecipientPolicy(std::shared_ptr<const RecipientPolicy> policy)
{
    m_policy = std::move(policy);
}

void OutboundDelivery::setAlwaysConnected(bool on)
{
    m_alwaysConnected = on;
    if (on)
        return;
    m_timer->stop();
    // The engine wakes delivery at start, before the link has said whether it is dial-up: a job that
    // wake() created and that has not begun must not go out on a dial-up link outside a cycle (its
    // attempts would fail and push the mail's next attempt past the next cycle).
    if (m_job && m_jobWoken && !m_job->isRunning()) {
        delete m_job.data(); // never started: nothing to stop; its queued start() goes with it
        m_job = nullptr;
    }
}

void OutboundDelivery::setClock(Clock *clock)
{
    connect(clock, &Clock::jumped, this, &OutboundDelivery::onClockJumped);
}

void OutboundDelivery::onClockJumped(qint64 ms)
{
    qCInfo(lcOutbound) << "the clock was set by" << ms / 1000
                       << "s; queued mail keeps its age and retry times";
    m_queue->shiftTimes(ms);
    if (m_job) {
        m_job->noteClockJump();
        return; // its end schedules the next job
    }
    if (m_timer->isActive() || m_alwaysConnected) {
        m_timer->stop();
        scheduleNext(false);
    }
}

OutcomeRecorder::ReportRouter OutboundDelivery::reportRouter() const
{
    return reportRouterFor(m_policy);
}

DeliveryJob *OutboundDelivery::startJob()
{
    if (m_stopped)
        return nullptr;
    m_jobWoken = false;
    if (m_job)
        return m_job;
    m_timer->stop();
    auto *job = new DeliveryJob(m_queue, m_config, m_hostName, m_postmaster, reportRouter(), this);
    m_job = job;
    connect(job, &DeliveryJob::sessionFinished, this, &OutboundDelivery::sessionFinished);
    connect(job, &DeliveryJob::reportsQueued, this, &OutboundDelivery::reportsQueued);
    connect(job, &DeliveryJob::finished, this, [this, job](const DeliverySummary &summary) {
        if (m_job == job)
            m_job = nullptr;
        job->deleteLater();
        Q_EMIT jobFinished(summary);
        scheduleNext(summary.storageErrors > 0);
    });
    QMetaObject::invokeMethod(job, &DeliveryJob::start, Qt::QueuedConnection);
    return job;
}

void OutboundDelivery::wake()
{
    if (m_stopped)
        return;
    if (m_job)
        m_job->refillSoon();
    else if (m_alwaysConnected && startJob())
        m_jobWoken = true;
}

void OutboundDelivery::stop()
{
    m_stopped = true;
    m_timer->stop();
    if (m_job)
        m_job->stop();
}

void OutboundDelivery::scheduleNext(bool hadStorageErrors)
{
    if (!m_alwaysConnected || m_stopped)
        return;
    const QDateTime next = m_queue->nextRemoteAttempt();
    if (!next.isValid())
        return;
    const qint64 shortest = hadStorageErrors ? PauseAfterStorageErrorsMs : ShortestPauseMs;
    const qint64 ms = qBound(shortest, QDateTime::currentDateTimeUtc().msecsTo(next), LongestTimerMs);
    qCDebug(lcOutbound) << "next delivery job in" << ms / 1000 << "s";
    m_timer->start(int(ms));
}

} // namespace Sluice
