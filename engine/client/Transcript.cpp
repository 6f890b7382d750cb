// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/Transcript.h"

using namespace Qt::StringLiterals;

namespace Sluice {

// The bound keeps the first half of the conversation (greeting, EHLO, TLS and AUTH explain who the
// peer is) and the most recent half (what went wrong at the end); a long run of messages in between
// is what gets dropped.
void Transcript::add(Direction direction, const QByteArray &text)
{
    if (m_maxEntries <= 0) {
        ++m_dropped;
        return;
    }
    if (m_entries.size() >= m_maxEntries) {
        m_entries.removeAt(m_maxEntries / 2);
        ++m_dropped;
    }
    m_entries.append(Entry{QDateTime::currentDateTimeUtc(), direction, text});
}

void Transcript::addMessageHeaders(const QByteArray &message)
{
    if (!m_keepsHeaders)
        return;
    // A header of thousands of lines (a mail loop's Received: trail) must not push the conversation
    // out of the bound.
    constexpr int MaxLinesPerMessage = 200;
    int lines = 0;
    qsizetype start = 0;
    while (start < message.size()) {
        qsizetype end = message.indexOf("\r\n", start);
        if (end < 0)
            end = message.size();
        QByteArray line = message.mid(start, end - start);
        if (line.isEmpty())
            break; // the blank line before the body: nothing after it is recorded
        if (line.startsWith(".."))
            line.remove(0, 1); // dot-stuffed on the wire
        if (lines == MaxLinesPerMessage) {
            add(Direction::Note, "further header lines left out");
            break;
        }
        add(Direction::Header, line);
        ++lines;
        start = end + 2;
    }
}

QByteArray Transcript::toText(bool withHeaders) const
{
    QByteArray text;
    const qsizetype gapAt = m_dropped > 0 ? m_maxEntries / 2 : -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (i == gapAt)
            text += "-- " + QByteArray::number(m_dropped) + " entries left out\n";
        const Entry &entry = m_entries[i];
        if (entry.direction == Direction::Header && !withHeaders)
            continue;
        switch (entry.direction) {
        case Direction::Sent:
            text += "C: "_ba;
            break;
        case Direction::Received:
            text += "S: "_ba;
            break;
        case Direction::Note:
            text += "-- "_ba;
            break;
        case Direction::Header:
            text += "H: "_ba;
            break;
        }
        text += entry.text + '\n';
    }
    if (gapAt >= m_entries.size())
        text += "-- " + QByteArray::number(m_dropped) + " entries left out\n";
    return text;
}

} // namespace Sluice
