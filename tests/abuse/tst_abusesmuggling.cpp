// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP smuggling, both ways.
// Inbound: every end-of-data look-alike (<LF>.<LF>, <CR>.<CR>, <CR><LF>.<LF>, <LF>.<CR><LF>,
// <CR>.<LF>, NUL next to the dot) followed by a second transaction never makes a second message; the
// data is refused (550 5.6.0) or, when bare line endings are normalised, stored as one message whose
// text has no bare CR or LF. BDAT is not offered (502). Outbound: a message whose stored text has bare
// CR and LF and dot lines (put into the queue directly, as a local source could) reaches a real
// receiving socket with CRLF line endings only and proper dot-stuffing, by every path that sends
// mail: relaying, the release of mail held for ETRN, and the reversed connection of ATRN.

#include "AbuseFixture.h"

#include "queue/MessageQueue.h"
#include "queue/QueueId.h"
#include "smtp/SmtpServer.h"

#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Smuggled = "MAIL FROM:<evil@evil.example>\r\nRCPT TO:<victim@remote.example>\r\nDATA\r\n"
                            "Subject: smuggled\r\n\r\nsecond\r\n.\r\n";

/// Stored text with every trap for a writer: bare LF, bare CR, a lone dot after each, dot lines
/// with CRLF, and no line end at the end.
const QByteArray Trap = "Subject: trap\r\n\r\nbare LF\n.\nafter\rbare CR\r.\rMAIL FROM:<x@evil.example>\r\n"
                        ".\r\n..two\r\n.lead\n\r\n.\r\r\n\0.\r\nend without line end"_ba;

NewMessage trapMessage(const QByteArray &recipient)
{
    NewMessage message;
    message.queueId = nextQueueId();
    message.sender = "local@test.example";
    message.recipients = {{recipient, RecipientRoute::Remote, QString()}};
    message.content = Trap;
    message.receivedAt = QDateTime::currentDateTime();
    message.clientAddress = u"127.0.0.1"_s;
    return message;
}

bool enqueue(MessageQueue *queue, NewMessage message)
{
    QObject context;
    std::optional<bool> ok;
    queue->enqueue(std::move(message), &context, [&](const EnqueueResult &result) { ok = result.ok; });
    return QTest::qWaitFor([&] { return ok.has_value(); }, 5000) && *ok;
}

DomainRoute routeTo(const QString &domain, quint16 port)
{
    DomainRoute route;
    route.domain = domain;
    route.kind = DomainRoute::Kind::Forward;
    route.host = u"127.0.0.1"_s;
    route.port = port;
    return route;
}

/// Sluice relays to sink, holds customer.example for ETRN (routed to sink too) and offers ATRN.
TestEngine::Customise provider(quint16 sinkPort)
{
    return [sinkPort](EngineConfig &config) {
        config.smtp.transferMode = TransferMode::InboundAndOutbound;
        config.outbound.mode = OutboundConfig::Mode::Smarthost;
        config.outbound.smarthost = u"127.0.0.1"_s;
        config.outbound.smarthostPort = sinkPort;
        config.outbound.domainRoutes = {routeTo(u"customer.example"_s, sinkPort)};
        config.hold.domains = {u"customer.example"_s};
        config.smtp.accounts.insert(u"customer"_s, {u"s3cret"_s, {u"customer.example"_s}});
        config.smtp.plaintextAuth = true;
        config.smtp.atrnEnabled = true;
        config.smtp.atrnAddress = QHostAddress(QHostAddress::LocalHost);
        config.smtp.atrnPort = 0;
    };
}

