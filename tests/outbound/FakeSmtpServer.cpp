// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSmtpServer.h"

#include <QPointer>
#include <QTcpSocket>

FakeSmtpServer::FakeSmtpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeSmtpServer::onNewConnection);
}

FakeSmtpServer::~FakeSmtpServer()
{
    // The sockets would report their disconnection into a half-destroyed server.
    const QList<QTcpSocket *> sockets = m_clients.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeSmtpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeSmtpServer::release()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, reply] : held)
        socket->write(reply);
}

void FakeSmtpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_mostConcurrent = qMax(m_mostConcurrent, ++m_concurrent);
        m_clients.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_concurrent;
            m_clients.remove(socket);
            m_held.removeIf([socket](const auto &held) { return held.first == socket; });
            socket->deleteLater();
        });
        socket->write(m_greeting + "\r\n");
        if (!m_greeting.startsWith("220"))
            socket->disconnectFromHost();
    }
}

void FakeSmtpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    it->buffer += socket->readAll();
    qsizetype end;
    while ((end = it->buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = it->buffer.left(end);
        it->buffer.remove(0, end + 2);
        handleLine(socket, *it, line);
        it = m_clients.find(socket); // handleLine may not remove it, but stay safe
        if (it == m_clients.end())
            return;
    }
}

namespace {
QByteArray pathOf(const QByteArray &arguments)
{
    const qsizetype open = arguments.indexOf('<');
    const qsizetype close = arguments.indexOf('>', open);
    return open < 0 || close < 0 ? QByteArray() : arguments.mid(open + 1, close - open - 1);
}
} // namespace

QByteArray FakeSmtpServer::recipientReply(const QByteArray &address)
{
    if (address.startsWith("temp"))
        return "451 4.2.0 try again later";
    if (address.startsWith("perm"))
        return "550 5.1.1 no such user here";
    if (address.startsWith("once") && m_seenOnce[address]++ == 0)
        return "451 4.3.0 not yet";
    return "250 2.1.5 ok";
}

void FakeSmtpServer::handleLine(QTcpSocket *socket, Client &client, const QByteArray &line)
{
    if (client.inData) {
        if (line == ".") {
            client.inData = false;
            m_received.append(client.current);
            client.current = {};
            const QByteArray reply = "250 2.0.0 queued\r\n";
            if (m_hold)
                m_held.append({socket, reply});
            else
                socket->write(reply);
            return;
        }
        client.current.data += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
        return;
    }
    const QByteArray upper = line.toUpper();
    if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
        socket->write("250-fake.test\r\n250 8BITMIME\r\n");
    } else if (upper.startsWith("MAIL FROM:")) {
        client.current = {};
        client.current.sender = pathOf(line.mid(10));
        socket->write("250 2.1.0 ok\r\n");
    } else if (upper.startsWith("RCPT TO:")) {
        const QByteArray address = pathOf(line.mid(8));
        const QByteArray reply = recipientReply(address);
        if (reply.startsWith('2'))
            client.current.recipients.append(address);
        socket->write(reply + "\r\n");
    } else if (upper == "DATA") {
        if (client.current.recipients.isEmpty()) {
            socket->write("554 5.5.1 no valid recipients\r\n");
        } else {
            client.inData = true;
            socket->write("354 go ahead\r\n");
        }
    } else if (upper == "RSET") {
        client.current = {};
        socket->write("250 2.0.0 ok\r\n");
    } else if (upper == "QUIT") {
        socket->write("221 2.0.0 bye\r\n");
        socket->disconnectFromHost();
    } else {
        socket->write("502 5.5.2 command not offered by this fake server\r\n");
    }
}
