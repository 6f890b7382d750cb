// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the envelope address parser (both path kinds) and the domain and local-part checks
// that settings validation shares with it.

#include "FuzzCheck.h"
#include "smtp/SmtpAddress.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using Sluice::PathKind;
using Sluice::Fuzz::check;

namespace {

bool isAscii(const QByteArray &text)
{
    for (const char c : text) {
        if (uchar(c) < 32 || uchar(c) > 126)
            return false;
    }
    return true;
}

void checkPath(const QByteArray &input, PathKind kind)
{
    const Sluice::PathParseResult result = Sluice::parsePath(input, kind);
    if (!result.ok) {
        check(!result.error.isEmpty(), "a refused path says why", input);
        return;
    }
    check(result.consumed >= 2 && result.consumed <= input.size() && result.consumed <= 256,
          "a parsed path consumed between 2 and 256 octets of the input", input);
    check(input.startsWith('<') && input.at(result.consumed - 1) == '>', "a parsed path is <...>", input);
    const Sluice::MailboxAddress &mailbox = result.mailbox;
    if (result.isNullPath) {
        check(kind == PathKind::ReversePath, "the null path is only a sender", input);
        check(mailbox.isEmpty() && result.consumed == 2, "the null path is <> and empty", input);
        return;
    }
    check(!mailbox.localPart.isEmpty() && mailbox.localPart.size() <= 64, "local part of 1-64 octets", input);
    check(isAscii(mailbox.localPart) && isAscii(mailbox.domain), "a parsed address is printable ASCII",
          input);
    if (mailbox.isQuoted())
        check(mailbox.localPart.size() >= 2 && mailbox.localPart.endsWith('"'),
              "a quoted local part is closed", input);
    else
        check(Sluice::isValidDotString(mailbox.localPart), "an unquoted local part is a Dot-string", input);
    if (mailbox.domain.isEmpty())
        check(kind == PathKind::ForwardPath &&
                  mailbox.localPart.compare("postmaster", Qt::CaseInsensitive) == 0,
              "only <Postmaster> has no domain", input);
    else if (mailbox.isAddressLiteral())
        check(mailbox.domain.endsWith(']'), "an address literal is closed", input);
    else
        check(Sluice::isValidDomainName(mailbox.domain), "the domain is a valid domain name", input);
    check(mailbox.decodedLocalPart().size() <= mailbox.localPart.size(), "decoding never grows", input);
    check(mailbox.domainLower().size() == mailbox.domain.size(), "lower-casing keeps the length", input);

    // What Sluice writes back (queue, Received:, outbound MAIL/RCPT) must read the same again.
    const QByteArray wire = '<' + mailbox.toWire() + '>';
    check(wire.size() <= result.consumed, "re-serialising never grows (source routes are dropped)", input);
    const Sluice::PathParseResult again = Sluice::parsePath(wire, kind);
    check(again.ok && !again.isNullPath && again.consumed == wire.size(), "a re-serialised path parses",
          wire);
    check(again.mailbox.localPart == mailbox.localPart && again.mailbox.domain == mailbox.domain,
          "a re-serialised path gives the same mailbox", wire);
    // Whatever follows the path is not part of it.
    const Sluice::PathParseResult followed = Sluice::parsePath(QByteArray(wire + " SIZE=1"_ba), kind);
    check(followed.ok && followed.consumed == wire.size(), "text after the path is not consumed", wire);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkPath(input, PathKind::ReversePath);
    checkPath(input, PathKind::ForwardPath);
    // The same octets as the inside of a path, so the fuzzer need not find '<' and '>' first.
    checkPath('<' + input + '>', PathKind::ReversePath);
    checkPath('<' + input + '>', PathKind::ForwardPath);

    // The domain and Dot-string checks agree with the path parser.
    if (Sluice::isValidDomainName(input)) {
        check(input.size() <= 255 && !input.endsWith('.'), "a valid domain is at most 255 octets", input);
        if (input.size() <= 250) {
            const Sluice::PathParseResult path =
                Sluice::parsePath(QByteArray("<u@" + input + '>'), PathKind::ForwardPath);
            check(path.ok && path.mailbox.domain == input, "a valid domain is accepted in a path", input);
        }
    }
    if (Sluice::isValidDotString(input) && input.size() <= 64) {
        const Sluice::PathParseResult path =
            Sluice::parsePath(QByteArray('<' + input + "@example.com>"), PathKind::ForwardPath);
        check(path.ok && path.mailbox.localPart == input, "a valid Dot-string is accepted as a local part",
              input);
    }
    return 0;
}
