// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_bench_session.h"

#include <QHostAddress>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Sluice::Bench {

namespace {

constexpr int ReconnectDelayMs = 100;
constexpr int MaxTransactionsPerConnection = 5;
constexpr int BodyLineLength = 72; // plus CRLF

/// 8 KB of body lines: a message takes the first 2 to 8 KB of it. No line starts with a dot.
const QByteArray &bodyText()
{
    static const QByteArray text = [] {
        QByteArray body;
        const QByteArray alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_ba;
        for (int line = 0; body.size() < 8 * 1024; ++line) {
            for (int i = 0; i < BodyLineLength; ++i)
                body.append(alphabet.at((line * 7 + i) % alphabet.size()));
            body.append("\r\n");
        }
        return body;
    }();
    return text;
}

} // namespace

LoadSession::LoadSession(int index, const SessionPlan &plan, LoadStats *stats, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_plan(plan)
    , m_stats(stats)
    , m_random(quint32(index) * 2654435761U + 17U)
{
    m_replyTimer.setSingleShot(true);
    m_replyTimer.setInterval(plan.replyTimeoutMs);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] {
        fail(u"no reply to %1 within %2 ms (local port %3)"_s.arg(QString::fromLatin1(stepName(m_step)))
                 .arg(m_plan.replyTimeoutMs)
                 .arg(m_socket ? m_socket->localPort() : 0));
    });
}

void LoadSession::start()
{
    connectNow();
}

void LoadSession::stop()
{
    m_stopping = true;
    if (m_step == Step::Idle) // between connections: nothing is in flight
        finish();
}

void LoadSession::abort()
{
    if (m_step == Step::Done)
        return;
    m_stopping = true;
    fail(u"still busy when the grace time ended"_s);
}

void LoadSession::connectNow()
{
    if (m_step == Step::Done)
        return;
    if (m_stopping) {
        finish();
        return;
    }
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &LoadSession::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &LoadSession::onSocketError);
    m_buffer.clear();
    m_replyText.clear();
    m_step = Step::Greeting; // the server speaks first; the reply timer covers connecting too
    m_replyTimer.start();
    ++m_stats->connections;
    m_socket->connectToHost(QHostAddress::LocalHost, m_plan.port);
}

void LoadSession::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    qsizetype end;
    while (m_socket && (end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || line.size() < 3) {
            fail(u"malformed reply line: %1"_s.arg(QString::fromLatin1(line.left(200))));
            return;
        }
        m_replyText.append(line).append(' ');
        if (line.size() > 3 && line.at(3) == '-')
            continue;
        const QByteArray text = m_replyText.trimmed();
        m_replyText.clear();
        m_replyTimer.stop();
        onReply(code, text);
    }
}

void LoadSession::onReply(int code, const QByteArray &text)
{
    const auto unexpected = [&] {
        fail(u"%1 answered: %2"_s.arg(QString::fromLatin1(stepName(m_step)),
                                      QString::fromLatin1(text.left(300))));
    };
    switch (m_step) {
    case Step::Greeting:
        if (code != 220)
            return unexpected();
        send(Step::Ehlo, "EHLO bench-client.example"_ba);
        return;
    case Step::Ehlo:
        if (code != 250)
            return unexpected();
        m_transactionsLeft = int(m_random.bounded(MaxTransactionsPerConnection)) + 1;
        beginTransaction();
        return;
    case Step::Mail:
        if (code != 250)
            return unexpected();
        m_nextRecipient = 0;
        sendRecipientOrData();
        return;
    case Step::Rcpt:
        if (code != 250 && code != 251)
            return unexpected();
        ++m_nextRecipient;
        sendRecipientOrData();
        return;
    case Step::Data:
        if (code != 354)
            return unexpected();
        m_step = Step::Body;
        m_socket->write(messageText());
        m_replyTimer.start();
        return;
    case Step::Body:
        if (code != 250)
            return unexpected();
        m_stats->latenciesUs.push_back(m_transactionClock.nsecsElapsed() / 1000);
        m_stats->acknowledged.insert(m_messageId, m_destinations);
        beginTransaction();
        return;
    case Step::Quit:
        if (code != 221)
            return unexpected();
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
        m_step = Step::Idle;
        connectNow(); // a new connection, or finished() when stopping
        return;
    case Step::Idle:
    case Step::Done:
        return unexpected();
    }
}

