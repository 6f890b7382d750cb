// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what the outbound client makes of a provider's bytes. The input is cut into lines as
// SmtpClientConnection does (at LF, one CR before it dropped), read with SmtpReplyReader (multi-line replies
// included), and every complete reply goes where the client sends it: the EHLO capability parser, and for
// 334 the SASL challenge decoder and the client mechanisms. The writer is checked too: a reply Sluice
// sends, whatever its text, reads back as exactly one reply (no reply injection).

#include "FuzzCheck.h"
#include "client/EhloCapabilities.h"
#include "client/SaslClient.h"
#include "client/SaslEncoding.h"
#include "smtp/SmtpReply.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using Sluice::SmtpReply;
using Sluice::SmtpReplyReader;
using Sluice::Fuzz::check;

namespace {

constexpr qsizetype MaxReplyLine = 512;

bool isThreeDigitCode(int code)
{
    return code >= 200 && code <= 599;
}

/// Reads wire (toWire() output) back; the replies it holds, or an abort when a line is malformed.
QList<SmtpReply> readBack(const QByteArray &wire)
{
    check(wire.endsWith("\r\n"), "a written reply ends with CRLF", wire);
    QList<SmtpReply> replies;
    SmtpReplyReader reader;
    const QList<QByteArray> lines = wire.chopped(2).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        check(!line.contains('\r') && !line.contains('\n'), "no bare CR or LF in a written reply", wire);
        check(line.size() + 2 <= MaxReplyLine, "a written reply line fits 512 octets", wire);
        const SmtpReplyReader::Status status = reader.feedLine(line);
        check(status != SmtpReplyReader::Status::Error, "a written reply line reads back", wire);
        if (status == SmtpReplyReader::Status::Complete)
            replies.append(reader.takeReply());
    }
    return replies;
}

void checkReply(const SmtpReply &reply, const QByteArray &input)
{
    check(reply.isValid() && isThreeDigitCode(reply.code), "a read reply has a code of 200-599", input);
    check(!reply.lines.isEmpty(), "a read reply has at least one line", input);
    if (!reply.enhancedCode.isEmpty())
        check(reply.enhancedCode.at(0) == QByteArray::number(reply.code).at(0),
              "the enhanced code's class is the reply's first digit", input);
    check(reply.isPositive() + reply.isTransientFailure() + reply.isPermanentFailure() == 1,
          "a reply is exactly one of positive, transient and permanent", input);

    // Written back (a proxy would do that), it reads as one reply with the same code and enhanced code,
    // and the same lines whenever each fits one wire line and carries no line break.
    const QList<SmtpReply> again = readBack(reply.toWire());
    check(again.size() == 1, "a reply written back reads as exactly one reply", input);
    check(again.first().code == reply.code, "a reply written back keeps its code", input);
    // (A CR in the text is written as a space, so "2.1.5<CR>x" can read back as an enhanced code.)
    if (!reply.lines.first().contains('\r'))
        check(again.first().enhancedCode == reply.enhancedCode,
              "a reply written back keeps its enhanced code", input);
    const qsizetype room =
        MaxReplyLine - 4 - (reply.enhancedCode.isEmpty() ? 0 : reply.enhancedCode.size() + 1) - 2;
    bool plain = true;
    for (const QByteArray &line : reply.lines)
        plain = plain && line.size() <= room && !line.contains('\r') && !line.contains('\n');
    if (plain)
        check(again.first().lines == reply.lines, "a reply written back keeps its lines", input);

    // Where the client hands the reply on.
    const Sluice::EhloCapabilities capabilities = Sluice::EhloCapabilities::fromReply(reply);
    for (const QByteArray &line : capabilities.lines()) {
        check(!line.isEmpty(), "no empty capability lines", input);
        const QByteArray keyword = line.left(line.indexOf(' ') < 0 ? line.size() : line.indexOf(' '));
        check(capabilities.has(keyword) && capabilities.has(keyword.toLower()),
              "every listed keyword is found, in any case", input);
        (void)capabilities.parameters(keyword);
    }
    const std::optional<qint64> size = capabilities.sizeLimit();
    check(!size || *size >= 0, "a SIZE limit is never negative", input);
    check(size.has_value() == capabilities.has("SIZE"), "SIZE is known exactly when offered", input);
    for (const QByteArray &mechanism : capabilities.authMechanisms())
        check(!mechanism.isEmpty() && mechanism == mechanism.toUpper(), "mechanism names are upper case",
              input);

    if (reply.code == 334) {
        const std::optional<QByteArray> challenge =
            Sluice::Sasl::decodeBase64(reply.lines.value(0).trimmed());
        if (challenge) {
            Sluice::SaslPlainClient plain(u"user"_s, u"secret"_s);
            (void)plain.initialResponse();
            (void)plain.respond(*challenge);
            Sluice::SaslLoginClient login(u"user"_s, u"secret"_s);
            (void)login.respond(*challenge);
            (void)login.respond(*challenge);
            (void)login.respond(*challenge);
            Sluice::SaslCramMd5Client cram(u"user"_s, u"secret"_s);
            const std::optional<QByteArray> response = cram.respond(*challenge);
            check(!response || response->startsWith("user "), "CRAM-MD5 answers user SP digest", input);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    SmtpReplyReader reader;
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        QByteArray line = input.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        switch (reader.feedLine(line)) {
        case SmtpReplyReader::Status::Error:
            check(!reader.errorString().isEmpty(), "a reader error says why", input);
            break; // the client gives up on the connection; the reader is ready again all the same
        case SmtpReplyReader::Status::NeedMore:
            check(line.size() >= 4 && line.at(3) == '-', "only a '-' line asks for more", input);
            break;
        case SmtpReplyReader::Status::Complete:
            checkReply(reader.takeReply(), input);
            break;
        }
    }

    // The server's side: a reply made from arbitrary text (a client's words echoed) stays one reply.
    if (input.size() >= 3) {
        const int code = 200 + (uchar(input.at(0)) % 400);
        const QByteArray enhanced =
            (input.at(1) & 1) ? QByteArray::number(code / 100) + ".0.0" : QByteArray();
        const SmtpReply made = SmtpReply::make(code, enhanced, QByteArrayView(input).sliced(2));
        const QList<SmtpReply> again = readBack(made.toWire());
        check(again.size() == 1 && again.first().code == code,
              "a reply made from any text is written as one reply", input);
        // (Without an enhanced code, text that starts like one reads back as one: only with it is it exact.)
        check(enhanced.isEmpty() || again.first().enhancedCode == enhanced, "the enhanced code reads back",
              input);
    }
    return 0;
}
