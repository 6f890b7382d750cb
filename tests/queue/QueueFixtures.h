// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/MessageQueue.h"
#include "queue/QueueId.h"

#include <QTest>

#include <algorithm>
#include <optional>

namespace QueueFixtures {

using namespace Qt::StringLiterals;

/// A message from sender to recipients ("local:NAME" for a local recipient delivered to mailbox NAME).
inline Sluice::NewMessage message(const QByteArray &sender, const QList<QByteArray> &recipients,
                                  const QDateTime &receivedAt = {}, const QByteArray &body = "body\r\n")
{
    Sluice::NewMessage message;
    message.queueId = Sluice::nextQueueId();
    message.sender = sender;
    for (const QByteArray &address : recipients) {
        if (address.startsWith("local:"))
            message.recipients.append({address.mid(6), Sluice::RecipientRoute::Local,
                                       QString::fromLatin1(address.mid(6).split('@').first())});
        else
            message.recipients.append({address, Sluice::RecipientRoute::Remote, QString()});
    }
    message.content = "Received: from client\r\nSubject: test\r\n\r\n" + body;
    message.receivedAt = receivedAt.isValid() ? receivedAt : QDateTime::currentDateTimeUtc();
    message.clientAddress = u"127.0.0.1"_s;
    message.heloName = u"client.example"_s;
    return message;
}

inline bool enqueue(Sluice::MessageQueue &queue, const Sluice::NewMessage &message)
{
    QObject context;
    std::optional<Sluice::EnqueueResult> result;
    queue.enqueue(message, &context, [&result](const Sluice::EnqueueResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && result->ok;
}

/// Every due remote recipient address (far in the future, so deferred ones count), sorted.
inline QList<QByteArray> dueRemote(Sluice::MessageQueue &queue)
{
    QList<QByteArray> addresses;
    for (const Sluice::DueRemoteMessage &message :
         queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(5), 1000))
        for (const Sluice::DueRemoteRecipient &recipient : message.recipients)
            addresses.append(recipient.address);
    std::sort(addresses.begin(), addresses.end());
    return addresses;
}

inline QList<QByteArray> dueLocal(Sluice::MessageQueue &queue)
{
    QList<QByteArray> addresses;
    for (const Sluice::DueLocalDelivery &delivery :
         queue.dueLocalDeliveries(QDateTime::currentDateTimeUtc().addSecs(5), 1000))
        addresses.append(delivery.address);
    std::sort(addresses.begin(), addresses.end());
    return addresses;
}

} // namespace QueueFixtures
