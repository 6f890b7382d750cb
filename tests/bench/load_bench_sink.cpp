// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_bench_sink.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Sluice::Bench {

namespace {

/// One connection to the sink: a minimal SMTP server (no PIPELINING offered, though pipelined
/// commands are answered in order), reading the Message-ID header out of each message's data.
class SinkConnection : public QObject
{
public:
    SinkConnection(QTcpSocket *socket, CountingSink *sink)
        : QObject(socket)
        , m_socket(socket)
        , m_sink(sink)
    {
        connect(socket, &QTcpSocket::readyRead, this, &SinkConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write("220 bench-sink.example ESMTP\r\n");
    }

private:
    void onReadyRead()
    {
        m_buffer.append(m_socket->readAll());
        qsizetype end;
        QByteArray replies;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(end + 1);
            m_buffer.remove(0, end + 1);
            if (m_inData)
                replies += dataLine(line);
            else
                replies += command(line.trimmed());
        }
        if (!replies.isEmpty())
            m_socket->write(replies);
        if (m_quit)
            m_socket->disconnectFromHost();
    }

    QByteArray dataLine(const QByteArray &line)
    {
        const QByteArray content = line.endsWith("\r\n") ? line.chopped(2) : line.chopped(1);
        if (content == ".") {
            m_inData = false;
            m_sink->record(m_messageId.trimmed());
            return "250 2.0.0 Ok: counted\r\n"_ba;
        }
        if (!m_inHeaders)
            return {};
        if (content.isEmpty()) {
            m_inHeaders = false;
        } else if (m_idContinues && (content.startsWith(' ') || content.startsWith('\t'))) {
            m_messageId += content; // a folded Message-ID header
        } else {
            m_idContinues = content.left(11).toLower() == "message-id:";
            if (m_idContinues)
                m_messageId = content.mid(11);
        }
        return {};
    }

    QByteArray command(const QByteArray &line)
    {
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "EHLO")
            return "250-bench-sink.example\r\n250-8BITMIME\r\n250 SIZE 104857600\r\n"_ba;
        if (verb == "DATA") {
            m_inData = true;
            m_inHeaders = true;
            m_idContinues = false;
            m_messageId.clear();
            return "354 End data with <CR><LF>.<CR><LF>\r\n"_ba;
        }
        if (verb == "QUIT") {
            m_quit = true;
            return "221 2.0.0 Bye\r\n"_ba;
        }
        if (verb == "HELO" || verb == "MAIL" || verb == "RCPT" || verb == "RSET" || verb == "NOOP")
            return "250 2.0.0 Ok\r\n"_ba;
        return "502 5.5.2 Not implemented\r\n"_ba;
    }

    QTcpSocket *const m_socket;
    CountingSink *const m_sink;
    QByteArray m_buffer;
    QByteArray m_messageId;
    bool m_inData = false;
    bool m_inHeaders = false;
    bool m_idContinues = false;
    bool m_quit = false;
};

} // namespace

CountingSink::CountingSink()
{
    m_thread.setObjectName(u"bench-sink"_s);
}

CountingSink::~CountingSink()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool CountingSink::start(QString *error)
{
    m_thread.start();
    m_server = new QTcpServer;
    m_server->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &ok, error] {
            m_server->setMaxPendingConnections(1000);
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    countConnection();
                    new SinkConnection(socket, this);
                }
            });
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            if (!ok)
                *error = m_server->errorString();
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QHash<QByteArray, int> CountingSink::received() const
{
    const QMutexLocker lock(&m_mutex);
    return m_received;
}

int CountingSink::messages() const
{
    const QMutexLocker lock(&m_mutex);
    return m_messages;
}

int CountingSink::connections() const
{
    const QMutexLocker lock(&m_mutex);
    return m_connections;
}

void CountingSink::record(const QByteArray &messageId)
{
    const QMutexLocker lock(&m_mutex);
    ++m_messages;
    ++m_received[messageId];
}

void CountingSink::countConnection()
{
    const QMutexLocker lock(&m_mutex);
    ++m_connections;
}

} // namespace Sluice::Bench