void LoadSession::onSocketError()
{
    if (m_step == Step::Quit && m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return; // closed right after 221: the reply is still in the buffer
    fail(u"connection error during %1: %2"_s.arg(QString::fromLatin1(stepName(m_step)),
                                                 m_socket->errorString()));
}

void LoadSession::send(Step step, const QByteArray &line)
{
    m_step = step;
    m_socket->write(line + "\r\n");
    m_replyTimer.start();
}

void LoadSession::beginTransaction()
{
    if (m_stopping || m_transactionsLeft <= 0) {
        send(Step::Quit, "QUIT"_ba);
        return;
    }
    --m_transactionsLeft;
    ++m_sequence;
    m_messageId = QByteArray("<" + m_plan.runTag + '.' + QByteArray::number(m_index) + '.' +
                             QByteArray::number(m_sequence) + "@bench-client.example>");
    m_recipients.clear();
    m_destinations.clear();
    // 45% one local mailbox, 45% one remote address (to the sink), 10% both in one transaction.
    const quint32 kind = m_random.bounded(100U);
    if (kind < 45 || kind >= 90) {
        const QByteArray &mailbox =
            m_plan.localMailboxes.at(int(m_random.bounded(quint32(m_plan.localMailboxes.size()))));
        m_recipients.append(QByteArray(mailbox + '@' + m_plan.localDomain));
        m_destinations.append(mailbox);
    }
    if (kind >= 45) {
        m_recipients.append(
            QByteArray("user" + QByteArray::number(m_random.bounded(1000U)) + '@' + m_plan.remoteDomain));
        m_destinations.append(SinkDestination);
    }
    m_transactionClock.start();
    send(Step::Mail, "MAIL FROM:<load" + QByteArray::number(m_index) + "@bench-client.example>");
}

void LoadSession::sendRecipientOrData()
{
    if (m_nextRecipient < m_recipients.size())
        send(Step::Rcpt, "RCPT TO:<" + m_recipients.at(m_nextRecipient) + '>');
    else
        send(Step::Data, "DATA"_ba);
}

QByteArray LoadSession::messageText() const
{
    const int lines = 2 * 1024 / (BodyLineLength + 2) + (m_sequence * 13 + m_index) % 85; // 2 to 8 KB
    QByteArray text = "From: <load" + QByteArray::number(m_index) + "@bench-client.example>\r\nTo: <" +
                      m_recipients.constFirst() + ">\r\nSubject: load " + QByteArray::number(m_sequence) +
                      "\r\nDate: Mon, 30 Nov 2026 05:00:00 +0000\r\nMessage-ID: " + m_messageId + "\r\n\r\n";
    text += bodyText().left(lines * (BodyLineLength + 2));
    text += ".\r\n";
    return text;
}

void LoadSession::fail(const QString &what)
{
    m_replyTimer.stop();
    if (m_step == Step::Body)
        m_stats->unanswered.insert(m_messageId); // the data was sent: it may arrive all the same
    m_stats->addError(u"session %1: %2"_s.arg(m_index).arg(what));
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_stopping) {
        finish();
        return;
    }
    m_step = Step::Idle;
    QTimer::singleShot(ReconnectDelayMs, this, &LoadSession::connectNow);
}

void LoadSession::finish()
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_replyTimer.stop();
    Q_EMIT finished();
}

const char *LoadSession::stepName(Step step)
{
    switch (step) {
    case Step::Idle:
        return "idle";
    case Step::Greeting:
        return "greeting";
    case Step::Ehlo:
        return "EHLO";
    case Step::Mail:
        return "MAIL";
    case Step::Rcpt:
        return "RCPT";
    case Step::Data:
        return "DATA";
    case Step::Body:
        return "end of data";
    case Step::Quit:
        return "QUIT";
    case Step::Done:
        return "done";
    }
    return "?";
}

} // namespace Sluice::Bench
