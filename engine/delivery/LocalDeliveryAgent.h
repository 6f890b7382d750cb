// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace Sluice {

class MessageQueue;
struct DueLocalDelivery;

/// Moves queued copies for local recipients into their Maildirs, on its own thread so that file
/// syncs never hold up the SMTP sessions. A failed delivery (disk full, permissions) is deferred and
/// retried with a growing pause (one minute doubling up to thirty), never dropped. When the queue
/// itself cannot be written (full, locked), nothing is retried before the first pause either.
class LocalDeliveryAgent : public QObject
{
    Q_OBJECT
public:
    /// engineStart: copies of messages received before it may already be in a Maildir (the engine
    /// stopped between the write and the queue update), so for them cur/ is searched too.
    LocalDeliveryAgent(MessageQueue *queue, const QDateTime &engineStart);

    // These are called through queued invocations from the engine's thread.
    void configure(const LocalDeliveryConfig &config, const QString &hostName);
    void wake();     ///< deliver what is due now
    void shutdown(); ///< stop the retry timer (the current delivery, if any, has already finished)

    static qint64 retryDelaySeconds(int attemptsSoFar, qint64 firstRetrySeconds);
    static QByteArray maildirContent(const DueLocalDelivery &delivery);

Q_SIGNALS:
    void delivered(const QString &queueId, const QString &mailbox);
    void deferred(const QString &queueId, const QString &mailbox, const QString &reason);

private:
    void deliverBatch();
    void deliverToMaildirs(const QList<DueLocalDelivery> &due);
    void relayToInternalServer(const QList<DueLocalDelivery> &due);
    void defer(const DueLocalDelivery &item, const QString &reason);
    /// Marks copies delivered; on failure remembers them (see m_unrecorded) and returns false.
    bool recordDelivered(const QList<qint64> &recipientIds);
    void batchDone(int batchSize);
    void scheduleNext();

    MessageQueue *m_queue;
    QDateTime m_engineStart;
    LocalDeliveryConfig m_config;
    QString m_hostName; ///< for Maildir file names: the machine's, stable across settings
    QString m_heloName; ///< for talking to an internal server
    QTimer *m_timer = nullptr;
    bool m_running = false;
    /// Copies written to their Maildir whose delivery the queue could not record yet: the next
    /// attempt looks for them in cur/ too, as for a copy written just before a crash.
    QSet<qint64> m_unrecorded;
    bool m_queueWriteFailed = false; ///< a queue write failed since the last scheduleNext()
};

} // namespace Sluice
