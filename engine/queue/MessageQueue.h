// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hold/HeldDomains.h"
#include "queue/QueueBrowse.h"
#include "queue/QueuedMessage.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace Sluice {

class QueueDatabase;

/// The durable message queue. All database work happens on one dedicated thread, so a slow fsync never
/// stalls the sessions' event loop. Messages offered with enqueue() while a commit is running are
/// gathered and committed together by the next one (group commit): many sessions share one fsync.
///
/// enqueue() may be called from the thread that owns the queue; the other calls may come from any
/// thread but the queue's own (they block until the queue thread has answered).
class MessageQueue : public QObject
{
    Q_OBJECT
public:
    using EnqueueCallback = std::function<void(const EnqueueResult &)>;

    explicit MessageQueue(QObject *parent = nullptr);
    ~MessageQueue() override; ///< commits what is pending, then stops the queue thread

    bool open(const QString &databasePath, QString *error);

    /// Stores the message durably, then calls done on context's thread. When context is destroyed
    /// first, done is not called (the message is stored all the same).
    void enqueue(NewMessage message, QObject *context, EnqueueCallback done);

    QList<DueLocalDelivery> dueLocalDeliveries(const QDateTime &now, int limit);
    QDateTime nextLocalAttempt();
    /// Both return false when the queue could not be written (disk full, locked): the recipients
    /// then stay as they were, due as before, and the caller must not retry at once.
    bool markDelivered(const QList<qint64> &recipientIds);
    bool markDeferred(qint64 recipientId, const QString &lastReply, const QDateTime &nextAttempt);
    QueueCounts counts();

    /// See QueueDatabase::dueRemoteMessages: window keeps a delivery job's reads to new messages and
    /// bounded content.
    QList<DueRemoteMessage> dueRemoteMessages(const QDateTime &now, int limit,
                                              const DueRemoteWindow &window = {});
    QDateTime nextRemoteAttempt();
    /// When the oldest message still waiting for a remote recipient arrived (the "when mail has been
    /// queued for X minutes" schedule); invalid when none waits.
    QDateTime oldestRemotePending();
    /// Removes recipients delivered or failed for good and stores the failure reports about them, in
    /// one transaction (see QueueDatabase::completeRecipients). Returns false when that failed: the
    /// recipients then stay queued and will be tried again.
    bool completeRecipients(const QList<qint64> &finishedIds, const QList<NewMessage> &reports);
    bool markWarned(const QList<qint64> &recipientIds, const QList<NewMessage> &warnings);

    // Holding mail for ETRN (see QueueDatabase): held recipients are never due, and are not counted
    // by nextRemoteAttempt() or oldestRemotePending().
    /// Remote recipients in these domains are stored held from the next commit on.
    void setHeldDomains(const HeldDomains &domains);
    /// Mail held for nodes that are not in domains any more is released for good (it goes out like
    /// any other mail); returns how many recipients that concerned.
    int unholdOthers(const HeldDomains &domains);
    /// Makes the held recipients of nodes due now, in one transaction (see HoldRelease).
    HoldRelease releaseHeld(const QStringList &nodes);
    /// Held mail per node (messages, recipients, bytes, oldest), for the queue viewer and the tray.
    QList<HeldDomainCount> heldDomains();
    /// Messages with recipients held since before receivedBefore, each with only those recipients.
    QList<DueRemoteMessage> expiredHeld(const QDateTime &receivedBefore, int limit);
    /// Messages with recipients held for nodes, each with only those recipients: what ATRN or TURN
    /// delivers over the customer's own connection.
    QList<DueRemoteMessage> heldFor(const QStringList &nodes, int limit);

    // The queue viewer and the postmaster's actions (see QueueDatabase): on-hold messages are never
    // due, never counted by nextLocalAttempt()/nextRemoteAttempt()/oldestRemotePending(), never expired.
    QueuePage browse(const QueueQuery &query);
    QList<QueueGroup> groups();
    QueueMessageDetails details(const QString &queueId);
    /// Makes the queued and deferred recipients of those messages (all when queueIds is empty) due now.
    QueueAdminResult retry(const QStringList &queueIds);
    /// The wall clock was set by ms (NTP after a boot in 1970, the admin): every stored arrival and
    /// next-attempt time moves by ms, so a message's age, its expiry and its pending retry pause are
    /// measured in time that passed, not in the jump. False when the queue could not be written.
    bool shiftTimes(qint64 ms);
    QueueAdminResult hold(const QStringList &queueIds);
    /// Ends the hold (due now) and releases the messages' ETRN-held recipients to their route.
    QueueAdminResult release(const QStringList &queueIds);
    /// Builds the reports about one message about to be deleted; runs on the queue thread, between
    /// reading the message and removing it, so nothing is delivered in between.
    using ReportBuilder = std::function<QList<NewMessage>(const DueRemoteMessage &)>;
    /// Removes the messages, and stores the reports buildReports makes (if set) in the same transaction.
    QueueAdminResult remove(const QStringList &queueIds, ReportBuilder buildReports = {});

    /// How many commits stored messages so far: fewer than the messages when sessions shared them.
    int commitCount() const { return m_commitCount.loadRelaxed(); }

Q_SIGNALS:
    /// Emitted on the owner's thread after a message became durable.
    void messageQueued(const QString &queueId, bool hasLocalRecipients, bool hasRemoteRecipients);
    void storageError(const QString &message);
    /// Emitted on the owner's thread after the queue was written (messages stored, delivered,
    /// deferred, completed, warned, released, unheld, or changed by the postmaster). Bursts are
    /// coalesced: one signal may stand for many writes.
    void changed();

private:
    struct PendingMessage
    {
        NewMessage message;
        QPointer<QObject> context;
        EnqueueCallback done;
    };
    void commitPending(); ///< runs on the queue thread
    /// Stores a batch in one commit; when that fails, each message alone. One result per message.
    QList<EnqueueResult> storeBatch(const QList<PendingMessage> &batch); ///< runs on the queue thread
    void notifyChanged(); ///< runs on the queue thread: changed() follows on the owner's thread
    template<typename Function> auto onQueueThread(Function function);

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;               ///< lives on m_thread; the context for queued calls
    std::unique_ptr<QueueDatabase> m_database; ///< used on m_thread only
    HeldDomains m_heldDomains;                 ///< used on m_thread only
    QMutex m_pendingMutex;
    QList<PendingMessage> m_pending;
    bool m_commitScheduled = false;
    QAtomicInt m_commitCount;
    QAtomicInt m_changePosted; ///< a changed() is on its way to the owner's thread
};

} // namespace Sluice
