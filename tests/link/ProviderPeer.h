// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A provider for the link cycle tests, on 127.0.0.1 port 0: it accepts the office's outbound mail like
// a smarthost, answers ETRN with a chosen reply, and after a 250/253 connects back to the office's
// listener (after a chosen delay, as slow providers do) and delivers the messages it "held".

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace Sluice::Test {

class ProviderPeer : public QObject
{
    Q_OBJECT
public:
    struct HeldMessage
    {
        QByteArray sender;
        QByteArray recipient;
        QByteArray content; ///< CRLF lines, no final dot
    };

    explicit ProviderPeer(QObject *parent = nullptr);
    ~ProviderPeer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void setEtrnReply(const QByteArray &line) { m_etrnReply = line; } ///< e.g. "250 OK, queuing started"
    void setOfficePort(quint16 port) { m_officePort = port; }
    void setReleaseDelayMs(int ms) { m_releaseDelayMs = ms; }
    void hold(const HeldMessage &message) { m_held.append(message); }

    QList<QByteArray> etrnArguments() const { return m_etrn; }
    QList<QByteArray> receivedData() const { return m_received; } ///< outbound mail, as sent
    int heldLeft() const { return int(m_held.size()); }
    bool releaseFailed() const { return m_releaseFailed; }

private:
    struct Client
    {
        QByteArray buffer;
        QByteArray data;
        bool inData = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleLine(QTcpSocket *socket, Client &client, const QByteArray &line);
    void release();

    QTcpServer m_server;
    QHash<QTcpSocket *, Client> m_clients;
    QByteArray m_etrnReply = "250 OK, queuing for node started";
    quint16 m_officePort = 0;
    int m_releaseDelayMs = 0;
    QList<HeldMessage> m_held;
    QList<QByteArray> m_etrn;
    QList<QByteArray> m_received;
    bool m_releaseFailed = false;
};

} // namespace Sluice::Test
