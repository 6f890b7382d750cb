// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/SmtpClientSession.h"

#include "client/MailTransaction.h"
#include "client/SmtpClientConnection.h"
#include "client/SmtpClientHandshake.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// The messages are settled before QUIT, so a server that never answers it must not hold the session
// open for the whole command time-out.
constexpr int MaxQuitWaitMs = 10 * 1000;

} // namespace

struct SmtpClientSession::Private
{
    enum class Step { Idle, Connecting, Opening, Transaction, Reset, Quit, Done };

    Private(SmtpClientSession *session, const SmtpClientConfig &configuration)
        : q(session)
        , config(configuration)
        , connection(std::make_unique<SmtpClientConnection>(&session->m_transcript))
        , handshake(config, connection.get(), &session->m_peer, &session->m_transcript)
    {}

    void onReply(const SmtpReply &reply);
    void onHandshake(SmtpClientHandshake::Progress progress);
    void onTransactionReply(const SmtpReply &reply);
    void onConnectionFailed(SmtpClientConnection::Failure failure, const QString &reason);
    void startNextMessage();
    void sendQuit();
    /// A session-level failure: everything not yet answered is deferred with reply.
    void fail(const QString &why, const SmtpReply &reply, bool sayQuit);
    void finish();
    MailTransaction::Options transactionOptions() const;

    SmtpClientSession *q;
    SmtpClientConfig config;
    std::unique_ptr<SmtpClientConnection> connection;
    SmtpClientHandshake handshake;
    Step step = Step::Idle;
    QList<OutboundMessage> messages;
    qsizetype nextMessage = 0;
    std::unique_ptr<MailTransaction> transaction;
    bool ok = true;
    QString error;
};

SmtpClientSession::SmtpClientSession(const SmtpClientConfig &config, QObject *parent)
    : QObject(parent)
    , d(new Private(this, config))
{
    m_transcript.setKeepsHeaders(config.transcriptHeaders);
    SmtpClientConnection *connection = d->connection.get();
    connect(connection, &SmtpClientConnection::connected, this, [this] { d->step = Private::Step::Opening; });
    connect(connection, &SmtpClientConnection::replyReceived, this,
            [this](const SmtpReply &reply) { d->onReply(reply); });
    connect(connection, &SmtpClientConnection::tlsEstablished, this,
            [this] { d->onHandshake(d->handshake.onTlsEstablished()); });
    connect(connection, &SmtpClientConnection::dataSent, this, [this] {
        if (d->transaction)
            d->transaction->onDataSent();
    });
    connect(connection, &SmtpClientConnection::failed, this,
            [this](SmtpClientConnection::Failure failure, const QString &reason) {
                d->onConnectionFailed(failure, reason);
            });
}

SmtpClientSession::~SmtpClientSession()
{
    delete d;
}

void SmtpClientSession::start(const QList<OutboundMessage> &messages)
{
    if (d->step != Private::Step::Idle)
        return; // one conversation per session
    d->messages = messages;
    d->step = Private::Step::Connecting;
    const ClientTimeouts &t = d->config.timeouts;
    d->connection->connectToHost(d->config.host, d->config.port, t.connect, t.greeting);
}

void SmtpClientSession::startOnSocket(QSslSocket *socket, const QList<OutboundMessage> &messages)
{
    if (d->step != Private::Step::Idle)
        return;
    d->messages = messages;
    d->step = Private::Step::Connecting;
    d->connection->adoptSocket(socket, d->config.timeouts.greeting);
}

void SmtpClientSession::abort()
{
    if (d->step == Private::Step::Idle || d->step == Private::Step::Done)
        return;
    d->fail(u"delivery aborted"_s, SmtpReply::make(421, "4.3.0", "Delivery aborted"), false);
}

void SmtpClientSession::Private::onReply(const SmtpReply &reply)
{
    if (reply.code == 421 && step != Step::Quit) {
        // RFC 5321 3.8: the server is closing the channel, whatever the command was. It still answers
        // that command: a 421 to the final dot means the message was not taken (no duplicate).
        if (step == Step::Transaction && transaction)
            transaction->handleClosingReply(reply);
        fail(u"the server closed the session: %1"_s.arg(replyText(reply)), reply, false);
        return;
    }
    switch (step) {
    case Step::Opening:
        return onHandshake(handshake.handleReply(reply));
    case Step::Transaction:
        return onTransactionReply(reply);
    case Step::Reset:
        if (reply.isPositive())
            return startNextMessage();
        return fail(u"the server refused RSET: %1"_s.arg(replyText(reply)), reply, true);
    case Step::Quit:
        connection->close();
        return finish();
    case Step::Idle:
    case Step::Connecting:
    case Step::Done:
        break;
    }
}

