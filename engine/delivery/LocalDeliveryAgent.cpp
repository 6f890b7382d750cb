// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/LocalDeliveryAgent.h"

#include "client/SmtpClientSession.h"
#include "delivery/MaildirWriter.h"
#include "queue/MessageQueue.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
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
{}

void LocalDeliveryAgent::configure(const LocalDeliveryConfig &config, const QString &hostName)
{
    m_config = config;
    m_config.firstRetrySeconds = qMax(1, config.firstRetrySeconds);
    m_heloName = hostName;
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
    const QList<DueLocalDelivery> due =
        m_queue->dueLocalDeliveries(QDateTime::currentDateTimeUtc(), BatchSize);
    if (due.isEmpty())
        return batchDone(0);
    if (m_config.target == LocalDeliveryConfig::Target::Maildir)
        deliverToMaildirs(due);
    else
        relayToInternalServer(due);
}

void LocalDeliveryAgent::defer(const DueLocalDelivery &item, const QString &reason)
{
    const qint64 delay = retryDelaySeconds(item.attempts, m_config.firstRetrySeconds);
    qCWarning(lcLocal).noquote() << item.queueId << "deferred for mailbox" << item.mailbox << ":" << reason
                                 << "- retry in" << delay << "s";
    if (!m_queue->markDeferred(item.recipientId, reason, QDateTime::currentDateTimeUtc().addSecs(delay)))
        m_queueWriteFailed = true; // still due in the queue: scheduleNext() must not retry at once
    Q_EMIT deferred(item.queueId, item.mailbox, reason);
}

void LocalDeliveryAgent::deliverToMaildirs(const QList<DueLocalDelivery> &due)
{
    // Every copy of the batch is written and renamed first; each mailbox's new/ folder is then synced
    // once, and only then are the copies counted as delivered: one folder sync per mailbox and batch
    // instead of one per message, with the same guarantee (a copy lost by a crash is still queued).
    const MaildirWriter writer(m_config.mailRoot);
    QHash<QString, QList<const DueLocalDelivery *>> written; ///< by mailbox, new/ not yet synced
    for (const DueLocalDelivery &item : due) {
        const QString name = MaildirWriter::uniqueNameFor(item.receivedAt.toSecsSinceEpoch(), item.queueId,
                                                          item.recipientId, m_hostName);
        const bool mayBeThereAlready =
            item.attempts > 0 || item.receivedAt < m_engineStart || m_unrecorded.contains(item.recipientId);
        QString error;
        switch (writer.deliver(item.mailbox, name, maildirContent(item), mayBeThereAlready, &error, false)) {
        case MaildirWriter::Result::Delivered:
        case MaildirWriter::Result::AlreadyDelivered: // perhaps renamed just before a crash: sync too
            written[item.mailbox].append(&item);
            break;
        case MaildirWriter::Result::Failed:
            defer(item, error);
            break;
        }
    }
    QList<const DueLocalDelivery *> durable;
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        QString error;
        if (writer.syncNewFolder(it.key(), &error)) {
            durable += it.value();
            continue;
        }
        for (const DueLocalDelivery *item : it.value())
            defer(*item, error); // the next attempt finds the copy if it survived, and syncs again
    }
    QList<qint64> done;
    for (const DueLocalDelivery *item : std::as_const(durable))
        done.append(item->recipientId);
    if (!done.isEmpty() && !recordDelivered(done))
        durable.clear(); // in the Maildir, but not yet delivered as far as the queue knows
    for (const DueLocalDelivery *item : std::as_const(durable)) {
        qCInfo(lcLocal).noquote() << item->queueId << "delivered to mailbox" << item->mailbox << "for"
                                  << QString::fromLatin1(item->address);
        Q_EMIT delivered(item->queueId, item->mailbox);
    }
    batchDone(int(due.size()));
}

