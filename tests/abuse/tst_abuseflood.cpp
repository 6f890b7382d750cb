// SPDX-License-Identifier: GPL-3.0-or-later
// Floods and trickles: a byte every few hundred milliseconds (slowloris) in a command line and in
// DATA, many slow connections at once, 10,000 pipelined recipients, a message ten times the size
// limit, and a client that pipelines without reading its replies. Each ends with its exact reply
// within a stated time, while a bystander's message goes through and nothing acknowledged is lost.

#include "AbuseFixture.h"

#include "queue/MessageQueue.h"
#include "smtp/SmtpServer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = AbuseFixture::CommandTimeoutMs;
constexpr int Slack = 700; // the event loop's and the machine's share of a deadline

/// Sends text one byte at a time, every stepMs, until a reply comes or the connection closes.
std::optional<SmtpReply> trickle(AbuseClient &client, const QByteArray &text, int stepMs,
                                 const std::function<void()> &meanwhile = {})
{
    QElapsedTimer elapsed; // a time-out that each byte re-arms would never come: give up then
    elapsed.start();
    for (qsizetype i = 0; !client.isClosed() && elapsed.elapsed() < 4 * Timeout; ++i) {
        client.send(text.mid(i % text.size(), 1));
        if (i == 1 && meanwhile)
            meanwhile();
        if (auto reply = client.readReply(stepMs))
            return reply;
    }
    return std::nullopt;
}

QByteArray lines(int count, int length, char fill)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += QByteArray(length, fill) + "\r\n";
    return text;
}

} // namespace

class TestAbuseFlood : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slowCommandLineIsCutByItsTimeout();
    void slowDataIsCutByItsTimeout();
    void dataAtARealRateIsNotCut();
    void manySlowConnectionsDoNotLockOutOthers();
    void tenThousandRecipients();
    void messageTenTimesTheSizeLimit();
    void clientThatNeverReadsItsReplies();
};

