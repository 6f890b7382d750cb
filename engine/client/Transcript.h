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
    enum class Direction { Sent, Received, Note };
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
    const QList<Entry> &entries() const { return m_entries; }
    int droppedEntries() const { return m_dropped; } ///< entries beyond the bound, not kept
    /// "C: ..." / "S: ..." / "-- ..." lines, for display and export.
    QByteArray toText() const;

private:
    QList<Entry> m_entries;
    int m_maxEntries;
    int m_dropped = 0;
};

} // namespace Sluice
