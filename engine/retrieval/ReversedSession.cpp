// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrieval/ReversedSession.h"

#include "smtp/SmtpServer.h"
#include "smtp/SmtpServerSession.h"

#include <QTcpSocket>

namespace Sluice {

ReversedSession::ReversedSession(SmtpServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{}

ReversedSession::~ReversedSession() = default;

bool ReversedSession::adopt(QTcpSocket *socket)
{
    if (!m_server) {
        socket->abort();
        socket->deleteLater();
        return false;
    }
    // The session starts on the next turn of the event loop, so nothing is missed by connecting
    // after adoptConnection() returned.
    m_session = m_server->adoptConnection(socket);
    if (!m_session)
        return false;
    connect(m_session, &SmtpServerSession::messageAccepted, this, [this](qint64 bytes) {
        ++m_messages;
        m_bytes += bytes;
    });
    connect(m_server, &SmtpServer::reversedSessionFinished, this,
            [this](SmtpServerSession *session, int, qint64) {
                if (session != m_session)
                    return;
                const SessionSummary summary = session->recorder().summary(session->messagesAccepted());
                if (!summary.ok)
                    m_error = summary.error;
                end();
            });
    // A server deleted with its sessions reports nothing: the session's end is then its deletion.
    connect(m_session, &QObject::destroyed, this, [this] {
        if (!m_ended && m_error.isEmpty())
            m_error = tr("the local SMTP server stopped");
        end();
    });
    return true;
}

void ReversedSession::abort()
{
    if (m_error.isEmpty())
        m_error = tr("the session was cut");
    if (m_session)
        m_session->abort();
    end();
}

void ReversedSession::end()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT ended(m_messages, m_bytes);
}

} // namespace Sluice
