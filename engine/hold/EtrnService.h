// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hold/HeldDomains.h"
#include "hold/HoldConfig.h"
#include "smtp/SmtpReply.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>

namespace Sluice {

class MessageQueue;

/// One ETRN command as the SMTP session saw it.
struct EtrnRequest
{
    QByteArray argument;
    QHostAddress client;
    bool afterEhlo = false;     ///< ETRN is an ESMTP extension: only after EHLO (RFC 1985)
    bool inTransaction = false; ///< MAIL was given: ETRN is refused until the transaction ends
    bool authenticated = false; ///< the session authenticated (AUTH)
};

/// The ETRN server (RFC 1985): releases the mail held for a customer's domain so that outbound
/// delivery takes it to the domain's route (its MX or configured host), never to the asking
/// connection. Lives on the Engine's thread; SMTP sessions reach it through their RecipientPolicy.
///
/// Replies: 251 nothing waits; 253 <n> messages released; 252 a release for the node is still
/// being delivered (mail held since joins it); 459 the node is not held here or the client may not
/// ask (the same answer, so nothing is revealed); 458 the queue could not be written, or more than
/// HoldConfig::requestsPerMinute ETRNs from the client within a minute; 501 syntax; 503 before EHLO
/// or inside a transaction.
class EtrnService : public QObject
{
    Q_OBJECT
public:
    explicit EtrnService(MessageQueue *queue, QObject *parent = nullptr);

    void configure(const HoldConfig &config);
    /// EHLO lists ETRN: enabled and at least one domain held.
    bool isOffered() const { return m_config.etrnEnabled && !m_domains.isEmpty(); }
    SmtpReply handle(const EtrnRequest &request);

Q_SIGNALS:
    /// Held mail of nodes became due: outbound delivery should start now.
    void released(const QStringList &nodes, int messages);

private:
    bool mayAsk(const EtrnRequest &request) const;
    bool withinRateLimit(const QHostAddress &client);

    MessageQueue *m_queue;
    HoldConfig m_config;
    HeldDomains m_domains;
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_recentRequests; ///< client address -> times (ms) of its last ETRNs
};

} // namespace Sluice
