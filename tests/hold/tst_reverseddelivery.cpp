// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's half of ATRN/TURN: held mail for some nodes goes out over the customer's own
// connection (a scripted customer here); delivered copies leave the queue, deferred ones go back on
// hold, and mail held for other nodes stays where it is.

#include "FakeSmtpPeer.h"

#include "hold/HeldDomains.h"
#include "hold/ReversedDelivery.h"
#include "queue/MessageQueue.h"
#include "queue/QueueId.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

bool enqueue(MessageQueue &queue, const QList<QByteArray> &recipients)
{
    NewMessage message;
    message.queueId = nextQueueId();
    message.sender = "news@origin.example";
    for (const QByteArray &address : recipients)
        message.recipients.append({address, RecipientRoute::Remote, QString()});
    message.content = "Subject: held for the customer\r\n\r\nbody\r\n";
    message.receivedAt = QDateTime::currentDateTime();
    message.clientAddress = u"192.0.2.9"_s;
    message.heloName = u"origin.example"_s;
    QObject context;
    std::optional<EnqueueResult> result;
    queue.enqueue(message, &context, [&result](const EnqueueResult &r) { result = r; });
    return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && result->ok;
}

int heldRecipients(MessageQueue &queue, const QString &node)
{
    for (const HeldDomainCount &count : queue.heldDomains())
        if (count.node == node)
            return count.recipients;
    return 0;
}

} // namespace

class TestReversedDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversHeldMailOverTheCustomersConnection();
};

void TestReversedDelivery::deliversHeldMailOverTheCustomersConnection()
{
    QTemporaryDir dir;
    MessageQueue queue;
    queue.setHeldDomains(HeldDomains({u"customer.example"_s, u"other.example"_s}));
    QString error;
    QVERIFY2(queue.open(dir.filePath(u"queue.db"_s), &error), qPrintable(error));
    QVERIFY(enqueue(queue, {"alice@customer.example", "bob@customer.example", "carol@other.example"}));
    QCOMPARE(heldRecipients(queue, u"customer.example"_s), 2);

    // The customer (now the server) takes alice, defers bob; carol is not asked for at all.
    FakeSmtpPeer customer(R"(
        S: 220 gateway.customer.example ESMTP
        C: EHLO provider.example
        S: 250 gateway.customer.example
        C: MAIL FROM:<news@origin.example>
        S: 250 Ok
        C: RCPT TO:<alice@customer.example>
        S: 250 Ok
        C: RCPT TO:<bob@customer.example>
        S: 450 4.2.1 mailbox busy
        C: DATA
        S: 354 go
        D:
        S: 250 Ok
        C: QUIT
        S: 221 Bye
    )"_ba);
    QVERIFY(customer.start());
    auto *socket = new QSslSocket;
    socket->connectToHost(QHostAddress::LocalHost, customer.port());
    QVERIFY(socket->waitForConnected(5000));

    ReversedDelivery::Settings settings;
    settings.heloName = u"provider.example"_s;
    ReversedDelivery delivery(&queue, settings, {});
    QSignalSpy finished(&delivery, &ReversedDelivery::finished);
    delivery.start(socket, {u"customer.example"_s});
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(customer.isAllScenarioDone(), customer.report().constData());
    QVERIFY(customer.dataSections().first().contains("Subject: held for the customer"));

    QCOMPARE(delivery.summary().delivered, 1);
    QCOMPARE(delivery.summary().deferred, 1);
    QCOMPARE(heldRecipients(queue, u"customer.example"_s), 1); // bob waits for the next request
    QCOMPARE(heldRecipients(queue, u"other.example"_s), 1);
    // Nothing became due for ordinary delivery.
    QVERIFY(queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(30), 10).isEmpty());
    QCOMPARE(queue.heldFor({u"customer.example"_s}, 10).first().recipients.size(), 1);
}

QTEST_GUILESS_MAIN(TestReversedDelivery)
#include "tst_reverseddelivery.moc"
