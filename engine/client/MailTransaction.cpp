// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/MailTransaction.h"

#include "client/DotStuffing.h"
#include "client/SmtpClientConnection.h"

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// Only a 2xx after the data delivers; anything unexpected (a 3xx where none belongs) is not final.
RecipientResult::Outcome outcomeOf(const SmtpReply &reply)
{
    if (reply.code >= 200 && reply.code < 300)
        return RecipientResult::Outcome::Delivered;
    if (reply.isPermanentFailure())
        return RecipientResult::Outcome::Failed;
    return RecipientResult::Outcome::Deferred;
}

} // namespace

MailTransaction::MailTransaction(const OutboundMessage &message, const Options &options,
                                 SmtpClientConnection *connection)
    : m_message(message)
    , m_options(options)
    , m_connection(connection)
{
    for (const OutboundRecipient &recipient : message.recipients)
        m_recipients.append(Recipient{recipient, false, std::nullopt});
}

MailTransaction::Progress MailTransaction::start()
{
    if (m_recipients.isEmpty())
        return Progress::Finished;
    const qint64 size = m_message.content.size();
    if (m_options.sizeLimit.value_or(0) > 0 && size > *m_options.sizeLimit) {
        // RFC 1870: the server would refuse it after MAIL anyway; offering it only wastes the transfer.
        const SmtpReply tooBig = SmtpReply::make(
            552, "5.3.4",
            QByteArray("Message size " + QByteArray::number(size) + " exceeds the server's limit of " +
                       QByteArray::number(*m_options.sizeLimit) + " octets (not sent)"));
        for (Recipient &recipient : m_recipients) {
            recipient.result =
                RecipientResult{recipient.address.recipientId, RecipientResult::Outcome::Failed, tooBig,
                                u"the message is larger than the server accepts"_s, false};
        }
        return Progress::Finished;
    }

    m_needsReset = true; // until the end of the data is answered
    m_connection->queueCommand(mailCommand(), m_options.timeouts.command);
    m_expected.append(Expect::Mail);
    if (m_options.pipelining) {
        for (qsizetype i = 0; i < m_recipients.size(); ++i)
            queueRcpt(i);
        // RFC 2920 3.1: DATA may end a pipelined group; its reply tells whether to send the data.
        m_connection->queueCommand("DATA"_ba, m_options.timeouts.dataInitiation);
        m_expected.append(Expect::Data);
    }
    m_connection->flush();
    return Progress::Waiting;
}

QByteArray MailTransaction::mailCommand() const
{
    QByteArray command = "MAIL FROM:<" + m_message.sender + '>';
    if (m_options.sizeLimit)
        command += " SIZE=" + QByteArray::number(m_message.content.size());
    // With 8-bit content and no 8BITMIME the message goes as it is. RFC 6152 says a client should not
    // do that; the alternatives are worse for a gateway: converting to quoted-printable alters the
    // body and breaks DKIM and S/MIME signatures, and bouncing loses mail that practically every
    // server takes. (Postfix passes unlabelled 8-bit text unchanged too, though by default it does
    // convert parts labelled "Content-Transfer-Encoding: 8bit": disable_mime_output_conversion = no.)
    if (m_options.eightBitMime && hasEightBitOctets(m_message.content))
        command += " BODY=8BITMIME";
    return command;
}

void MailTransaction::queueRcpt(qsizetype index)
{
    m_connection->queueCommand("RCPT TO:<" + m_recipients[index].address.address + '>',
                               m_options.timeouts.command);
    m_expected.append(Expect::Rcpt);
}

MailTransaction::Progress MailTransaction::handleReply(const SmtpReply &reply)
{
    if (m_expected.isEmpty())
        return Progress::Finished;
    switch (m_expected.takeFirst()) {
    case Expect::Mail:
        return onMail(reply);
    case Expect::Rcpt:
        return onRcpt(reply);
    case Expect::Data:
        return onData(reply);
    case Expect::EndOfData:
        return onEndOfData(reply);
    case Expect::LoneDot:
        return waitOrFinish();
    }
    return waitOrFinish();
}

void MailTransaction::handleClosingReply(const SmtpReply &reply)
{
    m_closing = true;
    handleReply(reply);
}

MailTransaction::Progress MailTransaction::onMail(const SmtpReply &reply)
{
    if (reply.code >= 200 && reply.code < 300) {
        m_mailAccepted = true;
        if (!m_options.pipelining) {
            queueRcpt(0);
            m_connection->flush();
        }
        return Progress::Waiting;
    }
    // The sender was refused: that reply decides every recipient. Pipelined RCPTs and DATA are still
    // answered (with 503s) and those replies are read and ignored.
    decideUndecided(reply, false);
    return waitOrFinish();
}

