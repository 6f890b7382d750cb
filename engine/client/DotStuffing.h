// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Sluice {

/// The wire form of a message after DATA (RFC 5321 4.5.2): every line that begins with "." gets another
/// ".", the content ends with CRLF, and ".\r\n" ends the data. A bare CR or LF (which the queue should
/// never hold) becomes CRLF, so that no "<LF>.<LF>" can reach a server that would end the data there
/// (SMTP smuggling).
QByteArray dotStuffedData(QByteArrayView content);

/// True when the content has an octet >= 0x80 (what BODY=8BITMIME declares, RFC 6152).
bool hasEightBitOctets(QByteArrayView content);

} // namespace Sluice
