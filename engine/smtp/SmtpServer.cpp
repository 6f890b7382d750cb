// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpServer.h"

#include "core/NetworkList.h"
#include "hold/ReversedDelivery.h"
#include "outbound/ReportRouting.h"
#include "smtp/ClientAccess.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/ServerTls.h"
#include "smtp/SmtpReply.h"
#include "smtp/SmtpServerSession.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSmtpServer)

namespace Sluice {

namespace {

/// Hands out QSslSocket objects: a plain connection until STARTTLS, then the same socket encrypts.
class SslListener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

void logTlsChange(const SmtpServerConfig *before, const SmtpServerConfig &after)
{
    const bool had = before && !before->tlsCertificate.isNull() && !before->tlsKey.isNull();
    const bool has = !after.tlsCertificate.isNull() && !after.tlsKey.isNull();
    if (has && (!had || before->tlsCertificate != after.tlsCertificate)) {
        qCInfo(lcSmtpServer).noquote()
            << "STARTTLS offered; certificate" << after.tlsCertificate.subjectDisplayName() << "SHA-256"
            << ServerTls::fingerprint(after.tlsCertificate);
    } else if (had && !has) {
        qCInfo(lcSmtpServer).noquote() << "STARTTLS no longer offered: no certificate";
    }
}

} // namespace

SmtpServer::SmtpServer(MessageQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{}

SmtpServer::~SmtpServer()
{
    for (SmtpServerSession *session : std::as_const(m_sessions)) {
        disconnect(session, nullptr, this, nullptr);
        session->abort();
        delete session;
    }
}

bool SmtpServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QHostAddress SmtpServer::listenAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 SmtpServer::listenPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

qint64 SmtpServer::bufferedBytes() const
{
    qint64 total = 0;
    for (const SmtpServerSession *session : m_sessions)
        total += session->bufferedBytes();
    return total;
}

bool SmtpServer::configure(const SmtpServerConfig &config, std::shared_ptr<const RecipientPolicy> policy,
                           QString *error)
{
    const bool sameEndpoint = m_config && isListening() && m_config->listenAddress == config.listenAddress &&
                              m_config->listenPort == config.listenPort;
    if (!sameEndpoint && !bind(config, error))
        return false;
    const bool sameAtrn = m_config && m_config->atrnEnabled == config.atrnEnabled &&
                          m_config->atrnAddress == config.atrnAddress &&
                          m_config->atrnPort == config.atrnPort;
    if (!sameAtrn)
        bindAtrn(config);
    logTlsChange(m_config.get(), config);
    m_authThrottle.setDelays(config.authFirstDelayMs, config.authMaxDelayMs);
    m_config = std::make_shared<const SmtpServerConfig>(config);
    m_policy = std::move(policy);
    return true;
}

bool SmtpServer::bind(const SmtpServerConfig &config, QString *error)
{
    auto listener = std::make_unique<SslListener>();
    listener->setMaxPendingConnections(config.maxConnections);
    listener->setListenBacklogSize(1024); // Qt's 50 overflows in a burst of clients, which then wait forever
    auto tryListen = [&](quint16 port) {
        if (listener->listen(config.listenAddress, port))
            return true;
        // The old listener may hold the port (same port, other address): let go of it and retry.
        if (m_listener && listener->serverError() == QAbstractSocket::AddressInUseError &&
            m_listener->serverPort() == port) {
            m_listener->close();
            if (listener->listen(config.listenAddress, port))
                return true;
            m_listener->listen(m_config->listenAddress, m_config->listenPort);
        }
        return false;
    };

    if (!tryListen(config.listenPort)) {
        const QString reason = listener->errorString();
        const QAbstractSocket::SocketError kind = listener->serverError();
        const bool mayFallBack = config.fallbackPort != 0 && config.fallbackPort != config.listenPort;
        if (!mayFallBack || !tryListen(config.fallbackPort)) {
            // In the admin's words: the console shows this when a saved listening address cannot be used.
            const QString where = config.listenAddress.toString();
            if (kind == QAbstractSocket::SocketAccessError)
                *error =
                    tr("cannot listen on %1 port %2: ports below 1024 need privileges (run Sluice as root "
                       "or give it the CAP_NET_BIND_SERVICE capability), or choose a port above 1023")
                        .arg(where)
                        .arg(config.listenPort);
            else if (kind == QAbstractSocket::AddressInUseError)
                *error = tr("cannot listen on %1 port %2: another program already uses that port")
                             .arg(where)
                             .arg(config.listenPort);
            else
                *error = tr("cannot listen on %1 port %2: %3").arg(where).arg(config.listenPort).arg(reason);
            return false;
        }
        qCWarning(lcSmtpServer).noquote()
            << u"port %1 is not available (%2); listening on port %3 instead. Port 25 needs root or the "
               "CAP_NET_BIND_SERVICE capability; set smtp.listen to choose a port."_s.arg(config.listenPort)
                   .arg(reason)
                   .arg(config.fallbackPort);
    }
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
    }
    m_listener = listener.release();
    m_listener->setParent(this);
    connect(m_listener, &QTcpServer::newConnection, this, &SmtpServer::onNewConnection);
    qCInfo(lcSmtpServer).noquote() << "listening on" << m_listener->serverAddress().toString() << "port"
                                   << m_listener->serverPort();
    Q_EMIT listening(m_listener->serverAddress(), m_listener->serverPort());
    return true;
}

void SmtpServer::bindAtrn(const SmtpServerConfig &config)
{
    if (m_atrnListener) {
        m_atrnListener->close();
        m_atrnListener->deleteLater();
        m_atrnListener = nullptr;
    }
    if (!config.atrnEnabled)
        return;
    // A listener that cannot be bound (port 366 needs privileges) leaves ATRN off, said in the log;
    // the main listener is not held up by it.
    auto listener = std::make_unique<SslListener>();
    if (!listener->listen(config.atrnAddress, config.atrnPort)) {
        qCWarning(lcSmtpServer).noquote()
            << u"ATRN (On-Demand Mail Relay) is off: cannot listen on %1 port %2: %3"_s
                   .arg(config.atrnAddress.toString())
                   .arg(config.atrnPort)
                   .arg(listener->errorString());
        return;
    }
    m_atrnListener = listener.release();
    m_atrnListener->setParent(this);
    connect(m_atrnListener, &QTcpServer::newConnection, this, &SmtpServer::onNewConnection);
    qCInfo(lcSmtpServer).noquote() << "ATRN (On-Demand Mail Relay) listening on"
                                   << m_atrnListener->serverAddress().toString() << "port"
                                   << m_atrnListener->serverPort();
}

quint16 SmtpServer::atrnPort() const
{
    return m_atrnListener ? m_atrnListener->serverPort() : 0;
}

void SmtpServer::onRolesReversed(SmtpServerSession *session, const QStringList &nodes)
{
    if (!m_sessions.contains(session))
        return;
    auto *socket = qobject_cast<QSslSocket *>(session->releaseSocket());
    onSessionFinished(session);
    if (!socket)
        return;
    ReversedDelivery::Settings settings;
    settings.heloName = m_config->hostName;
    settings.holdTimeoutHours = m_config->holdTimeoutHours;
    // Reports about mail the customer refused go where any delivery report goes.
    auto *delivery = new ReversedDelivery(m_queue, settings, reportRouterFor(m_policy), this);
    connect(delivery, &ReversedDelivery::finished, this, [delivery](bool ok, const QString &error) {
        const DeliverySummary &summary = delivery->summary();
        qCInfo(lcSmtpServer).noquote()
            << "reversed delivery finished:" << summary.delivered << "delivered," << summary.deferred
            << "back on hold," << summary.failed << "failed" << (ok ? QString() : u"- "_s + error);
        delivery->deleteLater();
    });
    delivery->start(socket, nodes);
}

void SmtpServer::onNewConnection()
{
    auto *listener = qobject_cast<QTcpServer *>(sender());
    const bool atrn = listener && listener == m_atrnListener;
    while (QTcpSocket *socket = (atrn ? m_atrnListener : m_listener)->nextPendingConnection()) {
        if (m_stopping) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const QString host = NetworkList::normalised(socket->peerAddress()).toString();
        SmtpServerSession *session = addSession(socket, host, atrn);
        const int fromHost = m_perHost.value(host);

        const QByteArray hostName = m_config->hostName.toLatin1();
        if (ClientAccess::rejects(m_config->hostRules, socket->peerAddress())) {
            session->refuse(ClientAccess::rejection(hostName)); // the Hosts list: 521 and nothing else
        } else if (const std::optional<SmtpReply> refusal = transferModeRefusal()) {
            session->refuse(*refusal);
        } else if (m_sessions.size() > m_config->maxConnections) {
            session->refuse(SmtpReply::make(421, "4.7.0",
                                            QByteArray(hostName + " Too many connections, try again later")));
        } else if (fromHost > m_config->maxConnectionsPerHost) {
            session->refuse(SmtpReply::make(
                421, "4.7.0",
                QByteArray(hostName + " Too many connections from your host, try again later")));
        } else {
            session->start();
        }
    }
}

SmtpServerSession *SmtpServer::addSession(QTcpSocket *socket, const QString &host, bool atrnListener,
                                          bool ownConnection)
{
    std::shared_ptr<const SmtpServerConfig> config = m_config;
    // Our own connection, reversed after TURN or ATRN: the provider is authenticated the other way,
    // and the Hosts list and the accept policy are for clients that connect to us.
    if (ownConnection && (!config->hostRules.isEmpty() || config->acceptPolicy != AcceptPolicy::Any)) {
        SmtpServerConfig own = *config;
        own.hostRules.clear();
        own.acceptPolicy = AcceptPolicy::Any;
        config = std::make_shared<const SmtpServerConfig>(std::move(own));
    }
    // RFC 2645: an ODMR session waits at least 10 minutes for a command (the customer may take long).
    constexpr int AtrnMinimumTimeoutMs = 10 * 60 * 1000;
    if (atrnListener && config->commandTimeoutMs < AtrnMinimumTimeoutMs) {
        SmtpServerConfig patient = *config;
        patient.commandTimeoutMs = AtrnMinimumTimeoutMs;
        config = std::make_shared<const SmtpServerConfig>(std::move(patient));
    }
    auto *session =
        new SmtpServerSession(socket, {config, m_policy, m_queue, &m_authThrottle, atrnListener}, this);
    connect(session, &SmtpServerSession::rolesReversed, this, &SmtpServer::onRolesReversed);
    m_sessions.insert(session);
    m_sessionHost.insert(session, host);
    ++m_perHost[host];
    connect(session, &SmtpServerSession::finished, this, &SmtpServer::onSessionFinished);
    connect(session, &SmtpServerSession::activity, this, &SmtpServer::onActivity);
    connect(session, &SmtpServerSession::messageAccepted, this,
            [this, session](qint64 bytes) { Q_EMIT messageAccepted(bytes, m_reversed.contains(session)); });
    return session;
}

std::optional<SmtpReply> SmtpServer::transferModeRefusal() const
{
    if (m_config->transferMode != TransferMode::OutboundOnly && m_config->transferMode != TransferMode::None)
        return std::nullopt;
    return SmtpReply::make(
        421, "4.3.2", QByteArray(m_config->hostName.toLatin1() + " Not accepting mail now, try again later"));
}

SmtpServerSession *SmtpServer::adoptConnection(QTcpSocket *socket)
{
    if (!m_config || m_stopping) {
        socket->abort();
        socket->deleteLater();
        return nullptr;
    }
    const QString host = NetworkList::normalised(socket->peerAddress()).toString();
    SmtpServerSession *session = addSession(socket, host, false, true);
    m_reversed.insert(session);
    qCInfo(lcSmtpServer).noquote() << "roles reversed: serving" << session->peerText();
    QMetaObject::invokeMethod(
        session,
        [session, refusal = transferModeRefusal()] {
            if (refusal)
                session->refuse(*refusal);
            else
                session->greetNow();
        },
        Qt::QueuedConnection);
    return session;
}

void SmtpServer::onActivity()
{
    if (m_lastTraffic.isValid() && m_lastTraffic.elapsed() < TrafficIntervalMs)
        return;
    m_lastTraffic.start();
    Q_EMIT trafficSeen();
}

void SmtpServer::onSessionFinished(SmtpServerSession *session)
{
    if (!m_sessions.remove(session))
        return;
    if (m_reversed.remove(session))
        Q_EMIT reversedSessionFinished(session, session->messagesAccepted(), session->bytesAccepted());
    Q_EMIT sessionRecorded(session->recorder().summary(session->messagesAccepted()),
                           session->recorder().transcript());
    const QString host = m_sessionHost.take(session);
    if (--m_perHost[host] <= 0)
        m_perHost.remove(host);
    session->deleteLater();
    Q_EMIT sessionFinished();
    if (m_stopping && m_sessions.isEmpty())
        Q_EMIT stopped();
}

void SmtpServer::stop(int graceMs)
{
    m_stopping = true;
    if (m_listener)
        m_listener->close();
    if (m_atrnListener)
        m_atrnListener->close();
    if (m_sessions.isEmpty()) {
        QMetaObject::invokeMethod(this, &SmtpServer::stopped, Qt::QueuedConnection);
        return;
    }
    const auto sessions = m_sessions;
    for (SmtpServerSession *session : sessions)
        session->requestShutdown();
    QTimer::singleShot(graceMs, this, [this] {
        const auto left = m_sessions;
        for (SmtpServerSession *session : left)
            session->abort();
    });
}

} // namespace Sluice
