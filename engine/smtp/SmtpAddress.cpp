// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpAddress.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// RFC 5321 4.5.3.1.
constexpr qsizetype MaxLocalPart = 64;
constexpr qsizetype MaxDomain = 255;
constexpr qsizetype MaxLabel = 63;
constexpr qsizetype MaxPath = 256;

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetDig(char c)
{
    return isAlpha(c) || isDigit(c);
}

// RFC 5322 atext: the octets a Dot-string atom may contain.
bool isAtext(char c)
{
    return isLetDig(c) || (c != '\0' && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c));
}

// qtextSMTP (RFC 5321 4.1.2): printable ASCII and space except '"' and '\'.
bool isQtextSmtp(char c)
{
    const auto u = uchar(c);
    return u >= 32 && u <= 126 && c != '"' && c != '\\';
}

// dcontent (RFC 5321 4.1.3): printable ASCII except '[', '\' and ']'.
bool isDcontent(char c)
{
    const auto u = uchar(c);
    return u >= 33 && u <= 126 && c != '[' && c != '\\' && c != ']';
}

// Names the octet that stopped the parser, so the log says why a path was refused.
QByteArray unexpected(QByteArrayView text, qsizetype pos)
{
    if (pos >= text.size())
        return "path ends without '>'"_ba;
    const auto u = uchar(text[pos]);
    if (u >= 0x80)
        return "non-ASCII octet in path (SMTPUTF8 is not supported)"_ba;
    if (u == ' ' || u == '\t')
        return "whitespace in path"_ba;
    if (u < 0x20 || u == 0x7f)
        return "control octet in path"_ba;
    return "unexpected '"_ba + text[pos] + "' in path"_ba;
}

// Why text is not a valid domain name, or an empty string when it is.
QByteArray domainError(QByteArrayView text)
{
    if (text.isEmpty())
        return "empty domain"_ba;
    if (text.size() > MaxDomain)
        return "domain too long"_ba;
    if (text.endsWith('.'))
        return "trailing dot in domain"_ba;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('.', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView label = text.sliced(start, end - start);
        if (label.isEmpty())
            return "empty label in domain"_ba;
        if (label.size() > MaxLabel)
            return "domain label too long"_ba;
        if (!isLetDig(label.front()) || !isLetDig(label.back()))
            return "domain label must start and end with a letter or digit"_ba;
        for (const char c : label) {
            if (!isLetDig(c) && c != '-')
                return "invalid character in domain"_ba;
        }
        start = end + 1;
    }
    return {};
}

QByteArray dotStringError(QByteArrayView text)
{
    if (text.isEmpty())
        return "empty local part"_ba;
    if (text.front() == '.' || text.back() == '.')
        return "local part starts or ends with a dot"_ba;
    if (text.contains(".."))
        return "consecutive dots in local part"_ba;
    for (const char c : text) {
        if (c != '.' && !isAtext(c))
            return "invalid character in local part"_ba;
    }
    return {};
}

// IPv4-address-literal: exactly four decimal numbers of one to three digits, each at most 255.
bool isValidIpv4Literal(QByteArrayView text)
{
    int parts = 0;
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = pos;
        int value = 0;
        while (pos < text.size() && isDigit(text[pos]) && pos - start < 3)
            value = value * 10 + (text[pos++] - '0');
        if (pos == start || value > 255)
            return false;
        ++parts;
        if (pos == text.size())
            return parts == 4;
        if (text[pos] != '.' || parts == 4)
            return false;
        ++pos;
    }
}

// Why the content between '[' and ']' is refused, or an empty string when it is a valid literal.
QByteArray addressLiteralError(QByteArrayView content)
{
    const qsizetype colon = content.indexOf(':');
    if (colon < 0)
        return isValidIpv4Literal(content) ? QByteArray() : "invalid IPv4 address literal"_ba;
    if (content.first(colon).compare("IPv6", Qt::CaseInsensitive) != 0)
        return "general address literals are not supported"_ba;
    const QByteArrayView address = content.sliced(colon + 1);
    // QHostAddress would also take a scope id ("%eth0"), which has no place in mail.
    for (const char c : address) {
        if (!isDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F') && c != ':' && c != '.')
            return "invalid IPv6 address literal"_ba;
    }
    QHostAddress host;
    if (!host.setAddress(QString::fromLatin1(address)) || host.protocol() != QAbstractSocket::IPv6Protocol)
        return "invalid IPv6 address literal"_ba;
    return {};
}

// Scans a domain name at pos: the longest run of letters, digits, hyphens and dots.
QByteArrayView scanDomain(QByteArrayView text, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < text.size() && (isLetDig(text[pos]) || text[pos] == '-' || text[pos] == '.'))
        ++pos;
    return text.sliced(start, pos - start);
}

PathParseResult failure(QByteArray error)
{
    PathParseResult result;
    result.error = std::move(error);
    return result;
}

} // namespace

