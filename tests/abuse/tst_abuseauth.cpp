// SPDX-License-Identifier: GPL-3.0-or-later
// Abuse of AUTH and ETRN. AUTH: bad base64 (501 5.5.2) and cancelling with "*" (501) leave the session
// usable; a thousand failed AUTHs from one address are throttled (answers come later and later, then
// 421 and a lockout, even for the right password), while another address (127.0.0.2) logs in at once.
// ETRN (Sluice as the provider): thousands of ETRNs over one and many connections are each answered
// (253 for the first, 252 while that flush runs, 458 4.7.0 past the rate, 421 past the error limit),
// the held mail is released once and delivered once, and the work does not grow with the requests.

#include "AbuseFixture.h"
#include "FakeSmtpServer.h"

#include "hold/EtrnService.h"
#include "smtp/SmtpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int FirstDelayMs = 100;
constexpr int MaxDelayMs = 400;
const QByteArray Good = "AUTH PLAIN " + QByteArray("\0customer\0s3cret", 16).toBase64();
const QByteArray Bad = "AUTH PLAIN " + QByteArray("\0customer\0guess", 15).toBase64();

void withAuth(EngineConfig &config)
{
    config.smtp.accounts.insert(u"customer"_s, {u"s3cret"_s, {}});
    config.smtp.plaintextAuth = true;
    config.smtp.authFirstDelayMs = FirstDelayMs;
    config.smtp.authMaxDelayMs = MaxDelayMs;
}

TestEngine::Customise provider(quint16 routePort)
{
    return [routePort](EngineConfig &config) {
        config.smtp.transferMode = TransferMode::InboundAndOutbound;
        config.outbound.mode = OutboundConfig::Mode::Smarthost;
        config.outbound.smarthost = u"127.0.0.1"_s;
        config.outbound.smarthostPort = 9; // nothing but held mail is sent in these tests
        DomainRoute route;
        route.domain = u"customer.example"_s;
        route.kind = DomainRoute::Kind::Forward;
        route.host = u"127.0.0.1"_s;
        route.port = routePort;
        config.outbound.domainRoutes = {route};
        config.hold.domains = {u"customer.example"_s};
    };
}

/// The codes of the replies to a pipelined flood, until the server closes.
QList<QByteArray> floodReplies(AbuseClient &client, const QByteArray &line, int count)
{
    QByteArray flood;
    for (int i = 0; i < count; ++i)
        flood += line + "\r\n";
    client.send(flood);
    QList<QByteArray> replies;
    while (const std::optional<SmtpReply> reply = client.readReply(3000)) {
        replies.append(codes(*reply));
        if (reply->code == 421)
            break;
    }
    return replies;
}

} // namespace

class TestAbuseAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badBase64AndCancel_data();
    void badBase64AndCancel();
    void thousandFailedAuths();
    void etrnFlood();
};

void TestAbuseAuth::badBase64AndCancel_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("PLAIN initial response not base64") << "C: AUTH PLAIN !!!!\nS: 501 5.5.2"_ba;
    QTest::newRow("LOGIN response not base64") << "C: AUTH LOGIN\nS: 334\nC: %%%\nS: 501 5.5.2"_ba;
    QTest::newRow("LOGIN response with NUL")
        << "C: AUTH LOGIN\nS: 334\nR: Y3\\0VzdG9tZXI=\\r\\n\nS: 501 5.5.2"_ba;
    QTest::newRow("PLAIN cancelled") << "C: AUTH PLAIN\nS: 334\nC: *\nS: 501"_ba;
    QTest::newRow("LOGIN cancelled at the password")
        << "C: AUTH LOGIN\nS: 334\nC: Y3VzdG9tZXI=\nS: 334\nC: *\nS: 501"_ba;
    QTest::newRow("CRAM-MD5 cancelled") << "C: AUTH CRAM-MD5\nS: 334\nC: *\nS: 501"_ba;
    QTest::newRow("cancelled in the initial response") << "C: AUTH PLAIN *\nS: 501"_ba;
}

