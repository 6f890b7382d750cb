// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientRunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Sluice::Test {

QByteArray ClientRun::outcomes() const
{
    QList<QByteArray> parts;
    for (const MessageResult &message : results) {
        for (const RecipientResult &recipient : message.recipients) {
            QByteArray part = QByteArray::number(recipient.recipientId) + ':';
            switch (recipient.outcome) {
            case RecipientResult::Outcome::Delivered:
                part += "delivered";
                break;
            case RecipientResult::Outcome::Deferred:
                part += "deferred";
                break;
            case RecipientResult::Outcome::Failed:
                part += "failed";
                break;
            }
            part += ':' + QByteArray::number(recipient.reply.code);
            if (recipient.possibleDuplicate)
                part += ":dup";
            parts.append(part);
        }
    }
    return parts.join(' ');
}

const RecipientResult *ClientRun::recipient(qint64 recipientId) const
{
    for (const MessageResult &message : results) {
        for (const RecipientResult &recipient : message.recipients) {
            if (recipient.recipientId == recipientId)
                return &recipient;
        }
    }
    return nullptr;
}

SmtpClientConfig clientConfig(quint16 port)
{
    SmtpClientConfig config;
    config.heloName = u"sluice.test.example"_s;
    config.host = u"127.0.0.1"_s;
    config.port = port;
    return config;
}

OutboundMessage makeMessage(qint64 messageId, const QByteArray &sender, const QList<QByteArray> &recipients,
                            const QByteArray &content)
{
    OutboundMessage message;
    message.messageId = messageId;
    message.queueId = u"Q%1"_s.arg(messageId);
    message.sender = sender;
    for (qsizetype i = 0; i < recipients.size(); ++i)
        message.recipients.append(OutboundRecipient{messageId * 100 + i + 1, recipients[i]});
    message.content = content;
    return message;
}

QByteArray simpleContent()
{
    return "Subject: test\r\n\r\nHello\r\n"_ba;
}

ClientRun runClient(const SmtpClientConfig &config, const QList<OutboundMessage> &messages, int timeoutMs)
{
    ClientRun run;
    SmtpClientSession session(config);
    QObject::connect(&session, &SmtpClientSession::messageFinished, &session,
                     [&run](const MessageResult &result) { run.results.append(result); });
    QObject::connect(&session, &SmtpClientSession::finished, &session, [&run](bool ok, const QString &error) {
        ++run.finishedSignals;
        run.finished = true;
        run.ok = ok;
        run.error = error;
    });
    QElapsedTimer timer;
    timer.start();
    // A real event loop, not QTest::qWaitFor: that one sleeps 10 ms between rounds, which adds up to
    // a quarter of a second per conversation.
    QSignalSpy finished(&session, &SmtpClientSession::finished);
    session.start(messages);
    [[maybe_unused]] const bool done = finished.wait(timeoutMs);
    run.elapsedMs = timer.elapsed();
    // A second finished() would be a bug: give it the chance to show.
    QTest::qWait(20);
    run.transcript = session.transcript().toText();
    run.peer = session.peerInfo();
    return run;
}

} // namespace Sluice::Test