QByteArray MailboxAddress::decodedLocalPart() const
{
    if (!isQuoted())
        return localPart;
    QByteArray decoded;
    decoded.reserve(localPart.size());
    for (qsizetype i = 1; i < localPart.size() - 1; ++i) {
        if (localPart[i] == '\\' && i + 1 < localPart.size() - 1)
            ++i;
        decoded += localPart[i];
    }
    return decoded;
}

QString MailboxAddress::domainLower() const
{
    const QString text = QString::fromLatin1(domain);
    return isAddressLiteral() ? text : text.toLower();
}

QByteArray MailboxAddress::toWire() const
{
    return domain.isEmpty() ? localPart : localPart + '@' + domain;
}

bool isValidDomainName(QByteArrayView text)
{
    return domainError(text).isEmpty();
}

bool isValidDotString(QByteArrayView text)
{
    return dotStringError(text).isEmpty();
}

PathParseResult parsePath(QByteArrayView text, PathKind kind)
{
    if (!text.startsWith('<'))
        return failure("path must start with '<'"_ba);
    qsizetype pos = 1;
    auto peek = [&] {
        return pos < text.size() ? text[pos] : '\0';
    };

    if (peek() == '>') {
        if (kind == PathKind::ForwardPath)
            return failure("null path is not a valid recipient"_ba);
        PathParseResult result;
        result.ok = true;
        result.isNullPath = true;
        result.consumed = 2;
        return result;
    }

    // A source route (RFC 5321 4.1.2 A-d-l, obsolete per appendix C) is parsed and then ignored.
    const bool hasRoute = peek() == '@';
    while (peek() == '@') {
        ++pos;
        const QByteArray error = domainError(scanDomain(text, pos));
        if (!error.isEmpty())
            return failure("source route: "_ba + error);
        if (peek() == ',') {
            ++pos;
            if (peek() != '@')
                return failure(unexpected(text, pos));
        } else if (peek() != ':') {
            return failure(unexpected(text, pos));
        }
    }
    if (hasRoute)
        ++pos; // the ':' that ends the route

    MailboxAddress mailbox;
    const qsizetype localStart = pos;
    if (peek() == '"') {
        ++pos;
        while (peek() != '"') {
            if (pos >= text.size())
                return failure("unterminated quoted string"_ba);
            if (peek() == '\\') {
                ++pos;
                if (pos >= text.size() || !(uchar(peek()) >= 32 && uchar(peek()) <= 126))
                    return failure("invalid quoted pair in local part"_ba);
            } else if (!isQtextSmtp(peek())) {
                return failure(unexpected(text, pos));
            }
            ++pos;
        }
        ++pos;
        mailbox.localPart = text.sliced(localStart, pos - localStart).toByteArray();
    } else {
        while (pos < text.size() && (isAtext(peek()) || peek() == '.'))
            ++pos;
        mailbox.localPart = text.sliced(localStart, pos - localStart).toByteArray();
        if (peek() != '@' && peek() != '>')
            return failure(unexpected(text, pos));
        const QByteArray error = dotStringError(mailbox.localPart);
        if (!error.isEmpty())
            return failure(error);
    }
    if (mailbox.localPart.size() > MaxLocalPart)
        return failure("local part too long"_ba);

    if (peek() == '>') {
        // RFC 5321 4.1.1.3: "<Postmaster>" without domain must be accepted as a recipient.
        const bool postmaster = kind == PathKind::ForwardPath && !hasRoute &&
                                mailbox.localPart.compare("postmaster", Qt::CaseInsensitive) == 0;
        if (!postmaster)
            return failure("missing domain"_ba);
    } else {
        if (peek() != '@')
            return failure(unexpected(text, pos));
        ++pos;
        const qsizetype domainStart = pos;
        if (peek() == '[') {
            ++pos;
            while (isDcontent(peek()))
                ++pos;
            if (peek() != ']') {
                if (pos >= text.size() || peek() == '>')
                    return failure("unterminated address literal"_ba);
                return failure(unexpected(text, pos));
            }
            const QByteArray error = addressLiteralError(text.sliced(domainStart + 1, pos - domainStart - 1));
            if (!error.isEmpty())
                return failure(error);
            ++pos;
            mailbox.domain = text.sliced(domainStart, pos - domainStart).toByteArray();
        } else {
            mailbox.domain = scanDomain(text, pos).toByteArray();
            const QByteArray error = domainError(mailbox.domain);
            if (!error.isEmpty())
                return failure(error);
        }
        if (peek() != '>')
            return failure(unexpected(text, pos));
    }
    ++pos; // the '>'
    if (pos > MaxPath)
        return failure("path too long"_ba);

    PathParseResult result;
    result.ok = true;
    result.mailbox = std::move(mailbox);
    result.consumed = pos;
    return result;
}

} // namespace Sluice
