// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/ReceivedHeader.h"

#include "core/NetworkList.h"

#include <QTimeZone>

namespace Sluice {

namespace {

/// The HELO name comes from the client: keep it from breaking the header's comment syntax or folding.
QByteArray sanitised(const QByteArray &text)
{
    QByteArray out = text.left(255);
    for (char &c : out) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '(' || c == ')' || c == '\\' || c == ';')
            c = '?';
    }
    return out.isEmpty() ? QByteArrayLiteral("unknown") : out;
}

QByteArray addressLiteral(const QHostAddress &address)
{
    const QHostAddress plain = NetworkList::normalised(address);
    if (plain.protocol() == QAbstractSocket::IPv6Protocol)
        return "IPv6:" + plain.toString().toLatin1();
    return plain.toString().toLatin1();
}

} // namespace

QByteArray formatRfc5322Date(const QDateTime &time)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime local = time.toLocalTime();
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const QDate date = local.date();
    const QTime clock = local.time();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + QByteArray::number(date.day()) + ' ' +
           months[date.month() - 1] + ' ' + QByteArray::number(date.year()) + ' ' +
           QByteArray::number(clock.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(clock.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(clock.second()).rightJustified(2, '0') + ' ' + (offsetMinutes < 0 ? '-' : '+') +
           QByteArray::number(qAbs(offsetMinutes) / 60).rightJustified(2, '0') +
           QByteArray::number(qAbs(offsetMinutes) % 60).rightJustified(2, '0');
}

QByteArray formatReceivedHeader(const ReceivedHeaderFields &fields)
{
    QByteArray header = "Received: from " + sanitised(fields.heloName) + " ([" +
                        addressLiteral(fields.clientAddress) + "])\r\n\tby " + fields.hostName +
                        " (Sluice) with " + fields.protocol + " id " + fields.queueId;
    if (!fields.recipient.isEmpty())
        header += "\r\n\tfor <" + fields.recipient + '>';
    header += ";\r\n\t" + formatRfc5322Date(fields.time) + "\r\n";
    return header;
}

} // namespace Sluice
