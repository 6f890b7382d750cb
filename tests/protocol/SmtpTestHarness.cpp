// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpTestHarness.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Sluice::Test {

TestEngine::TestEngine(const Customise &customise)
{
    m_config.smtp.hostName = u"mx.test.example"_s;
    m_config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    m_config.smtp.listenPort = 0;
    m_config.local.localDomains = {u"test.example"_s};
    m_config.local.mailRoot = mailRoot();
    // Remote recipients stay queued: these tests are about the inbound side, and none may send DNS
    // queries or mail off this machine.
    m_config.smtp.transferMode = TransferMode::InboundOnly;
    QDir().mkpath(mailRoot() + u"/alice"_s);
    QDir().mkpath(mailRoot() + u"/bob"_s);
    if (customise)
        customise(m_config);
    m_engine = std::make_unique<Engine>();
    m_running = m_engine->start(queueDirectory(), m_config, &m_error);
}

TestEngine::~TestEngine()
{
    m_engine.reset();
}

QList<QByteArray> TestEngine::maildirMessages(const QString &mailbox) const
{
    QList<QByteArray> messages;
    const QDir dir(mailRoot() + u'/' + mailbox + u"/new"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            messages.append(file.readAll());
    }
    return messages;
}

bool TestEngine::waitForMaildir(const QString &mailbox, int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return maildirMessages(mailbox).size() >= count; }, timeoutMs) &&
           maildirMessages(mailbox).size() == count;
}

SmtpTestClient::SmtpTestClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    m_connected = QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

void SmtpTestClient::send(const QByteArray &raw)
{
    m_socket.write(raw);
    m_socket.flush();
}

bool SmtpTestClient::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0)
        return false;
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 2);
    return true;
}

std::optional<SmtpReply> SmtpTestClient::readReply(int timeoutMs)
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
    [[maybe_unused]] const bool done = QTest::qWaitFor(parse, timeoutMs);
    if (reply)
        m_replies.append(*reply);
    return reply;
}

bool SmtpTestClient::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

QStringList SmtpTestClient::run(const QByteArray &script)
{
    QStringList mismatches;
    int lineNumber = 0;
    for (const QByteArray &rawLine : script.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QByteArray kind = line.left(2);
        const QByteArray argument = line.mid(2).trimmed();
        const QString where = u"line %1 (%2): "_s.arg(lineNumber).arg(QString::fromLatin1(line));
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
            const QByteArray wire = reply->toWire();
            if (!wire.startsWith(argument) && !firstWireLine(*reply).startsWith(argument))
                mismatches << where + u"got %1"_s.arg(QString::fromLatin1(wire.trimmed()));
        } else if (kind == "X:") {
            if (!waitForClose())
                mismatches << where + u"connection still open"_s;
        } else {
            mismatches << where + u"bad script line"_s;
        }
    }
    return mismatches;
}

QByteArray unescape(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char next = text[++i];
            out += next == 'r' ? '\r' : next == 'n' ? '\n' : next == 't' ? '\t' : next;
        } else {
            out += text[i];
        }
    }
    return out;
}

QByteArray firstWireLine(const SmtpReply &reply)
{
    const QByteArray wire = reply.toWire();
    return wire.left(wire.indexOf("\r\n"));
}

} // namespace Sluice::Test
