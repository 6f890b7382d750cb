// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/SessionPool.h"

#include "client/SmtpClientSession.h"
#include "outbound/OutboundLog.h"

using namespace Qt::StringLiterals;

namespace Sluice {

SessionPool::SessionPool(const OutboundConfig &config, const QString &heloName, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_heloName(heloName)
{
    // A limit of 0 would leave messages waiting for ever.
    m_config.maxConnections = qMax(1, m_config.maxConnections);
    m_config.maxConnectionsPerHost = qMax(1, m_config.maxConnectionsPerHost);
    m_config.maxMessagesPerConnection = qMax(1, m_config.maxMessagesPerConnection);
}

SessionPool::~SessionPool()
{
    abortAll();
}

void SessionPool::add(const RouteResult &route, const DueRemoteMessage &message)
{
    const QString key = route.key();
    RouteQueue &queue = m_routes[key];
    if (queue.pending.isEmpty() && !m_routeOrder.contains(key)) {
        queue.route = route;
        m_routeOrder.append(key);
    }
    // Recipients of one message in several domains with the same route travel in one transaction.
    for (DueRemoteMessage &pending : queue.pending) {
        if (pending.messageId == message.messageId) {
            pending.recipients += message.recipients;
            schedulePump();
            return;
        }
    }
    queue.pending.append(message);
    schedulePump();
}

void SessionPool::schedulePump()
{
    // Messages are routed one by one as their lookups finish; starting a session for each at once
    // gave one-message connections. Waiting for the event loop's turn gathers what arrived together.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void SessionPool::abortAll()
{
    const QList<SmtpClientSession *> sessions = m_sessions.keys();
    m_sessions.clear();
    m_perEndpoint.clear();
    m_retries.clear();
    m_routes.clear();
    m_routeOrder.clear();
    for (SmtpClientSession *session : sessions) {
        session->disconnect(this);
        session->abort();
        session->deleteLater();
    }
}

bool SessionPool::hasRoom(const QString &endpoint) const
{
    return m_perEndpoint.value(endpoint) < m_config.maxConnectionsPerHost;
}

bool SessionPool::takeRetry(Batch *batch)
{
    for (qsizetype i = 0; i < m_retries.size(); ++i) {
        if (hasRoom(m_retries.at(i).route.hops.at(m_retries.at(i).hop).endpoint())) {
            *batch = m_retries.takeAt(i);
            return true;
        }
    }
    return false;
}

bool SessionPool::carve(Batch *batch)
{
    for (qsizetype i = 0; i < m_routeOrder.size(); ++i) {
        const QString key = m_routeOrder.at(i);
        RouteQueue &queue = m_routes[key];
        if (!hasRoom(queue.route.hops.constFirst().endpoint()))
            continue;
        batch->route = queue.route;
        batch->hop = 0;
        // Spread the waiting messages over the connections this host may still take, so they all
        // work at once, each with at most maxMessagesPerConnection.
        const qsizetype freeForHost =
            m_config.maxConnectionsPerHost - m_perEndpoint.value(queue.route.hops.constFirst().endpoint());
        const qsizetype freeInAll = m_config.maxConnections - m_sessions.size();
        const qsizetype openable = qMax<qsizetype>(1, qMin(freeForHost, freeInAll));
        const qsizetype share = (queue.pending.size() + openable - 1) / openable;
        const qsizetype count = qMin<qsizetype>(m_config.maxMessagesPerConnection, share);
        batch->messages = queue.pending.mid(0, count);
        queue.pending.remove(0, count);
        // Round robin: this route goes to the back, so a busy route cannot starve the others.
        m_routeOrder.removeAt(i);
        if (queue.pending.isEmpty())
            m_routes.remove(key);
        else
            m_routeOrder.append(key);
        return true;
    }
    return false;
}

void SessionPool::pump()
{
    Batch batch;
    while (m_sessions.size() < m_config.maxConnections && (takeRetry(&batch) || carve(&batch)))
        startSession(std::move(batch));
}

void SessionPool::startSession(Batch batch)
{
    const NextHop &hop = batch.route.hops.at(batch.hop);
    SmtpClientConfig config;
    config.heloName = m_heloName;
    config.host = hop.host;
    config.tlsPeerName = hop.peerName;
    config.port = hop.port;
    config.security = hop.security;
    config.timeouts = m_config.timeouts;
    config.extraCaCertificates = m_config.extraCaCertificates;
    config.transcriptHeaders = m_config.transcriptHeaders;

    QList<OutboundMessage> messages;
    int recipients = 0;
    for (const DueRemoteMessage &due : std::as_const(batch.messages)) {
        OutboundMessage message{due.messageId, due.queueId, due.sender, {}, due.content};
        for (const DueRemoteRecipient &recipient : due.recipients)
            message.recipients.append({recipient.recipientId, recipient.address});
        recipients += int(message.recipients.size());
        messages.append(message);
    }

    auto *session = new SmtpClientSession(config, this);
    const QString endpoint = hop.endpoint();
    ++m_perEndpoint[endpoint];
    qCInfo(lcOutbound).noquote() << "connecting to" << endpoint << "with" << messages.size()
                                 << "message(s) for" << recipients
                                 << (batch.hop > 0 ? "recipient(s), next host" : "recipient(s)");
    m_sessions.insert(session, Active{std::move(batch), endpoint, {}, {}});
    connect(session, &SmtpClientSession::messageFinished, this,
            [this, session](const MessageResult &result) { onMessageFinished(session, result); });
    connect(session, &SmtpClientSession::finished, this,
            [this, session](bool ok, const QString &error) { onSessionFinished(session, ok, error); });
    // Started from the event loop: a session that fails at once must not re-enter pump().
    // An aborted session is still in memory until its deferred delete, but must not start.
    QMetaObject::invokeMethod(
        this,
        [this, session, messages] {
            if (m_sessions.contains(session))
                session->start(messages);
        },
        Qt::QueuedConnection);
}

QString SessionPool::remoteMtaOf(SmtpClientSession *session) const
{
    const Active &active = m_sessions[session];
    // Only a host that greeted us said anything; before that, the client made the replies up. The
    // exchanger's name (when it was resolved to an address here) is what Remote-MTA: dns; expects.
    if (!session->peerInfo().greeting.isValid())
        return {};
    const NextHop &hop = active.batch.route.hops.at(active.batch.hop);
    return hop.peerName.isEmpty() ? hop.host : hop.peerName;
}

void SessionPool::onMessageFinished(SmtpClientSession *session, const MessageResult &result)
{
    auto it = m_sessions.find(session);
    if (it == m_sessions.end())
        return;
    const DueRemoteMessage *message = nullptr;
    for (const DueRemoteMessage &candidate : std::as_const(it->batch.messages)) {
        if (candidate.messageId == result.messageId)
            message = &candidate;
    }
    if (!message)
        return;
    const QString remoteMta = remoteMtaOf(session);
    QList<RecipientOutcome> outcomes;
    for (const RecipientResult &recipientResult : result.recipients) {
        auto recipient =
            std::find_if(message->recipients.cbegin(), message->recipients.cend(),
                         [&](const auto &r) { return r.recipientId == recipientResult.recipientId; });
        if (recipient == message->recipients.cend() || it->answered.contains(recipientResult.recipientId))
            continue;
        it->answered.insert(recipientResult.recipientId);
        if (recipientResult.outcome == RecipientResult::Outcome::Deferred)
            it->deferred[result.messageId].append(recipientResult);
        else
            outcomes.append({*recipient, recipientResult, remoteMta});
    }
    if (!outcomes.isEmpty())
        Q_EMIT recipientsFinished(*message, outcomes);
}

void SessionPool::onSessionFinished(SmtpClientSession *session, bool ok, const QString &error)
{
    if (!m_sessions.contains(session))
        return;
    const QString remoteMta = remoteMtaOf(session);
    Active active = m_sessions.take(session);
    if (--m_perEndpoint[active.endpoint] <= 0)
        m_perEndpoint.remove(active.endpoint);
    const NextHop hop = active.batch.route.hops.at(active.batch.hop);
    const bool nextHost = !ok && active.batch.hop + 1 < active.batch.route.hops.size();
    if (ok)
        qCInfo(lcOutbound).noquote() << "session with" << active.endpoint << "ended";
    else
        qCInfo(lcOutbound).noquote() << "session with" << active.endpoint << "failed:" << error;

    Batch retry{active.batch.route, active.batch.hop + 1, {}};
    for (const DueRemoteMessage &message : std::as_const(active.batch.messages)) {
        QList<RecipientResult> deferred = active.deferred.value(message.messageId);
        // Recipients the session never reported on were cut off with it: deferred too.
        for (const DueRemoteRecipient &recipient : message.recipients) {
            if (!active.answered.contains(recipient.recipientId)) {
                RecipientResult unanswered;
                unanswered.recipientId = recipient.recipientId;
                unanswered.reply = SmtpReply::make(421, "4.4.2", error.toLatin1());
                unanswered.diagnostic = error;
                deferred.append(unanswered);
            }
        }
        DueRemoteMessage again = message;
        again.recipients.clear();
        QList<RecipientOutcome> outcomes;
        for (const RecipientResult &result : std::as_const(deferred)) {
            auto recipient = std::find_if(message.recipients.cbegin(), message.recipients.cend(),
                                          [&](const auto &r) { return r.recipientId == result.recipientId; });
            if (recipient == message.recipients.cend())
                continue;
            if (nextHost && !result.possibleDuplicate)
                again.recipients.append(*recipient);
            else
                outcomes.append({*recipient, result, remoteMta});
        }
        if (!again.recipients.isEmpty())
            retry.messages.append(again);
        if (!outcomes.isEmpty())
            Q_EMIT recipientsFinished(message, outcomes);
    }
    Q_EMIT sessionFinished(hop.host, ok, error, session->transcript());
    session->deleteLater();

    if (!retry.messages.isEmpty()) {
        qCInfo(lcOutbound).noquote() << "trying the next host" << retry.route.hops.at(retry.hop).endpoint()
                                     << "after" << active.endpoint << "failed";
        m_retries.append(retry);
    }
    pump();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace Sluice
