// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ConnectionProbeResult.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString joined(const QList<QByteArray> &names)
{
    QStringList texts;
    for (const QByteArray &name : names)
        texts.append(QString::fromLatin1(name));
    return texts.join(u", "_s);
}

QString dateText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    static const std::pair<QSslCertificate::SubjectInfo, QLatin1StringView> attributes[] = {
        {QSslCertificate::CommonName, "CN"_L1},
        {QSslCertificate::OrganizationalUnitName, "OU"_L1},
        {QSslCertificate::Organization, "O"_L1},
        {QSslCertificate::CountryName, "C"_L1}};
    QStringList parts;
    for (const auto &[attribute, key] : attributes) {
        const QStringList values =
            subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts.append(QString(key + u'=' + value));
    }
    return parts.join(u", "_s);
}

} // namespace

QByteArray ProbeCertificate::normalisedPin(QByteArray pin)
{
    return pin.replace(':', QByteArray()).replace(' ', QByteArray()).trimmed().toLower();
}

ProbeCertificate ProbeCertificate::describe(const QSslCertificate &certificate,
                                            const QList<QSslError> &errors, const QByteArray &pin)
{
    ProbeCertificate info;
    info.present = !certificate.isNull();
    info.subject = distinguishedName(certificate, true);
    info.issuer = distinguishedName(certificate, false);
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    info.trusted = info.present && errors.isEmpty();
    for (const QSslError &error : errors)
        info.trustProblems.append(error.errorString());
    info.selfSigned = certificate.isSelfSigned();
    const QByteArray pinned = normalisedPin(pin);
    info.pinGiven = !pinned.isEmpty();
    info.matchesPin = info.pinGiven && info.present && info.sha256 == pinned;
    return info;
}

QStringList ConnectionProbeResult::plainWords() const
{
    QStringList words;
    if (!error.isEmpty())
        words.append(tr("The test stopped: %1.").arg(error));
    if (!connected)
        return words;
    words.append(tr("Connected to %1 port %2.").arg(host).arg(port));
    if (banner.code == 0)
        return words;
    words.append(tr("The server greeted with: %1").arg(QString::fromUtf8(banner.lines.value(0))));
    if (!usedEhlo && !tlsActive) {
        if (banner.isPositive() && error.isEmpty()) {
            words.append(tr("The server does not understand EHLO: it offers no extensions."));
            words += purposeWords();
        }
        return words;
    }
    words += purposeWords();
    words += extensionWords();
    if (authMechanisms.isEmpty())
        words.append(tr("Logging in is not offered (no AUTH)."));
    else
        words.append(tr("Logging in is offered with: %1.").arg(joined(authMechanisms)));
    const QString tls = tlsWords();
    if (!tls.isEmpty())
        words.append(tls);
    const QString login = authWords();
    if (!login.isEmpty())
        words.append(login);
    return words;
}

QStringList ConnectionProbeResult::purposeWords() const
{
    QStringList words;
    switch (purpose) {
    case ProbePurpose::Etrn:
        words.append(etrn ? tr("The server accepts ETRN: it can release held mail to you.")
                          : tr("The server does not accept ETRN: it cannot be asked to release held mail."));
        break;
    case ProbePurpose::Atrn:
        words.append(
            atrn ? tr("ATRN (On-Demand Mail Relay) is offered: mail can be fetched on this connection.")
                 : tr("ATRN (On-Demand Mail Relay) is not offered."));
        words.append(tr("ATRN needs logging in first: the provider releases mail only to the account it "
                        "belongs to."));
        break;
    case ProbePurpose::Smtp:
        if (etrn)
            words.append(tr("The server accepts ETRN: it can release held mail to you."));
        if (atrn)
            words.append(tr("ATRN (On-Demand Mail Relay) is offered."));
        break;
    }
    return words;
}

QStringList ConnectionProbeResult::extensionWords() const
{
    QStringList words;
    if (sizeLimit) {
        words.append(
            *sizeLimit > 0
                ? tr("Messages up to %1 are accepted (SIZE).").arg(QLocale().formattedDataSize(*sizeLimit))
                : tr("The server announces message sizes (SIZE) without a fixed limit."));
    }
    QStringList also;
    if (pipelining)
        also.append(tr("PIPELINING (several commands at once)"));
    if (eightBitMime)
        also.append(tr("8BITMIME (8-bit text without conversion)"));
    if (!also.isEmpty())
        words.append(tr("The server also offers %1.").arg(also.join(tr(" and "))));
    return words;
}

QString ConnectionProbeResult::tlsWords() const
{
    if (!tlsActive) {
        if (startTlsOfferedInClear)
            return tr("STARTTLS is offered, but the connection could not be encrypted.");
        return tr("STARTTLS is not offered: mail to this server travels unencrypted.");
    }
    QString text = tr("STARTTLS: the connection can be encrypted.");
    if (!certificate.present)
        return text;
    text += u' ';
    const QString validity = certificate.notAfter < QDateTime::currentDateTimeUtc()
                                 ? tr("expired on %1").arg(dateText(certificate.notAfter))
                                 : tr("valid until %1").arg(dateText(certificate.notAfter));
    text +=
        tr("Certificate for %1, issued by %2, %3;").arg(certificate.subject, certificate.issuer, validity);
    text += u' ';
    const QString why = certificate.selfSigned ? tr("self-signed") : certificate.trustProblems.join(u"; "_s);
    if (certificate.trusted) {
        text += tr("trusted by this system.");
    } else if (certificate.matchesPin) {
        text += tr("NOT trusted by this system (%1), but it matches the pinned SHA-256 fingerprint, so it is "
                   "accepted.")
                    .arg(why);
    } else if (certificate.pinGiven) {
        text +=
            tr("NOT trusted (%1), and it does NOT match the pinned SHA-256 fingerprint; its SHA-256 is %2.")
                .arg(why, QString::fromLatin1(certificate.sha256));
    } else {
        text += tr("NOT trusted (%1): pin SHA-256 %2 on the Security page to accept it.")
                    .arg(why, QString::fromLatin1(certificate.sha256));
    }
    return text;
}

QString ConnectionProbeResult::authWords() const
{
    switch (auth) {
    case AuthOutcome::NotAsked:
        return {};
    case AuthOutcome::NotTried:
        return tr("Logging in was not tried: %1").arg(authMessage);
    case AuthOutcome::Succeeded:
        return tr("Logged in as %1 (%2).").arg(account, QString::fromLatin1(authMechanism));
    case AuthOutcome::Failed:
        return tr("Logging in failed: %1").arg(authReply);
    }
    return {};
}

} // namespace Sluice
