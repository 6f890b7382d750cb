// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Sluice {

/// The server side of SMTP AUTH (RFC 4954) with PLAIN (RFC 4616), LOGIN and CRAM-MD5 (RFC 2195):
/// one exchange at a time, from the AUTH command to its 235 or 535. The session decides whether AUTH
/// may be used at all (EHLO first, no transaction, not twice, not locked out); this class runs the
/// mechanism and says what to answer. Nothing the client sent is kept once a step is answered, and
/// nothing of it is ever logged.
class ServerAuth
{
public:
    struct Step
    {
        enum class Kind {
            Challenge, ///< reply is a 334; the next line from the client goes to respond()
            Success,   ///< 235; account is who logged in
            Failure,   ///< 535 bad credentials: counts for the throttle
            Refused,   ///< any other reply (syntax, cancel, unknown or too weak a mechanism)
        };
        Kind kind = Kind::Refused;
        SmtpReply reply;
        QString account;
    };

    /// accounts must outlive this object (the session's settings snapshot holds them).
    ServerAuth(const QHash<QString, ServerAccount> *accounts, QByteArray hostName);

    /// The mechanisms EHLO advertises: PLAIN and LOGIN only when clear-text passwords may be sent
    /// (under TLS, or smtp.plaintext_auth), CRAM-MD5 always.
    static QByteArray mechanisms(bool plaintextAllowed);

    /// The AUTH command's argument: "MECHANISM [initial-response]".
    Step start(const QByteArray &argument, bool plaintextAllowed);
    /// A client line while a Challenge is outstanding.
    Step respond(const QByteArray &line);
    bool inExchange() const { return m_mechanism != Mechanism::None; }
    void reset();

    /// The command line as it may be logged: "AUTH PLAIN ****" whatever followed the mechanism.
    static QByteArray redacted(const QByteArray &commandLine);
    /// Compares without an early exit, and through SHA-256 so that not even the length leaks.
    static bool secretsEqual(QByteArrayView expected, QByteArrayView given);

private:
    enum class Mechanism { None, Plain, LoginUser, LoginPassword, CramMd5 };

    Step plain(const QByteArray &message);
    Step login(const QByteArray &password);
    Step cramMd5(const QByteArray &response);
    Step checkPassword(const QString &account, const QByteArray &password);
    Step challenge(Mechanism next, const QByteArray &text);
    Step refused(int code, const char *enhancedCode, const QByteArray &text);
    Step failure();

    const QHash<QString, ServerAccount> *m_accounts;
    QByteArray m_hostName;
    Mechanism m_mechanism = Mechanism::None;
    QString m_loginUser;
    QByteArray m_cramChallenge;
};

} // namespace Sluice
