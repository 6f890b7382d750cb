// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/ControlServer.h"

#include "core/Engine.h"
#include "link/LinkController.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcControl, "sluice.control")

namespace Sluice {

namespace {
constexpr qsizetype MaxCommandLength = 1024; ///< commands are short words; anything longer is refused
}

ControlServer::ControlServer(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
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

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void ControlServer::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxCommandLength) {
            socket->write("error: command too long\n");
            socket->disconnectFromServer();
        }
        return;
    }
    const QByteArray command = socket->readLine(MaxCommandLength).trimmed();
    qCInfo(lcControl).noquote() << "control command:" << QString::fromUtf8(command);
    socket->write(answer(command));
    socket->disconnectFromServer();
}

QByteArray ControlServer::answer(const QByteArray &command) const
{
    LinkController *link = m_engine->link();
    if (!link)
        return "error: the engine is not running\n";
    if (command == "connect-now") {
        link->connectNow();
        return "ok\n";
    }
    if (command == "hang-up") {
        link->hangUpNow();
        return "ok\n";
    }
    if (command == "status")
        return "ok\n" + status();
    return "error: unknown command\n";
}

QByteArray ControlServer::status() const
{
    const LinkStatus link = m_engine->link()->status();
    const QueueCounts counts = m_engine->queueCounts();
    const auto time = [](const QDateTime &when) {
        return when.isValid() ? when.toUTC().toString(Qt::ISODate).toUtf8() : QByteArray("-");
    };
    const char *phase = QMetaEnum::fromType<LinkCycle::Phase>().valueToKey(int(link.phase));
    QByteArray out;
    out += "phase=" + QByteArray(phase).toLower() + '\n';
    out += "link=" + QByteArray(link.linkHeld ? "held" : "idle") + '\n';
    out += "next-cycle=" + time(link.nextCycle) + '\n';
    out += "last-cycle=" + time(link.lastCycle.started) + '\n';
    out += "last-result=" + (link.lastCycle.id ? link.lastCycle.result.toUtf8() : QByteArray("-")) + '\n';
    out += "queued-messages=" + QByteArray::number(counts.messages) + '\n';
    out += "queued-remote=" + QByteArray::number(counts.remotePending) + '\n';
    out += "queued-local=" + QByteArray::number(counts.localPending) + '\n';
    // Provider side: mail held for customer domains until they ask with ETRN.
    for (const HeldDomainCount &held : m_engine->heldDomains())
        out += "held=" + held.node.toUtf8() + ' ' + QByteArray::number(held.messages) + ' ' +
               QByteArray::number(held.bytes) + ' ' + time(held.oldest) + '\n';
    return out;
}

} // namespace Sluice
