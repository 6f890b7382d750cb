// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/DeliveryJob.h"

#include "outbound/OutboundLog.h"
#include "outbound/RouteResolver.h"
#include "outbound/SessionPool.h"
#include "queue/MessageQueue.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr int FetchBatch = 100;
/// Messages one job holds in memory (content included) before it waits for some to finish.
constexpr int MaxOpenMessages = 1000;
/// Wake-ups within this time share one queue read.
constexpr int RefillDelayMs = 50;

QString domainOf(const QByteArray &address)
{
    const qsizetype at = address.lastIndexOf('@');
    return at < 0 ? QString() : QString::fromLatin1(address.mid(at + 1)).toLower();
}
} // namespace

DeliveryJob::DeliveryJob(MessageQueue *queue, const OutboundConfig &config, const QString &hostName,
                         const QByteArray &postmaster, OutcomeRecorder::ReportRouter router, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_recorder(queue, config, hostName, postmaster, std::move(router), &m_summary)
    , m_resolver(new RouteResolver(this))
    , m_pool(new SessionPool(config, hostName, this))
    , m_refillTimer(new QTimer(this))
{
    m_resolver->configure(config);
    m_refillTimer->setSingleShot(true);
    m_refillTimer->setInterval(RefillDelayMs);
    connect(m_refillTimer, &QTimer::timeout, this, [this] {
        refill();
        checkDone();
    });
    connect(m_pool, &SessionPool::recipientsFinished, this, &DeliveryJob::onRecipientsFinished);
    connect(m_pool, &SessionPool::idle, this, &DeliveryJob::checkDone);
    connect(m_pool, &SessionPool::sessionFinished, this,
            [this](const QString &host, bool ok, const QString &error, const Transcript &transcript) {
                if (!ok)
                    m_summary.hostErrors.insert(host, error);
                Q_EMIT sessionFinished(host, ok, error, transcript);
            });
}

DeliveryJob::~DeliveryJob() = default;

void DeliveryJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_summary.started = QDateTime::currentDateTimeUtc();
    qCInfo(lcOutbound) << "delivery job started";
    refill();
    checkDone();
}

void DeliveryJob::refillSoon()
{
    if (m_running && !m_refillTimer->isActive())
        m_refillTimer->start();
}

void DeliveryJob::stop()
{
    if (!m_running)
        return;
    qCInfo(lcOutbound) << "delivery job stopped;" << m_open.size() << "message(s) left for later";
    m_resolver->abortAll();
    m_pool->abortAll();
    m_waitingForRoute.clear();
    m_open.clear();
    finish();
}

int DeliveryJob::refill()
{
    m_recorder.flushDelivered();
    if (!m_running || m_open.size() >= MaxOpenMessages)
        return 0;
    // Recipients this job already holds are still due in the queue until their outcome is recorded,
    // so the read asks for that many more messages and skips them.
    const int limit = FetchBatch + int(m_open.size()) + m_summary.storageErrors;
    const QList<DueRemoteMessage> due = m_queue->dueRemoteMessages(QDateTime::currentDateTimeUtc(), limit);
    int taken = 0;
    for (const DueRemoteMessage &message : due) {
        QHash<QString, DueRemoteMessage> byDomain;
        for (const DueRemoteRecipient &recipient : message.recipients) {
            if (m_seen.contains(recipient.recipientId))
                continue;
            m_seen.insert(recipient.recipientId);
            ++m_open[message.messageId];
            ++taken;
            const QString domain = domainOf(recipient.address);
            auto part = byDomain.find(domain);
            if (part == byDomain.end()) {
                part = byDomain.insert(domain, message);
                part->recipients.clear();
            }
            part->recipients.append(recipient);
        }
        for (auto part = byDomain.cbegin(); part != byDomain.cend(); ++part)
            route(part.key(), part.value());
    }
    return taken;
}

void DeliveryJob::route(const QString &domain, const DueRemoteMessage &message)
{
    const bool lookingUp = m_waitingForRoute.contains(domain);
    m_waitingForRoute[domain].append(message);
    if (domain.isEmpty())
        onRouted(domain, RouteResult::failure(true, "5.1.3", u"the address has no domain"_s));
    else if (m_routes.contains(domain))
        onRouted(domain, m_routes.value(domain));
    else if (!lookingUp)
        m_resolver->resolve(domain, this, [this, domain](const RouteResult &result) {
            onRouted(domain, result);
            checkDone();
        });
}

void DeliveryJob::onRouted(const QString &domain, const RouteResult &result)
{
    if (!domain.isEmpty())
        m_routes.insert(domain, result);
    const QList<DueRemoteMessage> waiting = m_waitingForRoute.take(domain);
    if (!result.ok() && !domain.isEmpty())
        m_summary.hostErrors.insert(domain, result.text);
    for (const DueRemoteMessage &message : waiting) {
        if (result.ok()) {
            m_pool->add(result, message);
            continue;
        }
        // The route itself failed: every recipient gets the same answer, made up here.
        QList<RecipientOutcome> outcomes;
        for (const DueRemoteRecipient &recipient : message.recipients) {
            RecipientResult recipientResult;
            recipientResult.recipientId = recipient.recipientId;
            recipientResult.outcome =
                result.permanent ? RecipientResult::Outcome::Failed : RecipientResult::Outcome::Deferred;
            recipientResult.reply =
                SmtpReply::make(result.permanent ? 550 : 451, result.enhancedCode, result.text.toLatin1());
            recipientResult.diagnostic = result.text;
            outcomes.append({recipient, recipientResult, {}});
        }
        onRecipientsFinished(message, outcomes);
    }
}

void DeliveryJob::onRecipientsFinished(const DueRemoteMessage &message,
                                       const QList<RecipientOutcome> &outcomes)
{
    m_recorder.record(message, outcomes, QDateTime::currentDateTimeUtc());
    auto open = m_open.find(message.messageId);
    if (open != m_open.end()) {
        *open -= int(outcomes.size());
        if (*open <= 0)
            m_open.erase(open);
    }
    if (m_recorder.queuedLocalReports() || m_recorder.queuedRemoteReports()) {
        Q_EMIT reportsQueued(m_recorder.queuedLocalReports(), m_recorder.queuedRemoteReports());
        // Reports to remote senders are due at once: this job delivers them too.
        if (m_recorder.queuedRemoteReports())
            refillSoon();
        m_recorder.clearQueuedFlags();
    }
}

void DeliveryJob::checkDone()
{
    if (!m_running || m_checking)
        return;
    m_checking = true;
    const auto idle = [this] {
        return m_pool->isIdle() && m_waitingForRoute.isEmpty();
    };
    // Before finishing, one more look: mail queued (or made due) meanwhile belongs to this job.
    while (idle() && refill() > 0) {
    }
    m_checking = false;
    if (m_running && idle())
        finish();
}

void DeliveryJob::finish()
{
    m_recorder.flushDelivered();
    m_running = false;
    m_refillTimer->stop();
    m_summary.finished = QDateTime::currentDateTimeUtc();
    qCInfo(lcOutbound).noquote() << "delivery job finished:" << m_summary.delivered << "delivered,"
                                 << m_summary.deferred << "deferred," << m_summary.failed << "failed,"
                                 << m_summary.reports << "report(s)," << m_summary.hostErrors.size()
                                 << "host error(s)";
    Q_EMIT finished(m_summary);
}

} // namespace Sluice