void SmtpClientSession::Private::onHandshake(SmtpClientHandshake::Progress progress)
{
    switch (progress) {
    case SmtpClientHandshake::Progress::Waiting:
        return;
    case SmtpClientHandshake::Progress::Ready:
        return startNextMessage();
    case SmtpClientHandshake::Progress::Failed:
        return fail(handshake.error(), handshake.failureReply(), true);
    }
}

MailTransaction::Options SmtpClientSession::Private::transactionOptions() const
{
    const EhloCapabilities &capabilities = handshake.capabilities();
    MailTransaction::Options options;
    options.pipelining = capabilities.has("PIPELINING");
    options.lmtp = config.lmtp;
    options.eightBitMime = capabilities.has("8BITMIME");
    options.sizeLimit = capabilities.sizeLimit();
    options.timeouts = config.timeouts;
    return options;
}

void SmtpClientSession::Private::startNextMessage()
{
    transaction.reset();
    while (nextMessage < messages.size()) {
        transaction = std::make_unique<MailTransaction>(messages[nextMessage++], transactionOptions(),
                                                        connection.get());
        if (transaction->start() == MailTransaction::Progress::Waiting) {
            step = Step::Transaction;
            return;
        }
        const MessageResult result = transaction->result();
        transaction.reset();
        Q_EMIT q->messageFinished(result);
    }
    sendQuit();
}

void SmtpClientSession::Private::onTransactionReply(const SmtpReply &reply)
{
    if (transaction->handleReply(reply) != MailTransaction::Progress::Finished)
        return;
    const bool reset = transaction->needsReset();
    const MessageResult result = transaction->result();
    transaction.reset();
    Q_EMIT q->messageFinished(result);
    // The server may still hold a half-made transaction: RSET before the next message.
    if (reset && nextMessage < messages.size()) {
        step = Step::Reset;
        connection->sendCommand("RSET"_ba, config.timeouts.command);
        return;
    }
    startNextMessage();
}

void SmtpClientSession::Private::sendQuit()
{
    step = Step::Quit;
    connection->sendCommand("QUIT"_ba, std::min(config.timeouts.command, MaxQuitWaitMs));
}

void SmtpClientSession::Private::onConnectionFailed(SmtpClientConnection::Failure failure,
                                                    const QString &reason)
{
    if (step == Step::Quit)
        return finish(); // the messages are settled; a server that hangs up on QUIT changes nothing
    if (step == Step::Done)
        return;
    // The reply recorded for the deferred recipients: 421 like a server closing the session, with
    // the enhanced code naming the cause (RFC 3463).
    QByteArrayView enhanced = "4.4.2";
    QString why = reason;
    switch (failure) {
    case SmtpClientConnection::Failure::ConnectFailed:
        enhanced = "4.4.1";
        break;
    case SmtpClientConnection::Failure::Lost:
    case SmtpClientConnection::Failure::Timeout:
        break;
    case SmtpClientConnection::Failure::Protocol:
        enhanced = "4.5.0";
        break;
    case SmtpClientConnection::Failure::Tls:
        enhanced = "4.7.0";
        if (config.security.tls == ClientSecurity::Tls::Required)
            why = u"TLS required, but "_s + reason;
        break;
    }
    fail(why, SmtpReply::make(421, enhanced, why.toUtf8()), false);
}

void SmtpClientSession::Private::fail(const QString &why, const SmtpReply &reply, bool sayQuit)
{
    ok = false;
    error = why;
    if (transaction) {
        transaction->abandon(reply, why);
        const MessageResult result = transaction->result();
        transaction.reset();
        Q_EMIT q->messageFinished(result);
    }
    while (nextMessage < messages.size()) {
        const OutboundMessage &message = messages[nextMessage++];
        MessageResult result;
        result.messageId = message.messageId;
        for (const OutboundRecipient &recipient : message.recipients) {
            result.recipients.append(RecipientResult{recipient.recipientId,
                                                     RecipientResult::Outcome::Deferred, reply, why, false});
        }
        Q_EMIT q->messageFinished(result);
    }
    if (sayQuit && connection->isOpen())
        return sendQuit();
    connection->abort();
    finish();
}

void SmtpClientSession::Private::finish()
{
    if (step == Step::Done)
        return;
    step = Step::Done;
    connection->close();
    if (!ok)
        q->m_transcript.add(Transcript::Direction::Note, "session failed: " + error.toUtf8());
    // Queued, so that a receiver may delete the session from its slot.
    QMetaObject::invokeMethod(
        q, [q = q, ok = ok, error = error] { Q_EMIT q->finished(ok, error); }, Qt::QueuedConnection);
}

} // namespace Sluice
