// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/SmtpClientConnection.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// A reply line is at most 512 octets (RFC 5321 4.5.3.1.5); a peer that sends far more without a line
// end is not speaking SMTP, and must not make us buffer without limit.
constexpr qsizetype MaxPendingLine = 4096;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

// What a command line is about, for time-out messages: its verb. Redacted AUTH continuations are
// logged as "[redacted]" and belong to AUTH.
QByteArray verbOf(const QByteArray &logText)
{
    if (logText.startsWith('['))
        return "AUTH"_ba;
    const qsizetype space = logText.indexOf(' ');
    return space < 0 ? logText : logText.left(space);
}

QByteArray normalisedFingerprint(QByteArray fingerprint)
{
    return fingerprint.replace(':', QByteArray()).replace(' ', QByteArray()).toLower();
}

} // namespace

SmtpClientConnection::SmtpClientConnection(Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_socket(new QSslSocket(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClientConnection::onTimeout);
    attachSocket();
}

void SmtpClientConnection::attachSocket()
{
    connect(m_socket, &QSslSocket::connected, this, &SmtpClientConnection::onConnected);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClientConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpClientConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SmtpClientConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClientConnection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpClientConnection::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClientConnection::onSslErrors);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClientConnection::onEncrypted);
}

SmtpClientConnection::~SmtpClientConnection()
{
    // No signals into a half-destroyed session.
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
}

void SmtpClientConnection::connectToHost(const QString &host, quint16 port, int connectTimeoutMs,
                                         int greetingTimeoutMs)
{
    if (!m_socket)
        return;
    m_hostText = host + u':' + QString::number(port);
    m_connectTimeoutMs = connectTimeoutMs;
    m_greetingTimeoutMs = greetingTimeoutMs;
    m_state = State::Connecting;
    note("connecting to " + m_hostText.toUtf8());
    armTimer();
    m_socket->connectToHost(host, port);
}

void SmtpClientConnection::adoptSocket(QSslSocket *socket, int greetingTimeoutMs)
{
    if (m_state != State::Idle || !socket)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = socket;
    m_socket->setParent(this);
    attachSocket();
    m_hostText = m_socket->peerAddress().toString() + u':' + QString::number(m_socket->peerPort());
    m_state = State::Open;
    note("roles reversed: Sluice is now the client on the connection with " + m_hostText.toUtf8() +
         (m_socket->isEncrypted() ? " (TLS)" : ""));
    m_awaited = {Awaited{"greeting"_ba, greetingTimeoutMs}};
    armTimer();
    Q_EMIT connected();
    // The other side may have greeted already, before the socket changed hands.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &SmtpClientConnection::onReadyRead, Qt::QueuedConnection);
}

void SmtpClientConnection::queueCommand(const QByteArray &line, int replyTimeoutMs, const QByteArray &logText)
{
    const QByteArray logged = logText.isEmpty() ? line : logText;
    m_transcript->add(Transcript::Direction::Sent, logged);
    m_output += line + "\r\n";
    m_awaited.append(Awaited{verbOf(logged), replyTimeoutMs});
}

void SmtpClientConnection::flush()
{
    if (m_state != State::Open || m_output.isEmpty())
        return;
    m_socket->write(m_output);
    m_output.clear();
    if (!m_timer.isActive())
        armTimer();
}

void SmtpClientConnection::sendCommand(const QByteArray &line, int replyTimeoutMs, const QByteArray &logText)
{
    queueCommand(line, replyTimeoutMs, logText);
    flush();
}

void SmtpClientConnection::sendData(const QByteArray &wire, int replyCount, int blockTimeoutMs,
                                    int replyTimeoutMs)
{
    if (m_state != State::Open)
        return;
    // The content itself stays out of the transcript: it is the user's mail, and it would crowd out
    // the conversation that the transcript is for.
    note("message data: " + QByteArray::number(wire.size()) + " octets, dot-stuffed");
    m_transcript->addMessageHeaders(wire); // only at the maximum logging level; never the body
    m_transcript->add(Transcript::Direction::Sent, "."_ba);
    for (int i = 0; i < replyCount; ++i)
        m_awaited.append(Awaited{"end of data"_ba, replyTimeoutMs});
    m_dataBlockTimeoutMs = blockTimeoutMs;
    m_writingData = true;
    m_socket->write(wire);
    armTimer();
}