void TestAbuseFlood::slowCommandLineIsCutByItsTimeout()
{
    AbuseFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient slow(fixture.port());
    QVERIFY(slow.run("S: 220").isEmpty());
    // The server arms the deadline while it handles EHLO: the clock starts before EHLO is sent, so a
    // late reader cannot make the time-out look early.
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(slow.run("C: EHLO slow.example\nS: 250").isEmpty());
    QStringList bystander;
    // A byte every 300 ms would re-arm a time-out per read forever; the line has Timeout in all.
    const std::optional<SmtpReply> reply =
        trickle(slow, "NOOP and a line that never ends", 300, [&] { bystander = fixture.bystander(); });
    QCOMPARE(codes(reply), "421 4.4.2"_ba);
    QVERIFY2(elapsed.elapsed() >= Timeout - 100 && elapsed.elapsed() < Timeout + Slack,
             qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(slow.waitForClose(1000));
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseFlood::slowDataIsCutByItsTimeout()
{
    AbuseFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient slow(fixture.port());
    QVERIFY(slow.run("S: 220\nC: EHLO slow.example\nS: 250\nC: MAIL FROM:<s@slow.example>\nS: 250\n"
                     "C: RCPT TO:<alice@test.example>\nS: 250")
                .isEmpty());
    QElapsedTimer elapsed; // started before DATA, which arms the deadline (see above)
    elapsed.start();
    QVERIFY(slow.run("C: DATA\nS: 354").isEmpty());
    QStringList bystander;
    const std::optional<SmtpReply> reply = trickle(slow, "Subject: slow\r\n\r\nvery slow body\r\n", 300,
                                                   [&] { bystander = fixture.bystander(); });
    QCOMPARE(codes(reply), "421 4.4.2"_ba);
    QVERIFY2(elapsed.elapsed() >= Timeout - 100 && elapsed.elapsed() < Timeout + Slack,
             qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(slow.waitForClose(1000));
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString()); // the slow message was never acknowledged nor stored
}

void TestAbuseFlood::dataAtARealRateIsNotCut()
{
    // 300 KB over about two seconds (longer than Timeout): a slow link, not an attack.
    AbuseFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port());
    QVERIFY(client
                .run("S: 220\nC: EHLO client.example\nS: 250\nC: MAIL FROM:<c@client.example>\nS: 250\n"
                     "C: RCPT TO:<alice@test.example>\nS: 250\nC: DATA\nS: 354")
                .isEmpty());
    const QByteArray body = "Subject: big and steady\r\n\r\n" + lines(3000, 98, 'b');
    QElapsedTimer elapsed;
    elapsed.start();
    for (qsizetype sent = 0; sent < body.size(); sent += 15000) {
        client.send(body.mid(sent, 15000));
        QVERIFY2(!client.readReply(100), "a reply in the middle of the data");
    }
    client.send(".\r\n");
    QCOMPARE(codes(client.readReply()), "250 2.0.0"_ba);
    QVERIFY(elapsed.elapsed() > Timeout);
    fixture.acknowledged(body);
    QVERIFY(client.run("C: QUIT\nS: 221\nX:").isEmpty());
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseFlood::manySlowConnectionsDoNotLockOutOthers()
{
    AbuseFixture fixture([](EngineConfig &config) {
        config.smtp.maxConnectionsPerHost = 4;
        config.smtp.maxConnections = 12;
    });
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    std::vector<std::unique_ptr<AbuseClient>> slow;
    int refused = 0;
    for (int i = 0; i < 10; ++i) {
        auto client = std::make_unique<AbuseClient>(fixture.port());
        const QByteArray line = client->replyLine();
        if (line.startsWith("220"))
            slow.push_back(std::move(client));
        else if (line.startsWith("421 4.7.0") && line.contains("from your host") &&
                 client->waitForClose(1000))
            ++refused;
    }
    QCOMPARE(int(slow.size()), 4);
    QCOMPARE(refused, 6);
    QElapsedTimer elapsed;
    elapsed.start();
    for (auto &client : slow)
        client->send("E");
    // Another host gets in while the slow ones hold their connections.
    const QStringList bystander = fixture.bystander(otherHost());
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    for (auto &client : slow) {
        client->send("H");
        QTest::qWait(50);
    }
    int timedOut = 0;
    for (auto &client : slow) {
        const std::optional<SmtpReply> reply = client->readReply(Timeout + Slack);
        if (codes(reply) == "421 4.4.2")
            ++timedOut;
        QVERIFY(client->waitForClose(1000));
    }
    QCOMPARE(timedOut, 4);
    QVERIFY(elapsed.elapsed() < Timeout + 2 * Slack);
    // And once they are gone, their host is served again.
    const QStringList after = fixture.bystander();
    QVERIFY2(after.isEmpty(), qPrintable(after.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseFlood::tenThousandRecipients()
{
    AbuseFixture fixture; // 100 recipients per message (the default, RFC 5321 4.5.3.1.8)
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port());
    QVERIFY(
        client.run("S: 220\nC: EHLO many.example\nS: 250\nC: MAIL FROM:<m@many.example>\nS: 250").isEmpty());
    fixture.watchMemory();
    QByteArray pipeline;
    for (int i = 0; i < 10000; ++i)
        pipeline += "RCPT TO:<user" + QByteArray::number(i) + "@remote.example>\r\n";
    client.send(pipeline + "DATA\r\n");
    int accepted = 0, limited = 0;
    QByteArray other;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray got = codes(client.readReply(10000));
        if (got == "250 2.1.5")
            ++accepted;
        else if (got == "452 4.5.3") // RFC 5321 4.5.3.1.10
            ++limited;
        else if (other.isEmpty())
            other = got;
    }
    QCOMPARE(other, QByteArray());
    QCOMPARE(accepted, 100);
    QCOMPARE(limited, 9900);
    QCOMPARE(codes(client.readReply()), "354"_ba); // 354 carries no enhanced code
    const QByteArray body = "Subject: many\r\n\r\nto the first hundred\r\n";
    client.send(body + ".\r\n");
    QCOMPARE(codes(client.readReply()), "250 2.0.0"_ba);
    QVERIFY(client.run("C: NOOP\nS: 250 2.0.0\nC: QUIT\nS: 221\nX:").isEmpty());
    QVERIFY2(fixture.peakBuffered() < 256 * 1024, qPrintable(QString::number(fixture.peakBuffered())));
    // The message is queued once, for the hundred recipients, intact.
    const QList<DueRemoteMessage> queued =
        fixture.core().queue()->dueRemoteMessages(QDateTime::currentDateTimeUtc().addDays(1), 10);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().recipients.size(), 100);
    QVERIFY(queued.first().content.endsWith(body));
    const QStringList bystander = fixture.bystander();
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseFlood::messageTenTimesTheSizeLimit()
{
    constexpr qint64 Limit = 100 * 1024;
    AbuseFixture fixture([](EngineConfig &config) { config.smtp.maxMessageSize = Limit; });
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port());
    // Declared: refused at MAIL (RFC 1870).
    QVERIFY(client
                .run("S: 220\nC: EHLO big.example\nS: 250\nC: MAIL FROM:<b@big.example> SIZE=1048576\n"
                     "S: 552 5.3.4")
                .isEmpty());
    // Not declared: the receiver discards past the limit and answers after the dot.
    QVERIFY(client
                .run("C: MAIL FROM:<b@big.example>\nS: 250\nC: RCPT TO:<alice@test.example>\nS: 250\n"
                     "C: DATA\nS: 354")
                .isEmpty());
    fixture.watchMemory();
    const QByteArray body = "Subject: huge\r\n\r\n" + lines(13000, 78, 'h'); // about 1 MB
    QVERIFY(body.size() > 10 * Limit);
    client.send(body + ".\r\n");
    QCOMPARE(codes(client.readReply(10000)), "552 5.3.4"_ba);
    QVERIFY2(fixture.peakBuffered() < Limit + 160 * 1024,
             qPrintable(QString::number(fixture.peakBuffered())));
    // The session goes on, and the next message is taken.
    QVERIFY(client.run("C: NOOP\nS: 250 2.0.0\nC: QUIT\nS: 221\nX:").isEmpty());
    const QStringList bystander = fixture.bystander();
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString()); // nothing of the huge one was stored
}

void TestAbuseFlood::clientThatNeverReadsItsReplies()
{
    // 200,000 pipelined NOOPs, and the client reads none of the 3 MB of replies: the session keeps
    // a bounded backlog, stops reading, and is cut after its time-out and the closing grace.
    // 400,000 protocol log lines would measure the log, not the session.
    QLoggingCategory::setFilterRules(u"sluice.smtp.protocol.debug=false"_s);
    const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    AbuseFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port());
    QVERIFY(client.run("S: 220\nC: EHLO deaf.example\nS: 250").isEmpty());
    client.socket().setReadBufferSize(4096); // stop taking octets from the kernel
    // And a small receive window, so that the replies back up after a few thousand commands: how
    // long the session lasts then depends on its time-outs, not on how fast the build works.
    client.socket().setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    fixture.watchMemory();
    QByteArray flood;
    for (int i = 0; i < 200000; ++i)
        flood += "NOOP\r\n";
    client.send(flood);
    const QStringList bystander = fixture.bystander(otherHost());
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QVERIFY(QTest::qWaitFor([&] { return fixture.core().smtpServer()->sessionCount() == 0; },
                            2 * Timeout + 5 * Slack));
    QVERIFY2(fixture.peakBuffered() < 512 * 1024, qPrintable(QString::number(fixture.peakBuffered())));
    QCOMPARE(fixture.nothingLost(), QString());
}

QTEST_GUILESS_MAIN(TestAbuseFlood)
#include "tst_abuseflood.moc"
