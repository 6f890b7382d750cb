// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/MessageQueue.h"

#include "queue/QueueDatabase.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcQueue, "sluice.queue")

namespace Sluice {

MessageQueue::MessageQueue(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(u"sluice-queue"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

MessageQueue::~MessageQueue()
{
    // Anything still pending is committed before the thread ends: queued calls run in order, so
    // this one comes after every commit that was scheduled.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            commitPending();
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_worker->deleteLater();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

template<typename Function> auto MessageQueue::onQueueThread(Function function)
{
    Q_ASSERT(QThread::currentThread() != m_thread);
    using Result = decltype(function());
    if constexpr (std::is_void_v<Result>) {
        QMetaObject::invokeMethod(m_worker, function, Qt::BlockingQueuedConnection);
    } else {
        Result result{};
        QMetaObject::invokeMethod(m_worker, function, Qt::BlockingQueuedConnection, &result);
        return result;
    }
}

bool MessageQueue::open(const QString &databasePath, QString *error)
{
    QString message;
    const bool ok = onQueueThread([&] {
        m_database = std::make_unique<QueueDatabase>(u"sluice-queue-%1"_s.arg(quintptr(this), 0, 16));
        m_database->setHeldDomains(m_heldDomains);
        if (m_database->open(databasePath, &message))
            return true;
        m_database.reset();
        return false;
    });
    if (!ok && error)
        *error = message;
    return ok;
}

void MessageQueue::enqueue(NewMessage message, QObject *context, EnqueueCallback done)
{
    QMutexLocker locker(&m_pendingMutex);
    m_pending.append({std::move(message), context, std::move(done)});
    if (!m_commitScheduled) {
        m_commitScheduled = true;
        QMetaObject::invokeMethod(
            m_worker, [this] { commitPending(); }, Qt::QueuedConnection);
    }
}

void MessageQueue::commitPending()
{
    QList<PendingMessage> batch;
    {
        QMutexLocker locker(&m_pendingMutex);
        batch.swap(m_pending);
        m_commitScheduled = false;
    }
    if (batch.isEmpty())
        return;

    QList<EnqueueResult> results = storeBatch(batch);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        PendingMessage &pending = batch[i];
        EnqueueResult own = results.at(i);
        own.queueId = pending.message.queueId;
        bool hasLocal = false;
        bool hasRemote = false;
        for (const NewRecipient &recipient : std::as_const(pending.message.recipients))
            (recipient.route == RecipientRoute::Local ? hasLocal : hasRemote) = true;
        // Back to the queue's owner for the signal, then to the session that waits for the answer.
        QMetaObject::invokeMethod(
            this,
            [this, own, hasLocal, hasRemote] {
                if (own.ok)
                    Q_EMIT messageQueued(own.queueId, hasLocal, hasRemote);
                else
                    Q_EMIT storageError(own.error);
            },
            Qt::QueuedConnection);
        if (pending.context) {
            QMetaObject::invokeMethod(
                pending.context, [done = std::move(pending.done), own] { done(own); }, Qt::QueuedConnection);
        }
    }
}

QList<EnqueueResult> MessageQueue::storeBatch(const QList<PendingMessage> &batch)
{
    EnqueueResult shared;
    if (!m_database) {
        shared.error = u"the queue is not open"_s;
        qCWarning(lcQueue).noquote() << "could not store" << batch.size() << "message(s):" << shared.error;
        return QList<EnqueueResult>(batch.size(), shared);
    }
    const auto store = [this](const QList<const NewMessage *> &messages) {
        EnqueueResult result;
        result.ok = m_database->insertMessages(messages, &result.error, &result.diskFull);
        m_commitCount.fetchAndAddRelaxed(1);
        if (result.ok)
            notifyChanged();
        else
            qCWarning(lcQueue).noquote()
                << "could not store" << messages.size() << "message(s):" << result.error
                << (result.diskFull ? "(disk full)" : "");
        return result;
    };
    QList<const NewMessage *> messages;
    messages.reserve(batch.size());
    for (const PendingMessage &pending : batch)
        messages.append(&pending.message);
    shared = store(messages);
    if (shared.ok || batch.size() == 1 || !shared.diskFull)
        return QList<EnqueueResult>(batch.size(), shared);
    // One message too large for the space left must not refuse the small ones that shared its
    // commit: each is tried on its own (a rare, slow path; only after a group commit found the disk
    // full, never after a lock time-out, which would only make every session wait again).
    QList<EnqueueResult> results;
    results.reserve(batch.size());
    for (const NewMessage *message : std::as_const(messages))
        results.append(store({message}));
    return results;
}

QList<DueLocalDelivery> MessageQueue::dueLocalDeliveries(const QDateTime &now, int limit)
{
    return onQueueThread(
        [&] { return m_database ? m_database->dueLocalDeliveries(now, limit) : QList<DueLocalDelivery>(); });
}

QDateTime MessageQueue::nextLocalAttempt()
{
    return onQueueThread(
        [&] { return m_database ? m_database->nextAttempt(RecipientRoute::Local) : QDateTime(); });
}

bool MessageQueue::markDelivered(const QList<qint64> &recipientIds)
{
    return onQueueThread([&] {
        QString error = u"the queue is not open"_s;
        if (m_database && m_database->markDelivered(recipientIds, &error)) {
            notifyChanged();
            return true;
        }
        qCWarning(lcQueue).noquote() << "could not record deliveries:" << error;
        return false;
    });
}

bool MessageQueue::markDeferred(qint64 recipientId, const QString &lastReply, const QDateTime &nextAttempt)
{
    return onQueueThread([&] {
        QString error = u"the queue is not open"_s;
        if (m_database && m_database->markDeferred(recipientId, lastReply, nextAttempt, &error)) {
            notifyChanged();
            return true;
        }
        qCWarning(lcQueue).noquote() << "could not record a deferral:" << error;
        return false;
    });
}

QueueCounts MessageQueue::counts()
{
    return onQueueThread([&] { return m_database ? m_database->counts() : QueueCounts(); });
}

} // namespace Sluice

namespace Sluice {

QList<DueRemoteMessage> MessageQueue::dueRemoteMessages(const QDateTime &now, int limit,
                                                        const DueRemoteWindow &window)
{
    return onQueueThread([&] {
        return m_database ? m_database->dueRemoteMessages(now, limit, window) : QList<DueRemoteMessage>();
    });
}

QDateTime MessageQueue::nextRemoteAttempt()
{
    return onQueueThread(
        [&] { return m_database ? m_database->nextAttempt(RecipientRoute::Remote) : QDateTime(); });
}

QDateTime MessageQueue::oldestRemotePending()
{
    return onQueueThread(
        [&] { return m_database ? m_database->oldestPending(RecipientRoute::Remote) : QDateTime(); });
}

namespace {
QList<const NewMessage *> pointersTo(const QList<NewMessage> &messages)
{
    QList<const NewMessage *> pointers;
    for (const NewMessage &message : messages)
        pointers.append(&message);
    return pointers;
}
} // namespace

bool MessageQueue::completeRecipients(const QList<qint64> &finishedIds, const QList<NewMessage> &reports)
{
    return onQueueThread([&] {
        QString error;
        bool diskFull = false;
        if (m_database &&
            m_database->completeRecipients(finishedIds, pointersTo(reports), &error, &diskFull)) {
            notifyChanged();
            return true;
        }
        qCWarning(lcQueue).noquote() << "could not record finished recipients:" << error;
        return false;
    });
}

bool MessageQueue::markWarned(const QList<qint64> &recipientIds, const QList<NewMessage> &warnings)
{
    return onQueueThread([&] {
        QString error;
        if (m_database && m_database->markWarned(recipientIds, pointersTo(warnings), &error)) {
            notifyChanged();
            return true;
        }
        qCWarning(lcQueue).noquote() << "could not record delay warnings:" << error;
        return false;
    });
}

} // namespace Sluice

namespace Sluice {

void MessageQueue::setHeldDomains(const HeldDomains &domains)
{
    onQueueThread([&] {
        m_heldDomains = domains;
        if (m_database)
            m_database->setHeldDomains(domains);
    });
}

int MessageQueue::unholdOthers(const HeldDomains &domains)
{
    return onQueueThread([&] {
        QString error;
        const int count =
            m_database ? m_database->unholdExcept(domains.domains(), QDateTime::currentDateTimeUtc(), &error)
                       : 0;
        if (count < 0)
            qCWarning(lcQueue).noquote() << "could not release mail no longer held:" << error;
        else if (count > 0)
            notifyChanged();
        return count;
    });
}

HoldRelease MessageQueue::releaseHeld(const QStringList &nodes)
{
    return onQueueThread([&] {
        QString error;
        HoldRelease release;
        if (m_database)
            release = m_database->releaseHeld(nodes, QDateTime::currentDateTimeUtc(), &error);
        if (!release.ok)
            qCWarning(lcQueue).noquote() << "could not release held mail:" << error;
        else if (release.recipients > 0)
            notifyChanged();
        return release;
    });
}

QList<HeldDomainCount> MessageQueue::heldDomains()
{
    return onQueueThread([&] { return m_database ? m_database->heldDomains() : QList<HeldDomainCount>(); });
}

QList<DueRemoteMessage> MessageQueue::heldFor(const QStringList &nodes, int limit)
{
    return onQueueThread(
        [&] { return m_database ? m_database->heldFor(nodes, limit) : QList<DueRemoteMessage>(); });
}

QList<DueRemoteMessage> MessageQueue::expiredHeld(const QDateTime &receivedBefore, int limit)
{
    return onQueueThread([&] {
        return m_database ? m_database->expiredHeld(receivedBefore, limit) : QList<DueRemoteMessage>();
    });
}

} // namespace Sluice

namespace Sluice {

void MessageQueue::notifyChanged()
{
    // One queued signal at a time: a burst of commits while the owner is busy becomes one changed().
    if (!m_changePosted.testAndSetRelaxed(0, 1))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_changePosted.storeRelaxed(0);
            Q_EMIT changed();
        },
        Qt::QueuedConnection);
}

QueuePage MessageQueue::browse(const QueueQuery &query)
{
    return onQueueThread([&] { return m_database ? m_database->browse(query) : QueuePage(); });
}

QList<QueueGroup> MessageQueue::groups()
{
    return onQueueThread([&] { return m_database ? m_database->groups() : QList<QueueGroup>(); });
}

QueueMessageDetails MessageQueue::details(const QString &queueId)
{
    return onQueueThread([&] { return m_database ? m_database->details(queueId) : QueueMessageDetails(); });
}

namespace {
QueueAdminResult notOpen()
{
    QueueAdminResult result;
    result.error = u"the queue is not open"_s;
    return result;
}
} // namespace

QueueAdminResult MessageQueue::retry(const QStringList &queueIds)
{
    return onQueueThread([&] {
        const QueueAdminResult result =
            m_database ? m_database->retry(queueIds, QDateTime::currentDateTimeUtc()) : notOpen();
        if (result.ok && result.count > 0)
            notifyChanged();
        return result;
    });
}

bool MessageQueue::shiftTimes(qint64 ms)
{
    return onQueueThread([&] {
        QString error = u"the queue is not open"_s;
        if (m_database && m_database->shiftTimes(ms, &error)) {
            notifyChanged();
            return true;
        }
        qCWarning(lcQueue).noquote() << "could not move the queue's times with the clock:" << error;
        return false;
    });
}

QueueAdminResult MessageQueue::hold(const QStringList &queueIds)
{
    return onQueueThread([&] {
        const QueueAdminResult result = m_database ? m_database->hold(queueIds) : notOpen();
        if (result.ok && result.count > 0)
            notifyChanged();
        return result;
    });
}

QueueAdminResult MessageQueue::release(const QStringList &queueIds)
{
    return onQueueThread([&] {
        const QueueAdminResult result =
            m_database ? m_database->release(queueIds, QDateTime::currentDateTimeUtc()) : notOpen();
        if (result.ok && result.count > 0)
            notifyChanged();
        return result;
    });
}

QueueAdminResult MessageQueue::remove(const QStringList &queueIds, ReportBuilder buildReports)
{
    return onQueueThread([&] {
        const QueueAdminResult result = m_database ? m_database->remove(queueIds, buildReports) : notOpen();
        if (result.ok && result.count > 0)
            notifyChanged();
        return result;
    });
}

} // namespace Sluice
