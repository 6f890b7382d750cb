// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Engine.h"

#include "client/Transcript.h"
#include "delivery/LocalDeliveryAgent.h"
#include "hold/EtrnService.h"
#include "hold/HoldExpiry.h"
#include "link/LinkController.h"
#include "log/ConnectionLog.h"
#include "outbound/DeliveryJob.h"
#include "outbound/OutboundDelivery.h"
#include "queue/MessageQueue.h"
#include "queue/QueueAdmin.h"
#include "schedule/Clock.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/SmtpServer.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngine, "sluice.engine")

namespace Sluice {

Engine::Engine(QObject *parent)
    : QObject(parent)
{}

Engine::~Engine()
{
    delete m_link; // its cycle uses the outbound delivery and the server deleted below
    m_link = nullptr;
    stopDelivery();
    delete m_outbound; // before the connection log its sessions report to
    m_outbound = nullptr;
    delete m_server; // sessions first: they hold callbacks into the queue
    m_server = nullptr;
    delete m_queue;
}

bool Engine::start(const QString &queueDirectory, const EngineConfig &config, QString *error)
{
    m_config = config;
    QDir().mkpath(queueDirectory);
    m_queue = new MessageQueue(this);
    const QString queuePath = queueDirectory + u"/queue.db"_s;
    QString queueError;
    if (!m_queue->open(queuePath, &queueError)) {
        *error = u"cannot open the queue %1: %2"_s.arg(queuePath, queueError);
        return false;
    }
    connect(m_queue, &MessageQueue::messageQueued, this,
            [this](const QString &queueId, bool hasLocal, bool hasRemote) {
                Q_EMIT messageQueued(queueId);
                if (hasLocal)
                    wakeLocalDelivery();
                if (hasRemote && outboundAllowed())
                    m_outbound->wake();
            });
    connect(m_queue, &MessageQueue::changed, this, &Engine::queueChanged);
    m_outbound = new OutboundDelivery(m_queue, this);
    m_etrn = new EtrnService(m_queue, this);
    connect(m_etrn, &EtrnService::released, this, &Engine::onHoldReleased);
    configureHold(config.hold);
    connect(m_outbound, &OutboundDelivery::reportsQueued, this, [this](bool hasLocal, bool hasRemote) {
        if (hasLocal)
            wakeLocalDelivery();
        if (hasRemote && outboundAllowed())
            m_outbound->wake();
    });
    connect(m_outbound, &OutboundDelivery::jobFinished, this, &Engine::outboundJobFinished);

    // Every outbound session's transcript (secrets already redacted) goes to the connection log.
    m_log = std::make_unique<ConnectionLog>();
    m_log->setRetention(config.logRetentionDays, qint64(config.logMaxSizeMb) * 1024 * 1024);
    QString logError;
    if (!m_log->open(QFileInfo(queueDirectory).absolutePath() + u"/log.db"_s, &logError)) {
        qCWarning(lcEngine).noquote() << "the connection log cannot be written:" << logError;
        m_log.reset();
    }
    if (m_log)
        m_log->setLevel(config.logLevel);
    connect(m_outbound, &OutboundDelivery::sessionFinished, this,
            [this](const QString &host, bool ok, const QString &error, const Transcript &transcript) {
                if (m_log)
                    m_log->record(u"outbound"_s, host, ok, error, transcript);
            });

    // Local delivery runs on its own thread: Maildir fsyncs must not hold up SMTP sessions.
    m_deliveryThread = new QThread(this);
    m_deliveryThread->setObjectName(u"sluice-local"_s);
    m_delivery = new LocalDeliveryAgent(m_queue, QDateTime::currentDateTimeUtc());
    m_delivery->configure(config.local, config.smtp.hostName);
    m_delivery->moveToThread(m_deliveryThread);
    connect(m_deliveryThread, &QThread::finished, m_delivery, &QObject::deleteLater);
    connect(m_delivery, &LocalDeliveryAgent::delivered, this, &Engine::localDelivered);
    m_deliveryThread->start();

    const QueueCounts counts = m_queue->counts();
    if (counts.messages > 0)
        qCInfo(lcEngine).noquote() << "resuming" << counts.messages
                                   << "queued message(s):" << counts.localPending << "local and"
                                   << counts.remotePending << "remote recipient(s)";
    QMetaObject::invokeMethod(m_delivery, &LocalDeliveryAgent::wake, Qt::QueuedConnection);

    m_server = new SmtpServer(m_queue, this);
    connect(m_server, &SmtpServer::listening, this, &Engine::listening);
    connect(m_server, &SmtpServer::sessionRecorded, this,
            [this](const SessionSummary &summary, const Transcript &transcript) {
                if (m_log)
                    m_log->record(summary, transcript);
            });
    connect(m_server, &SmtpServer::stopped, this, [this] {
        m_serverStopped = true;
        finishStop();
    });
    m_policy = makePolicy(config);
    if (!m_server->configure(config.serverConfig(), m_policy, error))
        return false;
    configureOutbound();
    m_holdTimer.setInterval(3600 * 1000);
    connect(&m_holdTimer, &QTimer::timeout, this, &Engine::expireHeldMail);
    m_holdTimer.start();
    QMetaObject::invokeMethod(this, &Engine::expireHeldMail, Qt::QueuedConnection);

    // The link cycle; its schedule's history lives beside the queue, like the connection log.
    if (!m_clock)
        m_clock = new SystemClock(this);
    m_outbound->setClock(m_clock); // a clock set (not time passing) moves the queue's times with it
    m_link = new LinkController(this, m_clock,
                                QFileInfo(queueDirectory).absolutePath() + u"/link-state.json"_s, this);
    connect(m_link, &LinkController::stopped, this, [this] {
        m_linkStopped = true;
        finishStop();
    });
    m_link->configure(config.link);
    startLinkWhenReady();
    return true;
}

void Engine::startLinkWhenReady()
{
    // A cycle that started before the passwords were read could not deliver or authenticate: the
    // schedule starts once the configuration is complete.
    if (m_linkStarted || !m_link || !m_config.outboundReady)
        return;
    m_linkStarted = true;
    m_link->start();
}

void Engine::setClock(Clock *clock)
{
    m_clock = clock;
}

bool Engine::applyConfig(const EngineConfig &config, QString *error)
{
    if (!m_server)
        return false;
    auto policy = makePolicy(config);
    if (!m_server->configure(config.serverConfig(), policy, error))
        return false;
    m_policy = policy;
    configureHold(config.hold);
    QMetaObject::invokeMethod(
        m_delivery,
        [agent = m_delivery, local = config.local, host = config.smtp.hostName] {
            agent->configure(local, host);
            agent->wake();
        },
        Qt::QueuedConnection);
    m_config = config;
    if (m_log) {
        m_log->setLevel(config.logLevel);
        m_log->setRetention(config.logRetentionDays, qint64(config.logMaxSizeMb) * 1024 * 1024);
    }
    configureOutbound();
    if (m_link)
        m_link->configure(config.link);
    startLinkWhenReady();
    return true;
}

bool Engine::outboundAllowed() const
{
    // "Inbound only" keeps outbound mail queued; "None" still flushes what is queued.
    return m_outbound && !m_stopping && m_config.outboundReady &&
           m_config.smtp.transferMode != TransferMode::InboundOnly;
}

void Engine::configureOutbound()
{
    OutboundConfig outbound = m_config.outbound;
    outbound.transcriptHeaders = m_config.logLevel == LogLevel::Maximum;
    m_outbound->configure(outbound, m_config.smtp.hostName, m_config.local.postmasterAddress);
    m_outbound->setRecipientPolicy(m_policy);
    if (outboundAllowed())
        m_outbound->wake();
    else
        m_outbound->stop();
}

void Engine::wakeLocalDelivery()
{
    if (m_delivery)
        QMetaObject::invokeMethod(m_delivery, &LocalDeliveryAgent::wake, Qt::QueuedConnection);
}

void Engine::stop(int graceMs)
{
    if (m_stopping)
        return;
    m_stopping = true;
    // The link is hung up (when Sluice dialed it) while the listener drains its sessions.
    if (m_link)
        m_link->stop();
    else
        m_linkStopped = true;
    if (m_server)
        m_server->stop(graceMs);
    else
        m_serverStopped = true;
    if (m_serverStopped && m_linkStopped)
        QMetaObject::invokeMethod(this, &Engine::stopped, Qt::QueuedConnection);
}

void Engine::finishStop()
{
    if (!m_serverStopped || !m_linkStopped)
        return;
    m_outbound->stop();
    stopDelivery();
    Q_EMIT stopped();
}

void Engine::stopDelivery()
{
    if (!m_deliveryThread)
        return;
    // The shutdown call runs after the batch in progress, so no Maildir write is cut short.
    QMetaObject::invokeMethod(m_delivery, &LocalDeliveryAgent::shutdown, Qt::BlockingQueuedConnection);
    m_deliveryThread->quit();
    m_deliveryThread->wait();
    m_deliveryThread = nullptr;
    m_delivery = nullptr;
}

quint16 Engine::smtpPort() const
{
    return m_server ? m_server->listenPort() : 0;
}

QHostAddress Engine::smtpAddress() const
{
    return m_server ? m_server->listenAddress() : QHostAddress();
}

QueueCounts Engine::queueCounts() const
{
    return m_queue ? m_queue->counts() : QueueCounts();
}

} // namespace Sluice

