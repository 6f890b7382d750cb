// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hold/HeldDomains.h"
#include "queue/QueueBrowse.h"
#include "queue/QueuedMessage.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace Sluice {

/// The queue's SQLite file. Messages and their recipients live in one database in WAL mode with
/// synchronous=FULL: a COMMIT returns only after the write-ahead log is fsynced, so a batch of messages
/// from several sessions becomes durable with one fsync (group commit). Used from one thread only
/// (QSqlDatabase connections are thread-bound); MessageQueue owns that thread.
class QueueDatabase
{
public:
    explicit QueueDatabase(const QString &connectionName);
    ~QueueDatabase();
    QueueDatabase(const QueueDatabase &) = delete;
    QueueDatabase &operator=(const QueueDatabase &) = delete;

    bool open(const QString &path, QString *error);

    /// Inserts every message in one transaction. On failure nothing is stored.
    bool insertMessages(const QList<const NewMessage *> &messages, QString *error, bool *diskFull);

    QList<DueLocalDelivery> dueLocalDeliveries(const QDateTime &now, int limit);
    /// Earliest next attempt among the pending recipients of route; invalid when there is none.
    /// Arrival time of the oldest message still waiting for a recipient on that route.
    QDateTime oldestPending(RecipientRoute route);
    QDateTime nextAttempt(RecipientRoute route);
    /// Removes delivered recipients, and each message that has none left.
    bool markDelivered(const QList<qint64> &recipientIds, QString *error);
    bool markDeferred(qint64 recipientId, const QString &lastReply, const QDateTime &nextAttempt,
                      QString *error);
    QueueCounts counts();

    /// Messages with remote recipients due at now (each with only its due remote recipients), at most
    /// limit of them, leaving out window's held ones and stopping at its byte budget; content is read
    /// only for the messages returned.
    QList<DueRemoteMessage> dueRemoteMessages(const QDateTime &now, int limit,
                                              const DueRemoteWindow &window = {});
    /// In one transaction: removes the recipients that were delivered or failed for good, stores the
    /// failure reports about them, and drops messages left without recipients. So a failure is
    /// never forgotten without its report, nor reported twice.
    bool completeRecipients(const QList<qint64> &finishedIds, const QList<const NewMessage *> &reports,
                            QString *error, bool *diskFull);
    bool markWarned(const QList<qint64> &recipientIds, const QList<const NewMessage *> &warnings,
                    QString *error);

    // Holding mail for ETRN (QueueDatabaseHold.cpp).
    /// Remote recipients in these domains are stored held from now on (mail already queued stays as it is).
    void setHeldDomains(const HeldDomains &domains) { m_held = domains; }
    /// In one transaction: the held recipients of nodes become due at now. alreadyRunning when
    /// recipients released earlier for these nodes are still queued (being delivered).
    HoldRelease releaseHeld(const QStringList &nodes, const QDateTime &now, QString *error);
    QList<HeldDomainCount> heldDomains();
    /// Mail of nodes no longer in keptNodes stops being held: due at now, and never held again.
    /// Returns the number of recipients that became due; -1 when the queue could not be written.
    int unholdExcept(const QStringList &keptNodes, const QDateTime &now, QString *error);
    /// Messages with recipients held since before receivedBefore (each with only those recipients).
    QList<DueRemoteMessage> expiredHeld(const QDateTime &receivedBefore, int limit);
    /// Messages with recipients held for nodes, each with only those recipients (ATRN, TURN).
    QList<DueRemoteMessage> heldFor(const QStringList &nodes, int limit);

    // The queue viewer (QueueDatabaseBrowse.cpp): pages, groups and one message's details, read with
    // queries that stay fast at 100,000 messages (the page is chosen before recipients are read).
    QueuePage browse(const QueueQuery &query);
    QList<QueueGroup> groups();
    QueueMessageDetails details(const QString &queueId);

    // The postmaster's actions (QueueDatabaseAdmin.cpp). An on-hold message (messages.on_hold) is
    // never due, never counted by nextAttempt()/oldestPending(), never expired, until released.
    // Every call fails with unknownId, changing nothing, when a queue id is not in the queue.
    /// Queued and deferred recipients of those messages (every message when queueIds is empty) are
    /// due at now; on-hold messages and ETRN-held recipients are left alone.
    QueueAdminResult retry(const QStringList &queueIds, const QDateTime &now);
    /// The wall clock was set by ms (not by time passing): arrival and next-attempt times move with
    /// it, in one transaction, so ages and pending retry pauses stay what they were (see
    /// MessageQueue::shiftTimes). Recipients due at once (next_attempt 0) stay so.
    bool shiftTimes(qint64 ms, QString *error);
    QueueAdminResult hold(const QStringList &queueIds);
    /// The hold ends: the messages' pending recipients are due at now, and their ETRN-held ones are
    /// released to their domain's route (as by an ETRN for just these messages).
    QueueAdminResult release(const QStringList &queueIds, const QDateTime &now);
    /// Builds the failure reports about one message (with every recipient still queued).
    using ReportBuilder = std::function<QList<NewMessage>(const DueRemoteMessage &)>;
    /// In one transaction: stores the reports (when buildReports is set) and removes the messages.
    QueueAdminResult remove(const QStringList &queueIds, const ReportBuilder &buildReports);

private:
    QList<qint64> messageIds(const QStringList &queueIds, QueueAdminResult *result);
    QString recipientFilter(const QueueQuery &query, QVariantList *values) const;
    QList<QueueRow> pageRows(QSqlQuery &page, const QueueQuery &query);
    bool addOnHoldColumn(QString *error);
    static DueRemoteMessage messageFromRow(const QSqlQuery &query);
    static DueRemoteRecipient recipientFromRow(const QSqlQuery &query);
    QList<DueRemoteMessage> selectHeld(const QString &messageFilter, const QVariantList &messageValues,
                                       const QString &recipientFilter, const QVariantList &recipientValues,
                                       int limit);
    bool addHoldColumn(QString *error);
    bool exec(const QString &sql, QString *error);
    bool insertWithin(const QList<const NewMessage *> &messages, QSqlError *failure);
    bool removeRecipientsWithin(const QList<qint64> &recipientIds, QSqlError *failure);
    static bool isDiskFull(const QSqlError &error);

    QString m_connectionName;
    QSqlDatabase m_db;
    HeldDomains m_held;
    // Prepared once: preparing per commit cost a sixth of the ingest path's instructions.
    std::optional<QSqlQuery> m_insertMessage;
    std::optional<QSqlQuery> m_insertRecipient;
    std::optional<QSqlQuery> m_removeRecipient;
    std::optional<QSqlQuery> m_removeEmptyMessage;
};

} // namespace Sluice
