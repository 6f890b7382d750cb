// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpReply.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// RFC 5321 4.5.3.1.5: a reply line is at most 512 octets including the code and the CRLF.
constexpr qsizetype MaxReplyLine = 512;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of a leading RFC 3463 status code "c.s.d" (class one digit, subject and detail one to three
// digits) in text, or 0 when text does not start with one. The code must be followed by a space or
// end the text, so "2.0.0.1" or "2.0.0x" are not mistaken for one.
qsizetype enhancedCodeLength(QByteArrayView text, char expectedClass)
{
    if (text.size() < 5 || text[0] != expectedClass || text[1] != '.')
        return 0;
    qsizetype pos = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = pos;
        while (pos < text.size() && isDigit(text[pos]) && pos - start < 3)
            ++pos;
        if (pos == start)
            return 0;
        if (part == 0) {
            if (pos >= text.size() || text[pos] != '.')
                return 0;
            ++pos;
        }
    }
    if (pos < text.size() && text[pos] != ' ')
        return 0;
    return pos;
}

// A reply text must never carry a line break of its own: text that echoes client input could
// otherwise inject extra reply lines.
QByteArray sanitised(const QByteArray &text)
{
    QByteArray result = text;
    for (char &c : result) {
        if (c == '\r' || c == '\n')
            c = ' ';
    }
    return result;
}

} // namespace

SmtpReply SmtpReply::make(int code, QByteArrayView enhancedCode, QByteArrayView text)
{
    SmtpReply reply;
    reply.code = code;
    reply.enhancedCode = enhancedCode.toByteArray();
    // Multi-line text (EHLO keywords, HELP) may be given with '\n' separators.
    const QList<QByteArray> parts = text.toByteArray().split('\n');
    for (QByteArray part : parts) {
        if (part.endsWith('\r'))
            part.chop(1);
        reply.lines.append(part);
    }
    return reply;
}

QByteArray SmtpReply::text() const
{
    return lines.join(' ');
}

QByteArray SmtpReply::toWire() const
{
    const QByteArray codeText = QByteArray::number(code);
    const QByteArray enhanced = enhancedCode.isEmpty() ? QByteArray() : enhancedCode + ' ';
    // Room for text on one wire line: "250-" + enhanced code + text + CRLF.
    const qsizetype room = std::max<qsizetype>(1, MaxReplyLine - codeText.size() - 1 - enhanced.size() - 2);

    // Wrap first, so that the last wire line is known when the separators are chosen.
    QList<QByteArray> wireLines;
    const QList<QByteArray> source = lines.isEmpty() ? QList<QByteArray>{QByteArray()} : lines;
    for (const QByteArray &line : source) {
        QByteArray rest = sanitised(line);
        while (rest.size() > room) {
            qsizetype cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                wireLines.append(rest.left(room));
                rest.remove(0, room);
            } else {
                wireLines.append(rest.left(cut));
                rest.remove(0, cut + 1);
            }
        }
        wireLines.append(rest);
    }

    QByteArray wire;
    for (qsizetype i = 0; i < wireLines.size(); ++i) {
        const bool last = i == wireLines.size() - 1;
        wire += codeText;
        // RFC 5321 4.2: the last line may be the bare code when it has no text.
        if (last && enhanced.isEmpty() && wireLines[i].isEmpty()) {
            wire += "\r\n"_ba;
            continue;
        }
        wire += last ? ' ' : '-';
        if (wireLines[i].isEmpty())
            wire += enhancedCode; // no trailing space after a code with nothing behind it
        else
            wire += enhanced + wireLines[i];
        wire += "\r\n"_ba;
    }
    return wire;
}

SmtpReplyReader::Status SmtpReplyReader::feedLine(QByteArrayView line)
{
    auto error = [this](QByteArray message) {
        m_error = std::move(message);
        m_reply = SmtpReply();
        m_started = false;
        return Status::Error;
    };

    if (line.size() + 2 > MaxReplyLine)
        return error("reply line longer than 512 octets"_ba);
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]))
        return error("reply line without a three-digit code"_ba);
    const int code = line.first(3).toByteArray().toInt();
    if (code < 200 || code > 599)
        return error("reply code outside 200-599"_ba);
    if (line.size() > 3 && line[3] != ' ' && line[3] != '-')
        return error("reply code not followed by a space or '-'"_ba);
    if (m_started && code != m_reply.code)
        return error("continuation line with a different reply code"_ba);

    QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    const char replyClass = line[0];
    if (!m_started) {
        m_started = true;
        m_reply.code = code;
        if (const qsizetype length = enhancedCodeLength(text, replyClass)) {
            m_reply.enhancedCode = text.first(length).toByteArray();
            text = text.sliced(std::min(length + 1, text.size()));
        }
    } else if (!m_reply.enhancedCode.isEmpty() && text.startsWith(m_reply.enhancedCode) &&
               enhancedCodeLength(text, replyClass) == m_reply.enhancedCode.size()) {
        // Servers repeat the enhanced code on every line; it belongs to the reply, not to the text.
        text = text.sliced(std::min(m_reply.enhancedCode.size() + 1, text.size()));
    }
    m_reply.lines.append(text.toByteArray());
    m_error.clear();

    const bool last = line.size() == 3 || line[3] == ' ';
    return last ? Status::Complete : Status::NeedMore;
}

SmtpReply SmtpReplyReader::takeReply()
{
    m_started = false;
    return std::exchange(m_reply, SmtpReply());
}

} // namespace Sluice
