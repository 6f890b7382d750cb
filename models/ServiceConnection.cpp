// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceConnection.h"

#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr int ReconnectIntervalMs = 1000;
constexpr int StatusIntervalMs = 3000;
constexpr int RequestTimeoutMs = 30000;

/// One request on a connection of its own: the engine answers and closes.
class PendingRequest : public QObject
{
public:
    PendingRequest(const QString &path, const QByteArray &line, QObject *context,
                   ServiceConnection::AnswerHandler handler, QObject *parent)
        : QObject(parent)
        , m_socket(new QLocalSocket(this))
        , m_context(context)
        , m_handler(std::move(handler))
    {
        connect(m_socket, &QLocalSocket::connected, this, [this, line] { m_socket->write(line + '\n'); });
        connect(m_socket, &QLocalSocket::readyRead, this, [this] { m_buffer += m_socket->readAll(); });
        connect(m_socket, &QLocalSocket::disconnected, this, [this] { finish(); });
        connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
            if (error != QLocalSocket::PeerClosedError)
                finish(m_socket->errorString());
        });
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this,
                [this] { finish(ServiceConnection::tr("Sluice did not answer in time.")); });
        m_timeout.start(RequestTimeoutMs);
        m_socket->connectToServer(path);
    }

private:
    void finish(const QString &failure = QString())
    {
        if (m_done)
            return;
        m_done = true;
        if (m_socket->isOpen())
            m_buffer += m_socket->readAll();
        ControlAnswer answer;
        const qsizetype firstEnd = m_buffer.indexOf('\n');
        const QByteArray first = firstEnd < 0 ? m_buffer : m_buffer.left(firstEnd);
        if (first == "ok") {
            answer.ok = true;
            QByteArray body = m_buffer.mid(firstEnd + 1);
            if (body.endsWith('\n'))
                body.chop(1);
            if (!body.isEmpty())
                answer.lines = body.split('\n');
        } else if (first.startsWith("error: ")) {
            answer.error = unescapeField(first.mid(7));
        } else {
            answer.error = failure.isEmpty() ? ServiceConnection::tr("Sluice did not answer.") : failure;
        }
        if (m_context)
            m_handler(answer);
        deleteLater();
    }

    QLocalSocket *m_socket;
    QPointer<QObject> m_context;
    ServiceConnection::AnswerHandler m_handler;
    QByteArray m_buffer;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace

QList<QStringList> ControlAnswer::rows() const
{
    QList<QStringList> rows;
    rows.reserve(lines.size());
    for (const QByteArray &line : lines)
        rows.append(parseRow(line));
    return rows;
}

ServiceConnection::ServiceConnection(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
{
    m_reconnectTimer.setSingleShot(true);
    m_reconnectTimer.setInterval(ReconnectIntervalMs);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ServiceConnection::connectWatch);
    m_statusTimer.setInterval(StatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &ServiceConnection::refreshStatus);
}

ServiceConnection::~ServiceConnection() = default;

void ServiceConnection::open()
{
    connectWatch();
    m_statusTimer.start();
}

void ServiceConnection::connectWatch()
{
    if (m_watch)
        m_watch->deleteLater();
    m_watch = new QLocalSocket(this);
    m_watchBuffer.clear();
    m_watchAcknowledged = false;
    QLocalSocket *socket = m_watch;
    connect(socket, &QLocalSocket::connected, this, [socket] { socket->write("watch\n"); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket == m_watch)
            onWatchReadyRead();
    });
    connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
        if (socket == m_watch)
            onWatchLost();
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket] {
        if (socket == m_watch)
            onWatchLost();
    });
    socket->connectToServer(m_socketPath);
}

void ServiceConnection::onWatchReadyRead()
{
    m_watchBuffer += m_watch->readAll();
    qsizetype end;
    while ((end = m_watchBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_watchBuffer.left(end);
        m_watchBuffer.remove(0, end + 1);
        if (!m_watchAcknowledged) {
            m_watchAcknowledged = line == "ok";
            if (!m_watchAcknowledged) {
                onWatchLost();
                return;
            }
            m_connected = true;
            Q_EMIT connectedChanged(true);
            if (m_everConnected)
                Q_EMIT reconnected();
            m_everConnected = true;
            refreshStatus();
            continue;
        }
        const QStringList fields = parseRow(line);
        if (fields.size() >= 2 && fields.first() == "event"_L1) {
            if (fields.at(1) == "status-changed"_L1)
                refreshStatus();
            Q_EMIT eventReceived(fields.at(1), fields.mid(2));
        }
    }
}

void ServiceConnection::onWatchLost()
{
    if (m_reconnectTimer.isActive())
        return;
    const bool wasConnected = m_connected;
    m_connected = false;
    if (wasConnected) {
        m_status.clear();
        Q_EMIT connectedChanged(false);
        Q_EMIT statusChanged();
    }
    m_reconnectTimer.start();
}

void ServiceConnection::refreshStatus()
{
    if (!m_connected)
        return;
    request("status", {}, {}, this, [this](const ControlAnswer &answer) {
        if (!answer.ok)
            return;
        m_status = answer.pairs();
        Q_EMIT statusChanged();
    });
}

void ServiceConnection::request(const ControlRequest &request, QObject *context, AnswerHandler handler)
{
    new PendingRequest(m_socketPath, request.toLine(), context, std::move(handler), this);
}

void ServiceConnection::request(const QByteArray &verb, const QStringList &arguments,
                                const QHash<QString, QString> &options, QObject *context,
                                AnswerHandler handler)
{
    ControlRequest built;
    built.verb = verb;
    built.arguments = arguments;
    built.options = options;
    request(built, context, std::move(handler));
}

} // namespace Sluice
