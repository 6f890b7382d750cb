// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/NetworkList.h"

using namespace Qt::StringLiterals;

namespace Sluice {

bool NetworkList::parse(const QStringList &entries, NetworkList *result, QString *errorEntry)
{
    NetworkList list;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet;
        if (entry.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(entry);
        } else {
            QHostAddress host(entry);
            if (!host.isNull())
                subnet = {host, host.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            if (errorEntry)
                *errorEntry = entry;
            return false;
        }
        list.m_subnets.append(subnet);
    }
    *result = list;
    return true;
}

NetworkList NetworkList::fromTrustedDefaults()
{
    NetworkList list;
    parse({u"127.0.0.0/8"_s, u"::1/128"_s}, &list);
    return list;
}

QHostAddress NetworkList::normalised(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    return address;
}

bool NetworkList::contains(const QHostAddress &address) const
{
    const QHostAddress client = normalised(address);
    for (const auto &subnet : m_subnets) {
        if (client.isInSubnet(subnet))
            return true;
    }
    return false;
}

} // namespace Sluice