void SmtpClientConnection::startTls(const ClientTlsSettings &settings)
{
    if (m_state != State::Open)
        return;
    if (!m_input.isEmpty()) {
        note("discarded " + QByteArray::number(m_input.size()) +
             " octets the server sent in clear text after its 220 to STARTTLS");
    }
    m_input.clear();
    m_reader = SmtpReplyReader();
    m_awaited.clear();
    m_sslErrors.clear();
    m_verificationErrors.clear();
    m_pinnedSha256 = normalisedFingerprint(settings.pinnedSha256);
    m_requireVerified = settings.requireVerifiedCertificate;
    m_handshakeTimeoutMs = settings.handshakeTimeoutMs;

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(settings.extraCaCertificates);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(settings.peerName);
    m_state = State::Handshaking;
    armTimer();
    m_socket->startClientEncryption();
}

void SmtpClientConnection::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    m_awaited.clear();
    m_socket->disconnectFromHost();
}

void SmtpClientConnection::abort()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    m_awaited.clear();
    m_socket->abort();
}

QSslSocket *SmtpClientConnection::takeSocket()
{
    if (!m_socket)
        return nullptr;
    if (!m_input.isEmpty()) {
        note("discarded " + QByteArray::number(m_input.size()) +
             " octets the server sent before our greeting on the reversed connection");
    }
    m_state = State::Closed;
    m_timer.stop();
    m_awaited.clear();
    m_output.clear();
    m_input.clear();
    m_writingData = false;
    m_socket->disconnect(this);
    m_socket->setParent(nullptr);
    return std::exchange(m_socket, nullptr);
}

bool SmtpClientConnection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QSslCipher SmtpClientConnection::sessionCipher() const
{
    return m_socket ? m_socket->sessionCipher() : QSslCipher();
}

QSslCertificate SmtpClientConnection::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

void SmtpClientConnection::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_state = State::Open;
    note("connected to " + m_socket->peerAddress().toString().toUtf8());
    m_awaited = {Awaited{"greeting"_ba, m_greetingTimeoutMs}};
    armTimer();
    Q_EMIT connected();
}

void SmtpClientConnection::onReadyRead()
{
    if (m_state == State::Open)
        processInput();
}

void SmtpClientConnection::processInput()
{
    m_input += m_socket->readAll();
    while (m_state == State::Open) {
        const qsizetype end = m_input.indexOf('\n');
        if (end < 0) {
            if (m_input.size() > MaxPendingLine)
                fail(Failure::Protocol,
                     u"the server sent a line longer than %1 octets"_s.arg(MaxPendingLine));
            return;
        }
        QByteArray line = m_input.left(end);
        m_input.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        m_transcript->add(Transcript::Direction::Received, line);

        const SmtpReplyReader::Status status = m_reader.feedLine(line);
        if (status == SmtpReplyReader::Status::Error) {
            fail(Failure::Protocol,
                 u"malformed reply from the server (%1)"_s.arg(QString::fromLatin1(m_reader.errorString())));
            return;
        }
        if (status == SmtpReplyReader::Status::NeedMore)
            continue;
        const SmtpReply reply = m_reader.takeReply();
        if (m_awaited.isEmpty()) {
            fail(Failure::Protocol,
                 u"the server sent a reply to no command (%1)"_s.arg(QString::fromLatin1(line)));
            return;
        }
        m_awaited.removeFirst();
        m_timer.stop();
        armTimer();
        // The handler may close the connection or start TLS (which empties m_input): the loop
        // condition sees either.
        Q_EMIT replyReceived(reply);
    }
}

qint64 SmtpClientConnection::pendingOutput() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void SmtpClientConnection::onBytesWritten()
{
    if (!m_writingData || m_state != State::Open)
        return;
    if (pendingOutput() > 0) {
        armTimer(); // progress: the data block time-out starts again
        return;
    }
    m_writingData = false;
    armTimer();
    Q_EMIT dataSent();
}

