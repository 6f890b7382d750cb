// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ConnectionProbe.h"

#include "client/SaslClient.h"
#include "client/SaslEncoding.h"
#include "client/SmtpClientHandshake.h"

#include <QHostInfo>
#include <QSslCipher>
#include <QSslSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

// "Connection refused" -> "connection refused", to continue a sentence.
QString continuing(const QString &text)
{
    return text.isEmpty() ? text : QString(text.left(1).toLower() + text.mid(1));
}

} // namespace

ConnectionProbe::ConnectionProbe(const ConnectionProbeRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
    if (m_request.heloName.isEmpty())
        m_request.heloName = QHostInfo::localHostName();
    m_result.purpose = m_request.purpose;
    m_result.host = m_request.host;
    m_result.port = m_request.port;
    m_result.account = m_request.security.account;
    m_result.certificate.pinGiven =
        !ProbeCertificate::normalisedPin(m_request.security.pinnedSha256).isEmpty();
}

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::start()
{
    if (m_step != Step::Idle)
        return;
    m_connection = new SmtpClientConnection(&m_transcript, this);
    connect(m_connection, &SmtpClientConnection::connected, this, &ConnectionProbe::onConnected);
    connect(m_connection, &SmtpClientConnection::replyReceived, this, &ConnectionProbe::onReply);
    connect(m_connection, &SmtpClientConnection::tlsEstablished, this, &ConnectionProbe::onTlsEstablished);
    connect(m_connection, &SmtpClientConnection::failed, this, &ConnectionProbe::onFailed);
    m_step = Step::Connecting;
    Q_EMIT progress(tr("Connecting to %1 port %2…").arg(m_request.host).arg(m_request.port));
    m_connection->connectToHost(m_request.host, m_request.port, m_request.limits.connect,
                                m_request.limits.greeting);
}

void ConnectionProbe::abort()
{
    if (m_connection)
        m_connection->abort();
    m_step = Step::Done;
}

void ConnectionProbe::onConnected()
{
    m_result.connected = true;
    m_step = Step::Greeting;
    Q_EMIT progress(tr("Connected; waiting for the server's greeting…"));
}

void ConnectionProbe::onReply(const SmtpReply &reply)
{
    switch (m_step) {
    case Step::Greeting:
        return onGreeting(reply);
    case Step::Ehlo:
    case Step::Helo:
        return onHello(reply);
    case Step::StartTls:
        return onStartTls(reply);
    case Step::Auth:
        return onAuth(reply);
    case Step::Quit:
        return finish();
    case Step::Idle:
    case Step::Connecting:
    case Step::Handshake:
    case Step::Done:
        break;
    }
}

void ConnectionProbe::onGreeting(const SmtpReply &reply)
{
    m_result.banner = reply;
    if (reply.code >= 200 && reply.code < 300)
        return sendHello("EHLO"_ba);
    stopWith(tr("the server refused the session: %1").arg(replyText(reply)));
}

void ConnectionProbe::sendHello(const QByteArray &verb)
{
    m_step = verb == "EHLO" ? Step::Ehlo : Step::Helo;
    Q_EMIT progress(tr("Asking what the server offers (%1)…").arg(QString::fromLatin1(verb)));
    send(verb + ' ' + m_request.heloName.toUtf8());
}

void ConnectionProbe::onHello(const SmtpReply &reply)
{
    const bool ehlo = m_step == Step::Ehlo;
    if (reply.code >= 200 && reply.code < 300) {
        recordCapabilities(ehlo ? EhloCapabilities::fromReply(reply) : EhloCapabilities());
        m_result.usedEhlo = ehlo;
        return afterHello();
    }
    // RFC 5321 3.2: a server that does not know EHLO refuses it with 5xx and still takes HELO.
    if (ehlo && reply.isPermanentFailure()) {
        m_transcript.add(Transcript::Direction::Note, "EHLO refused; trying HELO"_ba);
        return sendHello("HELO"_ba);
    }
    stopWith(tr("the server refused %1: %2").arg(ehlo ? u"EHLO"_s : u"HELO"_s, replyText(reply)));
}

void ConnectionProbe::recordCapabilities(const EhloCapabilities &capabilities)
{
    m_result.capabilityLines = capabilities.lines();
    m_result.etrn = capabilities.has("ETRN");
    m_result.atrn = capabilities.has("ATRN");
    m_result.startTls = capabilities.has("STARTTLS");
    m_result.pipelining = capabilities.has("PIPELINING");
    m_result.eightBitMime = capabilities.has("8BITMIME");
    m_result.sizeLimit = capabilities.sizeLimit();
    m_result.authMechanisms = capabilities.authMechanisms();
}

