// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/SmtpClientSession.h"

#include "client/EhloCapabilities.h"
#include "client/MailTransaction.h"
#include "client/SaslClient.h"
#include "client/SaslEncoding.h"
#include "client/SmtpClientConnection.h"

#include <QSslSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// The messages are settled before QUIT, so a server that never answers it must not hold the session
// open for the whole command time-out.
constexpr int MaxQuitWaitMs = 10 * 1000;

QString replyText(const SmtpReply &reply)
{
    QByteArray text = QByteArray::number(reply.code);
    if (!reply.enhancedCode.isEmpty())
        text += ' ' + reply.enhancedCode;
    if (!reply.text().isEmpty())
        text += ' ' + reply.text();
    return QString::fromUtf8(text);
}

// The reply recorded for recipients deferred by a local cause: 421 like a server closing the
// session, with the enhanced code naming the cause (RFC 3463).
SmtpReply localReply(QByteArrayView enhancedCode, const QString &reason)
{
    return SmtpReply::make(421, enhancedCode, reason.toUtf8());
}

} // namespace

struct SmtpClientSession::Private
{
    enum class Step { Idle, Connecting, Greeting, Hello, Helo, StartTls, Handshake, Auth, Transaction, Reset, Quit, Done };

    Private(SmtpClientSession *session, const SmtpClientConfig &configuration)
        : q(session)
        , config(configuration)
        , connection(std::make_unique<SmtpClientConnection>(&session->m_transcript))
    {
    }

    void onReply(const SmtpReply &reply);
    void onGreeting(const SmtpReply &reply);
    void onHello(const SmtpReply &reply);
    void onHelo(const SmtpReply &reply);
    void onStartTls(const SmtpReply &reply);
    void onTlsEstablished();
    void onAuth(const SmtpReply &reply);
    void onTransactionReply(const SmtpReply &reply);
    void onConnectionFailed(SmtpClientConnection::Failure failure, const QString &reason);

    void sendHello();
    void afterHello();
    void authenticate();
    void startNextMessage();
    void sendQuit();
    /// A session-level failure: everything not yet answered is deferred with reply.
    void fail(const QString &why, const SmtpReply &reply, bool sayQuit);
    void finish();
    void note(const QString &text) { q->m_transcript.add(Transcript::Direction::Note, text.toUtf8()); }
    MailTransaction::Options transactionOptions() const;

    SmtpClientSession *q;
    SmtpClientConfig config;
    std::unique_ptr<SmtpClientConnection> connection;
    Step step = Step::Idle;
    QList<OutboundMessage> messages;
    qsizetype nextMessage = 0;
    std::unique_ptr<MailTransaction> transaction;
    std::unique_ptr<SaslClientMechanism> sasl;
    bool saslCancelled = false;
    EhloCapabilities capabilities;
    bool ok = true;
    QString error;
};

SmtpClientSession::SmtpClientSession(const SmtpClientConfig &config, QObject *parent)
    : QObject(parent)
    , d(new Private(this, config))
{
    SmtpClientConnection *connection = d->connection.get();
    connect(connection, &SmtpClientConnection::connected, this, [this] { d->step = Private::Step::Greeting; });
    connect(connection, &SmtpClientConnection::replyReceived, this,
            [this](const SmtpReply &reply) { d->onReply(reply); });
    connect(connection, &SmtpClientConnection::tlsEstablished, this, [this] { d->onTlsEstablished(); });
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

void SmtpClientSession::abort()
{
    if (d->step == Private::Step::Idle || d->step == Private::Step::Done)
        return;
    d->fail(u"delivery aborted"_s, localReply("4.3.0", u"Delivery aborted"_s), false);
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
    case Step::Greeting:
        return onGreeting(reply);
    case Step::Hello:
        return onHello(reply);
    case Step::Helo:
        return onHelo(reply);
    case Step::StartTls:
        return onStartTls(reply);
    case Step::Auth:
        return onAuth(reply);
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
    case Step::Handshake:
    case Step::Done:
        break;
    }
}

void SmtpClientSession::Private::onGreeting(const SmtpReply &reply)
{
    q->m_peer.greeting = reply;
    if (reply.code >= 200 && reply.code < 300)
        return sendHello();
    // RFC 5321 3.1: a 554 greeting still expects QUIT. Whether another host should be tried is for
    // the delivery layer, so even a 5xx only defers.
    fail(u"the server refused the session: %1"_s.arg(replyText(reply)), reply, true);
}

void SmtpClientSession::Private::sendHello()
{
    step = Step::Hello;
    const QByteArray verb = config.lmtp ? "LHLO "_ba : "EHLO "_ba;
    connection->sendCommand(verb + config.heloName.toUtf8(), config.timeouts.command);
}

void SmtpClientSession::Private::onHello(const SmtpReply &reply)
{
    if (reply.code >= 200 && reply.code < 300) {
        capabilities = EhloCapabilities::fromReply(reply);
        q->m_peer.capabilities = capabilities.lines();
        q->m_peer.usedEhlo = !config.lmtp;
        return afterHello();
    }
    // RFC 5321 3.2: a server that does not know EHLO answers 5xx; HELO still works, without any
    // extension. LMTP has no such fallback (RFC 2033 4.1).
    if (reply.isPermanentFailure() && !config.lmtp) {
        note(u"EHLO refused; falling back to HELO without extensions"_s);
        step = Step::Helo;
        connection->sendCommand("HELO " + config.heloName.toUtf8(), config.timeouts.command);
        return;
    }
    fail(u"the server refused %1: %2"_s.arg(config.lmtp ? u"LHLO"_s : u"EHLO"_s, replyText(reply)), reply, true);
}

