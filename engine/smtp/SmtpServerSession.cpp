// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpServerSession.h"

#include "core/NetworkList.h"
#include "hold/EtrnService.h"
#include "queue/MessageQueue.h"
#include "smtp/AuthThrottle.h"
#include "smtp/ClientAccess.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/ServerTls.h"

#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSmtpServer, "sluice.smtp.server")
Q_LOGGING_CATEGORY(lcSmtpProtocol, "sluice.smtp.protocol")

namespace Sluice {

namespace {
/// A closing connection whose client does not read our last reply is cut after this long.
constexpr int CloseGraceMs = 10 * 1000;
/// What the socket itself may buffer of the client's input (0 would be unlimited).
constexpr qint64 SocketReadBufferSize = 64 * 1024;
/// The kernel's send buffer for our replies (Linux doubles it): left to itself it grows to 4 MB per
/// connection, a quarter of a million replies a client that never reads would make us write.
/// Replies are small, and 256 KiB still fills a 20 Mbit/s link at 100 ms (ATRN sends mail here).
constexpr int SocketSendBufferSize = 128 * 1024;

QByteArray hostBytes(const SmtpServerConfig &config)
{
    return config.hostName.toLatin1();
}
} // namespace

SmtpServerSession::SmtpServerSession(QTcpSocket *socket, SessionContext context, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(std::move(context))
    , m_auth(&m_context.config->accounts, hostBytes(*m_context.config))
{
    m_socket->setParent(this);
    const QHostAddress peer = NetworkList::normalised(m_socket->peerAddress());
    m_peerText = u"[%1]:%2"_s.arg(peer.toString()).arg(m_socket->peerPort());
    m_recorder.begin(m_peerText, m_context.config->transcriptHeaders);
    m_mayRelay = m_context.config->relayNetworks.contains(peer) ||
                 ClientAccess::grantsRelay(m_context.config->hostRules, peer);

    m_idleTimer.setSingleShot(true);
    // A coarse timer may fire 5% early, and DATA re-arms this one from its remaining time at every
    // chunk, which would add those errors up: the deadlines a client is told are kept to the ms.
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    m_greetingTimer.setSingleShot(true);
    // Bounded memory: what the client sends waits in the kernel (TCP pushes back) once this is full.
    m_socket->setReadBufferSize(SocketReadBufferSize);
    m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, SocketSendBufferSize);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSmtpServer).noquote() << m_peerText << "timed out";
        // No reply can be sent in the middle of a TLS handshake; a closing client that does not
        // read its last reply holds the connection no longer.
        if (m_state == State::Handshake || m_state == State::Closing)
            return abort();
        closeWith(421, "4.4.2", hostBytes(*m_context.config) + " Error: timeout exceeded");
    });
    connect(&m_greetingTimer, &QTimer::timeout, this, &SmtpServerSession::greet);
    connect(m_socket, &QTcpSocket::readyRead, this, &SmtpServerSession::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &SmtpServerSession::onDisconnected);
    // A client that pipelined more than it read gets the rest of its commands answered once it
    // has read the backlog.
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        if ((m_state == State::Commands || m_state == State::Data) && !outputBacklogged())
            processInput();
    });
}

SmtpServerSession::~SmtpServerSession() = default;

void SmtpServerSession::start()
{
    qCInfo(lcSmtpServer).noquote() << "connection from" << m_peerText;
    const int delay = m_context.config->greetingDelayMs;
    if (delay > 0 && !m_mayRelay) {
        // Clients that talk before the greeting are spam engines: a real MTA waits (RFC 5321 3.1).
        m_state = State::Delaying;
        m_greetingTimer.start(delay);
        return;
    }
    greet();
}

void SmtpServerSession::greetNow()
{
    qCInfo(lcSmtpServer).noquote() << "serving" << m_peerText << "on our own connection (roles reversed)";
    greet();
    // What arrived before the hand-over waits in the socket with no readyRead to come for it, and a
    // peer gone in the meantime sent its disconnected() before we listened.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &SmtpServerSession::onReadyRead, Qt::QueuedConnection);
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        QMetaObject::invokeMethod(this, &SmtpServerSession::onDisconnected, Qt::QueuedConnection);
}

