// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every abuse case needs besides the engine of tests/protocol (TestEngine):
// - AbuseClient: a hostile client's socket. It can bind its own address (127.0.0.2 is another host to
//   the server), send raw bytes in any rhythm, switch to TLS, and read replies. Its run() speaks the
//   script language of SmtpTestClient (S:, C:, R:, W:, X:).
// - AbuseFixture: the engine, a ledger of the messages the server acknowledged (a bystander's among
//   them) checked at the end against the mailboxes, byte for byte, and a watch on the memory the
//   sessions hold (SmtpServer::bufferedBytes(), sampled while the test waits).
// - RawSmtpSink: a receiving SMTP server that keeps the exact octets of each DATA section, for the
//   outbound side (line endings and dot-stuffing as they are on the wire).

#include "SmtpTestHarness.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Sluice::Test {

/// 127.0.0.2: another host as far as the server can tell (every 127/8 address is this machine).
QHostAddress otherHost();

class AbuseClient
{
public:
    explicit AbuseClient(quint16 port, const QHostAddress &from = QHostAddress(QHostAddress::LocalHost));
    bool isConnected() const { return m_connected; }
    void send(const QByteArray &raw);
    std::optional<SmtpReply> readReply(int timeoutMs = 5000);
    /// Sends line and CRLF; the reply's first wire line ("250 2.0.0 Ok"), empty on time-out.
    QByteArray command(const QByteArray &line, int timeoutMs = 5000);
    /// The first wire line of the next reply, empty on time-out.
    QByteArray replyLine(int timeoutMs = 5000);
    /// Waits for the server to close; what it sent meanwhile is kept for readReply().
    bool waitForClose(int timeoutMs = 5000);
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    /// STARTTLS's 220 has been read: the handshake, trusting only ca.
    bool startTls(const QSslCertificate &ca);
    /// Runs a script as SmtpTestClient::run() does; returns the mismatches.
    QStringList run(const QByteArray &script);
    QSslSocket &socket() { return m_socket; }
    /// Octets received and not yet parsed as replies (what a raw peer script reads).
    QByteArray takeRaw();

private:
    bool takeLine(QByteArray *line);

    QSslSocket m_socket;
    QByteArray m_buffer;
    SmtpReplyReader m_reader;
    bool m_connected = false;
};

class AbuseFixture
{
public:
    /// The engine as TestEngine makes it (local domain test.example, mailboxes alice and bob), with a
    /// short command time-out and error limit so that hostile sessions end quickly.
    explicit AbuseFixture(const TestEngine::Customise &customise = {});
    ~AbuseFixture();

    static constexpr int CommandTimeoutMs = 1500;
    static constexpr int ErrorLimit = 10;

    bool isRunning() const { return m_engine->isRunning(); }
    QString startError() const { return m_engine->startError(); }
    quint16 port() const { return m_engine->port(); }
    TestEngine &engine() { return *m_engine; }
    Engine &core() { return m_engine->engine(); }

    /// A well-behaved client from from: one message to alice, whose 250 puts it in the ledger.
    /// Returns the mismatches (empty: the message was acknowledged).
    QStringList bystander(const QHostAddress &from = QHostAddress(QHostAddress::LocalHost));
    /// A message the test had acknowledged itself: body as sent (CRLF lines, not dot-stuffed).
    void acknowledged(const QByteArray &body) { m_ledger.append(body); }
    int acknowledgedCount() const { return int(m_ledger.size()); }
    /// Every acknowledged message is in alice's mailbox, intact, and nothing else is there: empty
    /// when so, otherwise what is missing or extra.
    QString nothingLost(int timeoutMs = 5000);

    /// Starts sampling the sessions' buffered octets (every few milliseconds while the event loop
    /// runs); peakBuffered() is the most seen since.
    void watchMemory();
    qint64 peakBuffered() const { return m_peak; }

private:
    std::unique_ptr<TestEngine> m_engine;
    QList<QByteArray> m_ledger;
    int m_bystanders = 0;
    QTimer m_sampler;
    qint64 m_peak = 0;
};

/// A receiving SMTP server on 127.0.0.1 that accepts everything and keeps each DATA section's exact
/// octets, from after the 354 up to and including the final ".\r\n".
class RawSmtpSink : public QObject
{
    Q_OBJECT
public:
    RawSmtpSink();
    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray> &dataSections() const { return m_sections; }
    QList<QByteArray> recipients() const { return m_recipients; }

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, bool> m_inData;
    QList<QByteArray> m_sections;
    QList<QByteArray> m_recipients;
};

/// Why wire is not a well-formed DATA section for content: an empty string when every line ends
/// in CRLF, there is no bare CR or LF, lines starting with "." are stuffed, it ends with the one
/// terminator, and unstuffed it is content with every lone CR or LF made a CRLF.
QString wireProblem(const QByteArray &wire, const QByteArray &content);
/// The octets of text with each lone CR or LF made a CRLF.
QByteArray normalisedLineEndings(const QByteArray &text);
/// True when text has a CR not followed by LF or an LF not preceded by CR.
bool hasBareLineEnding(const QByteArray &text);
/// "code enhanced" of a reply, e.g. "550 5.1.1", or "none" (for messages).
QByteArray codes(const std::optional<SmtpReply> &reply);

} // namespace Sluice::Test
