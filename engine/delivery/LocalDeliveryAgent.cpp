// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/LocalDeliveryAgent.h"

#include "delivery/MaildirWriter.h"
#include "queue/MessageQueue.h"

#include <QLoggingCategory>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLocal, "sluice.local")

namespace Sluice {

namespace {
constexpr int BatchSize = 16;
constexpr qint64 LongestRetrySeconds = 30 * 60;
} // namespace

LocalDeliveryAgent::LocalDeliveryAgent(MessageQueue *queue, const QDateTime &engineStart)
    : m_queue(queue)
    , m_engineStart(engineStart)
    , m_hostName(QSysInfo::machineHostName())
{
}

void LocalDeliveryAgent::configure(const QString &mailRoot, int firstRetrySeconds)
{
    m_mailRoot = mailRoot;
    m_firstRetrySeconds = qMax(1, firstRetrySeconds);
}

qint64 LocalDeliveryAgent::retryDelaySeconds(int attemptsSoFar, qint64 firstRetrySeconds)
{
    qint64 delay = firstRetrySeconds;
    for (int i = 0; i < attemptsSoFar && delay < LongestRetrySeconds; ++i)
        delay *= 2;
    return qMin(delay, LongestRetrySeconds);
}

QByteArray LocalDeliveryAgent::maildirContent(const DueLocalDelivery &delivery)
{
    // Final delivery adds Return-Path (RFC 5321 4.4). Maildir files use the Unix line ending: the
    // queue holds CRLF-only content (bare CR/LF were refused or normalised at DATA), so CRLF -> LF
    // loses nothing.
    QByteArray out;
    out.reserve(delivery.content.size() + delivery.sender.size() + 16);
    out += "Return-Path: <" + delivery.sender + ">\n";
    const QByteArray &in = delivery.content;
    qsizetype start = 0;
    while (start < in.size()) {
        const qsizetype crlf = in.indexOf("\r\n", start);
        if (crlf < 0) {
            out += QByteArrayView(in).sliced(start);
            break;
        }
        out += QByteArrayView(in).sliced(start, crlf - start);
        out += '\n';
        start = crlf + 2;
    }
    return out;
}

void LocalDeliveryAgent::wake()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &LocalDeliveryAgent::wake);
    }
    if (m_running)
        return;
    m_running = true;
    deliverBatch();
}

void LocalDeliveryAgent::shutdown()
{
    if (m_timer)
        m_timer->stop();
    m_running = false;
}

void LocalDeliveryAgent::deliverBatch()
{
    if (!m_running)
        return;
    const QList<DueLocalDelivery> due = m_queue->dueLocalDeliveries(QDateTime::currentDateTimeUtc(), BatchSize);
    const MaildirWriter writer(m_mailRoot);
    QList<qint64> done;
    for (const DueLocalDelivery &item : due) {
        const QString name = MaildirWriter::uniqueNameFor(item.receivedAt.toSecsSinceEpoch(), item.queueId,
                                                          item.recipientId, m_hostName);
        const bool mayBeThereAlready = item.attempts > 0 || item.receivedAt < m_engineStart;
        QString error;
        switch (writer.deliver(item.mailbox, name, maildirContent(item), mayBeThereAlready, &error)) {
        case MaildirWriter::Result::Delivered:
        case MaildirWriter::Result::AlreadyDelivered:
            done.append(item.recipientId);
            qCInfo(lcLocal).noquote() << item.queueId << "delivered to mailbox" << item.mailbox << "for"
                                      << QString::fromLatin1(item.address);
            Q_EMIT delivered(item.queueId, item.mailbox);
            break;
        case MaildirWriter::Result::Failed: {
            const qint64 delay = retryDelaySeconds(item.attempts, m_firstRetrySeconds);
            qCWarning(lcLocal).noquote() << item.queueId << "deferred for mailbox" << item.mailbox << ":" << error
                                         << "- retry in" << delay << "s";
            m_queue->markDeferred(item.recipientId, error, QDateTime::currentDateTimeUtc().addSecs(delay));
            Q_EMIT deferred(item.queueId, item.mailbox, error);
            break;
        }
        }
    }
    if (!done.isEmpty())
        m_queue->markDelivered(done);
    if (due.size() == BatchSize) {
        // More may be due: continue after the event loop had a turn (shutdown can get in).
        QMetaObject::invokeMethod(this, &LocalDeliveryAgent::deliverBatch, Qt::QueuedConnection);
        return;
    }
    m_running = false;
    scheduleNext();
}

void LocalDeliveryAgent::scheduleNext()
{
    const QDateTime next = m_queue->nextLocalAttempt();
    if (!next.isValid())
        return;
    const qint64 ms = qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next), 24LL * 3600 * 1000);
    m_timer->start(int(ms));
}

} // namespace Sluice
