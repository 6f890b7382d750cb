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
/// Messages one job holds in memory (content included) before it waits for some to finish; their
/// content is bounded too (DeliveryJob::MaxHeldContentBytes).
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
    m_heldBytes = 0;
    m_windowFull = false;
    finish();
}

int DeliveryJob::refill()
{
    m_recorder.flushDelivered();
    if (!m_running)
        return 0;
    if (m_open.size() >= MaxOpenMessages || m_heldBytes >= MaxHeldContentBytes) {
        m_windowFull = true;
        return 0;
    }
    // Messages this job holds are still due in the queue until their outcome is recorded: the read
    // leaves them out (and the spent ones), rather than reading their content again to skip it.
    DueRemoteWindow window;
    window.heldMessageIds = m_open.keys();
    for (qint64 id : std::as_const(m_spent))
        window.heldMessageIds.append(id);
    window.heldBytes = m_heldBytes;
    window.maxBytes = MaxHeldContentBytes;
    const QList<DueRemoteMessage> due =
        m_queue->dueRemoteMessages(QDateTime::currentDateTimeUtc(), FetchBatch, window);
    // The batch or the byte budget may have left more behind: look again as messages finish.
    m_windowFull = !due.isEmpty();
    int taken = 0;
    for (const DueRemoteMessage &message : due) {
        QHash<QString, DueRemoteMessage> byDomain;
        int takenHere = 0;
        for (const DueRemoteRecipient &recipient : message.recipients) {
            if (m_seen.contains(recipient.recipientId))
                continue;
            m_seen.insert(recipient.recipientId);
            ++takenHere;
            const QString domain = domainOf(recipient.address);
            auto part = byDomain.find(domain);
            if (part == byDomain.end()) {
                part = byDomain.insert(domain, message);
                part->recipients.clear();
            }
            part->recipients.append(recipient);
        }
        if (takenHere == 0) {
            m_spent.insert(message.messageId);
            continue;
        }
        // Counted before routing: a route that fails at once finishes the recipients right away.
        Open &open = m_open[message.messageId];
        if (open.recipients == 0) {
            open.bytes = message.content.size();
            m_heldBytes += open.bytes;
            m_mostHeldBytes = qMax(m_mostHeldBytes, m_heldBytes);
        }
        open.recipients += takenHere;
        taken += takenHere;
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
        open->recipients -= int(outcomes.size());
        if (open->recipients <= 0) {
            m_heldBytes -= open->bytes;
            m_open.erase(open);
            // Room in the window: what the last read left behind can come in now.
            if (m_windowFull)
                refillSoon();
        }
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
