// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/SaslEncoding.h"

#include <QMessageAuthenticationCode>

namespace Sluice::Sasl {

QByteArray plainMessage(const QString &authorizationId, const QString &authenticationId,
                        const QString &password)
{
    QByteArray message = authorizationId.toUtf8();
    message += '\0';
    message += authenticationId.toUtf8();
    message += '\0';
    message += password.toUtf8();
    return message;
}

QByteArray cramMd5Digest(QByteArrayView secret, QByteArrayView challenge)
{
    return QMessageAuthenticationCode::hash(challenge.toByteArray(), secret.toByteArray(),
                                            QCryptographicHash::Md5)
        .toHex();
}

QByteArray cramMd5Response(const QString &user, const QString &secret, QByteArrayView challenge)
{
    return user.toUtf8() + ' ' + cramMd5Digest(secret.toUtf8(), challenge);
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace Sluice::Sasl
