// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QTimer;

namespace Sluice {

class MessageQueue;
struct DueLocalDelivery;

/// Moves queued copies for local recipients into their Maildirs, on its own thread so that file
/// syncs never hold up the SMTP sessions. A failed delivery (disk full, permissions) is deferred and
/// retried with a growing pause (one minute doubling up to thirty), never dropped.
class LocalDeliveryAgent : public QObject
{
    Q_OBJECT
public:
    /// engineStart: copies of messages received before it may already be in a Maildir (the engine
    /// stopped between the write and the queue update), so for them cur/ is searched too.
    LocalDeliveryAgent(MessageQueue *queue, const QDateTime &engineStart);

    // These are called through queued invocations from the engine's thread.
    void configure(const QString &mailRoot, int firstRetrySeconds);
    void wake();     ///< deliver what is due now
    void shutdown(); ///< stop the retry timer (the current delivery, if any, has already finished)

    static qint64 retryDelaySeconds(int attemptsSoFar, qint64 firstRetrySeconds);
    static QByteArray maildirContent(const DueLocalDelivery &delivery);

Q_SIGNALS:
    void delivered(const QString &queueId, const QString &mailbox);
    void deferred(const QString &queueId, const QString &mailbox, const QString &reason);

private:
    void deliverBatch();
    void scheduleNext();

    MessageQueue *m_queue;
    QDateTime m_engineStart;
    QString m_mailRoot;
    qint64 m_firstRetrySeconds = 60;
    QString m_hostName;
    QTimer *m_timer = nullptr;
    bool m_running = false;
};

} // namespace Sluice
