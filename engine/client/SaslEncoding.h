// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The wire encodings of the SASL mechanisms Sluice speaks, as pure functions: the client mechanisms
// build their responses with them and the server side checks what it receives against them.
namespace Sluice::Sasl {

/// RFC 4616 message before base64: [authzid] NUL authcid NUL passwd, all UTF-8.
QByteArray plainMessage(const QString &authorizationId, const QString &authenticationId,
                        const QString &password);

/// RFC 2195: lower-case hex HMAC-MD5 of the challenge keyed with the shared secret.
QByteArray cramMd5Digest(QByteArrayView secret, QByteArrayView challenge);

/// RFC 2195 response before base64: "user SP digest".
QByteArray cramMd5Response(const QString &user, const QString &secret, QByteArrayView challenge);

/// Decodes the base64 text of a 334 challenge or of a client response. Strict: anything that is not
/// clean base64 gives nullopt (a server answers that with 501 5.5.2, a client cancels with "*").
std::optional<QByteArray> decodeBase64(QByteArrayView text);

} // namespace Sluice::Sasl
