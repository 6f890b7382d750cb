// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the SMTP command line parser and the MAIL/RCPT argument parser, fed what a client
// could send as one command line (the session strips CRLF before parsing).

#include "FuzzCheck.h"
#include "smtp/SmtpCommand.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using Sluice::Fuzz::check;

namespace {

bool isPrintableValue(const QByteArray &value)
{
    for (const char c : value) {
        if (uchar(c) < 33 || uchar(c) > 126 || c == '=')
            return false;
    }
    return !value.isEmpty();
}

// A successful MAIL/RCPT parse describes its argument: the path was consumed, and every parameter is
// a valid keyword (upper case) with a valid value, no keyword twice. Rebuilding the argument from the
// result must give the same result again.
void checkArguments(const Sluice::MailRcptArguments &arguments, QByteArrayView prefix,
                    Sluice::MailRcptArguments (*parse)(QByteArrayView), const QByteArray &input)
{
    using Error = Sluice::MailRcptArguments::Error;
    check(arguments.ok() == (arguments.error == Error::None), "ok() agrees with error", input);
    if (!arguments.ok()) {
        check(!arguments.errorText.isEmpty(), "a failed parse says why", input);
        return;
    }
    check(arguments.path.ok, "a parsed MAIL/RCPT has a parsed path", input);
    QByteArray rebuilt = prefix.toByteArray() + '<' + arguments.path.mailbox.toWire() + '>';
    for (const Sluice::EsmtpParameter &parameter : arguments.parameters) {
        check(!parameter.keyword.isEmpty() && parameter.keyword == parameter.keyword.toUpper(),
              "parameter keywords are upper-cased and never empty", input);
        check(parameter.hasValue || parameter.value.isEmpty(), "a parameter without '=' has no value", input);
        check(!parameter.hasValue || isPrintableValue(parameter.value), "parameter values are esmtp-values",
              input);
        check(arguments.parameter(parameter.keyword) == &parameter, "keywords are unique", input);
        check(arguments.parameter(parameter.keyword.toLower()) == &parameter,
              "keyword lookup is case-insensitive", input);
        rebuilt += ' ' + parameter.keyword;
        if (parameter.hasValue)
            rebuilt += '=' + parameter.value;
    }
    const Sluice::MailRcptArguments again = parse(rebuilt);
    check(again.ok(), "a rebuilt MAIL/RCPT argument parses", rebuilt);
    check(again.path.isNullPath == arguments.path.isNullPath, "the null path survives a rebuild", rebuilt);
    check(again.path.mailbox.localPart == arguments.path.mailbox.localPart &&
              again.path.mailbox.domain == arguments.path.mailbox.domain,
          "the mailbox survives a rebuild", rebuilt);
    check(again.parameters.size() == arguments.parameters.size(), "the parameters survive a rebuild",
          rebuilt);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const Sluice::SmtpCommand command = Sluice::parseCommandLine(input);
    check(command.verbText == command.verbText.toUpper(), "the verb text is upper-cased", input);
    check(!command.verbText.contains(' '), "the verb text ends at the first space", input);
    check(!command.argument.endsWith(' '), "trailing spaces are removed from the argument", input);
    check(input.left(command.verbText.size()).toUpper() == command.verbText,
          "the verb is a prefix of the line", input);
    check(command.verb == Sluice::SmtpCommand::Verb::Unknown || command.verbText.size() <= 8,
          "a known verb has at most eight letters", input);
    // The verb and the argument are taken from the line as they were: nothing is invented.
    check(input.size() >= command.verbText.size() + command.argument.size(), "parsing adds no octets", input);

    // The argument as the session hands it on, and the raw input (whatever follows "MAIL ").
    const Sluice::MailRcptArguments mail = Sluice::parseMailArguments(input);
    checkArguments(mail, "FROM:", &Sluice::parseMailArguments, input);
    const Sluice::MailRcptArguments rcpt = Sluice::parseRcptArguments(input);
    checkArguments(rcpt, "TO:", &Sluice::parseRcptArguments, input);
    check(!rcpt.ok() || !rcpt.path.isNullPath, "RCPT never accepts the null path", input);
    if (command.verb == Sluice::SmtpCommand::Verb::Mail)
        checkArguments(Sluice::parseMailArguments(command.argument), "FROM:", &Sluice::parseMailArguments,
                       input);
    if (command.verb == Sluice::SmtpCommand::Verb::Rcpt)
        checkArguments(Sluice::parseRcptArguments(command.argument), "TO:", &Sluice::parseRcptArguments,
                       input);
    return 0;
}
