// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpCommand.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

struct VerbName
{
    QByteArrayView name;
    SmtpCommand::Verb verb;
};

constexpr VerbName VerbNames[] = {
    {"HELO", SmtpCommand::Verb::Helo}, {"EHLO", SmtpCommand::Verb::Ehlo},
    {"MAIL", SmtpCommand::Verb::Mail}, {"RCPT", SmtpCommand::Verb::Rcpt},
    {"DATA", SmtpCommand::Verb::Data}, {"RSET", SmtpCommand::Verb::Rset},
    {"NOOP", SmtpCommand::Verb::Noop}, {"VRFY", SmtpCommand::Verb::Vrfy},
    {"EXPN", SmtpCommand::Verb::Expn}, {"HELP", SmtpCommand::Verb::Help},
    {"QUIT", SmtpCommand::Verb::Quit}, {"STARTTLS", SmtpCommand::Verb::Starttls},
    {"AUTH", SmtpCommand::Verb::Auth}, {"ETRN", SmtpCommand::Verb::Etrn},
    {"TURN", SmtpCommand::Verb::Turn}, {"ATRN", SmtpCommand::Verb::Atrn},
    {"BDAT", SmtpCommand::Verb::Bdat},
};

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-")
bool isValidKeyword(QByteArrayView keyword)
{
    if (keyword.isEmpty() || !isAlnum(keyword.front()))
        return false;
    for (const char c : keyword) {
        if (!isAlnum(c) && c != '-')
            return false;
    }
    return true;
}

// esmtp-value = 1*(%d33-60 / %d62-126): printable ASCII except '=', never empty.
bool isValidValue(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (const char c : value) {
        const auto u = uchar(c);
        if (u < 33 || u > 126 || c == '=')
            return false;
    }
    return true;
}

MailRcptArguments parseArguments(QByteArrayView argument, QByteArrayView prefix, PathKind kind)
{
    MailRcptArguments result;
    auto fail = [&result](MailRcptArguments::Error error, QByteArray text) {
        result.error = error;
        result.errorText = std::move(text);
        return result;
    };

    if (argument.size() < prefix.size() ||
        argument.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return fail(MailRcptArguments::Error::Syntax, "expected "_ba + prefix.toByteArray());
    QByteArrayView rest = argument.sliced(prefix.size());
    if (rest.startsWith(' '))
        rest = rest.sliced(1);

    result.path = parsePath(rest, kind);
    if (!result.path.ok)
        return fail(MailRcptArguments::Error::Address, result.path.error);
    rest = rest.sliced(result.path.consumed);
    if (!rest.isEmpty() && !rest.startsWith(' '))
        return fail(MailRcptArguments::Error::Syntax, "path not followed by a space"_ba);

    // Parameters are separated by one space; runs of spaces are tolerated, as no reading is ambiguous.
    const QList<QByteArray> words = rest.toByteArray().split(' ');
    for (const QByteArray &word : words) {
        if (word.isEmpty())
            continue;
        EsmtpParameter parameter;
        const qsizetype equals = word.indexOf('=');
        parameter.keyword = (equals < 0 ? word : word.left(equals)).toUpper();
        if (!isValidKeyword(parameter.keyword))
            return fail(MailRcptArguments::Error::Parameter, "invalid parameter keyword"_ba);
        if (equals >= 0) {
            parameter.hasValue = true;
            parameter.value = word.mid(equals + 1);
            if (!isValidValue(parameter.value))
                return fail(MailRcptArguments::Error::Parameter,
                            "invalid value for parameter "_ba + parameter.keyword);
        }
        if (result.parameter(parameter.keyword))
            return fail(MailRcptArguments::Error::Parameter, "duplicate parameter "_ba + parameter.keyword);
        result.parameters.append(std::move(parameter));
    }
    return result;
}

} // namespace

SmtpCommand parseCommandLine(QByteArrayView line)
{
    SmtpCommand command;
    const qsizetype space = line.indexOf(' ');
    command.verbText = (space < 0 ? line : line.first(space)).toByteArray().toUpper();
    if (space >= 0) {
        QByteArrayView argument = line.sliced(space + 1);
        while (argument.endsWith(' '))
            argument.chop(1);
        command.argument = argument.toByteArray();
    }
    for (const VerbName &entry : VerbNames) {
        if (command.verbText == entry.name) {
            command.verb = entry.verb;
            break;
        }
    }
    return command;
}

const EsmtpParameter *MailRcptArguments::parameter(QByteArrayView keyword) const
{
    for (const EsmtpParameter &parameter : parameters) {
        if (keyword.compare(parameter.keyword, Qt::CaseInsensitive) == 0)
            return &parameter;
    }
    return nullptr;
}

MailRcptArguments parseMailArguments(QByteArrayView argument)
{
    return parseArguments(argument, "FROM:", PathKind::ReversePath);
}

MailRcptArguments parseRcptArguments(QByteArrayView argument)
{
    return parseArguments(argument, "TO:", PathKind::ForwardPath);
}

} // namespace Sluice
