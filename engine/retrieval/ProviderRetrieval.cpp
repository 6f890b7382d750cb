// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrieval/ProviderRetrieval.h"

#include "client/SmtpClientConnection.h"
#include "client/SmtpClientHandshake.h"
#include "retrieval/ReversedSession.h"
#include "smtp/SmtpServer.h"

#include <QPointer>
#include <QSslSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

using Method = RetrievalSettings::Method;

// The answers are in before QUIT: a provider that never answers it must not hold the line open.
constexpr int MaxQuitWaitMs = 10 * 1000;

SmtpClientConfig clientConfig(const RetrievalSettings &settings)
{
    SmtpClientConfig config;
    config.heloName = settings.heloName;
    config.host = settings.host;
    config.port = settings.port;
    config.tlsPeerName = settings.tlsPeerName;
    config.security = settings.security;
    config.timeouts = settings.timeouts;
    config.extraCaCertificates = settings.extraCaCertificates;
    return config;
}

QString withoutAt(const QString &domain)
{
    return domain.startsWith(u'@') ? domain.mid(1) : domain;
}

} // namespace

struct ProviderRetrieval::Private
{
    enum class Step { Idle, Connecting, Opening, Command, Quit, Reversed, Done };

    explicit Private(ProviderRetrieval *retrieval)
        : q(retrieval)
    {}

    QString validate() const;
    void onReply(const SmtpReply &reply);
    void onHandshake(SmtpClientHandshake::Progress progress);
    void onCommandReply(const SmtpReply &reply);
    void onConnectionFailed(SmtpClientConnection::Failure failure, const QString &reason);
    void sendCommand();
    void reverse();
    void sendQuit();
    void fail(const QString &why, bool sayQuit);
    void finish();
    void note(const QString &text) { outcome.transcript.add(Transcript::Direction::Note, text.toUtf8()); }

    ProviderRetrieval *q;
    RetrievalSettings settings;
    QPointer<SmtpServer> server;
    RetrievalOutcome outcome;
    PeerInfo peer;
    std::unique_ptr<SmtpClientConnection> connection;
    std::unique_ptr<SmtpClientHandshake> handshake;
    ReversedSession *reversed = nullptr;
    Step step = Step::Idle;
    QStringList nodes; ///< ETRN: one per command; ATRN: the one comma-joined argument
    qsizetype nextNode = 0;
};

