// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/DeliveryReport.h"

#include "queue/QueueId.h"
#include "smtp/ReceivedHeader.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr qsizetype WrapColumn = 76;

/// Report text is US-ASCII: anything else from a remote reply or address becomes '?', so a hostile
/// reply cannot smuggle line breaks or 8-bit octets into our report.
QByteArray printable(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text)
        out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return out;
}

/// Word-wraps one paragraph; continuation lines start with indent. Words longer than a line stay
/// whole (lines still stay far below the 998-octet limit: replies are at most 512 octets a line).
QByteArray wrap(const QByteArray &text, const QByteArray &firstIndent, const QByteArray &indent)
{
    QByteArray out;
    QByteArray line = firstIndent;
    bool lineHasWord = false;
    for (const QByteArray &word : text.split(' ')) {
        if (word.isEmpty())
            continue;
        if (lineHasWord && line.size() + 1 + word.size() > WrapColumn) {
            out += line + "\r\n";
            line = indent;
            lineHasWord = false;
        }
        line += (lineHasWord ? " " : "") + word;
        lineHasWord = true;
    }
    return out + line + "\r\n";
}

/// A header-style field, folded at spaces (RFC 5322 2.2.3) so lines stay readable.
QByteArray field(const QByteArray &name, const QByteArray &value)
{
    return wrap(name + ": " + printable(value), QByteArray(), " ");
}

QByteArray randomBoundary()
{
    // "=_" cannot occur in quoted-printable or base64 text, and the random part makes a clash with
    // the raw parts unlikely; build() still checks and draws again.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray boundary = "=_sluice_";
    for (int i = 0; i < 24; ++i)
        boundary += alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))];
    return boundary;
}

bool hasEightBit(const QByteArray &data)
{
    return std::any_of(data.cbegin(), data.cend(), [](char c) { return uchar(c) >= 0x80; });
}
} // namespace

DeliveryReport::DeliveryReport(Kind kind, const QString &hostName, const QByteArray &postmaster)
    : m_kind(kind)
    , m_hostName(hostName.toLatin1())
    , m_postmaster(postmaster)
{}

QByteArray DeliveryReport::statusFor(const SmtpReply &reply)
{
    const char cls = reply.code >= 500 ? '5' : (reply.code >= 400 ? '4' : '2');
    if (!reply.enhancedCode.isEmpty() && reply.enhancedCode.at(0) == cls)
        return reply.enhancedCode;
    return QByteArray(1, cls) + ".0.0";
}

QByteArray DeliveryReport::diagnosticFor(const SmtpReply &reply)
{
    QByteArray text = QByteArray::number(reply.code);
    if (!reply.enhancedCode.isEmpty())
        text += ' ' + reply.enhancedCode;
    const QByteArray lines = reply.text();
    if (!lines.isEmpty())
        text += ' ' + lines;
    return text;
}

QByteArray DeliveryReport::headerSection(const QByteArray &content)
{
    if (content.startsWith("\r\n"))
        return "\r\n";
    const qsizetype end = content.indexOf("\r\n\r\n");
    if (end < 0)
        return content.endsWith("\r\n") ? content : content + "\r\n";
    return content.left(end + 4);
}

QByteArray DeliveryReport::textPart(const QByteArray &sender, const QDateTime &arrival) const
{
    QByteArray text = "This is the mail system at " + m_hostName + ".\r\n\r\n";
    const QByteArray when = formatRfc5322Date(arrival);
    if (m_kind == Kind::Failure) {
        text += wrap("Your message from <" + printable(sender) + "> received on " + when +
                         " could not be delivered to the recipients below. It will not be tried again."
                         " The reason is given under each address.",
                     {}, {});
    } else {
        text +=
            wrap("Your message from <" + printable(sender) + "> received on " + when +
                     " has not been delivered yet to the recipients below. This is only a warning:"
                     " the mail system keeps trying" +
                     (m_willRetryUntil.isValid() ? QByteArray(" until " + formatRfc5322Date(m_willRetryUntil))
                                                 : QByteArray()) +
                     ", and you will hear again only if it finally fails. You need not send it again.",
                 {}, {});
    }
    for (const ReportedRecipient &recipient : m_recipients) {
        text += "\r\n  <" + printable(recipient.address) + ">\r\n";
        QByteArray reason;
        if (recipient.expired)
            reason =
                "It could not be delivered in the time allowed, so delivery was given up. The last attempt ";
        else if (m_kind == Kind::DelayWarning)
            reason = "The last attempt ";
        if (!recipient.remoteMta.isEmpty() && recipient.diagnosticIsSmtpReply) {
            reason += (reason.isEmpty() ? "The mail server " : "reached the mail server ") +
                      printable(recipient.remoteMta.toLatin1()) + ", which answered: ";
        } else {
            reason += reason.isEmpty() ? "" : "failed: ";
        }
        reason += printable(recipient.diagnostic);
        text += wrap(reason, "    ", "    ");
    }
    text += "\r\n";
    text += wrap(m_return == Return::FullMessage ? "Your message is attached below the technical report."
                                                 : "The headers of your message are attached below the"
                                                   " technical report.",
                 {}, {});
    return text;
}