void ConnectionProbe::afterHello()
{
    if (!m_result.tlsActive) {
        m_result.startTlsOfferedInClear = m_result.startTls;
        if (m_result.startTls && QSslSocket::supportsSsl()) {
            m_step = Step::StartTls;
            Q_EMIT progress(tr("Starting encryption (STARTTLS)…"));
            return send("STARTTLS"_ba);
        }
        if (m_request.security.tls == ClientSecurity::Tls::Required) {
            return stopWith(QSslSocket::supportsSsl()
                                ? tr("TLS required but the server does not offer STARTTLS")
                                : tr("TLS required but this system has no TLS library"));
        }
    }
    authenticate();
}

void ConnectionProbe::onStartTls(const SmtpReply &reply)
{
    if (reply.code == 220) {
        m_step = Step::Handshake;
        ClientTlsSettings settings;
        settings.peerName = m_request.tlsPeerName.isEmpty() ? m_request.host : m_request.tlsPeerName;
        settings.extraCaCertificates = m_request.extraCaCertificates;
        settings.pinnedSha256 = m_request.security.pinnedSha256;
        settings.requireVerifiedCertificate = false; // judged in certificateAcceptable()
        settings.handshakeTimeoutMs = m_request.limits.command;
        m_connection->startTls(settings);
        return;
    }
    if (m_request.security.tls == ClientSecurity::Tls::Required)
        return stopWith(tr("TLS required but the server refused STARTTLS: %1").arg(replyText(reply)));
    m_transcript.add(Transcript::Direction::Note, "STARTTLS refused; continuing without TLS"_ba);
    authenticate();
}

void ConnectionProbe::onTlsEstablished()
{
    m_result.tlsActive = true;
    const QSslCipher cipher = m_connection->sessionCipher();
    m_result.tlsProtocol = QString(cipher.protocolString() + u' ' + cipher.name());
    m_result.certificate = ProbeCertificate::describe(
        m_connection->peerCertificate(), m_connection->verificationErrors(), m_request.security.pinnedSha256);
    if (!certificateAcceptable())
        return;
    // RFC 3207 4.2: what was learned before the handshake is forgotten; EHLO again.
    recordCapabilities(EhloCapabilities());
    sendHello("EHLO"_ba);
}

// Delivery refuses a certificate that neither verifies nor matches the pin whenever TLS is required
// or a pin is set (SmtpClientHandshake): the test stops there too, before the password is sent.
bool ConnectionProbe::certificateAcceptable()
{
    const ProbeCertificate &info = m_result.certificate;
    if (info.trusted || info.matchesPin)
        return true;
    if (info.pinGiven) {
        stopWith(tr("the server's certificate does not match the pinned SHA-256 fingerprint, so mail would "
                    "not be sent to it"));
        return false;
    }
    if (m_request.security.tls == ClientSecurity::Tls::Required) {
        stopWith(tr("TLS is required but the server's certificate is not trusted, so mail would not be "
                    "sent to it"));
        return false;
    }
    return true;
}

void ConnectionProbe::authenticate()
{
    const ClientSecurity &security = m_request.security;
    if (security.auth == ClientSecurity::Auth::None)
        return quit();
    if (security.account.isEmpty())
        return authNotTried(tr("no account name is set."));
    if (security.password.isEmpty())
        return authNotTried(tr("no password is stored for %1.").arg(security.account));
    SaslChoice choice = chooseSaslMechanism(security, m_result.authMechanisms, m_result.tlsActive);
    if (!choice.mechanism) {
        if (m_result.authMechanisms.isEmpty())
            return authNotTried(tr("the server does not offer logging in (no AUTH)."));
        const SaslChoice encrypted = chooseSaslMechanism(security, m_result.authMechanisms, true);
        if (encrypted.mechanism) {
            return authNotTried(tr("%1 would send the password unencrypted, and this connection is not "
                                   "encrypted.")
                                    .arg(QString::fromLatin1(encrypted.mechanism->name())));
        }
        return authNotTried(tr("the server does not offer the chosen way of logging in."));
    }
    m_sasl = std::move(choice.mechanism);
    m_result.authMechanism = m_sasl->name();
    m_step = Step::Auth;
    Q_EMIT progress(tr("Logging in as %1 (%2)…").arg(security.account, QString::fromLatin1(m_sasl->name())));
    QByteArray line = "AUTH " + m_sasl->name();
    QByteArray logged = line;
    if (const std::optional<QByteArray> initial = m_sasl->initialResponse()) {
        line += ' ' + (initial->isEmpty() ? "="_ba : initial->toBase64());
        logged += " [redacted]";
    }
    send(line, logged);
}