namespace Sluice {

std::shared_ptr<RecipientPolicy> Engine::makePolicy(const EngineConfig &config) const
{
    auto policy = std::make_shared<RecipientPolicy>(config.local, config.hold.domains, m_etrn);
    policy->setReroutes(RerouteTable(config.outbound));
    return policy;
}

void Engine::configureHold(const HoldConfig &hold)
{
    m_etrn->configure(hold);
    const HeldDomains domains(hold.domains);
    m_queue->setHeldDomains(domains);
    // Mail of entries that stopped holding goes out now (configureOutbound() wakes delivery after).
    if (const int released = m_queue->unholdOthers(domains); released > 0)
        qCInfo(lcEngine).noquote() << released << "recipient(s) no longer held for ETRN, queued for delivery";
}

void Engine::onHoldReleased()
{
    // The release goes to the domain's route (RouteResolver: its DomainRoute or MX), at once. A
    // provider-side Sluice is normally always connected; on a dial-up link a job is started when none
    // runs, as the link cycle would.
    if (!outboundAllowed())
        return;
    if (m_outbound->isAlwaysConnected() || m_outbound->currentJob())
        m_outbound->wake();
    else
        m_outbound->startJob();
}

void Engine::expireHeldMail()
{
    if (!m_queue || m_stopping)
        return;
    HoldExpiry expiry(m_queue, m_config.smtp.hostName, m_config.local.postmasterAddress, m_policy,
                      m_config.outbound.copyReportsToPostmaster);
    const HoldExpiry::Result result = expiry.run(QDateTime::currentDateTimeUtc(), m_config.hold.timeoutHours);
    if (result.recipients > 0)
        qCInfo(lcEngine).noquote() << result.recipients << "held recipient(s) expired," << result.reports
                                   << "failure report(s) queued";
    if (result.localReports)
        wakeLocalDelivery();
    if (result.remoteReports && outboundAllowed())
        m_outbound->wake();
}

QList<HeldDomainCount> Engine::heldDomains() const
{
    return m_queue ? m_queue->heldDomains() : QList<HeldDomainCount>();
}

} // namespace Sluice