QByteArray DeliveryReport::statusPart(const QString &queueId, const QDateTime &arrival) const
{
    QByteArray status = field("Reporting-MTA", "dns; " + m_hostName);
    status += field("X-Sluice-Queue-ID", queueId.toLatin1());
    status += field("Arrival-Date", formatRfc5322Date(arrival));
    const QByteArray action = m_kind == Kind::Failure ? "failed" : "delayed";
    for (const ReportedRecipient &recipient : m_recipients) {
        status += "\r\n";
        status += field("Final-Recipient", "rfc822; " + recipient.address);
        status += field("Action", action);
        status += field("Status", recipient.status);
        if (!recipient.remoteMta.isEmpty())
            status += field("Remote-MTA", "dns; " + recipient.remoteMta.toLatin1());
        if (!recipient.diagnostic.isEmpty())
            status += field("Diagnostic-Code", (recipient.diagnosticIsSmtpReply ? "smtp; " : "X-Sluice; ") +
                                                   recipient.diagnostic);
        if (recipient.lastAttempt.isValid())
            status += field("Last-Attempt-Date", formatRfc5322Date(recipient.lastAttempt));
        if (m_kind == Kind::DelayWarning && m_willRetryUntil.isValid())
            status += field("Will-Retry-Until", formatRfc5322Date(m_willRetryUntil));
    }
    return status;
}

std::optional<NewMessage> DeliveryReport::build(const QString &queueId, const QByteArray &sender,
                                                const QDateTime &arrival, const QByteArray &originalContent,
                                                const QDateTime &now) const
{
    if (sender.isEmpty() || m_recipients.isEmpty())
        return std::nullopt; // never a report about a report

    const QByteArray text = textPart(sender, arrival);
    const QByteArray status = statusPart(queueId, arrival);
    const bool full = m_return == Return::FullMessage;
    const QByteArray attached = full ? originalContent : headerSection(originalContent);

    QByteArray boundary = randomBoundary();
    while (text.contains(boundary) || status.contains(boundary) || attached.contains(boundary))
        boundary = randomBoundary();

    NewMessage report;
    report.queueId = nextQueueId();
    report.receivedAt = now;
    report.heloName = QString::fromLatin1(m_hostName);
    report.recipients.append({sender, RecipientRoute::Remote, {}});
    if (m_copyToPostmaster && m_postmaster != sender)
        report.recipients.append({m_postmaster, RecipientRoute::Remote, {}});

    const bool failure = m_kind == Kind::Failure;
    QByteArray &out = report.content;
    out += "Date: " + formatRfc5322Date(now) + "\r\n";
    out += "From: Mail Delivery System <" + m_postmaster + ">\r\n";
    out += "To: <" + sender + ">\r\n";
    out += failure ? "Subject: Undelivered mail returned to sender\r\n"
                   : "Subject: Delayed mail (still being retried)\r\n";
    out += "Message-ID: <" + report.queueId.toLatin1() + '@' + m_hostName + ">\r\n";
    out += "Auto-Submitted: auto-replied\r\n"; // RFC 3834: autoresponders must not answer it
    out += "MIME-Version: 1.0\r\n";
    out +=
        "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"" + boundary + "\"\r\n";
    out += "\r\nThis is a delivery status report in MIME format (RFC 3464).\r\n";

    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n";
    out += text;

    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n";
    out += status;

    out += "\r\n--" + boundary + "\r\n";
    out += full ? "Content-Description: Original message\r\nContent-Type: message/rfc822\r\n"
                : "Content-Description: Original message headers\r\nContent-Type: text/rfc822-headers\r\n";
    if (hasEightBit(attached))
        out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "\r\n" + attached;
    if (!attached.endsWith("\r\n"))
        out += "\r\n";
    out += "\r\n--" + boundary + "--\r\n";
    return report;
}

} // namespace Sluice
