// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/SmtpAddress.h"

#include <QByteArray>
#include <QList>

namespace Sluice {

/// One command line from an SMTP client, split into verb and argument.
struct SmtpCommand
{
    enum class Verb {
        Unknown,
        Helo,
        Ehlo,
        Mail,
        Rcpt,
        Data,
        Rset,
        Noop,
        Vrfy,
        Expn,
        Help,
        Quit,
        // Known verbs that later parts of the engine implement; the server answers 502 until then.
        Starttls,
        Auth,
        Etrn,
        Turn,
        Atrn,
        Bdat
    };
    Verb verb = Verb::Unknown;
    QByteArray verbText; ///< the verb as received, upper-cased (for logs and "unknown command" replies)
    QByteArray argument; ///< what follows the verb and its separating space, trailing spaces removed
};

/// Splits a command line (without CRLF). The verb is case-insensitive and ends at the first space or
/// the end of the line; "MAIL FROM:<a@b>" gives verb Mail and argument "FROM:<a@b>".
SmtpCommand parseCommandLine(QByteArrayView line);

/// One ESMTP parameter of MAIL or RCPT (RFC 5321 section 4.1.2: esmtp-keyword ["=" esmtp-value]).
struct EsmtpParameter
{
    QByteArray keyword; ///< upper-cased
    QByteArray value;
    bool hasValue = false;
};

struct MailRcptArguments
{
    enum class Error {
        None,
        Syntax,   ///< "FROM:"/"TO:" missing or misplaced: 501 5.5.4
        Address,  ///< the path did not parse: 501 5.1.7 (sender) or 501 5.1.3 (recipient)
        Parameter ///< a parameter is malformed (bad keyword, empty or non-printable value): 501 5.5.4
    };
    Error error = Error::None;
    QByteArray errorText; ///< short English reason for the log
    PathParseResult path;
    QList<EsmtpParameter> parameters; ///< in order; duplicates are reported as Error::Parameter

    bool ok() const { return error == Error::None; }
    const EsmtpParameter *parameter(QByteArrayView keyword) const; ///< nullptr when absent
};

/// Parses the argument of MAIL ("FROM:<path> [params]"). "FROM:" is case-insensitive; one optional
/// space after the colon is tolerated (a common client habit); parameters are separated by spaces.
MailRcptArguments parseMailArguments(QByteArrayView argument);
/// Parses the argument of RCPT ("TO:<path> [params]") likewise.
MailRcptArguments parseRcptArguments(QByteArrayView argument);

} // namespace Sluice
