// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderPeer.h"

#include <QTcpSocket>
#include <QTimer>

namespace Sluice::Test {

ProviderPeer::ProviderPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ProviderPeer::onNewConnection);
}

ProviderPeer::~ProviderPeer() = default;

bool ProviderPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ProviderPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_clients.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
        socket->write("220 provider.test ESMTP\r\n");
    }
}

void ProviderPeer::onReadyRead(QTcpSocket *socket)
{
    Client &client = m_clients[socket];
    client.buffer += socket->readAll();
    qsizetype end;
    while ((end = client.buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = client.buffer.left(end);
        client.buffer.remove(0, end + 2);
        handleLine(socket, client, line);
    }
}

void ProviderPeer::handleLine(QTcpSocket *socket, Client &client, const QByteArray &line)
{
    if (client.inData) {
        if (line == ".") {
            client.inData = false;
            m_received.append(client.data);
            client.data.clear();
            socket->write("250 2.0.0 queued at the provider\r\n");
        } else {
            client.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
        }
        return;
    }
    const QByteArray verb = line.left(4).toUpper();
    if (verb == "EHLO")
        socket->write("250-provider.test\r\n250-ETRN\r\n250 PIPELINING\r\n");
    else if (verb == "MAIL" || verb == "RCPT" || verb == "RSET" || verb == "NOOP")
        socket->write("250 2.0.0 Ok\r\n");
    else if (verb == "DATA") {
        client.inData = true;
        socket->write("354 go ahead\r\n");
    } else if (verb == "ETRN") {
        m_etrn.append(line.mid(5));
        socket->write(m_etrnReply + "\r\n");
        if ((m_etrnReply.startsWith("250") || m_etrnReply.startsWith("253")) && !m_held.isEmpty())
            QTimer::singleShot(m_releaseDelayMs, this, &ProviderPeer::release);
    } else if (verb == "QUIT") {
        socket->write("221 2.0.0 Bye\r\n");
        socket->disconnectFromHost();
    } else {
        socket->write("502 5.5.1 not here\r\n");
    }
}

void ProviderPeer::release()
{
    // Delivers the held mail to the office in one session, as a flush does: one command per reply.
    auto *socket = new QTcpSocket(this);
    auto steps = std::make_shared<QList<QByteArray>>();
    *steps << "EHLO provider.test\r\n";
    for (const HeldMessage &message : std::as_const(m_held))
        *steps << "MAIL FROM:<" + message.sender + ">\r\n"
               << "RCPT TO:<" + message.recipient + ">\r\n"
               << "DATA\r\n"
               << message.content + "\r\n.\r\n";
    *steps << "QUIT\r\n";
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, steps, buffer] {
        *buffer += socket->readAll();
        qsizetype end;
        while ((end = buffer->indexOf("\r\n")) >= 0) {
            const QByteArray line = buffer->left(end);
            buffer->remove(0, end + 2);
            if (line.size() > 3 && line.at(3) == '-')
                continue; // more lines of the same reply
            if (!line.startsWith('2') && !line.startsWith('3')) {
                m_releaseFailed = true;
                socket->disconnectFromHost();
                return;
            }
            if (steps->isEmpty()) { // the 221 to QUIT
                m_held.clear();
                socket->disconnectFromHost();
                return;
            }
            socket->write(steps->takeFirst());
        }
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, socket, [this, socket](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            m_releaseFailed = true;
        socket->deleteLater();
    });
    socket->connectToHost(QHostAddress::LocalHost, m_officePort);
}

} // namespace Sluice::Test
