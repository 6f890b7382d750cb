// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Sluice::Test {

namespace {

// EC keys: generated in milliseconds, unlike RSA.
const QStringList NewKey = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                            u"-nodes"_s};
const QString ServerNames = u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

bool TestCertificates::openssl(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60 * 1000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = u"openssl %1 failed: %2 %3"_s.arg(arguments.join(u' '), process.errorString(),
                                                   QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    const QStringList days = {u"-days"_s, u"2"_s};
    const bool made =
        openssl(QStringList{u"req"_s, u"-x509"_s} + NewKey + days +
                    QStringList{u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.crt"_s), u"-subj"_s,
                                u"/CN=Sluice Test CA"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                                u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s},
                error) &&
        openssl(QStringList{u"req"_s} + NewKey +
                    QStringList{u"-keyout"_s, path(u"server.key"_s), u"-out"_s, path(u"server.csr"_s),
                                u"-subj"_s, u"/CN=localhost"_s},
                error) &&
        [&] {
            QFile extensions(path(u"server.ext"_s));
            if (!extensions.open(QIODevice::WriteOnly))
                return false;
            extensions.write(ServerNames.toUtf8() +
                             "\nbasicConstraints=CA:FALSE\n"
                             "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n");
            return true;
        }() &&
        openssl(QStringList{u"x509"_s, u"-req"_s} + days +
                    QStringList{u"-in"_s, path(u"server.csr"_s), u"-CA"_s, path(u"ca.crt"_s), u"-CAkey"_s,
                                path(u"ca.key"_s), u"-CAcreateserial"_s, u"-extfile"_s, path(u"server.ext"_s),
                                u"-out"_s, path(u"server.crt"_s)},
                error) &&
        openssl(QStringList{u"req"_s, u"-x509"_s} + NewKey + days +
                    QStringList{u"-keyout"_s, path(u"self.key"_s), u"-out"_s, path(u"self.crt"_s), u"-subj"_s,
                                u"/CN=localhost"_s, u"-addext"_s, ServerNames},
                error);
    if (!made) {
        if (error->isEmpty())
            *error = u"cannot write the certificate extensions file"_s;
        return false;
    }

    ca = QSslCertificate(readFile(path(u"ca.crt"_s)), QSsl::Pem);
    server = QSslCertificate(readFile(path(u"server.crt"_s)), QSsl::Pem);
    serverKey = QSslKey(readFile(path(u"server.key"_s)), QSsl::Ec, QSsl::Pem);
    selfSigned = QSslCertificate(readFile(path(u"self.crt"_s)), QSsl::Pem);
    selfSignedKey = QSslKey(readFile(path(u"self.key"_s)), QSsl::Ec, QSsl::Pem);
    if (ca.isNull() || server.isNull() || serverKey.isNull() || selfSigned.isNull() ||
        selfSignedKey.isNull()) {
        *error = u"openssl ran, but Qt cannot read what it made"_s;
        return false;
    }
    return true;
}

QByteArray TestCertificates::sha256(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

} // namespace Sluice::Test
