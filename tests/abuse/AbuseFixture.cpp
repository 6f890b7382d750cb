// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbuseFixture.h"

#include "smtp/SmtpServer.h"

#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Sluice::Test {

QHostAddress otherHost()
{
    return QHostAddress(u"127.0.0.2"_s);
}

// --- AbuseClient ---

AbuseClient::AbuseClient(quint16 port, const QHostAddress &from)
{
    if (from != QHostAddress(QHostAddress::LocalHost))
        m_socket.bind(from);
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    m_connected = QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

void AbuseClient::send(const QByteArray &raw)
{
    m_socket.write(raw);
    m_socket.flush();
}

bool AbuseClient::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0)
        return false;
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 2);
    return true;
}

std::optional<SmtpReply> AbuseClient::readReply(int timeoutMs)
{
    std::optional<SmtpReply> reply;
    auto parse = [&] {
        m_buffer += m_socket.readAll();
        QByteArray line;
        while (!reply && takeLine(&line)) {
            const auto status = m_reader.feedLine(line);
            if (status == SmtpReplyReader::Status::Complete)
                reply = m_reader.takeReply();
            else if (status == SmtpReplyReader::Status::Error)
                return true;
        }
        return reply.has_value();
    };
    if (!parse()) [[maybe_unused]]
        const bool done = QTest::qWaitFor(parse, timeoutMs);
    return reply;
}

QByteArray AbuseClient::replyLine(int timeoutMs)
{
    const std::optional<SmtpReply> reply = readReply(timeoutMs);
    return reply ? firstWireLine(*reply) : QByteArray();
}

QByteArray AbuseClient::command(const QByteArray &line, int timeoutMs)
{
    send(line + "\r\n");
    return replyLine(timeoutMs);
}

bool AbuseClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

bool AbuseClient::startTls(const QSslCertificate &ca)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({ca});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(configuration);
    m_socket.setPeerVerifyName(u"localhost"_s);
    m_buffer.clear();
    m_socket.startClientEncryption();
    return QTest::qWaitFor([&] { return m_socket.isEncrypted(); }, 10000);
}

QByteArray AbuseClient::takeRaw()
{
    m_buffer += m_socket.readAll();
    return std::exchange(m_buffer, QByteArray());
}

QStringList AbuseClient::run(const QByteArray &script)
{
    QStringList mismatches;
    for (const QByteArray &rawLine : script.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QByteArray kind = line.left(2);
        const QByteArray argument = line.mid(2).trimmed();
        const QString where = QString::fromLatin1(line) + u": "_s;
        if (kind == "C:") {
            send(unescape(argument) + "\r\n");
        } else if (kind == "R:") {
            send(unescape(argument));
        } else if (kind == "W:") {
            QTest::qWait(argument.toInt());
        } else if (kind == "S:") {
            const auto reply = readReply();
            if (!reply) {
                mismatches << where + u"no reply"_s;
                break;
            }
            if (!reply->toWire().startsWith(argument) && !firstWireLine(*reply).startsWith(argument))
                mismatches << where + u"got "_s + QString::fromLatin1(reply->toWire().trimmed());
        } else if (kind == "X:") {
            if (!waitForClose())
                mismatches << where + u"connection still open"_s;
        } else {
            mismatches << where + u"bad script line"_s;
        }
    }
    return mismatches;
}

// --- AbuseFixture ---

AbuseFixture::AbuseFixture(const TestEngine::Customise &customise)
{
    m_engine = std::make_unique<TestEngine>([customise](EngineConfig &config) {
        config.smtp.commandTimeoutMs = CommandTimeoutMs;
        config.smtp.errorLimit = ErrorLimit;
        if (customise)
            customise(config);
    });
    m_sampler.setInterval(2);
    QObject::connect(&m_sampler, &QTimer::timeout, &m_sampler, [this] {
        if (SmtpServer *server = m_engine->engine().smtpServer())
            m_peak = std::max(m_peak, server->bufferedBytes());
    });
}

AbuseFixture::~AbuseFixture() = default;

QStringList AbuseFixture::bystander(const QHostAddress &from)
{
    const QByteArray number = QByteArray::number(++m_bystanders);
    const QByteArray body = "Subject: bystander " + number +
                            "\r\n\r\nan ordinary message\r\n"
                            ".a line that starts with a dot\r\nend of message " +
                            number + "\r\n";
    QByteArray stuffed = body;
    stuffed.replace("\r\n.", "\r\n..");
    AbuseClient client(port(), from);
    if (!client.isConnected())
        return {u"bystander %1 could not connect"_s.arg(QString::fromLatin1(number))};
    QStringList problems = client.run("S: 220\nC: EHLO bystander.example\nS: 250\n"
                                      "C: MAIL FROM:<someone@bystander.example>\nS: 250 2.1.0\n"
                                      "C: RCPT TO:<alice@test.example>\nS: 250 2.1.5\nC: DATA\nS: 354");
    if (problems.isEmpty()) {
        client.send(stuffed + ".\r\n");
        problems += client.run("S: 250 2.0.0\nC: QUIT\nS: 221\nX:");
    }
    if (problems.isEmpty())
        m_ledger.append(body);
    for (QString &problem : problems)
        problem.prepend(u"bystander %1: "_s.arg(QString::fromLatin1(number)));
    return problems;
}