/// Plays the customer's SMTP server on a reversed connection; returns the raw DATA section.
QByteArray serveReversed(AbuseClient &client)
{
    client.send("220 customer.example ESMTP\r\n");
    QByteArray buffer, section;
    bool inData = false, done = false;
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&] {
            buffer += client.takeRaw();
            while (!done) {
                if (inData) {
                    const qsizetype end = buffer.indexOf("\r\n.\r\n");
                    if (end < 0)
                        return false;
                    section = buffer.left(end + 5);
                    buffer.remove(0, end + 5);
                    inData = false;
                    client.send("250 2.0.0 kept\r\n");
                    continue;
                }
                const qsizetype end = buffer.indexOf("\r\n");
                if (end < 0)
                    return false;
                const QByteArray verb = buffer.left(4).toUpper();
                buffer.remove(0, end + 2);
                if (verb == "DATA") {
                    inData = true;
                    client.send("354 go ahead\r\n");
                } else if (verb == "QUIT") {
                    client.send("221 2.0.0 Bye\r\n");
                    done = true;
                } else {
                    client.send(verb == "EHLO" ? "250 customer.example\r\n" : "250 2.0.0 Ok\r\n");
                }
            }
            return true;
        },
        10000);
    return section;
}

} // namespace

class TestAbuseSmuggling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inbound_data();
    void inbound();
    void bdatIsNotOffered();
    void relayedTextIsCrlfAndStuffed();
    void heldMailReleasedByEtrnIsCrlfAndStuffed();
    void mailPulledWithAtrnIsCrlfAndStuffed();
};

void TestAbuseSmuggling::inbound_data()
{
    QTest::addColumn<QByteArray>("fake");
    QTest::addColumn<bool>("normalise");
    QTest::addColumn<QByteArray>("expected");
    const QList<std::pair<const char *, QByteArray>> bare = {
        {"<LF>.<LF>", "\n.\n"},       {"<CR>.<CR>", "\r.\r"},
        {"<CR><LF>.<LF>", "\r\n.\n"}, {"<LF>.<CR><LF>", "\n.\r\n"},
        {"<CR>.<LF>", "\r.\n"},       {"<CR>.<CR><LF>", "\r.\r\n"},
        {"<CR><LF>.<CR>", "\r\n.\r"}, {"<LF><LF>.<LF><LF>", "\n\n.\n\n"},
    };
    for (const auto &[name, fake] : bare) {
        QTest::addRow("%s refused", name) << fake << false << "550 5.6.0"_ba;
        QTest::addRow("%s normalised", name) << fake << true << "250 2.0.0"_ba;
    }
    // NUL is no line ending: these are one ordinary line each, refused only for a bare CR or LF.
    QTest::newRow("<CR><LF><NUL>.<CR><LF>") << "\r\n\0.\r\n"_ba << false << "250 2.0.0"_ba;
    QTest::newRow("<CR><LF>.<NUL><CR><LF>") << "\r\n.\0\r\n"_ba << false << "250 2.0.0"_ba;
    QTest::newRow("<CR><LF>.<CR><NUL><LF> refused") << "\r\n.\r\0\n"_ba << false << "550 5.6.0"_ba;
    QTest::newRow("<CR><LF>.<CR><NUL><LF> normalised") << "\r\n.\r\0\n"_ba << true << "250 2.0.0"_ba;
}

