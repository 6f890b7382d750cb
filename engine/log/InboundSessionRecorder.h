// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/Transcript.h"
#include "log/ConnectionLog.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sluice {

struct SmtpReply;

/// What the connection log keeps of one inbound SMTP session (SmtpServerSession): the client's
/// commands as "C:" and our replies as "S:" in a Transcript, with the secrets taken out here, where
/// they pass: an AUTH command keeps its mechanism only, and every line of an AUTH exchange is
/// "[redacted]". Message data never enters; with keepsHeaders (log.level maximum) the header lines
/// of each accepted message do, as for outbound sessions.
class InboundSessionRecorder
{
public:
    void begin(const QString &peer, bool keepsHeaders);
    /// A command line from the client; authData: a line inside an AUTH exchange (a response to 334).
    void command(const QByteArray &line, bool authData);
    void reply(const SmtpReply &reply);
    void rawReply(const QByteArray &line);   ///< a reply written without SmtpReply ("334 ")
    void message(const QByteArray &content); ///< header lines only, and only when keepsHeaders
    void note(const QByteArray &text);
    void handOver(); ///< 250 to TURN or ATRN went out: the connection changes hands, the session ends

    /// The session's row: ok when it ended with our 221 to QUIT, or handed its connection over
    /// (TURN, ATRN); otherwise the last refusal that closed it, or that the client just went.
    SessionSummary summary(int messagesAccepted) const;
    const Transcript &transcript() const { return m_transcript; }

private:
    Transcript m_transcript;
    QString m_peer;
    QByteArray m_heloName;
    QDateTime m_started;
    QByteArray m_lastFailure;
    bool m_quitAnswered = false;
    bool m_handedOver = false;
};

} // namespace Sluice
