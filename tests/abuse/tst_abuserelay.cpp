// SPDX-License-Identifier: GPL-3.0-or-later
// Open-relay attempts from a host that may not relay (127.0.0.2; relaying is allowed for 127.0.0.1/32
// only; example.org is local with the mailboxes alice, bob and user). Every address trick is either
// refused (554 5.7.1 relay denied, or 5.1.x) or accepted for local delivery to a real local mailbox,
// and the queue proves it: nothing is ever queued for a remote destination.

#include "AbuseFixture.h"

#include "queue/MessageQueue.h"

#include <QDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

void notARelay(EngineConfig &config)
{
    NetworkList::parse({u"127.0.0.1/32"_s}, &config.smtp.relayNetworks);
    config.local.localDomains = {u"example.org"_s, u"test.example"_s};
    QDir().mkpath(config.local.mailRoot + u"/user"_s);
}

} // namespace

class TestAbuseRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressTricks_data();
    void addressTricks();
    void tricksWithACatchAllStayLocal_data() { addressTricks_data(); }
    void tricksWithACatchAllStayLocal();
    void routingLocalPartsAreNotPassedToAnInternalServer_data();
    void routingLocalPartsAreNotPassedToAnInternalServer();
};

void TestAbuseRelay::addressTricks_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("mailbox");  // where an accepted one goes
    const QByteArray denied = "554 5.7.1"; // Postfix's relay_domains_reject_code
    QTest::newRow("percent hack") << "user%evil.example@example.org"_ba
                                  << "550 5.1.1"_ba << QString();
    QTest::newRow("percent hack, two hops") << "user%evil.example%relay.example@example.org"_ba
                                            << "550 5.1.1"_ba << QString();
    QTest::newRow("source route") << "@example.org:user@evil.example"_ba << denied << QString();
    QTest::newRow("source route, two hops")
        << "@a.example,@b.example:user@evil.example"_ba << denied << QString();
    QTest::newRow("source route to local") << "@evil.example:user@example.org"_ba
                                           << "250 2.1.5"_ba << u"user"_s;
    QTest::newRow("quoted @") << "\"user@evil.example\"@example.org"_ba
                              << "550 5.1.1"_ba << QString();
    QTest::newRow("quoted @ and %") << "\"user%evil.example\"@example.org"_ba
                                    << "550 5.1.1"_ba << QString();
    QTest::newRow("bang path") << "evil.example!user@example.org"_ba
                               << "550 5.1.1"_ba << QString();
    QTest::newRow("trailing dot, remote") << "user@evil.example."_ba
                                          << "501 5.1.3"_ba << QString();
    QTest::newRow("trailing dot, local") << "user@example.org."_ba
                                         << "501 5.1.3"_ba << QString();
    QTest::newRow("two @") << "user@example.org@evil.example"_ba
                           << "501 5.1.3"_ba << QString();
    QTest::newRow("IPv4 literal") << "user@[192.0.2.1]"_ba << denied << QString();
    QTest::newRow("IPv6 literal") << "user@[IPv6:2001:db8::1]"_ba << denied << QString();
    QTest::newRow("own address literal") << "user@[127.0.0.1]"_ba << denied << QString();
    QTest::newRow("own IPv6 literal") << "user@[IPv6:::1]"_ba << denied << QString();
    QTest::newRow("general literal") << "user@[x-tag:evil]"_ba
                                     << "501 5.1.3"_ba << QString();
    QTest::newRow("address as domain") << "user@192.0.2.1"_ba << denied << QString();
    QTest::newRow("upper case local") << "USER@EXAMPLE.ORG"_ba
                                      << "250 2.1.5"_ba << u"user"_s;
    QTest::newRow("upper case remote") << "USER@EVIL.EXAMPLE"_ba << denied << QString();
    QTest::newRow("mixed case local domain") << "bob@ExAmPlE.oRg"_ba
                                             << "250 2.1.5"_ba << u"bob"_s;
    QTest::newRow("local domain as a subdomain") << "user@example.org.evil.example"_ba << denied << QString();
    QTest::newRow("evil subdomain of local") << "user@evil.example.org"_ba << denied << QString();
    QTest::newRow("UTF-8 domain") << "user@\xc3\xa9vil.example"_ba
                                  << "501 5.1.3"_ba << QString();
    QTest::newRow("homoglyph of the local domain") << "user@ex\xd0\xb0mple.org"_ba
                                                   << "501 5.1.3"_ba << QString();
    QTest::newRow("UTF-8 local part") << "\xc3\xbcser@example.org"_ba
                                      << "501 5.1.3"_ba << QString();
    QTest::newRow("punycode domain") << "user@xn--vil-9la.example"_ba << denied << QString();
    QTest::newRow("punycode homoglyph") << "user@xn--exmple-4nf.org"_ba << denied << QString();
    QTest::newRow("postmaster remote") << "postmaster@evil.example"_ba << denied << QString();
    QTest::newRow("routed postmaster") << "@evil.example:postmaster"_ba
                                       << "501 5.1.3"_ba << QString();
    QTest::newRow("NUL in local part")
        << QByteArray("user\0@evil.example", 18) << "501 5.1.3"_ba << QString();
    QTest::newRow("space in path") << "user @evil.example"_ba
                                   << "501 5.1.3"_ba << QString();
    QTest::newRow("plain remote") << "user@evil.example"_ba << denied << QString();
}

