// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpServerSession, continued: reading the client. Whatever a client sends, and however slowly,
// the session's memory and its time stay bounded:
// - input is read in chunks (the socket's own buffer is limited too, so TCP pushes back);
// - a client that pipelines without reading our replies is not read further until it has read them;
// - a command line has commandTimeoutMs from the end of the previous command, whatever arrives in
//   between, and the DATA phase gets more time only for octets arriving at MinDataRate or faster
//   (Postfix's smtpd_min_data_rate): a byte every few seconds (slowloris) never re-arms a time-out;
// - a session works through at most StepsPerTurn commands before other sessions get their turn.
#include "smtp/SmtpServerSession.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSmtpServer)

namespace Sluice {

namespace {
constexpr qsizetype CommandLineLimit = 512;      // RFC 5321 4.5.3.1.4, CRLF included
constexpr qsizetype AuthLineLimit = 12288;       // RFC 4954 section 4: AUTH command and response lines
constexpr qint64 ReadChunk = 16 * 1024;          // octets taken from the socket at a time
constexpr qint64 OutputBacklogLimit = 64 * 1024; // unread replies before we stop reading commands
constexpr qint64 MinDataRate = 500;              // octets per second that keep the DATA phase alive
// Commands (or DATA chunks) handled before the event loop gets a turn: all sessions share one thread,
// and a client pipelining thousands of commands must not keep the others waiting while it is served.
constexpr int StepsPerTurn = 64;

bool startsWithAuth(QByteArrayView input)
{
    return input.size() >= 5 && input.first(5).compare("AUTH ", Qt::CaseInsensitive) == 0;
}
} // namespace

qint64 SmtpServerSession::bufferedBytes() const
{
    qint64 total = m_input.size() + m_output.size() + m_socket->bytesAvailable() + m_socket->bytesToWrite();
    if (m_data)
        total += m_data->bufferedBytes();
    return total;
}

void SmtpServerSession::onReadyRead()
{
    switch (m_state) {
    case State::Closing:
    case State::Closed:
        m_socket->readAll();
        return;
    case State::Handshake:
        m_socket->readAll(); // RFC 3207 section 6: nothing sent before TLS is up counts
        return;
    case State::Storing:
    case State::AuthDelay:
        return; // left in the socket, whose buffer is bounded: read when the session goes on
    case State::Delaying:
        m_socket->readAll();
        Q_EMIT activity();
        m_greetingTimer.stop();
        qCInfo(lcSmtpServer).noquote() << m_peerText << "talked before the greeting";
        closeWith(554, "5.5.1",
                  m_context.config->hostName.toLatin1() +
                      " Protocol error: client talked before the greeting");
        return;
    case State::Commands:
    case State::Data:
        break;
    }
    processInput();
}

bool SmtpServerSession::pullInput()
{
    if (m_socket->bytesAvailable() <= 0)
        return false;
    const QByteArray chunk = m_socket->read(ReadChunk);
    if (chunk.isEmpty())
        return false;
    m_input += chunk;
    Q_EMIT activity();
    if (m_state == State::Data)
        extendDataDeadline(chunk.size());
    return true;
}

bool SmtpServerSession::outputBacklogged() const
{
    return m_socket->bytesToWrite() + m_output.size() > OutputBacklogLimit;
}

void SmtpServerSession::extendDataDeadline(qint64 octets)
{
    const qint64 timeout = m_context.config->commandTimeoutMs;
    const qint64 remaining = std::max(0, m_idleTimer.remainingTime());
    m_idleTimer.start(int(std::min(timeout, remaining + octets * 1000 / MinDataRate)));
}

void SmtpServerSession::processInput()
{
    m_continuationQueued = false;
    int steps = 0;
    while ((m_state == State::Commands || m_state == State::Data) && !outputBacklogged()) {
        if (++steps > StepsPerTurn) {
            queueContinuation();
            break;
        }
        if (m_state == State::Data) {
            if (m_data->consume(m_input)) {
                finishData();
                continue;
            }
            if (!pullInput()) // consume() kept the partial line itself: m_input is empty now
                break;
            continue;
        }
        QByteArray line;
        if (takeCommandLine(&line)) {
            handleCommand(line);
            // The next command's time starts now (DATA set its own deadline; STARTTLS's handshake
            // gets a full one).
            if (m_state == State::Commands || m_state == State::Handshake)
                m_idleTimer.start(m_context.config->commandTimeoutMs);
            continue;
        }
        if (!pullInput())
            break;
    }
    flush();
}

void SmtpServerSession::queueContinuation()
{
    // What is left may sit in m_input or the socket's buffer with no readyRead to come for it.
    if (m_continuationQueued)
        return;
    m_continuationQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_continuationQueued)
                processInput();
        },
        Qt::QueuedConnection);
}

bool SmtpServerSession::takeCommandLine(QByteArray *line)
{
    // Commands end at LF (with or without CR): lenient for commands like most servers; only the
    // DATA terminator must be exact, and DataReceiver sees to that.
    while (true) {
        const bool authLine = m_auth.inExchange() || (!m_discardingLongLine && startsWithAuth(m_input));
        const qsizetype limit = authLine ? AuthLineLimit : CommandLineLimit;
        const qsizetype newline = m_input.indexOf('\n');
        if (newline < 0) {
            if (m_input.size() > limit) {
                if (!m_discardingLongLine)
                    refuseLongLine();
                m_discardingLongLine = true;
                m_input.clear();
            }
            return false;
        }
        if (m_discardingLongLine || newline + 1 > limit) {
            if (!m_discardingLongLine)
                refuseLongLine();
            m_discardingLongLine = false;
            m_input.remove(0, newline + 1);
            if (m_state != State::Commands)
                return false;
            continue;
        }
        *line = m_input.left(newline);
        m_input.remove(0, newline + 1);
        if (line->endsWith('\r'))
            line->chop(1);
        return true;
    }
}

void SmtpServerSession::refuseLongLine()
{
    if (m_auth.inExchange()) {
        // RFC 4954 section 4; the exchange is over, as after any refusal.
        m_auth.reset();
        return reply(500, "5.5.6", "Authentication exchange line is too long");
    }
    if (startsWithAuth(m_input))
        return reply(500, "5.5.6", "Authentication exchange line is too long");
    reply(500, "5.5.2", "Error: command line too long");
}

} // namespace Sluice
