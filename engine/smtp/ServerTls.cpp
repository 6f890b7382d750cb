// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/ServerTls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Sluice::ServerTls {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

bool readFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

QSslKey parseKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

TlsIdentity load(const QString &certificatePath, const QString &keyPath, QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(certificatePath, &certificatePem, error) || !readFile(keyPath, &keyPem, error))
        return TlsIdentity();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        *error = tr("%1 holds no PEM certificate").arg(certificatePath);
        return TlsIdentity();
    }
    TlsIdentity identity;
    identity.key = parseKey(keyPem);
    if (identity.key.isNull()) {
        *error = tr("%1 holds no unencrypted PEM private key").arg(keyPath);
        return TlsIdentity();
    }
    identity.certificate = certificates.takeFirst();
    identity.chain = certificates;
    return identity;
}

bool generateSelfSigned(const QString &directory, const QString &hostName, QString *error, int timeoutMs)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1").arg(directory);
        return false;
    }
    // The folder is owner-only too: openssl writes the key before its permissions can be narrowed.
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString certificatePath = directory + u"/cert.pem"_s;
    const QString keyPath = directory + u"/key.pem"_s;
    const QString name = hostName.isEmpty() ? u"localhost"_s : hostName;
    // Qt reads certificates but cannot make one, so the openssl program does (Debian's openssl
    // package). It writes the key with the process umask: the permissions are set right after.
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"3650"_s,
                   u"-subj"_s, u"/CN="_s + name, u"-addext"_s, u"subjectAltName=DNS:"_s + name, u"-keyout"_s,
                   keyPath, u"-out"_s, certificatePath});
    if (!openssl.waitForStarted(timeoutMs)) {
        *error = tr("Cannot run openssl to make a TLS certificate: %1 (install the openssl package)")
                     .arg(openssl.errorString());
        return false;
    }
    if (!openssl.waitForFinished(timeoutMs)) {
        openssl.kill();
        openssl.waitForFinished(1000);
        *error = tr("openssl did not finish making a TLS certificate in time");
        return false;
    }
    const QByteArray output = openssl.readAll();
    QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error =
            tr("openssl could not make a TLS certificate: %1").arg(QString::fromLocal8Bit(output).trimmed());
        QFile::remove(keyPath);
        QFile::remove(certificatePath);
        return false;
    }
    return true;
}

TlsIdentity prepare(const QString &certificatePath, const QString &keyPath, const QString &directory,
                    const QString &hostName, QString *error, bool *generated)
{
    if (generated)
        *generated = false;
    if (!certificatePath.isEmpty() || !keyPath.isEmpty()) {
        if (certificatePath.isEmpty() || keyPath.isEmpty()) {
            *error = tr("Set both smtp.tls_certificate and smtp.tls_key, or neither for a self-signed "
                        "certificate");
            return TlsIdentity();
        }
        return load(certificatePath, keyPath, error);
    }
    const QString certificateFile = directory + u"/cert.pem"_s;
    const QString keyFile = directory + u"/key.pem"_s;
    if (!QFile::exists(certificateFile) || !QFile::exists(keyFile)) {
        if (!generateSelfSigned(directory, hostName, error))
            return TlsIdentity();
        if (generated)
            *generated = true;
    }
    return load(certificateFile, keyFile, error);
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void configureServerSocket(QSslSocket *socket, const TlsIdentity &identity)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QList<QSslCertificate>{identity.certificate} + identity.chain);
    configuration.setPrivateKey(identity.key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(configuration);
}

} // namespace Sluice::ServerTls
