// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/SmtpClientTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Sluice {

/// The client side of one SASL mechanism (RFC 4954 AUTH). It only turns challenges into responses;
/// base64, the 334 lines and the transcript are the session's business.
class SaslClientMechanism
{
public:
    virtual ~SaslClientMechanism() = default;

    virtual QByteArray name() const = 0;
    /// PLAIN and LOGIN put the password itself on the wire (base64 is no protection): they are used
    /// only under TLS unless the administrator allowed clear text.
    virtual bool exposesPassword() const = 0;
    /// Response sent with the AUTH command itself (RFC 4954 initial response); nullopt: none.
    virtual std::optional<QByteArray> initialResponse() { return std::nullopt; }
    /// Answer to a decoded 334 challenge; nullopt when the exchange cannot go on (cancel with "*").
    virtual std::optional<QByteArray> respond(QByteArrayView challenge) = 0;
};

/// RFC 4616: everything in the initial response, so PLAIN costs one round trip.
class SaslPlainClient final : public SaslClientMechanism
{
public:
    SaslPlainClient(QString user, QString password);
    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }
    bool exposesPassword() const override { return true; }
    std::optional<QByteArray> initialResponse() override;
    std::optional<QByteArray> respond(QByteArrayView challenge) override;

private:
    QString m_user, m_password;
    bool m_sent = false;
};

/// The de-facto LOGIN mechanism: "Username:" then "Password:" challenges, answered in that order
/// whatever their text says (servers vary in case and wording).
class SaslLoginClient final : public SaslClientMechanism
{
public:
    SaslLoginClient(QString user, QString password);
    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    bool exposesPassword() const override { return true; }
    std::optional<QByteArray> respond(QByteArrayView challenge) override;

private:
    QString m_user, m_password;
    int m_step = 0;
};

/// RFC 2195: the password never crosses the wire, only an HMAC-MD5 of the server's challenge.
class SaslCramMd5Client final : public SaslClientMechanism
{
public:
    SaslCramMd5Client(QString user, QString password);
    QByteArray name() const override { return QByteArrayLiteral("CRAM-MD5"); }
    bool exposesPassword() const override { return false; }
    std::optional<QByteArray> respond(QByteArrayView challenge) override;

private:
    QString m_user, m_password;
    bool m_answered = false;
};

/// The mechanism to use, or why none can be used (then nothing is sent).
struct SaslChoice
{
    std::unique_ptr<SaslClientMechanism> mechanism;
    QString error;
};

/// Picks the mechanism per security.auth among those the server offers (upper-case names from EHLO):
/// Any takes the strongest allowed (CRAM-MD5 > PLAIN > LOGIN); PLAIN and LOGIN are allowed without
/// TLS only when security.allowPlaintextAuth is set.
SaslChoice chooseSaslMechanism(const ClientSecurity &security, const QList<QByteArray> &offered,
                               bool tlsActive);

} // namespace Sluice
