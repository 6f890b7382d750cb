// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Sluice {

/// A bounded record of one SMTP conversation, for the connection log. Secrets never enter it: AUTH
/// continuation lines and initial responses are recorded as "[redacted]" by whoever adds them.
class Transcript
{
public:
    /// Header: a header line of a message sent, kept only when keepsHeaders() (log.level maximum).
    enum class Direction { Sent, Received, Note, Header };
    struct Entry
    {
        QDateTime time;
        Direction direction;
        QByteArray text; ///< one line, without CRLF
    };

    explicit Transcript(int maxEntries = 2000)
        : m_maxEntries(maxEntries)
    {}

    void add(Direction direction, const QByteArray &text);
    /// Whether addMessageHeaders() records anything; off by default, as message headers name people
    /// and subjects that a protocol log does not need.
    void setKeepsHeaders(bool keep) { m_keepsHeaders = keep; }
    bool keepsHeaders() const { return m_keepsHeaders; }
    /// Adds the header lines of message (CRLF lines, dot-stuffed or not) as Header entries when
    /// keepsHeaders(); the body is never looked at.
    void addMessageHeaders(const QByteArray &message);

    /// What the bound keeps: the first half and the most recent half of the conversation.
    QList<Entry> entries() const;
    int droppedEntries() const; ///< entries beyond the bound, not kept
    /// "C: ..." / "S: ..." / "-- ..." / "H: ..." lines, for display and export; withHeaders false
    /// leaves the Header entries out.
    QByteArray toText(bool withHeaders = true) const;

private:
    void dropExcess();
    qsizetype keptAtStart() const { return m_maxEntries / 2; }

    /// Up to half again as many entries as the bound: the excess in the middle goes in one step
    /// (dropExcess), not one entry at a time, so that adding stays cheap however long the session.
    QList<Entry> m_entries;
    int m_maxEntries;
    int m_dropped = 0;
    bool m_keepsHeaders = false;
};

} // namespace Sluice