ProviderRetrieval::ProviderRetrieval(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{}

ProviderRetrieval::~ProviderRetrieval()
{
    delete d;
}

QString ProviderRetrieval::Private::validate() const
{
    switch (settings.method) {
    case Method::None:
    case Method::Command:
        return tr("no retrieval command to send for this method");
    case Method::Etrn:
        if (nodes.isEmpty())
            return tr("no domains to ask for with ETRN; list them on the Mail Retrieval page");
        break;
    case Method::Atrn:
        if (settings.security.auth == ClientSecurity::Auth::None || settings.security.account.isEmpty())
            return tr("ATRN needs an account at the provider: set up authentication for the ATRN host");
        [[fallthrough]];
    case Method::Turn:
        if (!server)
            return tr("no local SMTP server to take over the connection after %1")
                .arg(settings.method == Method::Atrn ? u"ATRN"_s : u"TURN"_s);
        break;
    }
    if (settings.host.isEmpty())
        return tr("no host to ask for the held mail");
    return QString();
}

void ProviderRetrieval::start(const RetrievalSettings &settings, SmtpServer *reverseServer)
{
    if (d->step != Private::Step::Idle)
        return; // one conversation per object
    d->settings = settings;
    d->server = reverseServer;
    d->outcome.method = settings.method;
    QStringList domains;
    for (const QString &domain : settings.domains) {
        if (!domain.trimmed().isEmpty())
            domains.append(domain.trimmed());
    }
    if (settings.method == Method::Etrn) {
        d->nodes = domains;
    } else if (settings.method == Method::Atrn) {
        QStringList stripped;
        for (const QString &domain : std::as_const(domains))
            stripped.append(withoutAt(domain));
        d->nodes = {stripped.join(u',')};
    }

    d->step = Private::Step::Connecting;
    if (const QString problem = d->validate(); !problem.isEmpty())
        return d->fail(problem, false); // nothing was sent: a setting is missing

    d->connection = std::make_unique<SmtpClientConnection>(&d->outcome.transcript);
    d->handshake = std::make_unique<SmtpClientHandshake>(clientConfig(settings), d->connection.get(),
                                                         &d->peer, &d->outcome.transcript);
    SmtpClientConnection *connection = d->connection.get();
    connect(connection, &SmtpClientConnection::connected, this, [this] { d->step = Private::Step::Opening; });
    connect(connection, &SmtpClientConnection::replyReceived, this,
            [this](const SmtpReply &reply) { d->onReply(reply); });
    connect(connection, &SmtpClientConnection::tlsEstablished, this,
            [this] { d->onHandshake(d->handshake->onTlsEstablished()); });
    connect(connection, &SmtpClientConnection::failed, this,
            [this](SmtpClientConnection::Failure failure, const QString &reason) {
                d->onConnectionFailed(failure, reason);
            });
    connection->connectToHost(settings.host, settings.port, settings.timeouts.connect,
                              settings.timeouts.greeting);
}

void ProviderRetrieval::cancel()
{
    if (d->step == Private::Step::Idle || d->step == Private::Step::Done)
        return;
    d->outcome.cancelled = true;
    if (d->reversed) {
        d->reversed->disconnect(this);
        d->reversed->abort();
        d->outcome.messagesReceived = d->reversed->messages();
        d->outcome.bytesReceived = d->reversed->bytes();
    }
    d->fail(tr("cancelled"), false);
}

void ProviderRetrieval::Private::onReply(const SmtpReply &reply)
{
    if (reply.code == 421 && step != Step::Quit) {
        // RFC 5321 3.8: the provider is closing the channel, whatever the command was.
        if (step == Step::Command)
            onCommandReply(reply);
        if (step != Step::Done)
            fail(tr("the provider closed the session: %1").arg(replyText(reply)), false);
        return;
    }
    switch (step) {
    case Step::Opening:
        return onHandshake(handshake->handleReply(reply));
    case Step::Command:
        return onCommandReply(reply);
    case Step::Quit:
        return finish();
    case Step::Idle:
    case Step::Connecting:
    case Step::Reversed:
    case Step::Done:
        break;
    }
}

void ProviderRetrieval::Private::onHandshake(SmtpClientHandshake::Progress progress)
{
    switch (progress) {
    case SmtpClientHandshake::Progress::Waiting:
        return;
    case SmtpClientHandshake::Progress::Ready:
        return sendCommand();
    case SmtpClientHandshake::Progress::Failed:
        return fail(handshake->error(), true);
    }
}

void ProviderRetrieval::Private::sendCommand()
{
    const bool first = step != Step::Command;
    step = Step::Command;
    const EhloCapabilities &capabilities = handshake->capabilities();
    QByteArray line;
    int timeoutMs = settings.timeouts.command;
    switch (settings.method) {
    case Method::Etrn:
        if (first && !capabilities.has("ETRN"))
            note(tr("the provider does not list ETRN in its EHLO reply; asking all the same"));
        line = "ETRN " + nodes[nextNode++].toUtf8();
        break;
    case Method::Atrn:
        if (!capabilities.has("ATRN"))
            note(tr("the provider does not list ATRN in its EHLO reply; asking all the same"));
        line = nodes.first().isEmpty() ? "ATRN"_ba : QByteArray("ATRN " + nodes.first().toUtf8());
        timeoutMs = settings.atrnTimeoutMs;
        break;
    case Method::Turn:
        line = "TURN"_ba;
        break;
    case Method::None:
    case Method::Command:
        return;
    }
    connection->sendCommand(line, timeoutMs);
    if (first) {
        outcome.commandSentAt = QDateTime::currentDateTimeUtc();
        Q_EMIT q->commandSent();
    }
}

void ProviderRetrieval::Private::onCommandReply(const SmtpReply &reply)
{
    RetrievalReply answer;
    switch (settings.method) {
    case Method::Etrn:
        answer = interpretEtrnReply(nodes[nextNode - 1], reply);
        break;
    case Method::Atrn:
        answer = interpretAtrnReply(nodes.first(), reply);
        break;
    case Method::Turn:
        answer = interpretTurnReply(reply);
        break;
    case Method::None:
    case Method::Command:
        return;
    }
    outcome.replies.append(answer);
    note(answer.text);
    if (answer.meaning == RetrievalReply::Meaning::Started)
        outcome.mailExpected = true;
    if (reply.code == 421)
        return; // onReply() ends the session
    if (settings.method != Method::Etrn) {
        if (reply.code == 250)
            return reverse();
        outcome.ok = true;
        return sendQuit();
    }
    // Without ETRN at all the other nodes would only collect the same refusal.
    const bool noEtrn = reply.code == 500 || reply.code == 502;
    if (!noEtrn && nextNode < nodes.size())
        return sendCommand();
    if (noEtrn && nextNode < nodes.size())
        note(tr("not asking for the other %n domain(s)", nullptr, int(nodes.size() - nextNode)));
    outcome.ok = true;
    sendQuit();
}

void ProviderRetrieval::Private::reverse()
{
    step = Step::Reversed;
    outcome.ok = true;
    const bool encrypted = connection->isEncrypted();
    QSslSocket *socket = connection->takeSocket();
    note(encrypted ? tr("roles reversed: serving the provider's SMTP session on this (encrypted) connection")
                   : tr("roles reversed: serving the provider's SMTP session on this connection"));
    reversed = new ReversedSession(server, q);
    QObject::connect(reversed, &ReversedSession::ended, q, [this](int messages, qint64 bytes) {
        outcome.reversed = true;
        outcome.messagesReceived = messages;
        outcome.bytesReceived = bytes;
        note(tr("the provider's session ended: %n message(s) received", nullptr, messages) +
             u" (%1 octets)"_s.arg(bytes));
        if (const QString why = reversed->error(); !why.isEmpty()) {
            outcome.reversedError =
                tr("the provider hung up during the reversed session (%1) after %n message(s)", nullptr,
                   messages)
                    .arg(why);
            note(outcome.reversedError);
        }
        finish();
    });
    if (!socket || !reversed->adopt(socket)) {
        outcome.ok = false;
        return fail(tr("the local SMTP server cannot take over the connection (it is stopping)"), false);
    }
    Q_EMIT q->rolesReversed();
}

void ProviderRetrieval::Private::sendQuit()
{
    step = Step::Quit;
    connection->sendCommand("QUIT"_ba, std::min(settings.timeouts.command, MaxQuitWaitMs));
}

void ProviderRetrieval::Private::onConnectionFailed(SmtpClientConnection::Failure failure,
                                                    const QString &reason)
{
    if (step == Step::Quit)
        return finish(); // everything was answered; a provider that hangs up on QUIT changes nothing
    if (step == Step::Done || step == Step::Reversed)
        return;
    const bool tlsRequired = settings.security.tls == ClientSecurity::Tls::Required;
    fail(failure == SmtpClientConnection::Failure::Tls && tlsRequired ? tr("TLS required, but %1").arg(reason)
                                                                      : reason,
         false);
}

void ProviderRetrieval::Private::fail(const QString &why, bool sayQuit)
{
    outcome.ok = false;
    outcome.error = why;
    if (sayQuit && connection && connection->isOpen())
        return sendQuit();
    if (connection)
        connection->abort();
    finish();
}

void ProviderRetrieval::Private::finish()
{
    if (step == Step::Done)
        return;
    step = Step::Done;
    if (connection)
        connection->close();
    if (!outcome.ok)
        note(tr("retrieval failed: %1").arg(outcome.error));
    // Queued, so that a receiver may delete this object from its slot.
    QMetaObject::invokeMethod(
        q, [q = q, outcome = outcome] { Q_EMIT q->finished(outcome); }, Qt::QueuedConnection);
}

} // namespace Sluice