void SmtpServerSession::greet()
{
    m_state = State::Commands;
    reply(220, nullptr, hostBytes(*m_context.config) + " ESMTP Sluice");
    flush();
    m_idleTimer.start(m_context.config->commandTimeoutMs);
}

void SmtpServerSession::refuse(const SmtpReply &reply)
{
    qCInfo(lcSmtpServer).noquote() << "refused" << m_peerText << ":" << reply.text();
    send(reply);
    m_state = State::Closing;
    flush();
    m_idleTimer.start(std::min(CloseGraceMs, m_context.config->commandTimeoutMs));
    m_socket->disconnectFromHost();
}

void SmtpServerSession::requestShutdown()
{
    m_shutdownRequested = true;
    if (m_state == State::Commands || m_state == State::Delaying)
        closeWith(421, "4.3.2", hostBytes(*m_context.config) + " Service shutting down, try again later");
}

void SmtpServerSession::abort()
{
    m_state = State::Closed;
    m_socket->abort();
}

bool SmtpServerSession::isInTransaction() const
{
    return m_state == State::Data || m_state == State::Storing;
}

void SmtpServerSession::onDisconnected()
{
    if (std::exchange(m_finished, true))
        return; // greetNow() may have found the socket closed already
    if (m_state != State::Closing && m_state != State::Closed)
        qCInfo(lcSmtpServer).noquote() << m_peerText << "disconnected";
    m_state = State::Closed;
    m_idleTimer.stop();
    m_greetingTimer.stop();
    Q_EMIT finished(this);
}

void SmtpServerSession::handleCommand(const QByteArray &line)
{
    m_recorder.command(line, m_auth.inExchange());
    if (m_auth.inExchange()) {
        qCDebug(lcSmtpProtocol).noquote() << m_peerText << "C: ****";
        return answerAuth(m_auth.respond(line));
    }
    const SmtpCommand command = parseCommandLine(line);
    qCDebug(lcSmtpProtocol).noquote()
        << m_peerText << "C:"
        << QString::fromLatin1(command.verb == SmtpCommand::Verb::Auth ? ServerAuth::redacted(line) : line);
    if (refusedOnAtrnListener(command))
        return;
    using Verb = SmtpCommand::Verb;
    switch (command.verb) {
    case Verb::Helo:
    case Verb::Ehlo:
        handleHelo(command, command.verb == Verb::Ehlo);
        return;
    case Verb::Mail:
        handleMail(command);
        return;
    case Verb::Rcpt:
        handleRcpt(command);
        return;
    case Verb::Data:
        handleData(command);
        return;
    case Verb::Rset:
        if (!command.argument.isEmpty())
            return reply(501, "5.5.4", "Syntax: RSET");
        resetTransaction();
        return reply(250, "2.0.0", "Ok");
    case Verb::Noop:
        return reply(250, "2.0.0", "Ok");
    case Verb::Vrfy:
        if (command.argument.isEmpty())
            return reply(501, "5.5.4", "Syntax: VRFY address");
        return reply(252, "2.0.0",
                     "Mailboxes are not verified here; send the message and it will be delivered "
                     "or returned");
    case Verb::Help:
        return reply(214, "2.0.0", "Commands: HELO EHLO MAIL RCPT DATA RSET NOOP VRFY HELP QUIT");
    case Verb::Quit:
        return closeWith(221, "2.0.0", "Bye");
    case Verb::Starttls:
        return handleStarttls(command);
    case Verb::Auth:
        return handleAuth(command);
    case Verb::Etrn:
        if (EtrnService *etrn = m_context.policy->etrnService()) {
            return send(etrn->handle({command.argument, m_socket->peerAddress(), m_extended, m_haveSender,
                                      !m_authenticatedAccount.isEmpty()}));
        }
        return reply(502, "5.5.1", "Error: command not implemented");
    case Verb::Atrn:
        return handleAtrn(command);
    case Verb::Turn:
        return handleTurn(command);
    case Verb::Expn:
    case Verb::Bdat:
        return reply(502, "5.5.1", "Error: command not implemented");
    case Verb::Unknown:
        break;
    }
    reply(500, "5.5.2", "Error: command not recognized");
}