void ConnectionProbe::onAuth(const SmtpReply &reply)
{
    if (reply.code == 334 && !m_saslCancelled) {
        const std::optional<QByteArray> challenge = Sasl::decodeBase64(reply.lines.value(0).trimmed());
        const std::optional<QByteArray> response = challenge ? m_sasl->respond(*challenge) : std::nullopt;
        if (!response) {
            m_saslCancelled = true; // RFC 4954 4: "*" cancels; the server's answer ends the exchange
            return send("*"_ba);
        }
        return send(response->toBase64(), "[redacted]"_ba);
    }
    m_sasl.reset();
    if (reply.code >= 200 && reply.code < 300 && !m_saslCancelled) {
        m_result.auth = ConnectionProbeResult::AuthOutcome::Succeeded;
        m_transcript.add(Transcript::Direction::Note, "authenticated as " +
                                                          m_request.security.account.toUtf8() + " with " +
                                                          m_result.authMechanism);
    } else {
        m_result.auth = ConnectionProbeResult::AuthOutcome::Failed;
        m_result.authReply = replyText(reply);
    }
    quit();
}

void ConnectionProbe::authNotTried(const QString &why)
{
    m_result.auth = ConnectionProbeResult::AuthOutcome::NotTried;
    m_result.authMessage = why;
    quit();
}

void ConnectionProbe::stopWith(const QString &error)
{
    m_result.error = error;
    m_transcript.add(Transcript::Direction::Note, error.toUtf8());
    quit();
}

void ConnectionProbe::quit()
{
    m_step = Step::Quit;
    Q_EMIT progress(tr("Saying goodbye (QUIT)…"));
    send("QUIT"_ba);
}

void ConnectionProbe::onFailed(SmtpClientConnection::Failure failure, const QString &reason)
{
    // A server that hangs up after QUIT without its 221 has still answered everything asked.
    if (m_step != Step::Quit)
        m_result.error = describeFailure(failure, reason);
    finish();
}

void ConnectionProbe::finish()
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_sasl.reset();
    m_connection->close();
    m_request.security.password.clear();
    m_result.transcript = m_transcript.toText(false);
    Q_EMIT finished(m_result);
}

void ConnectionProbe::send(const QByteArray &line, const QByteArray &logText)
{
    m_connection->sendCommand(line, m_request.limits.command, logText);
}

// The connection's reasons are English log text; the console gets its own translated words, with
// Qt's (translated) socket error where one explains the failure.
QString ConnectionProbe::describeFailure(SmtpClientConnection::Failure failure, const QString &reason) const
{
    const QString hostText = tr("%1 port %2").arg(m_request.host).arg(m_request.port);
    const qsizetype colon = reason.indexOf(u": "_s);
    const QString detail = colon < 0 ? reason : reason.mid(colon + 2);
    switch (failure) {
    case SmtpClientConnection::Failure::ConnectFailed:
        if (colon < 0)
            return tr("could not connect to %1 within %2 s").arg(hostText, seconds(m_request.limits.connect));
        return tr("could not connect to %1: %2").arg(hostText, continuing(detail));
    case SmtpClientConnection::Failure::Timeout:
        if (m_step == Step::Greeting)
            return tr("the server did not greet within %1 s").arg(seconds(m_request.limits.greeting));
        return tr("the server did not answer %1 within %2 s")
            .arg(stepName(), seconds(m_request.limits.command));
    case SmtpClientConnection::Failure::Lost:
        if (m_step == Step::Greeting)
            return tr("the server closed the connection without greeting");
        return tr("the server closed the connection after %1").arg(stepName());
    case SmtpClientConnection::Failure::Tls:
        if (colon < 0)
            return tr("the TLS handshake did not complete within %1 s")
                .arg(seconds(m_request.limits.command));
        return tr("the TLS handshake failed: %1").arg(detail);
    case SmtpClientConnection::Failure::Protocol:
        return tr("the server does not answer as an SMTP server should (%1)").arg(reason);
    }
    return reason;
}

QString ConnectionProbe::stepName() const
{
    switch (m_step) {
    case Step::Ehlo:
        return u"EHLO"_s;
    case Step::Helo:
        return u"HELO"_s;
    case Step::StartTls:
    case Step::Handshake:
        return u"STARTTLS"_s;
    case Step::Auth:
        return u"AUTH"_s;
    case Step::Quit:
        return u"QUIT"_s;
    case Step::Idle:
    case Step::Connecting:
    case Step::Greeting:
    case Step::Done:
        break;
    }
    return tr("the greeting");
}

} // namespace Sluice
