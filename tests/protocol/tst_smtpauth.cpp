// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP AUTH (RFC 4954) on the server: PLAIN, LOGIN and CRAM-MD5 against accounts in the settings
// snapshot, the error paths, the throttle, and that no password or AUTH payload reaches the log.
// These run without TLS: smtp.plaintext_auth is on unless a test says otherwise (STARTTLS has its own).

#include "SmtpTestHarness.h"
#include "smtp/SmtpServer.h"

#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

namespace {

void addAccounts(EngineConfig &config)
{
    config.smtp.accounts.insert(u"alice"_s, {u"s3cret pass"_s, {u"pull.example"_s}});
    config.smtp.accounts.insert(u"bob"_s, {u"other"_s, {}});
}

TestEngine::Customise plaintextAllowed(int firstDelayMs = 1000)
{
    return [firstDelayMs](EngineConfig &config) {
        addAccounts(config);
        config.smtp.plaintextAuth = true;
        config.smtp.authFirstDelayMs = firstDelayMs;
        config.smtp.authMaxDelayMs = firstDelayMs * 4;
    };
}

QByteArray plain(const QByteArray &user, const QByteArray &password)
{
    return QByteArray('\0' + user + '\0' + password).toBase64();
}

QStringList *g_log = nullptr;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(message);
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestSmtpAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mechanism_data();
    void mechanism();
    void emptyChallengeKeepsItsSpace();
    void cramMd5Succeeds();
    void cramMd5WrongDigestFails();
    void ehloAdvertisesAuthOnlyWithAccounts();
    void plainIsNotOfferedNorAcceptedWithoutTls();
    void receivedHeaderSaysAuthenticated();
    void failuresAfterTheThirdAreAnsweredLate();
    void tenFailuresCloseAndLockTheAddressOut();
    void passwordsNeverReachTheLog();
};

void TestSmtpAuth::mechanism_data()
{
    QTest::addColumn<QByteArray>("script");
    const QByteArray good = plain("alice", "s3cret pass");
    QTest::newRow("PLAIN with initial response")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " + good + "\nS: 235 2.7.0");
    QTest::newRow("PLAIN without initial response")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN\nS: 334\nC: " + good + "\nS: 235 2.7.0");
    QTest::newRow("PLAIN with an authzid equal to the account")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " +
                      QByteArray("alice\0alice\0s3cret pass", 23).toBase64() + "\nS: 235 2.7.0");
    QTest::newRow("PLAIN with someone else's authzid")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " +
                      QByteArray("bob\0alice\0s3cret pass", 21).toBase64() + "\nS: 535 5.7.8");
    QTest::newRow("lower-case mechanism")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: auth plain " + good + "\nS: 235 2.7.0");
    QTest::newRow("LOGIN") << QByteArray(
        "S: 220\nC: EHLO c\nS: 250\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: " +
        QByteArray("alice").toBase64() + "\nS: 334 UGFzc3dvcmQ6\nC: " + QByteArray("s3cret pass").toBase64() +
        "\nS: 235 2.7.0");
    QTest::newRow("LOGIN with the user name as initial response")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH LOGIN " + QByteArray("alice").toBase64() +
                      "\nS: 334 UGFzc3dvcmQ6\nC: " + QByteArray("s3cret pass").toBase64() + "\nS: 235 2.7.0");
    QTest::newRow("wrong password") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " +
                                                  plain("alice", "s3cret") + "\nS: 535 5.7.8");
    QTest::newRow("another account's password") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " +
                                                              plain("alice", "other") + "\nS: 535 5.7.8");
    QTest::newRow("unknown account") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " +
                                                   plain("mallory", "s3cret pass") + "\nS: 535 5.7.8");
    QTest::newRow("LOGIN wrong password")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH LOGIN " + QByteArray("alice").toBase64() +
                      "\nS: 334\nC: " + QByteArray("nope").toBase64() + "\nS: 535 5.7.8");
    QTest::newRow("cancel with *") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH LOGIN\nS: 334\nC: *\n"
                                                 "S: 501 5.0.0\nC: AUTH PLAIN " +
                                                 good + "\nS: 235 2.7.0");
    QTest::newRow("cancel as initial response")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN *\nS: 501 5.0.0");
    QTest::newRow("bad base64 response")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN\nS: 334\nC: !!not base64!!\nS: 501 5.5.2\n"
                      "C: NOOP\nS: 250");
    QTest::newRow("bad base64 initial response")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN a*b\nS: 501 5.5.2");
    QTest::newRow("= is an empty initial response")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN =\nS: 501 5.5.2\nC: AUTH LOGIN =\n"
                      "S: 334 UGFzc3dvcmQ6\nC: " +
                      QByteArray("s3cret pass").toBase64() + "\nS: 535 5.7.8");
    QTest::newRow("AUTH twice") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " + good +
                                              "\nS: 235\nC: AUTH PLAIN " + good + "\nS: 503 5.5.1");
    QTest::newRow("AUTH before EHLO") << QByteArray("S: 220\nC: AUTH PLAIN " + good + "\nS: 503 5.5.1");
    QTest::newRow("AUTH after HELO") << QByteArray("S: 220\nC: HELO c\nS: 250\nC: AUTH PLAIN " + good +
                                                   "\nS: 503 5.5.1");
    QTest::newRow("AUTH inside a transaction")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\nC: AUTH PLAIN " +
                      good + "\nS: 503 5.5.1\nC: RSET\nS: 250\nC: AUTH PLAIN " + good + "\nS: 235");
    QTest::newRow("unknown mechanism")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH GSSAPI\nS: 504 5.5.4");
    QTest::newRow("no mechanism") << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH\nS: 501 5.5.4");
    QTest::newRow("CRAM-MD5 with an initial response")
        << QByteArray("S: 220\nC: EHLO c\nS: 250\nC: AUTH CRAM-MD5 YWJj\nS: 501");
}