QString AbuseFixture::nothingLost(int timeoutMs)
{
    const int expected = int(m_ledger.size());
    [[maybe_unused]] const bool arrived =
        QTest::qWaitFor([&] { return m_engine->maildirMessages(u"alice"_s).size() >= expected; }, timeoutMs);
    QList<QByteArray> stored = m_engine->maildirMessages(u"alice"_s);
    QStringList problems;
    for (const QByteArray &body : std::as_const(m_ledger)) {
        QByteArray lf = body;
        lf.replace("\r\n", "\n"); // Maildir files use LF
        const auto found = std::find_if(stored.begin(), stored.end(), [&](const QByteArray &message) {
            return message.endsWith(QByteArray("\n" + lf));
        });
        if (found == stored.end())
            problems << u"missing or altered: "_s + QString::fromLatin1(body.left(40));
        else
            stored.erase(found);
    }
    for (const QByteArray &extra : std::as_const(stored))
        problems << u"not acknowledged, yet stored: "_s + QString::fromLatin1(extra.right(60));
    return problems.join(u'\n');
}

void AbuseFixture::watchMemory()
{
    m_peak = 0;
    m_sampler.start();
}

// --- RawSmtpSink ---

RawSmtpSink::RawSmtpSink()
{
    m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write("220 sink.test ESMTP\r\n");
        }
    });
}

void RawSmtpSink::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        if (m_inData[socket]) {
            // The raw section ends at the first CRLF.CRLF, or at ".\r\n" right at its start.
            qsizetype end = buffer.startsWith(".\r\n") ? 0 : buffer.indexOf("\r\n.\r\n");
            if (end < 0)
                return;
            end += buffer.startsWith(".\r\n") ? 3 : 5;
            m_sections.append(buffer.left(end));
            buffer.remove(0, end);
            m_inData[socket] = false;
            socket->write("250 2.0.0 Ok: kept\r\n");
            continue;
        }
        const qsizetype end = buffer.indexOf("\r\n");
        if (end < 0)
            return;
        const QByteArray line = buffer.left(end);
        buffer.remove(0, end + 2);
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "EHLO" || verb == "HELO") {
            socket->write("250-sink.test\r\n250 8BITMIME\r\n");
        } else if (verb == "RCPT") {
            m_recipients.append(line.mid(line.indexOf('<') + 1, line.indexOf('>') - line.indexOf('<') - 1));
            socket->write("250 2.1.5 Ok\r\n");
        } else if (verb == "DATA") {
            m_inData[socket] = true;
            socket->write("354 go ahead\r\n");
        } else if (verb == "QUIT") {
            socket->write("221 2.0.0 Bye\r\n");
            socket->disconnectFromHost();
            return;
        } else {
            socket->write("250 2.0.0 Ok\r\n");
        }
    }
}

// --- wire checks ---

bool hasBareLineEnding(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
            return true;
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            return true;
    }
    return false;
}

QByteArray normalisedLineEndings(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (text[i] == '\n') {
            out += "\r\n";
        } else {
            out += text[i];
        }
    }
    return out;
}

QString wireProblem(const QByteArray &wire, const QByteArray &content)
{
    if (hasBareLineEnding(wire))
        return u"bare CR or LF on the wire"_s;
    if (!wire.endsWith("\r\n.\r\n") && wire != ".\r\n")
        return u"no terminator at the end"_s;
    QByteArray body = wire.chopped(3); // ".\r\n"
    QByteArray unstuffed;
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith('.')) {
            if (line == ".\r")
                return u"a lone dot line before the end"_s;
            if (!line.startsWith(".."))
                return u"a line starting with a dot is not stuffed: "_s + QString::fromLatin1(line);
            unstuffed += line.mid(1) + '\n';
        } else {
            unstuffed += line + '\n';
        }
    }
    QByteArray expected = normalisedLineEndings(content);
    if (!expected.isEmpty() && !expected.endsWith("\r\n"))
        expected += "\r\n";
    if (unstuffed != expected)
        return u"the unstuffed text differs from the content"_s;
    return {};
}

QByteArray codes(const std::optional<SmtpReply> &reply)
{
    if (!reply)
        return "none"_ba;
    const QByteArray code = QByteArray::number(reply->code);
    return reply->enhancedCode.isEmpty() ? code : QByteArray(code + ' ' + reply->enhancedCode);
}

} // namespace Sluice::Test