void TestAbuseSmuggling::inbound()
{
    QFETCH(QByteArray, fake);
    QFETCH(bool, normalise);
    QFETCH(QByteArray, expected);
    AbuseFixture fixture(
        [normalise](EngineConfig &config) { config.smtp.normaliseBareLineEndings = normalise; });
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port()); // may relay: the message stays queued for far@remote.example
    QVERIFY(client
                .run("S: 220\nC: EHLO smuggler.example\nS: 250\nC: MAIL FROM:<s@smuggler.example>\nS: 250\n"
                     "C: RCPT TO:<far@remote.example>\nS: 250\nC: DATA\nS: 354")
                .isEmpty());
    client.send("Subject: carrier\r\n\r\nfirst" + fake + Smuggled + "QUIT\r\n");
    // One reply for the data (the smuggled commands were text), then QUIT's.
    QCOMPARE(codes(client.readReply()), expected);
    QCOMPARE(codes(client.readReply()), "221 2.0.0"_ba);
    QVERIFY(client.waitForClose());
    const QList<DueRemoteMessage> queued =
        fixture.core().queue()->dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(1), 10);
    QCOMPARE(queued.size(), expected.startsWith("250") ? 1 : 0);
    for (const DueRemoteMessage &message : queued) {
        QCOMPARE(message.recipients.size(), 1);
        QCOMPARE(message.recipients.first().address, "far@remote.example"_ba);
        QVERIFY(!hasBareLineEnding(message.content));
        QVERIFY(message.content.contains("MAIL FROM:<evil@evil.example>\r\n")); // text of the first
    }
    const QStringList bystander = fixture.bystander();
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseSmuggling::bdatIsNotOffered()
{
    AbuseFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port());
    QVERIFY(client.run("S: 220").isEmpty());
    const std::optional<SmtpReply> ehlo = (client.send("EHLO c\r\n"), client.readReply());
    QVERIFY(ehlo && !ehlo->lines.contains("CHUNKING"));
    QVERIFY(client
                .run("C: MAIL FROM:<a@b.example>\nS: 250\nC: RCPT TO:<alice@test.example>\nS: 250\n"
                     "C: BDAT 5 LAST\nS: 502 5.5.1\nC: RSET\nS: 250\nC: QUIT\nS: 221\nX:")
                .isEmpty());
    QCOMPARE(fixture.core().queueCounts().messages, 0);
}

void TestAbuseSmuggling::relayedTextIsCrlfAndStuffed()
{
    RawSmtpSink sink;
    AbuseFixture fixture(provider(sink.port()));
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    QVERIFY(enqueue(fixture.core().queue(), trapMessage("far@remote.example")));
    QTRY_COMPARE_WITH_TIMEOUT(sink.dataSections().size(), qsizetype(1), 10000);
    QCOMPARE(wireProblem(sink.dataSections().first(), Trap), QString());
    QCOMPARE(sink.recipients(), QList<QByteArray>{"far@remote.example"});
    QTest::qWait(300);
    QCOMPARE(sink.dataSections().size(), qsizetype(1)); // and nothing smuggled after it
}

void TestAbuseSmuggling::heldMailReleasedByEtrnIsCrlfAndStuffed()
{
    RawSmtpSink sink;
    AbuseFixture fixture(provider(sink.port()));
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    QVERIFY(enqueue(fixture.core().queue(), trapMessage("a@customer.example")));
    QTRY_COMPARE(fixture.core().queueCounts().held, 1);
    AbuseClient client(fixture.port());
    QVERIFY(client.run("S: 220\nC: EHLO customer.example\nS: 250\nC: ETRN customer.example\nS: 253 2.0.0")
                .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(sink.dataSections().size(), qsizetype(1), 10000);
    QCOMPARE(wireProblem(sink.dataSections().first(), Trap), QString());
    QCOMPARE(sink.recipients(), QList<QByteArray>{"a@customer.example"});
}

void TestAbuseSmuggling::mailPulledWithAtrnIsCrlfAndStuffed()
{
    RawSmtpSink sink;
    AbuseFixture fixture(provider(sink.port()));
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    QVERIFY(enqueue(fixture.core().queue(), trapMessage("a@customer.example")));
    QTRY_COMPARE(fixture.core().queueCounts().held, 1);
    const quint16 atrn = fixture.core().smtpServer()->atrnPort();
    QVERIFY(atrn != 0);
    AbuseClient customer(atrn);
    const QByteArray login = QByteArray("\0customer\0s3cret", 16).toBase64();
    QVERIFY(customer
                .run("S: 220\nC: EHLO customer.example\nS: 250\nC: AUTH PLAIN " + login +
                     "\nS: 235\nC: ATRN customer.example\nS: 250")
                .isEmpty());
    const QByteArray section = serveReversed(customer);
    QCOMPARE(wireProblem(section, Trap), QString());
    QTRY_COMPARE(fixture.core().queueCounts().messages, 0);
    QCOMPARE(sink.dataSections().size(), qsizetype(0)); // pulled, not relayed
}

QTEST_GUILESS_MAIN(TestAbuseSmuggling)
#include "tst_abusesmuggling.moc"