void TestSmtpAuth::mechanism()
{
    QFETCH(QByteArray, script);
    TestEngine engine(plaintextAllowed());
    QVERIFY2(engine.isRunning(), qPrintable(engine.startError()));
    SmtpTestClient client(engine.port());
    QVERIFY(client.isConnected());
    const QStringList mismatches = client.run(script);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

namespace {

// Runs CRAM-MD5 the way a client does; returns the final reply's first wire line.
QByteArray cramMd5(SmtpTestClient &client, const QByteArray &user, const QByteArray &password)
{
    client.send("AUTH CRAM-MD5\r\n");
    const auto challenge = client.readReply();
    if (!challenge || challenge->code != 334)
        return challenge ? firstWireLine(*challenge) : "no challenge"_ba;
    const QByteArray text = QByteArray::fromBase64(challenge->lines.value(0));
    if (!text.startsWith('<') || !text.endsWith("@mx.test.example>"))
        return "bad challenge " + text;
    const QByteArray digest =
        QMessageAuthenticationCode::hash(text, password, QCryptographicHash::Md5).toHex();
    client.send(QByteArray(user + ' ' + digest).toBase64() + "\r\n");
    const auto outcome = client.readReply();
    return outcome ? firstWireLine(*outcome) : "no reply"_ba;
}

} // namespace

void TestSmtpAuth::emptyChallengeKeepsItsSpace()
{
    // RFC 4954: continue-req = "334" SP [base64] CRLF; some clients insist on the space.
    TestEngine engine(plaintextAllowed());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), engine.port());
    QByteArray received;
    auto waitFor = [&](const QByteArray &end) {
        return QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.endsWith(end);
            },
            5000);
    };
    QVERIFY(waitFor("Sluice\r\n"));
    socket.write("EHLO c\r\nAUTH PLAIN\r\n");
    QVERIFY2(waitFor("\r\n334 \r\n"), received.constData());
}

