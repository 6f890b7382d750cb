// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/DotStuffing.h"

#include <algorithm>

namespace Sluice {

QByteArray dotStuffedData(QByteArrayView content)
{
    QByteArray wire;
    // Lines starting with "." are rare: a few percent more is plenty.
    wire.reserve(content.size() + content.size() / 32 + 5);
    bool lineStart = true;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (c == '\r' || c == '\n') {
            wire += "\r\n";
            // CRLF counts as one line end; a lone CR or LF becomes one.
            if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n')
                ++i;
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            wire += '.';
        wire += c;
        lineStart = false;
    }
    if (!lineStart)
        wire += "\r\n";
    wire += ".\r\n";
    return wire;
}

bool hasEightBitOctets(QByteArrayView content)
{
    return std::any_of(content.begin(), content.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

} // namespace Sluice
