// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real engine on a loopback port chosen by the system, and a scripted client that talks to it
// over a real socket. Scripts read like the RFC's examples:
//   S: 220              the next reply's first wire line starts with this
//   C: EHLO client      sent with CRLF
//   R: DATA\r\n...      sent raw, with \r \n \\ escapes, no CRLF added
//   W: 1500             wait this many milliseconds
//   X:                  the server has closed the connection
// Mismatches are collected and returned as text, so the test thread asserts on them.

#include "core/Engine.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace Sluice::Test {

class TestEngine
{
public:
    using Customise = std::function<void(EngineConfig &)>;
    explicit TestEngine(const Customise &customise = {});
    ~TestEngine();

    bool isRunning() const { return m_running; }
    QString startError() const { return m_error; }
    quint16 port() const { return m_engine->smtpPort(); }
    Engine &engine() { return *m_engine; }
    EngineConfig &config() { return m_config; }
    QString mailRoot() const { return m_dir.path() + QStringLiteral("/mail"); }
    QString queueDirectory() const { return m_dir.path() + QStringLiteral("/queue"); }
    /// Contents of the files in mailRoot/mailbox/new, sorted by name.
    QList<QByteArray> maildirMessages(const QString &mailbox) const;
    /// Waits (running the event loop) until mailbox holds count messages.
    bool waitForMaildir(const QString &mailbox, int count, int timeoutMs = 5000) const;

private:
    QTemporaryDir m_dir;
    EngineConfig m_config;
    std::unique_ptr<Engine> m_engine;
    bool m_running = false;
    QString m_error;
};

class SmtpTestClient
{
public:
    explicit SmtpTestClient(quint16 port);
    bool isConnected() const { return m_connected; }
    void send(const QByteArray &raw);
    std::optional<SmtpReply> readReply(int timeoutMs = 5000);
    bool waitForClose(int timeoutMs = 5000);
    /// Runs a script (see above); returns the mismatches, empty when all went as written.
    QStringList run(const QByteArray &script);
    /// A reference, so that `for (x : client.replies().last().lines)` reads a list that is still alive.
    const QList<SmtpReply> &replies() const { return m_replies; }

private:
    bool takeLine(QByteArray *line);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    SmtpReplyReader m_reader;
    QList<SmtpReply> m_replies;
    bool m_connected = false;
};

/// Unescapes \r, \n, \t and \\ in a script line.
QByteArray unescape(QByteArrayView text);
/// The first wire line of a reply, without CRLF.
QByteArray firstWireLine(const SmtpReply &reply);

} // namespace Sluice::Test
