// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"
#include "queue/QueueBrowse.h"
#include "queue/QueuedMessage.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace Sluice {

class Clock;
class ConnectionLog;
class EtrnService;
class LinkController;
class LocalDeliveryAgent;
class MessageQueue;
class OutboundDelivery;
class RecipientPolicy;
class SmtpServer;

/// The mail engine: the durable queue, the SMTP listener and local delivery, wired together.
/// Settings arrive as an EngineConfig (see models/EngineBinder); nothing here knows about the
/// configuration database or any user interface.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    /// The clock the link schedule runs on (tests pass a ManualClock); before start(). Default: the
    /// system clock.
    void setClock(Clock *clock);
    /// Opens the queue under queueDirectory, resumes pending deliveries and starts listening.
    bool start(const QString &queueDirectory, const EngineConfig &config, QString *error);
    /// Applies changed settings without a restart; the listener is rebound when its endpoint changed.
    bool applyConfig(const EngineConfig &config, QString *error);
    /// Graceful stop (see SmtpServer::stop); emits stopped() when done.
    void stop(int graceMs = 10000);

    quint16 smtpPort() const;
    QHostAddress smtpAddress() const;
    MessageQueue *queue() const { return m_queue; }
    OutboundDelivery *outbound() const { return m_outbound; }
    SmtpServer *smtpServer() const { return m_server; }
    LinkController *link() const { return m_link; }
    /// Outbound mail may leave (transfer mode, passwords read, not stopping).
    bool outboundAllowed() const;
    ConnectionLog *connectionLog() const { return m_log.get(); }
    QueueCounts queueCounts() const;
    EngineConfig config() const { return m_config; }
    /// Mail held for ETRN, per held domain (count, bytes, oldest), for the queue viewer and the tray.
    QList<HeldDomainCount> heldDomains() const;
    EtrnService *etrnService() const { return m_etrn; }
    /// Fails held mail older than the hold time-out (with reports); runs hourly and at start.
    void expireHeldMail();

    // The postmaster's actions on queued messages (the queue viewer, `sluice queue`; see
    // MessageQueue and QueueAdmin); each wakes the delivery that has new work.
    /// Queued and deferred recipients of those messages (all when queueIds is empty) are due now.
    QueueAdminResult retryQueued(const QStringList &queueIds);
    /// With reports: every sender but <> gets a failure report, routed like every report.
    QueueAdminResult deleteQueued(const QStringList &queueIds, bool withReports);
    QueueAdminResult holdQueued(const QStringList &queueIds);
    /// Ends the hold; ETRN-held recipients go to their domain's route now (as after an ETRN).
    QueueAdminResult releaseQueued(const QStringList &queueIds);

Q_SIGNALS:
    void listening(const QHostAddress &address, quint16 port);
    void messageQueued(const QString &queueId);
    void localDelivered(const QString &queueId, const QString &mailbox);
    void outboundJobFinished();
    /// The queue was written (coalesced: see MessageQueue::changed).
    void queueChanged();
    void stopped();

private:
    void stopDelivery();
    void configureOutbound();
    void wakeLocalDelivery();
    void finishStop();
    void startLinkWhenReady();
    std::shared_ptr<RecipientPolicy> makePolicy(const EngineConfig &config) const;
    void onHoldReleased();
    void configureHold(const HoldConfig &hold);

    EngineConfig m_config;
    MessageQueue *m_queue = nullptr;
    SmtpServer *m_server = nullptr;
    OutboundDelivery *m_outbound = nullptr;
    QThread *m_deliveryThread = nullptr;
    LocalDeliveryAgent *m_delivery = nullptr;
    LinkController *m_link = nullptr;
    Clock *m_clock = nullptr;
    EtrnService *m_etrn = nullptr;
    QTimer m_holdTimer; ///< hourly hold time-out check
    bool m_stopping = false;
    bool m_serverStopped = false;
    bool m_linkStopped = false;
    bool m_linkStarted = false;
    std::shared_ptr<const RecipientPolicy> m_policy;
    std::unique_ptr<ConnectionLog> m_log;
};

} // namespace Sluice