void SmtpClientSession::Private::onHelo(const SmtpReply &reply)
{
    if (!reply.isPositive())
        return fail(u"the server refused HELO: %1"_s.arg(replyText(reply)), reply, true);
    capabilities = EhloCapabilities();
    q->m_peer.capabilities.clear();
    q->m_peer.usedEhlo = false;
    afterHello();
}

void SmtpClientSession::Private::afterHello()
{
    const bool required = config.security.tls == ClientSecurity::Tls::Required;
    if (!connection->isEncrypted()) {
        if (capabilities.has("STARTTLS") && QSslSocket::supportsSsl()) {
            step = Step::StartTls;
            connection->sendCommand("STARTTLS"_ba, config.timeouts.command);
            return;
        }
        if (required) {
            const QString why = QSslSocket::supportsSsl() ? u"TLS required, but the server does not offer STARTTLS"_s
                                                          : u"TLS required, but this system has no TLS library"_s;
            return fail(why, localReply("4.7.0", why), true);
        }
    }
    authenticate();
}

void SmtpClientSession::Private::onStartTls(const SmtpReply &reply)
{
    if (reply.code == 220) {
        step = Step::Handshake;
        ClientTlsSettings settings;
        settings.peerName = config.tlsPeerName.isEmpty() ? config.host : config.tlsPeerName;
        settings.extraCaCertificates = config.extraCaCertificates;
        settings.pinnedSha256 = config.security.pinnedSha256;
        settings.handshakeTimeoutMs = config.timeouts.command;
        connection->startTls(settings);
        return;
    }
    if (config.security.tls == ClientSecurity::Tls::Required)
        return fail(u"TLS required, but the server refused STARTTLS: %1"_s.arg(replyText(reply)), reply, true);
    note(u"STARTTLS refused; continuing without TLS"_s);
    authenticate();
}

void SmtpClientSession::Private::onTlsEstablished()
{
    const QSslCertificate certificate = connection->peerCertificate();
    PeerInfo &peer = q->m_peer;
    peer.tlsActive = true;
    peer.tlsSubject = certificate.subjectDisplayName();
    peer.tlsIssuer = certificate.issuerDisplayName();
    peer.tlsNotBefore = certificate.effectiveDate();
    peer.tlsNotAfter = certificate.expiryDate();
    // RFC 3207 4.2: everything learned before the handshake is forgotten; EHLO again.
    capabilities = EhloCapabilities();
    peer.capabilities.clear();
    sendHello();
}

void SmtpClientSession::Private::authenticate()
{
    if (config.security.auth == ClientSecurity::Auth::None)
        return startNextMessage();
    SaslChoice choice = chooseSaslMechanism(config.security, capabilities.authMechanisms(), connection->isEncrypted());
    if (!choice.mechanism)
        return fail(choice.error, localReply("4.7.0", choice.error), true);
    sasl = std::move(choice.mechanism);
    step = Step::Auth;
    QByteArray line = "AUTH " + sasl->name();
    QByteArray logged = line;
    if (const std::optional<QByteArray> initial = sasl->initialResponse()) {
        // RFC 4954 4: "=" stands for an empty initial response.
        line += ' ' + (initial->isEmpty() ? "="_ba : initial->toBase64());
        logged += " [redacted]";
    }
    connection->sendCommand(line, config.timeouts.command, logged);
}

void SmtpClientSession::Private::onAuth(const SmtpReply &reply)
{
    if (reply.code == 334 && !saslCancelled) {
        const std::optional<QByteArray> challenge = Sasl::decodeBase64(reply.lines.value(0).trimmed());
        const std::optional<QByteArray> response = challenge ? sasl->respond(*challenge) : std::nullopt;
        if (!response) {
            // RFC 4954 4: "*" cancels; the server answers 501 and the failure is reported below.
            saslCancelled = true;
            connection->sendCommand("*"_ba, config.timeouts.command);
            return;
        }
        connection->sendCommand(response->toBase64(), config.timeouts.command, "[redacted]"_ba);
        return;
    }
    if (reply.code >= 200 && reply.code < 300 && !saslCancelled) {
        q->m_peer.authMechanismUsed = sasl->name();
        note(u"authenticated as %1 with %2"_s.arg(config.security.account, QString::fromLatin1(sasl->name())));
        sasl.reset();
        return startNextMessage();
    }
    // Every refusal (535 bad credentials, 454 temporary, 534 too weak) is a session error that defers
    // the messages for now. A later issue may treat a definite 535 as needing the user's attention
    // instead of retrying with the same password.
    fail(u"authentication with %1 failed: %2"_s.arg(QString::fromLatin1(sasl->name()), replyText(reply)), reply, true);
}

MailTransaction::Options SmtpClientSession::Private::transactionOptions() const
{
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

void SmtpClientSession::Private::onConnectionFailed(SmtpClientConnection::Failure failure, const QString &reason)
{
    if (step == Step::Quit)
        return finish(); // the messages are settled; a server that hangs up on QUIT changes nothing
    if (step == Step::Done)
        return;
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
    fail(why, localReply(enhanced, why), false);
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
            result.recipients.append(
                RecipientResult{recipient.recipientId, RecipientResult::Outcome::Deferred, reply, why, false});
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
        note(u"session failed: "_s + error);
    // Queued, so that a receiver may delete the session from its slot.
    QMetaObject::invokeMethod(
        q, [q = q, ok = ok, error = error] { Q_EMIT q->finished(ok, error); }, Qt::QueuedConnection);
}

} // namespace Sluice
