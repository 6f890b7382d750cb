// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

class QSslSocket;

namespace Sluice {

/// The certificate and key the SMTP server presents after STARTTLS.
struct TlsIdentity
{
    QSslCertificate certificate;
    QList<QSslCertificate> chain; ///< intermediates, as they followed the certificate in its file
    QSslKey key;

    bool isValid() const { return !certificate.isNull() && !key.isNull(); }
};

/// Loading (or making) the server's TLS identity, and setting up a server socket with it.
namespace ServerTls {

/// Reads PEM files: the certificate file may hold the chain after the certificate; the key is RSA or
/// EC, unencrypted. An invalid identity and *error (translated) when a file cannot be read or parsed.
TlsIdentity load(const QString &certificatePath, const QString &keyPath, QString *error);

/// The identity to use: the configured files when either path is set, otherwise the self-signed
/// certificate in directory (cert.pem, key.pem), made there first when missing. *generated tells
/// whether it was made by this call. An invalid identity and *error when none could be had.
TlsIdentity prepare(const QString &certificatePath, const QString &keyPath, const QString &directory,
                    const QString &hostName, QString *error, bool *generated = nullptr);

/// Makes a self-signed certificate for hostName (RSA 2048, ten years) with the openssl program:
/// Qt can read certificates but has no API to create one. The key file is owner-only (0600).
/// Gives up after timeoutMs.
bool generateSelfSigned(const QString &directory, const QString &hostName, QString *error,
                        int timeoutMs = 60 * 1000);

/// "AB:CD:..." SHA-256 of the certificate, for the log and for a client to pin.
QString fingerprint(const QSslCertificate &certificate);

/// Gives socket the identity for a server-mode handshake (TLS 1.2 or later, no client certificate).
void configureServerSocket(QSslSocket *socket, const TlsIdentity &identity);

} // namespace ServerTls

} // namespace Sluice
