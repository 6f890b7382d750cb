// SPDX-License-Identifier: GPL-3.0-or-later
#include "hold/ReversedDelivery.h"

#include "client/SmtpClientSession.h"
#include "queue/MessageQueue.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

OutboundConfig recorderConfig(const ReversedDelivery::Settings &settings)
{
    // Held mail is bounced by the hold time-out, not by the ordinary message time-out, and a
    // deferral puts it back on hold (the queue does that for recipients with a node).
    OutboundConfig config;
    config.messageTimeoutHours = settings.holdTimeoutHours;
    config.delayWarningHours = 0;
    return config;
}

} // namespace

ReversedDelivery::ReversedDelivery(MessageQueue *queue, const Settings &settings,
                                   OutcomeRecorder::ReportRouter router, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_settings(settings)
    , m_recorder(queue, recorderConfig(settings), settings.heloName, settings.postmaster, std::move(router),
                 &m_summary)
{}

ReversedDelivery::~ReversedDelivery() = default;

const Transcript &ReversedDelivery::transcript() const
{
    static const Transcript none;
    return m_session ? m_session->transcript() : none;
}

void ReversedDelivery::start(QSslSocket *socket, const QStringList &nodes)
{
    m_summary.started = QDateTime::currentDateTimeUtc();
    QList<OutboundMessage> messages;
    for (const DueRemoteMessage &held : m_queue->heldFor(nodes, m_settings.maxMessages)) {
        m_messages.insert(held.messageId, held);
        OutboundMessage message;
        message.messageId = held.messageId;
        message.queueId = held.queueId;
        message.sender = held.sender;
        message.content = held.content;
        for (const DueRemoteRecipient &recipient : held.recipients)
            message.recipients.append({recipient.recipientId, recipient.address});
        messages.append(message);
    }
    m_peer = socket->peerAddress().toString();
    SmtpClientConfig config;
    config.heloName = m_settings.heloName;
    config.host = m_peer;
    config.timeouts = m_settings.timeouts;
    m_session = new SmtpClientSession(config, this);
    connect(m_session, &SmtpClientSession::messageFinished, this, &ReversedDelivery::onMessageFinished);
    connect(m_session, &SmtpClientSession::finished, this, [this](bool ok, const QString &error) {
        m_recorder.flushDelivered();
        m_summary.finished = QDateTime::currentDateTimeUtc();
        Q_EMIT finished(ok, error);
    });
    m_session->startOnSocket(socket, messages);
}

void ReversedDelivery::onMessageFinished(const MessageResult &result)
{
    const auto held = m_messages.constFind(result.messageId);
    if (held == m_messages.cend())
        return;
    QList<RecipientOutcome> outcomes;
    for (const RecipientResult &recipientResult : result.recipients) {
        for (const DueRemoteRecipient &recipient : held->recipients) {
            if (recipient.recipientId == recipientResult.recipientId)
                outcomes.append({recipient, recipientResult, m_peer});
        }
    }
    m_recorder.record(*held, outcomes, QDateTime::currentDateTimeUtc());
}

} // namespace Sluice