namespace Sluice {

namespace {
QueueAdminResult engineNotRunning()
{
    QueueAdminResult result;
    result.error = u"the engine is not running"_s;
    return result;
}
} // namespace

QueueAdminResult Engine::retryQueued(const QStringList &queueIds)
{
    if (!m_queue)
        return engineNotRunning();
    const QueueAdminResult result = m_queue->retry(queueIds);
    if (result.localDue)
        wakeLocalDelivery();
    if (result.remoteDue && outboundAllowed())
        m_outbound->wake();
    return result;
}

QueueAdminResult Engine::deleteQueued(const QStringList &queueIds, bool withReports)
{
    if (!m_queue)
        return engineNotRunning();
    QueueAdmin admin(m_queue, m_config.smtp.hostName, m_config.local.postmasterAddress, m_policy,
                     m_config.outbound.copyReportsToPostmaster);
    const QueueAdminResult result = admin.remove(queueIds, withReports);
    if (result.localDue)
        wakeLocalDelivery();
    if (result.remoteDue && outboundAllowed())
        m_outbound->wake();
    return result;
}

QueueAdminResult Engine::holdQueued(const QStringList &queueIds)
{
    return m_queue ? m_queue->hold(queueIds) : engineNotRunning();
}

QueueAdminResult Engine::releaseQueued(const QStringList &queueIds)
{
    if (!m_queue)
        return engineNotRunning();
    const QueueAdminResult result = m_queue->release(queueIds);
    if (result.localDue)
        wakeLocalDelivery();
    if (result.etrnReleased)
        onHoldReleased(); // to the domain's route now, as after an ETRN
    else if (result.remoteDue && outboundAllowed())
        m_outbound->wake();
    return result;
}

} // namespace Sluice
