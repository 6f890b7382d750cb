// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/ServerAuth.h"

#include "client/SaslEncoding.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Sluice {

ServerAuth::ServerAuth(const QHash<QString, ServerAccount> *accounts, QByteArray hostName)
    : m_accounts(accounts)
    , m_hostName(std::move(hostName))
{}

QByteArray ServerAuth::mechanisms(bool plaintextAllowed)
{
    return plaintextAllowed ? "PLAIN LOGIN CRAM-MD5"_ba : "CRAM-MD5"_ba;
}

void ServerAuth::reset()
{
    m_mechanism = Mechanism::None;
    m_loginUser.clear();
    m_cramChallenge.clear();
}

QByteArray ServerAuth::redacted(const QByteArray &commandLine)
{
    const QList<QByteArray> words = commandLine.simplified().split(' ');
    QByteArray text = words.value(0);
    if (words.size() > 1)
        text += ' ' + words.at(1);
    if (words.size() > 2)
        text += " ****"_ba;
    return text;
}

bool ServerAuth::secretsEqual(QByteArrayView expected, QByteArrayView given)
{
    const QByteArray a = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

ServerAuth::Step ServerAuth::start(const QByteArray &argument, bool plaintextAllowed)
{
    reset();
    const QList<QByteArray> words = argument.simplified().split(' ');
    const QByteArray mechanism = words.value(0).toUpper();
    if (mechanism.isEmpty() || words.size() > 2)
        return refused(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]");
    const bool hasInitial = words.size() == 2;
    std::optional<QByteArray> initial = QByteArray();
    if (hasInitial) {
        // "=" is an empty initial response (RFC 4954 section 4), "*" cancels as it would later.
        if (words.at(1) == "*")
            return refused(501, "5.0.0", "Authentication cancelled");
        if (words.at(1) != "=")
            initial = Sasl::decodeBase64(words.at(1));
        if (!initial)
            return refused(501, "5.5.2", "Cannot decode the initial response");
    }
    const bool plaintext = mechanism == "PLAIN" || mechanism == "LOGIN";
    if (plaintext && !plaintextAllowed) {
        // RFC 4954 section 6: 538 is the reply for a mechanism that needs an encrypted connection.
        return refused(538, "5.7.11", "Encryption required for requested authentication mechanism");
    }
    if (mechanism == "PLAIN") {
        if (!hasInitial)
            return challenge(Mechanism::Plain, {});
        return plain(*initial);
    }
    if (mechanism == "LOGIN") {
        if (!hasInitial)
            return challenge(Mechanism::LoginUser, "Username:"_ba);
        m_loginUser = QString::fromUtf8(*initial);
        return challenge(Mechanism::LoginPassword, "Password:"_ba);
    }
    if (mechanism == "CRAM-MD5") {
        if (hasInitial)
            return refused(501, "5.5.4", "CRAM-MD5 takes no initial response");
        m_cramChallenge = '<' + QByteArray::number(QRandomGenerator::system()->generate64()) + '.' +
                          QByteArray::number(QDateTime::currentSecsSinceEpoch()) + '@' + m_hostName + '>';
        return challenge(Mechanism::CramMd5, m_cramChallenge);
    }
    return refused(504, "5.5.4", "Unrecognized authentication type");
}

ServerAuth::Step ServerAuth::respond(const QByteArray &line)
{
    const Mechanism mechanism = m_mechanism;
    if (line == "*") {
        reset();
        return refused(501, "5.0.0", "Authentication cancelled");
    }
    const std::optional<QByteArray> decoded = Sasl::decodeBase64(line.trimmed());
    if (!decoded) {
        reset();
        return refused(501, "5.5.2", "Cannot decode the response");
    }
    switch (mechanism) {
    case Mechanism::Plain:
        return plain(*decoded);
    case Mechanism::LoginUser:
        m_loginUser = QString::fromUtf8(*decoded);
        return challenge(Mechanism::LoginPassword, "Password:"_ba);
    case Mechanism::LoginPassword:
        return login(*decoded);
    case Mechanism::CramMd5:
        return cramMd5(*decoded);
    case Mechanism::None:
        break;
    }
    return refused(503, "5.5.1", "Error: no authentication in progress");
}

ServerAuth::Step ServerAuth::plain(const QByteArray &message)
{
    reset();
    // [authzid] NUL authcid NUL passwd. Sluice acts for no one else: an authzid must name the same
    // account.
    const QList<QByteArray> parts = message.split('\0');
    if (parts.size() != 3)
        return refused(501, "5.5.2", "Malformed PLAIN response");
    const QString account = QString::fromUtf8(parts.at(1));
    if (!parts.at(0).isEmpty() && QString::fromUtf8(parts.at(0)) != account)
        return failure();
    return checkPassword(account, parts.at(2));
}

ServerAuth::Step ServerAuth::login(const QByteArray &password)
{
    const QString account = m_loginUser;
    reset();
    return checkPassword(account, password);
}

ServerAuth::Step ServerAuth::cramMd5(const QByteArray &response)
{
    const QByteArray challengeText = m_cramChallenge;
    reset();
    const qsizetype space = response.lastIndexOf(' ');
    if (space <= 0)
        return refused(501, "5.5.2", "Malformed CRAM-MD5 response");
    const QString account = QString::fromUtf8(response.left(space));
    const auto found = m_accounts->constFind(account);
    // An unknown account costs the same work as a known one.
    const QByteArray secret = found != m_accounts->cend() ? found->password.toUtf8() : QByteArray();
    const QByteArray expected = Sasl::cramMd5Digest(secret, challengeText);
    const bool match = secretsEqual(expected, response.mid(space + 1).toLower());
    if (found == m_accounts->cend() || found->password.isEmpty() || !match)
        return failure();
    Step step;
    step.kind = Step::Kind::Success;
    step.reply = SmtpReply::make(235, "2.7.0", "Authentication successful");
    step.account = account;
    return step;
}

ServerAuth::Step ServerAuth::checkPassword(const QString &account, const QByteArray &password)
{
    const auto found = m_accounts->constFind(account);
    const QByteArray expected = found != m_accounts->cend() ? found->password.toUtf8() : QByteArray();
    const bool match = secretsEqual(expected, password);
    // An account whose password could not be read from the secret store has an empty one: it never
    // matches, not even an empty password.
    if (found == m_accounts->cend() || expected.isEmpty() || !match)
        return failure();
    Step step;
    step.kind = Step::Kind::Success;
    step.reply = SmtpReply::make(235, "2.7.0", "Authentication successful");
    step.account = account;
    return step;
}

ServerAuth::Step ServerAuth::challenge(Mechanism next, const QByteArray &text)
{
    m_mechanism = next;
    Step step;
    step.kind = Step::Kind::Challenge;
    step.reply = SmtpReply::make(334, {}, text.toBase64());
    return step;
}

ServerAuth::Step ServerAuth::refused(int code, const char *enhancedCode, const QByteArray &text)
{
    Step step;
    step.kind = Step::Kind::Refused;
    step.reply = SmtpReply::make(code, enhancedCode, text);
    return step;
}

ServerAuth::Step ServerAuth::failure()
{
    Step step;
    step.kind = Step::Kind::Failure;
    step.reply = SmtpReply::make(535, "5.7.8", "Authentication credentials invalid");
    return step;
}

} // namespace Sluice
