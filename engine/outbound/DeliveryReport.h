// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueuedMessage.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sluice {

/// What a report says about one recipient (one RFC 3464 per-recipient group).
struct ReportedRecipient
{
    QByteArray address;
    QByteArray status;     ///< RFC 3463 "5.1.1"; see statusFor()
    QString remoteMta;     ///< the host that answered; empty when none did
    QByteArray diagnostic; ///< the deciding SMTP reply ("550 5.1.1 No such user"), or plain words
    bool diagnosticIsSmtpReply = true;
    bool expired = false; ///< given up after the message time-out, not refused outright
    QDateTime lastAttempt;
};

/// The report the sender gets when mail to some recipients failed for good, or a delay warning
/// while it is still being retried (RFC 3464, Action: failed or delayed), as a message for the queue:
/// multipart/report; report-type=delivery-status with a plain-English text part, the
/// message/delivery-status part and the original's headers (text/rfc822-headers; the whole message
/// as message/rfc822 when asked: RET=FULL, for later DSN support).
///
/// The report comes from the postmaster address with the null envelope sender (<>), so a report
/// about it is never made: build() returns nothing when the original's sender is null.
class DeliveryReport
{
public:
    enum class Kind { Failure, DelayWarning };
    enum class Return { Headers, FullMessage };

    /// hostName: our FQDN (Reporting-MTA, Message-ID); postmaster: the From address.
    DeliveryReport(Kind kind, const QString &hostName, const QByteArray &postmaster);

    void setReturn(Return what) { m_return = what; }
    /// A copy of the report goes to the postmaster too: a second envelope recipient of the same
    /// message (the To: header still names only the sender).
    void setCopyToPostmaster(bool copy) { m_copyToPostmaster = copy; }
    /// For a delay warning: until when the mail system keeps trying (Will-Retry-Until).
    void setWillRetryUntil(const QDateTime &until) { m_willRetryUntil = until; }
    void addRecipient(const ReportedRecipient &recipient) { m_recipients.append(recipient); }
    bool isEmpty() const { return m_recipients.isEmpty(); }

    /// The report about original (whose queue id, sender, arrival time and content are used), with
    /// remote routes for its recipients (the caller re-routes local ones). Nothing for a null sender.
    std::optional<NewMessage> build(const QString &queueId, const QByteArray &sender,
                                    const QDateTime &arrival, const QByteArray &originalContent,
                                    const QDateTime &now) const;

    /// The RFC 3463 status for a reply: its enhanced code when it has a matching one, otherwise
    /// the generic "5.0.0" / "4.0.0".
    static QByteArray statusFor(const SmtpReply &reply);
    /// "550 5.1.1 No such user": the reply as Diagnostic-Code wants it, on one line.
    static QByteArray diagnosticFor(const SmtpReply &reply);
    /// The header section of a message, up to and including the empty line's CRLF.
    static QByteArray headerSection(const QByteArray &content);

private:
    QByteArray textPart(const QByteArray &sender, const QDateTime &arrival) const;
    QByteArray statusPart(const QString &queueId, const QDateTime &arrival) const;

    Kind m_kind;
    QByteArray m_hostName;
    QByteArray m_postmaster;
    Return m_return = Return::Headers;
    bool m_copyToPostmaster = false;
    QDateTime m_willRetryUntil;
    QList<ReportedRecipient> m_recipients;
};

} // namespace Sluice
