// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/DataReceiver.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// "Received:" as a header field name, any letter case; RFC 5322 4.5 (obsolete syntax) also allows
// white space before the colon, and a loop must not slip past the hop count that way.
bool isReceivedField(QByteArrayView line)
{
    constexpr QByteArrayView name("Received");
    if (line.size() <= name.size() || line.first(name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    qsizetype pos = name.size();
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t'))
        ++pos;
    return pos < line.size() && line[pos] == ':';
}

} // namespace

DataReceiver::DataReceiver(Limits limits, BareLineEndings policy)
    : m_limits(limits)
    , m_policy(policy)
{}

bool DataReceiver::consume(QByteArray &buffer)
{
    if (m_finished)
        return true;
    const char *data = buffer.constData();
    const qsizetype size = buffer.size();
    qsizetype pos = 0;
    // The end marker is looked for on the raw octets, before any normalisation, so that no bare line
    // ending can ever take part in it.
    while (pos < size && !m_finished) {
        const char c = data[pos];
        if (m_pendingCR) {
            m_pendingCR = false;
            if (c == '\n') {
                ++pos;
                endLine(true);
            } else {
                endLine(false); // a bare CR; c itself is handled on the next turn
            }
            continue;
        }
        if (c == '\r') {
            m_pendingCR = true;
            ++pos;
        } else if (c == '\n') {
            ++pos;
            endLine(false);
        } else {
            qsizetype end = pos + 1;
            while (end < size && data[end] != '\r' && data[end] != '\n')
                ++end;
            appendToLine(QByteArrayView(data + pos, end - pos));
            pos = end;
        }
    }
    m_octetsReceived += pos;
    buffer.remove(0, pos);
    return m_finished;
}

QByteArray DataReceiver::takeContent()
{
    return std::exchange(m_content, QByteArray());
}

void DataReceiver::appendToLine(QByteArrayView octets)
{
    // RFC 5321 4.5.2: the first dot of a line is a transparency dot. Lines are CRLF lines only, so a
    // dot after a bare line ending is content.
    if (m_atLineStart && m_partial.isEmpty() && !m_strippedDot && octets.startsWith('.')) {
        m_strippedDot = true;
        octets = octets.sliced(1);
    }
    if (m_partialTooLong || octets.isEmpty())
        return;
    // Keep one octet more than the limit: enough to know the line is too long, never more.
    const qsizetype room = qsizetype(m_limits.maxLineLength) + 1 - m_partial.size();
    m_partial.append(octets.first(std::min(room, octets.size())));
    if (m_partial.size() > m_limits.maxLineLength) {
        m_partialTooLong = true;
        fail(Problem::LineTooLong);
    }
}

void DataReceiver::endLine(bool crlf)
{
    if (crlf && m_atLineStart && m_strippedDot && m_partial.isEmpty()) {
        m_finished = true;
        return;
    }
    if (!crlf && m_policy == BareLineEndings::Refuse)
        fail(Problem::BareLineEnding);
    if (!m_partialTooLong) {
        // A lone dot ended by a bare CR or LF was not stuffed (a stuffing client sends ".."): it is
        // content, and the relaying side stuffs it again.
        if (!crlf && m_strippedDot && m_partial.isEmpty())
            acceptLine(".");
        else
            acceptLine(m_partial);
    }
    m_partial.truncate(0);
    m_partialTooLong = false;
    m_strippedDot = false;
    m_atLineStart = crlf;
}

void DataReceiver::acceptLine(QByteArrayView line)
{
    if (m_problem != Problem::None)
        return;
    if (m_inHeaders) {
        if (line.isEmpty()) {
            m_inHeaders = false;
        } else if (isReceivedField(line) && ++m_receivedHeaders > m_limits.maxReceivedHeaders) {
            fail(Problem::TooManyHops);
            return;
        }
    }
    if (m_limits.maxSize > 0 && m_content.size() + line.size() + 2 > m_limits.maxSize) {
        fail(Problem::TooBig);
        return;
    }
    m_content.append(line);
    m_content.append("\r\n"_ba);
}

void DataReceiver::fail(Problem problem)
{
    if (m_problem == Problem::None)
        m_problem = problem;
    m_content = QByteArray(); // releases the memory, not just the size
}

} // namespace Sluice
