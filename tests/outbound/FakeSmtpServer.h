// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>

/// A minimal SMTP server for the delivery tests, on 127.0.0.1 port 0. Replies by recipient local
/// part: "temp..." 451 4.2.0, "perm..." 550 5.1.1, "once..." 451 the first time and 250 after,
/// anything else 250. It can greet with a chosen reply and hold back the answer to the final dot
/// until release() (to queue mail while a job waits).
class FakeSmtpServer : public QObject
{
    Q_OBJECT
public:
    struct Received
    {
        QByteArray sender;
        QList<QByteArray> recipients; ///< accepted ones
        QByteArray data;              ///< dot-unstuffed, CRLF line endings
    };

    explicit FakeSmtpServer(QObject *parent = nullptr);
    ~FakeSmtpServer() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void setGreeting(const QByteArray &line) { m_greeting = line; }
    void setHoldDataReply(bool hold) { m_hold = hold; }
    void release(); ///< sends the held replies to the final dot

    const QList<Received> &received() const { return m_received; }
    int connections() const { return m_connections; }
    int mostConcurrent() const { return m_mostConcurrent; }
    int heldReplies() const { return int(m_held.size()); }

private:
    struct Client
    {
        QByteArray buffer;
        Received current;
        bool inData = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleLine(QTcpSocket *socket, Client &client, const QByteArray &line);
    QByteArray recipientReply(const QByteArray &address);

    QTcpServer m_server;
    QByteArray m_greeting = "220 fake.test ESMTP";
    bool m_hold = false;
    QList<std::pair<QTcpSocket *, QByteArray>> m_held;
    QHash<QTcpSocket *, Client> m_clients;
    QHash<QByteArray, int> m_seenOnce;
    QList<Received> m_received;
    int m_connections = 0;
    int m_concurrent = 0;
    int m_mostConcurrent = 0;
};