void TestSmtpAuth::cramMd5Succeeds()
{
    // CRAM-MD5 never sends the password, so it is offered without TLS and without plaintext_auth.
    TestEngine engine([](EngineConfig &config) { addAccounts(config); });
    QVERIFY(engine.isRunning());
    SmtpTestClient client(engine.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
    QCOMPARE(cramMd5(client, "alice", "s3cret pass").left(9), "235 2.7.0"_ba);
}

void TestSmtpAuth::cramMd5WrongDigestFails()
{
    TestEngine engine([](EngineConfig &config) { addAccounts(config); });
    QVERIFY(engine.isRunning());
    SmtpTestClient client(engine.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
    QCOMPARE(cramMd5(client, "alice", "wrong").left(9), "535 5.7.8"_ba);
    QCOMPARE(cramMd5(client, "nobody", "s3cret pass").left(9), "535 5.7.8"_ba);
    QCOMPARE(cramMd5(client, "bob", "other").left(9), "235 2.7.0"_ba);
}

void TestSmtpAuth::ehloAdvertisesAuthOnlyWithAccounts()
{
    {
        TestEngine engine(plaintextAllowed());
        SmtpTestClient client(engine.port());
        QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
        QVERIFY(client.replies().last().lines.contains("AUTH PLAIN LOGIN CRAM-MD5"_ba));
        // Once logged in, AUTH is no longer offered.
        QVERIFY(
            client.run("C: AUTH PLAIN " + plain("bob", "other") + "\nS: 235\nC: EHLO c\nS: 250").isEmpty());
        for (const QByteArray &line : client.replies().last().lines)
            QVERIFY2(!line.startsWith("AUTH"), line.constData());
    }
    TestEngine engine([](EngineConfig &config) { config.smtp.plaintextAuth = true; });
    SmtpTestClient client(engine.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
    for (const QByteArray &line : client.replies().last().lines)
        QVERIFY2(!line.startsWith("AUTH"), line.constData());
    QVERIFY(client.run("C: AUTH PLAIN " + plain("alice", "x") + "\nS: 502").isEmpty());
}

void TestSmtpAuth::plainIsNotOfferedNorAcceptedWithoutTls()
{
    TestEngine engine([](EngineConfig &config) { addAccounts(config); });
    QVERIFY(engine.isRunning());
    SmtpTestClient client(engine.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
    QVERIFY(client.replies().last().lines.contains("AUTH CRAM-MD5"_ba));
    const QStringList mismatches = client.run("C: AUTH PLAIN " + plain("alice", "s3cret pass") +
                                              "\nS: 538 5.7.11\nC: AUTH LOGIN\nS: 538 5.7.11");
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

void TestSmtpAuth::receivedHeaderSaysAuthenticated()
{
    TestEngine engine(plaintextAllowed());
    SmtpTestClient client(engine.port());
    const QStringList mismatches =
        client.run("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " + plain("alice", "s3cret pass") +
                   "\nS: 235\nC: MAIL FROM:<a@example.org>\nS: 250\n"
                   "C: RCPT TO:<alice@test.example>\nS: 250\nC: DATA\nS: 354\n"
                   "R: Subject: hi\\r\\n\\r\\nbody\\r\\n.\\r\\n\nS: 250");
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    QVERIFY(engine.waitForMaildir(u"alice"_s, 1));
    const QByteArray message = engine.maildirMessages(u"alice"_s).first();
    QVERIFY2(message.contains("with ESMTPA id"), message.constData());
}

void TestSmtpAuth::failuresAfterTheThirdAreAnsweredLate()
{
    TestEngine engine(plaintextAllowed(800));
    QVERIFY(engine.isRunning());
    SmtpTestClient client(engine.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
    const QByteArray bad = "AUTH PLAIN " + plain("alice", "guess") + "\r\n";
    QElapsedTimer timer;
    for (int i = 0; i < 3; ++i) {
        timer.start();
        client.send(bad);
        const auto reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->code, 535);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }
    timer.start();
    client.send(bad);
    const auto late = client.readReply();
    QVERIFY(late);
    QCOMPARE(late->code, 535);
    QVERIFY2(timer.elapsed() >= 750, qPrintable(QString::number(timer.elapsed())));
    // A good password still works, and resets the count.
    client.send("AUTH PLAIN " + plain("alice", "s3cret pass") + "\r\n");
    const auto ok = client.readReply();
    QVERIFY(ok);
    QCOMPARE(ok->code, 235);
    QCOMPARE(engine.engine().smtpServer()->authThrottle().failureCount(u"127.0.0.1"_s), 0);
}

void TestSmtpAuth::tenFailuresCloseAndLockTheAddressOut()
{
    TestEngine engine(plaintextAllowed(1));
    QVERIFY(engine.isRunning());
    SmtpTestClient client(engine.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
    for (int i = 0; i < 9; ++i) {
        client.send("AUTH PLAIN " + plain("alice", "guess") + "\r\n");
        const auto reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->code, 535);
    }
    client.send("AUTH PLAIN " + plain("alice", "guess") + "\r\n");
    const auto last = client.readReply();
    QVERIFY(last);
    QCOMPARE(firstWireLine(*last).left(9), "421 4.7.0"_ba);
    QVERIFY(client.waitForClose());

    // The same address is refused AUTH now, even with the right password; mail still flows.
    SmtpTestClient again(engine.port());
    const QStringList mismatches =
        again.run("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " + plain("alice", "s3cret pass") +
                  "\nS: 454 4.7.0\nC: MAIL FROM:<a@example.org>\nS: 250");
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    QVERIFY(engine.engine().smtpServer()->authThrottle().isLockedOut(u"127.0.0.1"_s));
    QVERIFY(!engine.engine().smtpServer()->authThrottle().isLockedOut(u"127.0.0.2"_s));
}

void TestSmtpAuth::passwordsNeverReachTheLog()
{
    QStringList log;
    g_log = &log;
    g_previous = qInstallMessageHandler(captureLog);
    QLoggingCategory::setFilterRules(u"sluice.*=true"_s);
    {
        TestEngine engine(plaintextAllowed());
        SmtpTestClient client(engine.port());
        const QStringList mismatches =
            client.run("S: 220\nC: EHLO c\nS: 250\nC: AUTH PLAIN " + plain("alice", "wrongpass1") +
                       "\nS: 535\nC: AUTH LOGIN\nS: 334\nC: " + QByteArray("alice").toBase64() +
                       "\nS: 334\nC: " + QByteArray("wrongpass2").toBase64() + "\nS: 535\nC: AUTH PLAIN " +
                       plain("alice", "s3cret pass") + "\nS: 235\nC: QUIT\nS: 221");
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    }
    qInstallMessageHandler(g_previous);
    g_log = nullptr;
    QLoggingCategory::setFilterRules(QString());
    const QString all = log.join(u'\n');
    QVERIFY2(all.contains("AUTH PLAIN ****"_L1), qPrintable(all));
    QVERIFY(all.contains("authenticated as alice"_L1));
    for (const QByteArray &secret : {"wrongpass1"_ba, "wrongpass2"_ba, "s3cret pass"_ba}) {
        QVERIFY(!all.contains(QString::fromLatin1(secret)));
        QVERIFY(!all.contains(QString::fromLatin1(plain("alice", secret))));
        QVERIFY(!all.contains(QString::fromLatin1(secret.toBase64())));
    }
}

QTEST_GUILESS_MAIN(TestSmtpAuth)
#include "tst_smtpauth.moc"