void TestAbuseRelay::addressTricks()
{
    QFETCH(QByteArray, recipient);
    QFETCH(QByteArray, expected);
    QFETCH(QString, mailbox);
    AbuseFixture fixture(notARelay);
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port(), otherHost());
    QVERIFY(client.run("S: 220\nC: EHLO evil.example\nS: 250\nC: MAIL FROM:<spammer@evil.example>\nS: 250")
                .isEmpty());
    client.send("RCPT TO:<" + recipient + ">\r\n");
    QCOMPARE(codes(client.readReply()), expected);
    // Whatever was accepted is sent: it must end in a local mailbox and nowhere else.
    const bool accepted = expected.startsWith("250");
    const QByteArray body = "Subject: relay attempt\r\n\r\nfor " + recipient.toPercentEncoding() + "\r\n";
    client.send("DATA\r\n");
    if (accepted) {
        QCOMPARE(codes(client.readReply()), "354"_ba);
        client.send(body + ".\r\n");
        QCOMPARE(codes(client.readReply()), "250 2.0.0"_ba);
        QVERIFY(fixture.engine().waitForMaildir(mailbox, 1));
        QVERIFY(fixture.engine().maildirMessages(mailbox).first().endsWith(
            QByteArray(body).replace("\r\n", "\n")));
    } else {
        QCOMPARE(codes(client.readReply()), "554 5.5.1"_ba); // no valid recipients
    }
    QVERIFY(client.run("C: QUIT\nS: 221\nX:").isEmpty());
    // Ordinary mail from the same host still goes through.
    const QStringList bystander = fixture.bystander(otherHost());
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
    const QueueCounts counts = fixture.core().queueCounts();
    QCOMPARE(counts.remotePending, 0);
    QCOMPARE(counts.held, 0);
    QVERIFY(
        fixture.core().queue()->dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(1), 10).isEmpty());
}

void TestAbuseRelay::tricksWithACatchAllStayLocal()
{
    // With a catch-all, a local domain's odd local parts are mail for the catch-all mailbox (bob):
    // still local, never relayed.
    QFETCH(QByteArray, recipient);
    QFETCH(QByteArray, expected);
    AbuseFixture fixture([](EngineConfig &config) {
        notARelay(config);
        config.local.catchAllMailbox = u"bob"_s;
    });
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port(), otherHost());
    QVERIFY(client.run("S: 220\nC: EHLO evil.example\nS: 250\nC: MAIL FROM:<spammer@evil.example>\nS: 250")
                .isEmpty());
    const QByteArray got = client.command("RCPT TO:<" + recipient + ">").left(9);
    if (expected == "550 5.1.1")
        expected = "250 2.1.5"; // the catch-all takes unknown local parts
    QCOMPARE(got, expected);
    if (got.startsWith("250")) {
        QVERIFY(client.run("C: DATA\nS: 354\nR: Subject: caught\\r\\n\\r\\nx\\r\\n.\\r\\n\nS: 250 2.0.0")
                    .isEmpty());
        QTRY_COMPARE(fixture.engine().maildirMessages(u"bob"_s).size() +
                         fixture.engine().maildirMessages(u"user"_s).size() +
                         fixture.engine().maildirMessages(u"alice"_s).size(),
                     qsizetype(1));
    }
    QVERIFY(client.run("C: QUIT\nS: 221\nX:").isEmpty());
    QCOMPARE(fixture.core().queueCounts().remotePending, 0);
    QVERIFY(
        fixture.core().queue()->dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(1), 10).isEmpty());
}

void TestAbuseRelay::routingLocalPartsAreNotPassedToAnInternalServer_data()
{
    QTest::addColumn<QByteArray>("recipient");
    QTest::newRow("percent hack") << "user%evil.example@example.org"_ba;
    QTest::newRow("quoted @") << "\"user@evil.example\"@example.org"_ba;
    QTest::newRow("bang path") << "evil.example!user@example.org"_ba;
}

void TestAbuseRelay::routingLocalPartsAreNotPassedToAnInternalServer()
{
    // An internal server behind Sluice trusts it as a relay and may well honour "%", "!" or a quoted
    // "@" (Postfix's allow_percent_hack, swap_bangpath): such local parts would relay through it.
    QFETCH(QByteArray, recipient);
    AbuseFixture fixture([](EngineConfig &config) {
        notARelay(config);
        config.local.target = LocalDeliveryConfig::Target::Smtp;
        config.local.relayHost = u"127.0.0.1"_s;
        config.local.relayPort = 9; // never reached: nothing may be accepted
    });
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port(), otherHost());
    QVERIFY(client
                .run("S: 220\nC: EHLO evil.example\nS: 250\nC: MAIL FROM:<spammer@evil.example>\nS: 250\n"
                     "C: RCPT TO:<" +
                     recipient +
                     ">\nS: 550 5.1.1\n"
                     "C: RCPT TO:<someone@example.org>\nS: 250 2.1.5\nC: QUIT\nS: 221\nX:")
                .isEmpty());
    QCOMPARE(fixture.core().queueCounts().messages, 0);
}

QTEST_GUILESS_MAIN(TestAbuseRelay)
#include "tst_abuserelay.moc"