void SmtpServerSession::handleHelo(const SmtpCommand &command, bool extended)
{
    const QByteArray name = command.argument.trimmed().split(' ').value(0);
    if (name.isEmpty())
        return reply(501, "5.5.4", extended ? "Syntax: EHLO hostname" : "Syntax: HELO hostname");
    resetTransaction(); // RFC 5321 4.1.4: EHLO/HELO imply RSET
    m_heloName = name;
    m_extended = extended;
    const SmtpServerConfig &config = *m_context.config;
    if (!extended)
        return reply(250, nullptr, hostBytes(config));
    SmtpReply ehlo;
    ehlo.code = 250;
    ehlo.lines = {hostBytes(config), "PIPELINING",
                  "SIZE " + QByteArray::number(config.maxMessageSize), // "SIZE 0": no limit (RFC 1870)
                  "8BITMIME", "ENHANCEDSTATUSCODES"};
    if (m_context.policy->etrnService() && !m_context.atrnListener)
        ehlo.lines.append("ETRN"); // enabled, and some domain is held here
    if (m_context.atrnListener)
        ehlo.lines.append("ATRN");
    if (tlsAvailable())
        ehlo.lines.append("STARTTLS");
    if (!config.accounts.isEmpty() && m_authenticatedAccount.isEmpty() &&
        ClientAccess::authOffered(config.acceptPolicy, isEncrypted()))
        ehlo.lines.append("AUTH " + ServerAuth::mechanisms(plaintextAuthAllowed()));
    send(ehlo);
}

void SmtpServerSession::handleMail(const SmtpCommand &command)
{
    if (m_heloName.isEmpty())
        return reply(503, "5.5.1", "Error: send HELO or EHLO first");
    if (m_haveSender)
        return reply(503, "5.5.1", "Error: nested MAIL command");
    if (const std::optional<SmtpReply> refusal = ClientAccess::mailRefusal(
            m_context.config->acceptPolicy, !m_authenticatedAccount.isEmpty(), isEncrypted())) {
        qCInfo(lcSmtpServer).noquote()
            << m_peerText << "MAIL refused:" << QString::fromLatin1(refusal->text());
        return send(*refusal); // smtp.accept_from
    }
    const MailRcptArguments arguments = parseMailArguments(command.argument);
    switch (arguments.error) {
    case MailRcptArguments::Error::None:
        break;
    case MailRcptArguments::Error::Syntax:
        return reply(501, "5.5.4", "Syntax: MAIL FROM:<address>");
    case MailRcptArguments::Error::Address:
        return reply(501, "5.1.7", "Bad sender address syntax: " + arguments.errorText);
    case MailRcptArguments::Error::Parameter:
        return reply(501, "5.5.4", "Bad parameter: " + arguments.errorText);
    }
    const qint64 limit = m_context.config->maxMessageSize;
    for (const EsmtpParameter &parameter : arguments.parameters) {
        if (parameter.keyword == "SIZE") {
            bool ok = false;
            const qint64 declared = parameter.value.toLongLong(&ok);
            if (!ok || declared < 0)
                return reply(501, "5.5.4", "Bad SIZE parameter");
            if (limit > 0 && declared > limit)
                return reply(552, "5.3.4", "Message size exceeds fixed limit");
        } else if (parameter.keyword == "BODY") {
            const QByteArray body = parameter.value.toUpper();
            if (body != "7BIT" && body != "8BITMIME")
                return reply(501, "5.5.4", "Bad BODY parameter");
        } else {
            return reply(555, "5.5.4", "Unsupported parameter " + parameter.keyword);
        }
    }
    m_haveSender = true;
    m_sender = arguments.path.isNullPath ? QByteArray() : arguments.path.mailbox.toWire();
    reply(250, "2.1.0", "Ok");
}