void SmtpClientConnection::armTimer()
{
    switch (m_state) {
    case State::Idle:
    case State::Closed:
        m_timer.stop();
        return;
    case State::Connecting:
        m_timer.start(m_connectTimeoutMs);
        return;
    case State::Handshaking:
        m_timer.start(m_handshakeTimeoutMs);
        return;
    case State::Open:
        break;
    }
    if (m_writingData)
        m_timer.start(m_dataBlockTimeoutMs);
    else if (!m_awaited.isEmpty())
        m_timer.start(m_awaited.first().timeoutMs);
    else
        m_timer.stop();
}

void SmtpClientConnection::onTimeout()
{
    QString reason;
    if (m_state == State::Connecting) {
        fail(Failure::ConnectFailed,
             u"cannot connect to %1 within %2 s"_s.arg(m_hostText, seconds(m_connectTimeoutMs)));
        return;
    }
    if (m_state == State::Handshaking) {
        fail(Failure::Tls,
             u"the TLS handshake did not complete within %1 s"_s.arg(seconds(m_handshakeTimeoutMs)));
        return;
    }
    if (m_writingData) {
        reason = u"the server took no message data for %1 s"_s.arg(seconds(m_dataBlockTimeoutMs));
    } else if (!m_awaited.isEmpty()) {
        const Awaited &awaited = m_awaited.first();
        const QString what = awaited.what == "greeting" || awaited.what == "end of data"
                                 ? QString::fromLatin1(awaited.what)
                                 : u"the reply to "_s + QString::fromLatin1(awaited.what);
        reason = u"timed out after %1 s waiting for %2"_s.arg(seconds(awaited.timeoutMs), what);
    } else {
        return;
    }
    fail(Failure::Timeout, reason);
}

void SmtpClientConnection::onSocketError()
{
    if (m_state == State::Closed || m_state == State::Idle)
        return;
    if (m_state == State::Connecting) {
        fail(Failure::ConnectFailed, u"cannot connect to %1: %2"_s.arg(m_hostText, m_socket->errorString()));
        return;
    }
    if (m_state == State::Handshaking) {
        const QString why = m_sslErrors.isEmpty() ? m_socket->errorString() : m_sslErrors.join(u"; "_s);
        fail(Failure::Tls, u"the TLS handshake with %1 failed: %2"_s.arg(m_hostText, why));
        return;
    }
    // A last reply (a 421, say) may have come with the close: it explains more than the close does.
    processInput();
    if (m_state != State::Open)
        return;
    const QString why = m_socket->error() == QAbstractSocket::RemoteHostClosedError
                            ? u"the server closed the connection"_s
                            : m_socket->errorString();
    fail(Failure::Lost, u"connection lost: %1"_s.arg(why));
}

void SmtpClientConnection::onSslErrors(const QList<QSslError> &errors)
{
    m_verificationErrors = errors;
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QByteArray fingerprint = certificate.digest(QCryptographicHash::Sha256).toHex();
    if (!m_pinnedSha256.isEmpty() && !certificate.isNull() && fingerprint == m_pinnedSha256) {
        note("certificate accepted by its pinned SHA-256 fingerprint although it does not verify (" +
             texts.join(u"; "_s).toUtf8() + ')');
        m_socket->ignoreSslErrors(errors);
        return;
    }
    if (!m_requireVerified) {
        note("certificate not verified (SHA-256 " + fingerprint + "): " + texts.join(u"; "_s).toUtf8() +
             "; encrypting anyway, as TLS is opportunistic here");
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors = texts;
    note("certificate refused (SHA-256 " + fingerprint + "): " + texts.join(u"; "_s).toUtf8());
}

void SmtpClientConnection::onEncrypted()
{
    if (m_state != State::Handshaking)
        return;
    m_state = State::Open;
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QSslCipher cipher = m_socket->sessionCipher();
    note("TLS established: subject " + certificate.subjectDisplayName().toUtf8() + ", issuer " +
         certificate.issuerDisplayName().toUtf8() + ", " + cipher.protocolString().toUtf8() + ' ' +
         cipher.name().toUtf8());
    armTimer();
    Q_EMIT tlsEstablished();
}

void SmtpClientConnection::fail(Failure failure, const QString &reason)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    m_awaited.clear();
    m_writingData = false;
    note(reason.toUtf8());
    m_socket->abort();
    Q_EMIT failed(failure, reason);
}

void SmtpClientConnection::note(const QByteArray &text)
{
    m_transcript->add(Transcript::Direction::Note, text);
}

} // namespace Sluice
