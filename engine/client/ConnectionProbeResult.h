// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sluice {

/// What the console's "Test connection" checks a host for: sending mail to it (a smarthost or an
/// e-mail domain's host), asking it to release held mail with ETRN, or fetching mail with ATRN.
enum class ProbePurpose { Smtp, Etrn, Atrn };

/// The certificate a server showed after STARTTLS, with what this system thinks of it.
struct ProbeCertificate
{
    bool present = false;
    QString subject; ///< "CN=mx.example, O=Example"
    QString issuer;
    QDateTime notBefore, notAfter;
    QByteArray sha256;         ///< lower-case hex, no colons: the form the Security page's pin takes
    bool trusted = false;      ///< verified against the system's (and any extra) CA certificates and the name
    QStringList trustProblems; ///< why not, in Qt's words
    bool selfSigned = false;
    bool pinGiven = false;
    bool matchesPin = false;

    /// certificate as the TLS handshake's verification (errors: none means trusted) and the pin (in
    /// any of the forms the Security page takes) judge it.
    static ProbeCertificate describe(const QSslCertificate &certificate, const QList<QSslError> &errors,
                                     const QByteArray &pin);
    /// "AB:CD ..." or "abcd..." -> "abcd...", as SmtpClientConnection compares pins.
    static QByteArray normalisedPin(QByteArray pin);
};

/// Everything a connection test found out, for the dialog and its tests. Passwords never enter it.
struct ConnectionProbeResult
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ConnectionProbeResult)

public:
    enum class AuthOutcome {
        NotAsked,  ///< no logging in configured
        NotTried,  ///< configured, but not possible (see authMessage): nothing was sent
        Succeeded, ///< 235 to AUTH
        Failed     ///< the server refused (see authReply)
    };

    ProbePurpose purpose = ProbePurpose::Smtp;
    QString host;
    quint16 port = 0;
    QString account;

    bool connected = false;
    SmtpReply banner;                  ///< the greeting; code 0 when none came
    bool usedEhlo = false;             ///< false: the server only took HELO
    QList<QByteArray> capabilityLines; ///< EHLO keywords after the last EHLO (after TLS when used)
    bool etrn = false, atrn = false, startTls = false, pipelining = false, eightBitMime = false;
    std::optional<qint64> sizeLimit;  ///< nullopt: no SIZE; 0: SIZE without a fixed limit
    QList<QByteArray> authMechanisms; ///< upper-case names, as offered

    bool startTlsOfferedInClear = false; ///< STARTTLS was in the first EHLO reply
    bool tlsActive = false;
    QString tlsProtocol; ///< "TLSv1.3 TLS_AES_256_GCM_SHA384"
    ProbeCertificate certificate;

    AuthOutcome auth = AuthOutcome::NotAsked;
    QByteArray authMechanism; ///< the one tried
    QString authReply;        ///< "535 5.7.8 Authentication failed" when refused
    QString authMessage;      ///< translated: why logging in was not tried

    QString error;         ///< translated, plain words; empty when the conversation went through
    QByteArray transcript; ///< "C: ..." / "S: ..." / "-- ..." lines; AUTH data redacted

    /// Connected, greeted, TLS and logging in as configured: mail could go this way.
    bool succeeded() const
    {
        return error.isEmpty() && auth != AuthOutcome::Failed && auth != AuthOutcome::NotTried;
    }
    /// The findings in plain sentences, most important first, for the console's dialog.
    QStringList plainWords() const;

private:
    QStringList purposeWords() const;
    QStringList extensionWords() const;
    QString tlsWords() const;
    QString authWords() const;
};

} // namespace Sluice
