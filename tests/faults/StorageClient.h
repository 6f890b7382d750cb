// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An SMTP client for the storage fault suites: one session, whole transactions, the final reply.

#include "SmtpTestHarness.h"

#include <optional>

namespace Sluice::Test {

class StorageClient
{
public:
    explicit StorageClient(quint16 port)
        : m_client(port)
    {
        const auto greeting = m_client.readReply();
        m_client.send("EHLO client.example\r\n");
        const auto hello = m_client.readReply();
        m_ready = m_client.isConnected() && greeting && greeting->code == 220 && hello && hello->code == 250;
    }

    bool isReady() const { return m_ready; }

    /// MAIL, RCPT, DATA and body; the reply to the end of data (nullopt when an earlier step failed
    /// or no reply came in timeoutMs).
    std::optional<SmtpReply> sendMail(const QByteArray &recipient, const QByteArray &body,
                                      int timeoutMs = 20000)
    {
        m_client.send("MAIL FROM:<sender@client.example>\r\n");
        if (const auto mail = m_client.readReply(); !mail || mail->code != 250)
            return std::nullopt;
        m_client.send("RCPT TO:<" + recipient + ">\r\n");
        if (const auto rcpt = m_client.readReply(); !rcpt || rcpt->code != 250)
            return std::nullopt;
        m_client.send("DATA\r\n");
        if (const auto data = m_client.readReply(); !data || data->code != 354)
            return std::nullopt;
        m_client.send(body + ".\r\n");
        return m_client.readReply(timeoutMs);
    }

    /// One command, its reply code (0: none).
    int command(const QByteArray &line)
    {
        m_client.send(line + "\r\n");
        const auto reply = m_client.readReply();
        return reply ? reply->code : 0;
    }

    bool quit() { return command("QUIT") == 221 && m_client.waitForClose(); }

private:
    SmtpTestClient m_client;
    bool m_ready = false;
};

/// "452 4.3.1" for a reply: code and enhanced code, for QCOMPARE.
inline QByteArray status(const std::optional<SmtpReply> &reply)
{
    return reply ? QByteArray::number(reply->code) + ' ' + reply->enhancedCode : QByteArray("no reply");
}

} // namespace Sluice::Test