MailTransaction::Progress MailTransaction::onRcpt(const SmtpReply &reply)
{
    const qsizetype index = m_rcptReplies++;
    if (m_mailAccepted && index < m_recipients.size()) {
        if (reply.code >= 200 && reply.code < 300)
            m_recipients[index].accepted = true;
        else
            decide(index, reply);
    }
    if (m_options.pipelining || m_closing)
        return waitOrFinish();
    if (m_rcptReplies < m_recipients.size()) {
        queueRcpt(m_rcptReplies);
        m_connection->flush();
        return Progress::Waiting;
    }
    return nextAfterRcpts();
}

MailTransaction::Progress MailTransaction::nextAfterRcpts()
{
    for (const Recipient &recipient : std::as_const(m_recipients)) {
        if (recipient.accepted) {
            m_connection->sendCommand("DATA"_ba, m_options.timeouts.dataInitiation);
            m_expected.append(Expect::Data);
            return Progress::Waiting;
        }
    }
    return Progress::Finished; // nobody to send to: the session resets before the next message
}

MailTransaction::Progress MailTransaction::onData(const SmtpReply &reply)
{
    int accepted = 0;
    for (const Recipient &recipient : std::as_const(m_recipients))
        accepted += recipient.accepted && !recipient.result ? 1 : 0;

    if (reply.code == 354) {
        const ClientTimeouts &t = m_options.timeouts;
        if (accepted == 0) {
            // RFC 2920 3.1: every RCPT failed, yet the pipelined DATA was accepted; a lone dot ends
            // the empty message without delivering anything.
            m_connection->sendData(".\r\n"_ba, 1, t.dataBlock, t.dataTermination);
            m_expected.append(Expect::LoneDot);
            return Progress::Waiting;
        }
        const int replies = m_options.lmtp ? accepted : 1;
        m_connection->sendData(dotStuffedData(m_message.content), replies, t.dataBlock, t.dataTermination);
        for (int i = 0; i < replies; ++i)
            m_expected.append(Expect::EndOfData);
        return Progress::Waiting;
    }
    // DATA refused (a 503/554 after all RCPTs failed is the expected case): the accepted recipients,
    // if any, take this reply. Only 354 lets the data go; a 2xx here is no delivery.
    for (qsizetype i = 0; i < m_recipients.size(); ++i) {
        Recipient &recipient = m_recipients[i];
        if (recipient.accepted && !recipient.result) {
            recipient.result =
                RecipientResult{recipient.address.recipientId,
                                reply.isPermanentFailure() ? RecipientResult::Outcome::Failed
                                                           : RecipientResult::Outcome::Deferred,
                                reply, QString(), false};
        }
    }
    return waitOrFinish();
}

MailTransaction::Progress MailTransaction::onEndOfData(const SmtpReply &reply)
{
    if (m_options.lmtp) {
        // RFC 2033 4.2: one reply per accepted recipient, in the order of the RCPTs.
        for (qsizetype i = 0; i < m_recipients.size(); ++i) {
            if (m_recipients[i].accepted && !m_recipients[i].result) {
                decide(i, reply);
                break;
            }
        }
    } else {
        decideUndecided(reply, true);
    }
    if (m_expected.isEmpty())
        m_needsReset = false;
    return waitOrFinish();
}

MailTransaction::Progress MailTransaction::waitOrFinish() const
{
    return m_expected.isEmpty() ? Progress::Finished : Progress::Waiting;
}

void MailTransaction::decide(qsizetype index, const SmtpReply &reply)
{
    Recipient &recipient = m_recipients[index];
    recipient.result =
        RecipientResult{recipient.address.recipientId, outcomeOf(reply), reply, QString(), false};
}

void MailTransaction::decideUndecided(const SmtpReply &reply, bool acceptedOnly)
{
    for (qsizetype i = 0; i < m_recipients.size(); ++i) {
        if (!m_recipients[i].result && (!acceptedOnly || m_recipients[i].accepted))
            decide(i, reply);
    }
}

void MailTransaction::abandon(const SmtpReply &reason, const QString &diagnostic)
{
    m_expected.clear();
    for (Recipient &recipient : m_recipients) {
        if (recipient.result)
            continue;
        // Only a recipient that was waiting for its reply to data the server may have received
        // completely can end up delivered twice.
        const bool mayHaveIt = m_dataSent && recipient.accepted;
        recipient.result = RecipientResult{recipient.address.recipientId, RecipientResult::Outcome::Deferred,
                                           reason, diagnostic, mayHaveIt};
    }
}

MessageResult MailTransaction::result() const
{
    MessageResult result;
    result.messageId = m_message.messageId;
    for (const Recipient &recipient : m_recipients) {
        if (recipient.result) {
            result.recipients.append(*recipient.result);
        } else {
            result.recipients.append(RecipientResult{recipient.address.recipientId,
                                                     RecipientResult::Outcome::Deferred,
                                                     SmtpReply::make(451, "4.3.0", "No reply was received"),
                                                     u"the conversation ended before a reply"_s, false});
        }
    }
    return result;
}

} // namespace Sluice
