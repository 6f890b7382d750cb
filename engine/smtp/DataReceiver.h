// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Sluice {

/// Receives the DATA section of an SMTP transaction from raw socket bytes.
///
/// Only <CRLF>.<CRLF> ends the data (RFC 5321 4.1.1.4): "\n.\n", "\r.\r", "\n.\r\n" and "\r\n.\n" never
/// do, which closes the SMTP smuggling hole. Lines are split only at CRLF; a lone CR or LF inside a line
/// is a bare line ending, which is refused or normalised to CRLF per policy. Leading dots are
/// unstuffed. Limits are enforced as the bytes arrive, so memory stays bounded by the size limit: once
/// a problem is seen the content is dropped, but the end marker is still searched for so that the
/// session stays in step with the client.
class DataReceiver
{
public:
    enum class BareLineEndings { Refuse, Normalise };
    enum class Problem {
        None,
        TooBig,         ///< content exceeded maxSize: 552 5.3.4
        LineTooLong,    ///< a line exceeded maxLineLength octets (CRLF excluded): 500 5.5.2 style refusal
        BareLineEnding, ///< a lone CR or LF under the Refuse policy
        TooManyHops     ///< more than maxReceivedHeaders "Received:" header fields: a mail loop
    };
    struct Limits
    {
        qint64 maxSize = 0;          ///< octets of unstuffed content; 0 means no limit
        int maxLineLength = 998;     ///< RFC 5321 text line limit of 1000 octets less CRLF
        int maxReceivedHeaders = 50; ///< Postfix's hopcount_limit default
    };

    DataReceiver(Limits limits, BareLineEndings policy);

    /// Consumes octets from the front of buffer. Returns true once the end marker has been consumed;
    /// octets after it stay in buffer (they are pipelined commands). Octets of an incomplete line at
    /// the end of buffer are consumed and remembered, so the caller can always clear what it read.
    bool consume(QByteArray &buffer);

    bool isFinished() const { return m_finished; }
    Problem problem() const { return m_problem; } ///< the first problem seen, or None
    /// The unstuffed message, each line ending in CRLF; empty when a problem was seen.
    const QByteArray &content() const { return m_content; }
    QByteArray takeContent();
    qint64 octetsReceived() const { return m_octetsReceived; } ///< raw octets consumed so far
    /// Octets held in memory: the content so far and the current line (never more than the limits).
    qint64 bufferedBytes() const { return m_content.size() + m_partial.size(); }

private:
    void acceptLine(QByteArrayView line);     ///< one line without its CRLF
    void appendToLine(QByteArrayView octets); ///< octets that are neither CR nor LF
    void endLine(bool crlf);                  ///< a CRLF, or a bare CR or LF when !crlf
    void fail(Problem problem);

    Limits m_limits;
    BareLineEndings m_policy;
    QByteArray m_partial; ///< the current line so far (bounded by maxLineLength + 1)
    QByteArray m_content;
    Problem m_problem = Problem::None;
    qint64 m_octetsReceived = 0;
    int m_receivedHeaders = 0;
    bool m_inHeaders = true;
    bool m_partialTooLong = false;
    bool m_pendingCR = false;   ///< the last octet was a CR; the next decides whether it was CRLF
    bool m_atLineStart = true;  ///< m_partial began after CRLF (or at the start), not a bare ending
    bool m_strippedDot = false; ///< a leading transparency dot was removed from m_partial
    bool m_finished = false;
};

} // namespace Sluice
