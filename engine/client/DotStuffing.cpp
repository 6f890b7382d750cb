// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/DotStuffing.h"

#include <algorithm>

namespace Sluice {

QByteArray dotStuffedData(QByteArrayView content)
{
    QByteArray wire;
    // Lines starting with "." are rare: a few percent more is plenty.
    wire.reserve(content.size() + content.size() / 32 + 5);
    const char *data = content.data();
    const qsizetype size = content.size();
    qsizetype i = 0;
    while (i < size) {
        // One line: its text is copied in one go (byte-wise appends cost half of a release's CPU).
        qsizetype end = i;
        while (end < size && data[end] != '\r' && data[end] != '\n')
            ++end;
        if (end > i && data[i] == '.')
            wire += '.';
        wire.append(data + i, end - i);
        if (end == size) {
            wire += "\r\n"; // the last line had no line end
            break;
        }
        // CRLF counts as one line end; a lone CR or LF becomes one.
        wire += "\r\n";
        i = end + ((data[end] == '\r' && end + 1 < size && data[end + 1] == '\n') ? 2 : 1);
    }
    wire += ".\r\n";
    return wire;
}

bool hasEightBitOctets(QByteArrayView content)
{
    return std::any_of(content.begin(), content.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

} // namespace Sluice
