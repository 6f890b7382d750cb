// SPDX-License-Identifier: GPL-3.0-or-later
#include "hold/EtrnService.h"

#include "queue/MessageQueue.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEtrn, "sluice.etrn")

namespace Sluice {

namespace {
constexpr qint64 RateWindowMs = 60 * 1000;
constexpr qsizetype MaxTrackedClients = 1000;
} // namespace

EtrnService::EtrnService(MessageQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    m_clock.start();
}

void EtrnService::configure(const HoldConfig &config)
{
    m_config = config;
    m_domains = HeldDomains(config.domains);
}

bool EtrnService::mayAsk(const EtrnRequest &request) const
{
    switch (m_config.access) {
    case HoldConfig::EtrnAccess::Any:
        return true;
    case HoldConfig::EtrnAccess::Listed:
        return m_config.etrnHosts.contains(request.client);
    case HoldConfig::EtrnAccess::Authenticated:
        return request.authenticated;
    }
    return false;
}

bool EtrnService::withinRateLimit(const QHostAddress &client)
{
    const qint64 now = m_clock.elapsed();
    if (m_recentRequests.size() >= MaxTrackedClients) {
        for (auto it = m_recentRequests.begin(); it != m_recentRequests.end();) {
            if (it->isEmpty() || now - it->last() >= RateWindowMs)
                it = m_recentRequests.erase(it);
            else
                ++it;
        }
    }
    // An IPv6 client counts by its /64, the smallest block a site gets: otherwise one host could
    // ask from a new address each time.
    const QHostAddress address = NetworkList::normalised(client);
    QString key = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        Q_IPV6ADDR prefix = address.toIPv6Address();
        for (int i = 8; i < 16; ++i)
            prefix[i] = 0;
        key = QHostAddress(prefix).toString() + u"/64"_s;
    }
    if (!m_recentRequests.contains(key) && m_recentRequests.size() >= MaxTrackedClients)
        return false; // that many clients asked within a minute: a flood, and the table stays bounded
    QList<qint64> &times = m_recentRequests[key];
    while (!times.isEmpty() && now - times.first() >= RateWindowMs)
        times.removeFirst();
    if (times.size() >= m_config.requestsPerMinute)
        return false; // refused requests are not counted: the window still ends a minute after the last one
    times.append(now);
    return true;
}

SmtpReply EtrnService::handle(const EtrnRequest &request)
{
    if (!request.afterEhlo)
        return SmtpReply::make(503, "5.5.1", "Error: send EHLO first");
    if (request.inTransaction)
        return SmtpReply::make(503, "5.5.1", "Error: ETRN is not allowed inside a mail transaction");
    EtrnNode node;
    if (!EtrnNode::parse(request.argument, &node))
        return SmtpReply::make(501, "5.5.4", "Syntax: ETRN [@|#]domain");
    const QByteArray nodeText = node.name.toLatin1();
    if (!withinRateLimit(request.client)) {
        qCInfo(lcEtrn).noquote() << "too many ETRN requests from" << request.client.toString();
        return SmtpReply::make(458, "4.7.0", "Too many requests, try later");
    }
    const QStringList nodes = mayAsk(request) ? m_domains.select(node) : QStringList();
    if (!m_config.etrnEnabled || nodes.isEmpty()) {
        qCInfo(lcEtrn).noquote() << "ETRN refused for" << node.name << "from" << request.client.toString();
        return SmtpReply::make(459, "4.7.1", QByteArray("<" + nodeText + ">: node not allowed"));
    }
    const HoldRelease release = m_queue->releaseHeld(nodes);
    if (!release.ok)
        return SmtpReply::make(458, "4.3.0", QByteArray("Unable to queue messages for node " + nodeText));
    qCInfo(lcEtrn).noquote() << "ETRN" << nodes.join(u", "_s) << "from" << request.client.toString() << ":"
                             << release.messages << "message(s) released"
                             << (release.alreadyRunning ? "(a release was still running)" : "");
    if (release.messages > 0)
        Q_EMIT released(nodes, release.messages);
    if (release.alreadyRunning)
        return SmtpReply::make(252, "2.0.0",
                               QByteArray("OK, pending messages for node " + nodeText + " started"));
    if (release.messages == 0)
        return SmtpReply::make(251, "2.0.0", QByteArray("OK, no messages waiting for node " + nodeText));
    return SmtpReply::make(253, "2.0.0",
                           QByteArray("OK, " + QByteArray::number(release.messages) +
                                      " pending messages for node " + nodeText + " started"));
}

} // namespace Sluice
