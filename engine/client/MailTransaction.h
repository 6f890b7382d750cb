// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/SmtpClientTypes.h"

#include <QList>

#include <optional>

namespace Sluice {

class SmtpClientConnection;

/// One message over an open connection: MAIL FROM, RCPT TO each recipient, DATA, the data and the
/// final reply or replies (one per accepted recipient under LMTP, RFC 2033 4.2). With PIPELINING
/// MAIL, the RCPTs and DATA leave in one write and the replies are matched in order (RFC 2920).
///
/// It decides each recipient's outcome from the replies; what it cannot decide because the
/// connection ended is deferred by abandon().
class MailTransaction
{
public:
    struct Options
    {
        bool pipelining = false;
        bool lmtp = false;
        bool eightBitMime = false;       ///< the server offered 8BITMIME
        std::optional<qint64> sizeLimit; ///< SIZE offered: its limit (0: none); not offered: nullopt
        ClientTimeouts timeouts;
    };
    enum class Progress { Waiting, Finished };

    MailTransaction(const OutboundMessage &message, const Options &options, SmtpClientConnection *connection);

    /// Sends MAIL (and, when pipelining, everything up to DATA). Finished at once when the message
    /// cannot be offered at all (larger than the server's SIZE).
    Progress start();
    Progress handleReply(const SmtpReply &reply);
    /// A reply after which the server closes (421): it decides what it answers, nothing more is sent.
    void handleClosingReply(const SmtpReply &reply);
    /// The data and the final dot have been handed to the network.
    void onDataSent() { m_dataSent = true; }
    /// The connection ended: every recipient not yet decided is deferred with reason.
    void abandon(const SmtpReply &reason, const QString &diagnostic);

    /// A transaction was opened and not completed (the server may still hold MAIL or RCPTs): the next
    /// message must be preceded by RSET.
    bool needsReset() const { return m_needsReset; }
    MessageResult result() const;

private:
    enum class Expect { Mail, Rcpt, Data, EndOfData, LoneDot };

    Progress onMail(const SmtpReply &reply);
    Progress onRcpt(const SmtpReply &reply);
    Progress onData(const SmtpReply &reply);
    Progress onEndOfData(const SmtpReply &reply);
    Progress nextAfterRcpts();
    Progress waitOrFinish() const;
    QByteArray mailCommand() const;
    void queueRcpt(qsizetype index);
    void decide(qsizetype index, const SmtpReply &reply);
    void decideUndecided(const SmtpReply &reply, bool acceptedOnly);

    struct Recipient
    {
        OutboundRecipient address;
        bool accepted = false; ///< 2xx to RCPT: waiting for the end of the data
        std::optional<RecipientResult> result;
    };

    OutboundMessage m_message;
    Options m_options;
    SmtpClientConnection *m_connection;
    QList<Recipient> m_recipients;
    QList<Expect> m_expected;
    qsizetype m_rcptReplies = 0; ///< RCPT replies received so far
    bool m_mailAccepted = false;
    bool m_dataSent = false;
    bool m_needsReset = false;
    bool m_closing = false;
};

} // namespace Sluice
