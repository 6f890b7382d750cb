// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/InboundSessionRecorder.h"

#include "smtp/ServerAuth.h"
#include "smtp/SmtpReply.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sluice {

void InboundSessionRecorder::begin(const QString &peer, bool keepsHeaders)
{
    m_peer = peer;
    m_started = QDateTime::currentDateTimeUtc();
    m_transcript.setKeepsHeaders(keepsHeaders);
    m_transcript.add(Transcript::Direction::Note, "connection from " + peer.toUtf8());
}

void InboundSessionRecorder::command(const QByteArray &line, bool authData)
{
    // Transcript's Sent/Received are the client's and the server's lines ("C:"/"S:"), whichever
    // side Sluice plays.
    if (authData)
        return m_transcript.add(Transcript::Direction::Sent, "[redacted]");
    const QByteArray verb = line.left(line.indexOf(' ')).toUpper();
    if (verb == "AUTH")
        return m_transcript.add(Transcript::Direction::Sent,
                                ServerAuth::redacted(line).replace("****", "[redacted]"));
    if (verb == "HELO" || verb == "EHLO")
        m_heloName = line.mid(5).trimmed().left(255);
    m_transcript.add(Transcript::Direction::Sent, line);
}

void InboundSessionRecorder::reply(const SmtpReply &reply)
{
    const QByteArray wire = reply.toWire();
    for (const QByteArray &line : wire.split('\n')) {
        if (!line.isEmpty())
            m_transcript.add(Transcript::Direction::Received, line.endsWith('\r') ? line.chopped(1) : line);
    }
    if (reply.code == 221)
        m_quitAnswered = true;
    else if (reply.code >= 400)
        m_lastFailure = QByteArray::number(reply.code) + ' ' + reply.text();
}

void InboundSessionRecorder::handOver()
{
    m_handedOver = true;
    note("roles reversed: the connection is now ours to deliver over");
}

void InboundSessionRecorder::rawReply(const QByteArray &line)
{
    m_transcript.add(Transcript::Direction::Received, line);
}

void InboundSessionRecorder::message(const QByteArray &content)
{
    m_transcript.addMessageHeaders(content);
}

void InboundSessionRecorder::note(const QByteArray &text)
{
    m_transcript.add(Transcript::Direction::Note, text);
}

SessionSummary InboundSessionRecorder::summary(int messagesAccepted) const
{
    SessionSummary summary;
    summary.kind = u"inbound"_s;
    summary.peer = m_heloName.isEmpty() ? m_peer : QString(m_peer + u' ' + QString::fromLatin1(m_heloName));
    summary.ok = m_quitAnswered || m_handedOver;
    if (!summary.ok) {
        summary.error = !m_lastFailure.isEmpty()
                            ? QString::fromUtf8(m_lastFailure)
                            : QCoreApplication::translate("Sluice::InboundSessionRecorder",
                                                          "the client disconnected without QUIT");
    }
    summary.messages = messagesAccepted;
    summary.started = m_started;
    return summary;
}

} // namespace Sluice
