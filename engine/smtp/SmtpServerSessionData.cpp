// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpServerSession, continued: the DATA phase, from the 354 to the reply to the final dot once the
// message is durable (or refused).
#include "smtp/SmtpServerSession.h"

#include "core/NetworkList.h"
#include "queue/MessageQueue.h"
#include "queue/QueueId.h"
#include "smtp/ReceivedHeader.h"

#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSmtpServer)

namespace Sluice {

void SmtpServerSession::handleData(const SmtpCommand &command)
{
    if (!command.argument.isEmpty())
        return reply(501, "5.5.4", "Syntax: DATA");
    if (!m_haveSender)
        return reply(503, "5.5.1", "Error: need MAIL command");
    if (m_recipients.isEmpty())
        return reply(554, "5.5.1", "Error: no valid recipients");
    const SmtpServerConfig &config = *m_context.config;
    DataReceiver::Limits limits;
    limits.maxSize = config.maxMessageSize;
    m_data.emplace(limits, config.normaliseBareLineEndings ? DataReceiver::BareLineEndings::Normalise
                                                           : DataReceiver::BareLineEndings::Refuse);
    m_queueId = nextQueueId();
    m_state = State::Data;
    // The whole DATA phase has this long, extended only by octets arriving at a real rate.
    m_idleTimer.start(config.commandTimeoutMs);
    reply(354, nullptr, "End data with <CR><LF>.<CR><LF>");
}

void SmtpServerSession::finishData()
{
    m_state = State::Commands;
    m_idleTimer.start(m_context.config->commandTimeoutMs);
    const DataReceiver::Problem problem = m_data->problem();
    if (problem != DataReceiver::Problem::None) {
        qCInfo(lcSmtpServer).noquote() << m_peerText << "message refused, problem" << int(problem);
        resetTransaction();
        switch (problem) {
        case DataReceiver::Problem::TooBig:
            return reply(552, "5.3.4", "Message size exceeds fixed limit");
        case DataReceiver::Problem::LineTooLong:
            return reply(550, "5.6.0", "Message refused: a line is longer than 998 octets");
        case DataReceiver::Problem::BareLineEnding:
            return reply(550, "5.6.0",
                         "Message refused: bare CR or LF in the data; only CRLF may end a line");
        case DataReceiver::Problem::TooManyHops:
            return reply(554, "5.4.6", "Message refused: too many hops (mail loop)");
        case DataReceiver::Problem::None:
            break;
        }
    }

    const SmtpServerConfig &config = *m_context.config;
    ReceivedHeaderFields trace;
    trace.heloName = m_heloName;
    trace.clientAddress = m_socket->peerAddress();
    trace.hostName = config.hostName.toLatin1();
    // RFC 3848: S for TLS, A for an authenticated client.
    trace.protocol = !m_extended ? QByteArray("SMTP")
                                 : QByteArray("ESMTP" + QByteArray(isEncrypted() ? "S" : "") +
                                              QByteArray(m_authenticatedAccount.isEmpty() ? "" : "A"));
    trace.queueId = m_queueId.toLatin1();
    if (m_recipients.size() == 1)
        trace.recipient = m_recipients.first().address;
    trace.time = QDateTime::currentDateTime();

    NewMessage message;
    message.queueId = m_queueId;
    message.sender = m_sender;
    message.recipients = m_recipients;
    message.content = formatReceivedHeader(trace) + m_data->takeContent();
    m_recorder.message(message.content);
    message.receivedAt = trace.time;
    message.clientAddress = NetworkList::normalised(trace.clientAddress).toString();
    message.heloName = QString::fromLatin1(m_heloName);
    m_storingBytes = message.content.size();
    m_data.reset();

    m_state = State::Storing;
    m_idleTimer.stop(); // the wait is ours, not the client's
    m_context.queue->enqueue(std::move(message), this,
                             [this](const EnqueueResult &result) { onStored(result); });
}

void SmtpServerSession::onStored(const EnqueueResult &result)
{
    if (m_state != State::Storing)
        return;
    m_state = State::Commands;
    if (result.ok) {
        qCInfo(lcSmtpServer).noquote() << u"%1 queued %2 from <%3>, %4 recipient(s)"_s.arg(
            m_peerText, result.queueId, QString::fromLatin1(m_sender), QString::number(m_recipients.size()));
        reply(250, "2.0.0", "Ok: queued as " + result.queueId.toLatin1());
        ++m_messagesAccepted;
        m_bytesAccepted += m_storingBytes;
        Q_EMIT messageAccepted(m_storingBytes);
    } else if (result.diskFull) {
        reply(452, "4.3.1", "Insufficient system storage, try again later");
    } else {
        reply(451, "4.3.0", "Local error in processing, try again later");
    }
    resetTransaction();
    if (m_shutdownRequested) {
        closeWith(421, "4.3.2",
                  m_context.config->hostName.toLatin1() + " Service shutting down, try again later");
        return;
    }
    m_idleTimer.start(m_context.config->commandTimeoutMs);
    processInput();
}

} // namespace Sluice