void TestAbuseAuth::badBase64AndCancel()
{
    QFETCH(QByteArray, script);
    AbuseFixture fixture(withAuth);
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    AbuseClient client(fixture.port());
    QStringList problems = client.run("S: 220\nC: EHLO c\nS: 250\n" + script);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The exchange is over, the session goes on, and none of it counted as a failed password.
    QCOMPARE(fixture.core().smtpServer()->authThrottle().failureCount(u"127.0.0.1"_s), 0);
    problems = client.run("C: NOOP\nS: 250 2.0.0\nC: " + Good + "\nS: 235 2.7.0\nC: QUIT\nS: 221\nX:");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QStringList bystander = fixture.bystander();
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseAuth::thousandFailedAuths()
{
    AbuseFixture fixture(withAuth);
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    QElapsedTimer total;
    total.start();
    // A thousand guesses pipelined: three are answered at once, then later and later, the tenth
    // failure closes with 421 and the rest are never looked at.
    AbuseClient guesser(fixture.port());
    QVERIFY(guesser.run("S: 220\nC: EHLO guesser.example\nS: 250").isEmpty());
    QByteArray flood;
    for (int i = 0; i < 1000; ++i)
        flood += Bad + "\r\n";
    guesser.send(flood);
    // Arrival times since the flood was sent: a reply read late only makes them larger, so the lower
    // bounds hold however slow this client is (sanitizer builds, a loaded machine).
    QList<qint64> arrivals;
    QElapsedTimer sent;
    sent.start();
    for (int i = 0; i < 9; ++i) {
        QCOMPARE(codes(guesser.readReply()), "535 5.7.8"_ba);
        arrivals.append(sent.elapsed());
    }
    QCOMPARE(codes(guesser.readReply()), "421 4.7.0"_ba);
    QVERIFY(guesser.waitForClose(1000));
    QVERIFY2(arrivals.at(2) < FirstDelayMs, qPrintable(QString::number(arrivals.at(2))));
    qint64 delays = 0;
    for (int i = 3; i < 9; ++i) {
        delays += std::min(FirstDelayMs << (i - 3), MaxDelayMs);
        QVERIFY2(
            arrivals.at(i) >= delays - 5,
            qPrintable(
                u"guess %1 after %2 ms, %3 ms of delays due"_s.arg(i + 1).arg(arrivals.at(i)).arg(delays)));
    }
    // From now on the address is locked out: every AUTH gets 454 at once, the right password too,
    // and each connection ends at the error limit.
    int attempts = 10;
    while (attempts < 1000) {
        AbuseClient again(fixture.port());
        QVERIFY(again.run("S: 220\nC: EHLO guesser.example\nS: 250").isEmpty());
        const QList<QByteArray> replies = floodReplies(again, attempts == 10 ? Good : Bad, 100);
        QCOMPARE(replies.size(), AbuseFixture::ErrorLimit + 1);
        QCOMPARE(replies.count("454 4.7.0"_ba), AbuseFixture::ErrorLimit);
        QCOMPARE(replies.last(), "421 4.7.0"_ba);
        QVERIFY(again.waitForClose(1000));
        attempts += AbuseFixture::ErrorLimit;
    }
    QVERIFY2(total.elapsed() < 60000, qPrintable(QString::number(total.elapsed())));
    // Another address is not affected: it logs in at once and sends its mail.
    AbuseClient other(fixture.port(), otherHost());
    QVERIFY(other.run("S: 220\nC: EHLO other.example\nS: 250").isEmpty());
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(other.command(Good).left(9), "235 2.7.0"_ba);
    QVERIFY2(elapsed.elapsed() < FirstDelayMs, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(other.run("C: QUIT\nS: 221").isEmpty());
    const QStringList bystander = fixture.bystander(otherHost());
    QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
    QCOMPARE(fixture.nothingLost(), QString());
}

void TestAbuseAuth::etrnFlood()
{
    FakeSmtpServer route;
    QVERIFY(route.listen());
    route.setHoldDataReply(true); // the flush stays running until release()
    AbuseFixture fixture(provider(route.port()));
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    for (int i = 0; i < 2; ++i) {
        AbuseClient sender(fixture.port());
        QVERIFY(sender
                    .run("S: 220\nC: EHLO s\nS: 250\nC: MAIL FROM:<s@origin.example>\nS: 250\n"
                         "C: RCPT TO:<a@customer.example>\nS: 250\nC: DATA\nS: 354\n"
                         "R: Subject: held\\r\\n\\r\\nheld\\r\\n.\\r\\n\nS: 250 2.0.0\nC: QUIT\nS: 221")
                    .isEmpty());
    }
    QTRY_COMPARE(fixture.core().queueCounts().held, 2);
    QSignalSpy released(fixture.core().etrnService(), &EtrnService::released);

    // One connection, two thousand ETRNs in one write: the first releases, the next four find the
    // flush running (5 a minute per address), then 458 until the error limit closes.
    AbuseClient flooder(fixture.port());
    QVERIFY(flooder.run("S: 220\nC: EHLO flood.example\nS: 250").isEmpty());
    QList<QByteArray> replies = floodReplies(flooder, "ETRN customer.example", 2000);
    QList<QByteArray> expected = {"253 2.0.0"};
    expected += QList<QByteArray>(4, "252 2.0.0");
    expected += QList<QByteArray>(AbuseFixture::ErrorLimit, "458 4.7.0");
    expected += "421 4.7.0";
    QCOMPARE(replies, expected);
    QVERIFY(flooder.waitForClose(1000));

    // Twenty more addresses, a hundred ETRNs each, and a bystander in the middle.
    for (int host = 3; host < 23; ++host) {
        AbuseClient client(fixture.port(), QHostAddress(u"127.0.0.%1"_s.arg(host)));
        QVERIFY(client.run("S: 220\nC: EHLO flood.example\nS: 250").isEmpty());
        replies = floodReplies(client, "ETRN customer.example", 100);
        QCOMPARE(replies.mid(0, 5), QList<QByteArray>(5, "252 2.0.0"));
        QCOMPARE(replies.size(), 5 + AbuseFixture::ErrorLimit + 1);
        if (host == 10) {
            const QStringList bystander = fixture.bystander(otherHost());
            QVERIFY2(bystander.isEmpty(), qPrintable(bystander.join(u'\n')));
        }
    }
    // The mail was released once, and is delivered once.
    QCOMPARE(released.size(), 1);
    QCOMPARE(released.first().at(1).toInt(), 2);
    route.release();
    QTRY_COMPARE_WITH_TIMEOUT(route.received().size(), qsizetype(2), 10000);
    QTRY_COMPARE(fixture.core().queueCounts().messages, 0);
    QTest::qWait(300);
    QCOMPARE(route.received().size(), qsizetype(2));
    AbuseClient after(fixture.port(), QHostAddress(u"127.0.0.30"_s));
    QVERIFY(
        after.run("S: 220\nC: EHLO late.example\nS: 250\nC: ETRN customer.example\nS: 251 2.0.0").isEmpty());
    QCOMPARE(fixture.nothingLost(), QString());
}

QTEST_GUILESS_MAIN(TestAbuseAuth)
#include "tst_abuseauth.moc"
