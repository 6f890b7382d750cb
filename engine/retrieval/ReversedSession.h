// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTcpSocket;

namespace Sluice {

class SmtpServer;
class SmtpServerSession;

/// The server half of TURN and ATRN: hands our connection to the local SMTP server, which serves the
/// provider's session on it as on any inbound connection, and reports when that session is over and
/// what it brought in.
class ReversedSession : public QObject
{
    Q_OBJECT
public:
    explicit ReversedSession(SmtpServer *server, QObject *parent = nullptr);
    ~ReversedSession() override;

    /// Takes ownership of socket. False when the server cannot serve it (no settings yet, or
    /// stopping); the socket is gone then too.
    bool adopt(QTcpSocket *socket);
    void abort(); ///< cuts the provider's session; ended() follows

    int messages() const { return m_messages; }
    qint64 bytes() const { return m_bytes; }
    /// Why the provider's session did not end with its QUIT (our 221): it hung up mid-way, or we
    /// refused it; empty when it quit. A message cut short is not stored (the server keeps only what
    /// it acknowledged), but what the provider still held stays with it: the cycle must say so.
    QString error() const { return m_error; }

Q_SIGNALS:
    /// The provider quit or hung up (or the session was cut); emitted once.
    void ended(int messages, qint64 bytes);

private:
    void end();

    QPointer<SmtpServer> m_server;
    QPointer<SmtpServerSession> m_session;
    int m_messages = 0;
    qint64 m_bytes = 0;
    QString m_error;
    bool m_ended = false;
};

} // namespace Sluice