void LocalDeliveryAgent::relayToInternalServer(const QList<DueLocalDelivery> &due)
{
    // One connection for the batch; every copy the server does not take is deferred and retried,
    // never dropped: the internal server is ours, and its refusals are usually passing trouble.
    QList<OutboundMessage> messages;
    QHash<qint64, DueLocalDelivery> byRecipient;
    for (const DueLocalDelivery &item : due) {
        byRecipient.insert(item.recipientId, item);
        if (messages.isEmpty() || messages.last().messageId != item.messageId) {
            OutboundMessage message;
            message.messageId = item.messageId;
            message.queueId = item.queueId;
            message.sender = item.sender;
            message.content = item.content;
            messages.append(message);
        }
        messages.last().recipients.append({item.recipientId, item.address});
    }
    SmtpClientConfig client;
    client.heloName = m_heloName;
    client.host = m_config.relayHost;
    client.port = m_config.relayPort;
    client.lmtp = m_config.target == LocalDeliveryConfig::Target::Lmtp;
    auto *session = new SmtpClientSession(client, this);
    auto delivered = std::make_shared<QList<qint64>>();
    auto handled = std::make_shared<QSet<qint64>>();
    connect(session, &SmtpClientSession::messageFinished, this,
            [this, byRecipient, delivered, handled](const MessageResult &result) {
                for (const RecipientResult &recipient : result.recipients) {
                    const DueLocalDelivery item = byRecipient.value(recipient.recipientId);
                    handled->insert(recipient.recipientId);
                    if (recipient.outcome == RecipientResult::Outcome::Delivered) {
                        delivered->append(recipient.recipientId);
                        qCInfo(lcLocal).noquote() << item.queueId << "handed to" << m_config.relayHost
                                                  << "for" << QString::fromLatin1(item.address);
                        Q_EMIT this->delivered(item.queueId, item.mailbox);
                    } else {
                        const QString reason = recipient.diagnostic.isEmpty()
                                                   ? QString::fromLatin1(recipient.reply.text())
                                                   : recipient.diagnostic;
                        defer(item, u"%1 %2"_s.arg(recipient.reply.code).arg(reason));
                    }
                }
            });
    connect(session, &SmtpClientSession::finished, this,
            [this, session, byRecipient, delivered, handled](bool, const QString &error) {
                session->deleteLater();
                if (!delivered->isEmpty())
                    recordDelivered(*delivered);
                // Copies the session never reported on (it ended early) wait for the next attempt.
                for (const DueLocalDelivery &item : byRecipient) {
                    if (!handled->contains(item.recipientId))
                        defer(item, error.isEmpty() ? u"the internal mail server did not answer"_s : error);
                }
                batchDone(int(byRecipient.size()));
            });
    session->start(messages);
}

bool LocalDeliveryAgent::recordDelivered(const QList<qint64> &recipientIds)
{
    if (m_queue->markDelivered(recipientIds)) {
        for (qint64 id : recipientIds)
            m_unrecorded.remove(id);
        return true;
    }
    // The copies are in place but the queue still lists them as due (its disk is full, or another
    // program holds its lock). The next attempt finds each copy by its stable name, in new/ or cur/,
    // and records it then without writing a second one.
    qCWarning(lcLocal).noquote() << recipientIds.size()
                                 << "copy(ies) delivered but not yet recorded in the queue; recorded on the"
                                    " next attempt";
    for (qint64 id : recipientIds)
        m_unrecorded.insert(id);
    m_queueWriteFailed = true;
    return false;
}

void LocalDeliveryAgent::batchDone(int batchSize)
{
    if (batchSize == BatchSize && !m_queueWriteFailed) {
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
    // After a failed queue write the due times are stale (still now): waiting the first retry pause
    // keeps a full or locked queue from turning this into a busy loop.
    const qint64 shortest = m_queueWriteFailed ? m_config.firstRetrySeconds * 1000LL : 0;
    m_queueWriteFailed = false;
    const qint64 ms =
        qBound<qint64>(shortest, QDateTime::currentDateTimeUtc().msecsTo(next), 24LL * 3600 * 1000);
    m_timer->start(int(ms));
}

} // namespace Sluice
