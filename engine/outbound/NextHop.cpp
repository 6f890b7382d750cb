// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/NextHop.h"

using namespace Qt::StringLiterals;

namespace Sluice {

QString RouteResult::key() const
{
    // Security is part of the key: the same host reached once with and once without required TLS
    // or with different accounts must not share a connection.
    QString key;
    for (const NextHop &hop : hops) {
        key += hop.endpoint().toLower() + u'|' + QString::number(int(hop.security.tls)) + u'|' +
               QString::number(int(hop.security.auth)) + u'|' + hop.security.account + u'|' +
               QString::fromLatin1(hop.security.pinnedSha256) + u';';
    }
    return key;
}

RouteResult RouteResult::failure(bool permanent, const QByteArray &enhancedCode, const QString &text)
{
    RouteResult result;
    result.permanent = permanent;
    result.enhancedCode = enhancedCode;
    result.text = text;
    return result;
}

} // namespace Sluice
