// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Sluice {

/// One SMTP reply (RFC 5321 section 4.2): a three-digit code, an optional enhanced status code
/// (RFC 3463) and one or more text lines. Used by the server to write replies and by clients to read them.
struct SmtpReply
{
    int code = 0;
    QByteArray enhancedCode; ///< "2.1.0"; empty when the reply carries none
    QList<QByteArray> lines; ///< text of each line, without code, enhanced code or CRLF

    static SmtpReply make(int code, QByteArrayView enhancedCode, QByteArrayView text);

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500 && code < 600; }
    QByteArray text() const; ///< all lines joined with a single space

    /// Wire form: "250-first\r\n250-second\r\n250 last\r\n"; the enhanced code (when set) follows the
    /// code on every line. A line longer than the 512-octet reply limit is split at a space (or hard
    /// at the limit when there is none) so that no wire line exceeds 512 octets including CRLF.
    QByteArray toWire() const;
};

/// Reads a reply one wire line at a time, as a client does.
class SmtpReplyReader
{
public:
    enum class Status { NeedMore, Complete, Error };

    /// Feeds one line without its CRLF. Returns Complete when that line ended the reply, Error when the
    /// line is malformed (no three-digit code, code outside 200-599, a continuation line whose code
    /// differs from the first, a line over 512 octets). The enhanced code is recognised when the first
    /// line's text starts with "class.subject.detail " with class equal to the code's first digit.
    Status feedLine(QByteArrayView line);
    SmtpReply takeReply(); ///< the completed reply; the reader is then ready for the next one
    QByteArray errorString() const { return m_error; }

private:
    SmtpReply m_reply;
    QByteArray m_error;
    bool m_started = false;
};

} // namespace Sluice
