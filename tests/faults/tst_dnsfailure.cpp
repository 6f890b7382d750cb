// SPDX-License-Identifier: GPL-3.0-or-later
// Outbound delivery through the real engine when DNS fails, against a real dnsmasq (and a real UDP
// socket that never answers): SERVFAIL, a time-out, NXDOMAIN for the MX host's address and for the
// smarthost's name are temporary (the message stays queued and is retried, nobody gets a report);
// NXDOMAIN of the destination domain itself fails the recipient with a report (5.1.2). Nothing else
// about the message changes.

#include "DnsmasqServer.h"
#include "FaultOffice.h"

#include "outbound/OutboundDelivery.h"
#include "queue/MessageQueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

namespace {

/// The records of the private zone; "servfail.test" is forwarded to a server that refuses, so
/// dnsmasq answers SERVFAIL for it.
QStringList zone(const QHostAddress &deadUpstream)
{
    return {u"--mx-host=ready.test,mx.ready.test,10"_s, u"--address=/mx.ready.test/127.0.0.1"_s,
            u"--mx-host=dangling.test,gone.dangling.test,10"_s,
            u"--server=/servfail.test/%1#5353"_s.arg(deadUpstream.toString())};
}

QList<QByteArray> maildir(const QString &root, const QString &mailbox)
{
    QList<QByteArray> messages;
    const QDir folder(root + u"/mail/"_s + mailbox + u"/new"_s);
    for (const QString &name : folder.entryList(QDir::Files)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            messages.append(file.readAll());
    }
    return messages;
}

} // namespace

class TestDnsFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resolverFails_data();
    void resolverFails();

private:
    std::unique_ptr<DnsmasqServer> m_dns;
};

void TestDnsFailure::initTestCase()
{
    m_dns = std::make_unique<DnsmasqServer>(zone(QHostAddress(u"127.0.0.1"_s)));
    QString error;
    QVERIFY2(m_dns->start(u"ready.test"_s, &error), qPrintable(error));
}

void TestDnsFailure::resolverFails_data()
{
    QTest::addColumn<QString>("recipientDomain");
    QTest::addColumn<QString>("nameserver"); ///< "dnsmasq" or "mute" (a UDP socket that never answers)
    QTest::addColumn<QString>("smarthost");  ///< empty: DNS routing
    QTest::addColumn<bool>("bounces");
    QTest::addColumn<QString>("reason"); ///< in the recipient's last reply, or the report

    QTest::newRow("SERVFAIL") << u"servfail.test"_s << u"dnsmasq"_s << QString() << false << u"DNS lookup"_s;
    QTest::newRow("time-out") << u"ready.test"_s << u"mute"_s << QString() << false << u"DNS lookup"_s;
    QTest::newRow("NXDOMAIN for the MX host")
        << u"dangling.test"_s << u"dnsmasq"_s << QString() << false << u"mail exchangers of dangling.test"_s;
    QTest::newRow("NXDOMAIN for the smarthost")
        << u"ready.test"_s << u"dnsmasq"_s << u"smarthost.sluice-test.invalid"_s << false
        << u"smarthost.sluice-test.invalid"_s;
    QTest::newRow("NXDOMAIN for the destination")
        << u"missing.test"_s << u"dnsmasq"_s << QString() << true << u"Status: 5.1.2"_s;
}

void TestDnsFailure::resolverFails()
{
    QFETCH(QString, recipientDomain);
    QFETCH(QString, nameserver);
    QFETCH(QString, smarthost);
    QFETCH(bool, bounces);
    QFETCH(QString, reason);

    // A nameserver that takes the queries and never answers: port 53 on a loopback address of our own.
    QUdpSocket mute;
    const QHostAddress muteAddress(u"127.54.%1.53"_s.arg(QCoreApplication::applicationPid() % 250 + 1));
    if (nameserver == "mute"_L1)
        QVERIFY2(mute.bind(muteAddress, 53), qPrintable(mute.errorString()));

    FaultOffice office;
    QVERIFY(office.start(0, 0, [&](EngineConfig &config) {
        config.link.profile = ConnectionProfile::alwaysConnected();
        config.link.retrieval.method = RetrievalSettings::Method::None;
        config.outbound.mode =
            smarthost.isEmpty() ? OutboundConfig::Mode::Dns : OutboundConfig::Mode::Smarthost;
        config.outbound.smarthost = smarthost;
        config.outbound.smarthostPort = 25;
        config.outbound.dnsServer = nameserver == "mute"_L1 ? muteAddress : m_dns->address();
        config.outbound.messageTimeoutHours = 48;
    }));
    const QByteArray recipient = "partner@" + recipientDomain.toLatin1();
    // From alice, so that a report lands in her Maildir.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, office.engine().smtpPort());
    QVERIFY(client.waitForConnected(5000));
    client.write("EHLO client.office.test\r\nMAIL FROM:<alice@office.test>\r\nRCPT TO:<" + recipient +
                 ">\r\nDATA\r\nSubject: dns\r\n\r\nbody\r\n.\r\nQUIT\r\n");
    QByteArray replies;
    QVERIFY(QTest::qWaitFor(
        [&] {
            replies += client.readAll();
            return replies.contains("221 ");
        },
        5000));
    QVERIFY(replies.contains("250 2.0.0 Ok: queued"));
    // The DNS answer (or its time-out, up to a minute) decides: deferred, or failed and gone.
    QTRY_VERIFY_WITH_TIMEOUT(office.engine().queueCounts().deferred == 1 ||
                                 office.engine().queueCounts().remotePending == 0,
                             90000);
    QTest::qWait(200);

    const QueueCounts counts = office.engine().queueCounts();
    if (bounces) {
        QCOMPARE(counts.remotePending, 0);
        QTRY_COMPARE(maildir(office.dir(), u"alice"_s).size(), 1);
        const QByteArray report = maildir(office.dir(), u"alice"_s).first();
        QVERIFY2(report.contains(reason.toLatin1()), report.constData());
        QVERIFY(report.contains(QByteArray("Final-Recipient: rfc822; " + recipient)));
        return;
    }
    // Deferred: still queued, retried later (not due now, due within the first retry interval),
    // and nobody got a report.
    QCOMPARE(counts.remotePending, 1);
    QCOMPARE(counts.deferred, 1);
    QCOMPARE(counts.messages, 1);
    QVERIFY(office.engine().queue()->dueRemoteMessages(QDateTime::currentDateTimeUtc(), 10).isEmpty());
    const QList<DueRemoteMessage> later =
        office.engine().queue()->dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(16 * 60), 10);
    QCOMPARE(later.size(), 1);
    const DueRemoteRecipient deferred = later.first().recipients.first();
    QCOMPARE(deferred.address, recipient);
    QCOMPARE(deferred.attempts, 1);
    QVERIFY2(deferred.lastReply.contains(reason), qPrintable(deferred.lastReply));
    QVERIFY(maildir(office.dir(), u"alice"_s).isEmpty());
    QVERIFY(later.first().content.contains("Subject: dns"));
}

QTEST_GUILESS_MAIN(TestDnsFailure)
#include "tst_dnsfailure.moc"
