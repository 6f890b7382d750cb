// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSmtpPeer.h"

#include <QRegularExpression>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sluice::Test {

namespace {

// How much a holding peer lets Qt buffer before the kernel buffers fill and the client's writes stall.
constexpr qint64 HoldingReadBuffer = 16 * 1024;

} // namespace

FakeSmtpPeer::FakeSmtpPeer(const QByteArray &script, QObject *parent)
    : QTcpServer(parent)
{
    static const QList<QByteArray> kinds = {"S:", "R:", "C:", "C~", "D:", "A:", "W:", "H:", "X:", "TLS:"};
    int lineNumber = 0;
    for (const QByteArray &rawLine : script.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        Step step;
        step.lineNumber = lineNumber;
        for (const QByteArray &kind : kinds) {
            if (line.startsWith(kind)) {
                step.kind = kind;
                step.argument = line.mid(kind.size()).trimmed();
                break;
            }
        }
        if (step.kind.isEmpty())
            m_mismatches << u"script line %1: unknown step %2"_s.arg(lineNumber).arg(QString::fromUtf8(line));
        m_steps.append(step);
    }
}

FakeSmtpPeer::~FakeSmtpPeer()
{
    if (m_socket)
        m_socket->disconnect(this);
}

bool FakeSmtpPeer::start()
{
    return listen(QHostAddress(QHostAddress::LocalHost), 0);
}

void FakeSmtpPeer::setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool FakeSmtpPeer::receivedLineStartingWith(QByteArrayView prefix) const
{
    for (const QByteArray &line : m_received) {
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

QByteArray FakeSmtpPeer::report() const
{
    QByteArray text = m_mismatches.join(u"; "_s).toUtf8();
    if (m_next < m_steps.size()) {
        const Step &step = m_steps[m_next];
        text += " [script stopped at line " + QByteArray::number(step.lineNumber) + ": " + step.kind + ' ' +
                step.argument +
                "; last lines from the client: " + m_received.mid(m_received.size() - 3).join(" | ") + ']';
    }
    return text;
}

void FakeSmtpPeer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    if (m_socket) {
        m_mismatches << u"a second connection"_s;
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    connect(socket, &QSslSocket::readyRead, this, &FakeSmtpPeer::onReadyRead);
    connect(socket, &QSslSocket::encrypted, this, [this] { m_tlsEstablished = true; });
    connect(socket, &QSslSocket::disconnected, this, [this] { m_disconnected = true; });
    runSteps();
}

void FakeSmtpPeer::onReadyRead()
{
    if (m_holding)
        return;
    readLines();
    runSteps();
    if (m_next >= m_steps.size() && !m_pendingLines.isEmpty()) {
        for (const QByteArray &line : std::as_const(m_pendingLines))
            m_mismatches << u"unexpected line after the end of the script: %1"_s.arg(QString::fromUtf8(line));
        m_pendingLines.clear();
        m_socket->abort();
    }
}

void FakeSmtpPeer::readLines()
{
    m_input += m_socket->readAll();
    // Only CRLF ends a line: a bare LF from the client stays inside the line and fails the match.
    qsizetype end;
    while ((end = m_input.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_input.left(end);
        m_input.remove(0, end + 2);
        m_received.append(line);
        m_pendingLines.append(line);
    }
}

void FakeSmtpPeer::runSteps()
{
    if (m_running)
        return;
    m_running = true;
    while (m_socket && !m_waiting && m_mismatches.isEmpty() && m_next < m_steps.size()) {
        if (!runStep(m_steps[m_next]))
            break;
        ++m_next;
    }
    m_running = false;
}

bool FakeSmtpPeer::runStep(const Step &step)
{
    if (step.kind == "S:") {
        m_socket->write(unescapeScript(step.argument) + "\r\n");
    } else if (step.kind == "R:") {
        m_socket->write(unescapeScript(step.argument));
    } else if (step.kind == "C:" || step.kind == "C~") {
        if (m_pendingLines.isEmpty())
            return false;
        const QByteArray line = m_pendingLines.takeFirst();
        const bool matches =
            step.kind == "C:"
                ? line == step.argument
                : QRegularExpression(QRegularExpression::anchoredPattern(QString::fromUtf8(step.argument)))
                      .match(QString::fromUtf8(line))
                      .hasMatch();
        if (!matches)
            mismatch(step, u"got \"%1\""_s.arg(QString::fromUtf8(line)));
    } else if (step.kind == "D:") {
        while (!m_pendingLines.isEmpty()) {
            const QByteArray line = m_pendingLines.takeFirst();
            m_data += line + "\r\n";
            if (line == ".") {
                m_dataSections.append(std::exchange(m_data, QByteArray()));
                return true;
            }
        }
        return false;
    } else if (step.kind == "A:") {
        return takeReply(step);
    } else if (step.kind == "W:") {
        m_waiting = true;
        QTimer::singleShot(step.argument.toInt(), this, [this] {
            m_waiting = false;
            ++m_next;
            runSteps();
        });
        return false;
    } else if (step.kind == "H:") {
        m_holding = true;
        m_socket->setReadBufferSize(HoldingReadBuffer);
    } else if (step.kind == "X:") {
        m_socket->disconnectFromHost();
    } else if (step.kind == "TLS:") {
        if (!m_pendingLines.isEmpty() || !m_input.isEmpty())
            mismatch(step, u"the client sent data before the TLS handshake"_s);
        m_socket->setLocalCertificate(m_certificate);
        m_socket->setPrivateKey(m_key);
        m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->startServerEncryption();
    }
    return true;
}

bool FakeSmtpPeer::takeReply(const Step &step)
{
    // "250-..." continues a reply; "250 ..." or a bare "250" ends it.
    for (qsizetype i = 0; i < m_pendingLines.size(); ++i) {
        const QByteArray &line = m_pendingLines[i];
        if (line.size() > 3 && line[3] == '-')
            continue;
        const QByteArray last = line;
        m_pendingLines.remove(0, i + 1);
        if (!last.startsWith(step.argument))
            mismatch(step, u"got \"%1\""_s.arg(QString::fromUtf8(last)));
        return true;
    }
    return false;
}

void FakeSmtpPeer::mismatch(const Step &step, const QString &what)
{
    m_mismatches << u"script line %1 (%2 %3): %4"_s.arg(step.lineNumber)
                        .arg(QString::fromUtf8(step.kind), QString::fromUtf8(step.argument), what);
    // The client should not have to run into a time-out because the script went wrong.
    m_socket->abort();
}

QByteArray unescapeScript(QByteArrayView text)
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

} // namespace Sluice::Test
