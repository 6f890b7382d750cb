// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/Transcript.h"

#include <algorithm>

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
    m_entries.append(Entry{QDateTime::currentDateTimeUtc(), direction, text});
    if (m_entries.size() >= m_maxEntries + std::max(1, m_maxEntries / 2))
        dropExcess();
}

void Transcript::dropExcess()
{
    const qsizetype excess = m_entries.size() - m_maxEntries;
    if (excess <= 0)
        return;
    m_entries.remove(keptAtStart(), excess);
    m_dropped += int(excess);
}

int Transcript::droppedEntries() const
{
    return m_dropped + int(std::max<qsizetype>(0, m_entries.size() - m_maxEntries));
}

QList<Transcript::Entry> Transcript::entries() const
{
    const qsizetype excess = m_entries.size() - std::max(0, m_maxEntries);
    if (excess <= 0)
        return m_entries;
    QList<Entry> kept = m_entries.first(keptAtStart());
    kept += m_entries.sliced(keptAtStart() + excess);
    return kept;
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
    const QList<Entry> kept = entries();
    const int dropped = droppedEntries();
    const qsizetype gapAt = dropped > 0 ? keptAtStart() : -1;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i == gapAt)
            text += "-- " + QByteArray::number(dropped) + " entries left out\n";
        const Entry &entry = kept[i];
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
    if (gapAt >= kept.size())
        text += "-- " + QByteArray::number(dropped) + " entries left out\n";
    return text;
}

} // namespace Sluice
