// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Certificates made at run time with the openssl program, so no key material lives in the repository:
// a test CA, a server certificate for localhost / 127.0.0.1 signed by it, and a self-signed one.

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace Sluice::Test {

class TestCertificates
{
public:
    /// Runs openssl; false with *error set when that did not work.
    bool create(QString *error);

    QSslCertificate ca;
    QSslCertificate server; ///< CN=localhost, SAN DNS:localhost IP:127.0.0.1, issued by ca
    QSslKey serverKey;
    QSslCertificate selfSigned; ///< CN=localhost, same names, issued by itself
    QSslKey selfSignedKey;

    /// The form SmtpClientConfig expects for a pin: lower-case hex SHA-256, no colons.
    static QByteArray sha256(const QSslCertificate &certificate);

private:
    bool openssl(const QStringList &arguments, QString *error);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

} // namespace Sluice::Test