void SmtpServerSession::handleRcpt(const SmtpCommand &command)
{
    if (!m_haveSender)
        return reply(503, "5.5.1", "Error: need MAIL command");
    const MailRcptArguments arguments = parseRcptArguments(command.argument);
    switch (arguments.error) {
    case MailRcptArguments::Error::None:
        break;
    case MailRcptArguments::Error::Syntax:
        return reply(501, "5.5.4", "Syntax: RCPT TO:<address>");
    case MailRcptArguments::Error::Address:
        return reply(501, "5.1.3", "Bad recipient address syntax: " + arguments.errorText);
    case MailRcptArguments::Error::Parameter:
        return reply(501, "5.5.4", "Bad parameter: " + arguments.errorText);
    }
    if (!arguments.parameters.isEmpty())
        return reply(555, "5.5.4", "Unsupported parameter " + arguments.parameters.first().keyword);
    if (m_recipients.size() >= m_context.config->maxRecipients)
        return reply(452, "4.5.3", "Error: too many recipients");

    const MailboxAddress &mailbox = arguments.path.mailbox;
    const QByteArray address = mailbox.toWire();
    const RecipientDecision decision = m_context.policy->decide(mailbox, m_mayRelay);
    switch (decision.kind) {
    case RecipientDecision::Kind::RelayDenied:
        qCInfo(lcSmtpServer).noquote() << m_peerText << "relay denied for" << QString::fromLatin1(address);
        return reply(554, "5.7.1", '<' + address + ">: Relay access denied");
    case RecipientDecision::Kind::UnknownUser:
        return reply(550, "5.1.1", '<' + address + ">: No such mailbox here");
    case RecipientDecision::Kind::Local:
    case RecipientDecision::Kind::Remote:
        break;
    }
    // The same recipient twice gets one copy: a local one is its mailbox (local parts compare
    // case-insensitively there), a remote one its address with the domain in lower case.
    const QByteArray key = decision.kind == RecipientDecision::Kind::Local
                               ? QByteArray("mailbox:" + decision.mailbox.toUtf8())
                               : QByteArray(mailbox.localPart + '@' + mailbox.domainLower().toLatin1());
    if (!m_recipientKeys.contains(key)) {
        m_recipientKeys.insert(key);
        const bool local = decision.kind == RecipientDecision::Kind::Local;
        m_recipients.append(
            {address, local ? RecipientRoute::Local : RecipientRoute::Remote, decision.mailbox});
    }
    reply(250, "2.1.5", "Ok");
}

void SmtpServerSession::resetTransaction()
{
    m_haveSender = false;
    m_sender.clear();
    m_recipients.clear();
    m_recipientKeys.clear();
    m_queueId.clear();
    m_data.reset();
}

void SmtpServerSession::reply(int code, const char *enhancedCode, const QByteArray &text)
{
    send(SmtpReply::make(code, enhancedCode ? QByteArrayView(enhancedCode) : QByteArrayView(), text));
}

void SmtpServerSession::send(const SmtpReply &reply)
{
    m_output += reply.toWire();
    m_recorder.reply(reply);
    qCDebug(lcSmtpProtocol).noquote()
        << m_peerText << "S:" << reply.code << QString::fromLatin1(reply.text());
    // Too many errors: a confused or hostile client; 452 for too many recipients is a normal signal
    // that the client will act on, and does not count.
    const bool countsAsError = reply.code >= 400 && reply.code != 421 && reply.code != 452;
    if (countsAsError && ++m_errors >= m_context.config->errorLimit && m_state != State::Closing) {
        qCInfo(lcSmtpServer).noquote() << m_peerText << "too many errors";
        closeWith(421, "4.7.0", hostBytes(*m_context.config) + " Error: too many errors");
    }
}

void SmtpServerSession::flush()
{
    if (m_output.isEmpty())
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(m_output);
        Q_EMIT activity();
    }
    m_output.clear();
}

void SmtpServerSession::closeWith(int code, const char *enhancedCode, const QByteArray &text)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    m_state = State::Closing;
    send(SmtpReply::make(code, enhancedCode ? QByteArrayView(enhancedCode) : QByteArrayView(), text));
    flush();
    m_idleTimer.start(std::min(CloseGraceMs, m_context.config->commandTimeoutMs));
    m_input.clear();
    m_socket->disconnectFromHost();
}

} // namespace Sluice
