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

QByteArray Transcript::toText() const
{
    QByteArray text;
    const qsizetype gapAt = m_dropped > 0 ? m_maxEntries / 2 : -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (i == gapAt)
            text += "-- " + QByteArray::number(m_dropped) + " entries left out\n";
        const Entry &entry = m_entries[i];
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
        }
        text += entry.text + '\n';
    }
    if (gapAt >= m_entries.size())
        text += "-- " + QByteArray::number(m_dropped) + " entries left out\n";
    return text;
}

} // namespace Sluice
