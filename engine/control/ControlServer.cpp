// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/ControlServer.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcControl, "sluice.control")

namespace Sluice {

namespace {
constexpr qsizetype MaxCommandLength = 4096;      ///< commands are short; anything longer is refused
constexpr qint64 MaxWatcherBacklog = 1024 * 1024; ///< a watcher that stopped reading is dropped
} // namespace

ControlServer::ControlServer(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
}

ControlServer::~ControlServer() = default;

bool ControlServer::listen(const QString &path, QString *error)
{
    QLocalServer::removeServer(path);
    if (m_server->listen(path))
        return true;
    *error = tr("Cannot open the control socket %1: %2").arg(path, m_server->errorString());
    return false;
}

void ControlServer::addHandler(const QByteArray &verb, Handler handler)
{
    m_handlers.insert(verb, std::move(handler));
}

void ControlServer::broadcast(const QByteArray &name, const QStringList &fields)
{
    const QByteArray line = formatRow(QStringList{u"event"_s, QString::fromUtf8(name)} + fields);
    for (qsizetype i = m_watchers.size() - 1; i >= 0; --i) {
        QLocalSocket *socket = m_watchers.at(i);
        if (!socket || socket->state() != QLocalSocket::ConnectedState) {
            m_watchers.removeAt(i);
            continue;
        }
        if (socket->bytesToWrite() > MaxWatcherBacklog) {
            socket->abort();
            m_watchers.removeAt(i);
            continue;
        }
        socket->write(line);
    }
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void ControlServer::onReadyRead(QLocalSocket *socket)
{
    if (m_watchers.contains(socket)) {
        socket->readAll(); // a watcher has nothing more to say
        return;
    }
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxCommandLength) {
            socket->write("error: command too long\n");
            socket->disconnectFromServer();
        }
        return;
    }
    const QByteArray line = socket->readLine(MaxCommandLength + 1).trimmed();
    if (line == "watch") {
        m_watchers.append(socket);
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] { m_watchers.removeAll(socket); });
        socket->write("ok\n");
        return;
    }
    // The console polls status and pages through the queue and log: those reads would flood the
    // service's log, so only commands that change something are logged by default.
    static const QByteArrayList ReadOnlyVerbs{"status",     "queue-list", "queue-groups",
                                              "queue-show", "log-list",   "log-show"};
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = space < 0 ? line : line.left(space);
    if (ReadOnlyVerbs.contains(verb))
        qCDebug(lcControl).noquote() << "control command:" << QString::fromUtf8(line.left(200));
    else
        qCInfo(lcControl).noquote() << "control command:" << QString::fromUtf8(line.left(200));
    socket->write(answer(line));
    socket->disconnectFromServer();
}

QByteArray ControlServer::answer(const QByteArray &line) const
{
    const ControlRequest request = ControlRequest::parse(line);
    const auto handler = m_handlers.constFind(request.verb);
    if (handler == m_handlers.cend())
        return "error: unknown command\n";
    const ControlReply reply = (*handler)(request);
    if (!reply.ok)
        return "error: " + escapeField(reply.error) + '\n';
    return "ok\n" + reply.body;
}

} // namespace Sluice
