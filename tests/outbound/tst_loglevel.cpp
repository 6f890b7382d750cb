// SPDX-License-Identifier: GPL-3.0-or-later
// The Diagnostics page's logging level: what the connection log keeps of an outbound session that
// logged in (AUTH PLAIN) and sent one message, at each level, with a scripted peer on a loopback
// port; the level applied without a restart; link cycles kept even at "none".

#include "FakeSmtpPeer.h"
#include "FakeSmtpServer.h"

#include "client/Transcript.h"
#include "core/Engine.h"
#include "log/ConnectionLog.h"
#include "outbound/OutboundDelivery.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"relayuser"_s;
const QString Password = u"s3cret-Pa55"_s;
// What AUTH PLAIN would carry: "\0relayuser\0s3cret-Pa55" in base64.
const QByteArray Credentials = QByteArray("\0relayuser\0s3cret-Pa55", 22).toBase64();

const QByteArray Script = R"(
    S: 220 peer.example ESMTP
    C~ EHLO .*
    S: 250-peer.example
    S: 250 AUTH PLAIN
    C~ AUTH PLAIN .*
    S: 235 2.7.0 Authentication successful
    C~ MAIL FROM:<a@test\.example>.*
    S: 250 2.1.0 Ok
    C: RCPT TO:<far@elsewhere.example>
    S: 250 2.1.5 Ok
    C: DATA
    S: 354 go ahead
    D:
    S: 250 2.0.0 Ok
    C: QUIT
    S: 221 Bye
)"_ba;

/// The outbound sessions' rows: inbound sessions (the test's own submissions) are logged too.
QList<ConnectionRecord> outboundRecords(const ConnectionLog *log)
{
    QList<ConnectionRecord> records = log->latest(10);
    records.removeIf([](const ConnectionRecord &record) { return record.kind != u"outbound"_s; });
    return records;
}

EngineConfig smarthostConfig(const QString &dataDir, quint16 port, LogLevel level)
{
    EngineConfig config;
    config.smtp.hostName = u"mx.test.example"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.local.localDomains = {u"test.example"_s};
    config.local.mailRoot = dataDir + u"/mail"_s;
    config.outbound.mode = OutboundConfig::Mode::Smarthost;
    config.outbound.smarthost = u"127.0.0.1"_s;
    config.outbound.smarthostPort = port;
    config.outbound.smarthostSecurity.auth = ClientSecurity::Auth::Plain;
    config.outbound.smarthostSecurity.account = Account;
    config.outbound.smarthostSecurity.password = Password;
    config.outbound.smarthostSecurity.allowPlaintextAuth = true;
    config.logLevel = level;
    return config;
}

bool submit(quint16 port)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    client.write("EHLO c\r\nMAIL FROM:<a@test.example>\r\nRCPT TO:<far@elsewhere.example>\r\n"
                 "DATA\r\nSubject: out\r\nX-Tag: level-test\r\n\r\nbody line one\r\n..dotted body\r\n.\r\n"
                 "QUIT\r\n");
    QByteArray replies;
    return QTest::qWaitFor(
               [&] {
                   replies += client.readAll();
                   return replies.contains("221 ");
               },
               5000) &&
           replies.contains("250 2.0.0 Ok: queued");
}

} // namespace

class TestLogLevel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void levels_data();
    void levels();
    void levelAppliesLive();
    void cyclesAreKeptAtNone();
    void headerLinesOnlyWhenAsked();
};

void TestLogLevel::initTestCase()
{
    QLoggingCategory::setFilterRules(u"sluice.*.debug=false"_s);
}

void TestLogLevel::levels_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("none") << int(LogLevel::None);
    QTest::newRow("minimum") << int(LogLevel::Minimum);
    QTest::newRow("medium") << int(LogLevel::Medium);
    QTest::newRow("maximum") << int(LogLevel::Maximum);
}

void TestLogLevel::levels()
{
    QFETCH(int, level);
    QTemporaryDir dir;
    FakeSmtpPeer peer(Script);
    QVERIFY(peer.start());
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, smarthostConfig(dir.path(), peer.port(), LogLevel(level)),
                          &error),
             qPrintable(error));
    QVERIFY(engine.connectionLog());
    // The engine's own handler (connected in start()) runs before this spy sees the signal.
    QSignalSpy sessions(engine.outbound(), &OutboundDelivery::sessionFinished);
    QVERIFY(submit(engine.smtpPort()));
    QVERIFY(sessions.wait(15000));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(sessions.first().at(1).toBool(), true); // the session itself succeeded

    const QList<ConnectionRecord> records = outboundRecords(engine.connectionLog());
    if (LogLevel(level) == LogLevel::None) {
        QCOMPARE(records.size(), 0);
        return;
    }
    QCOMPARE(records.size(), 1);
    const ConnectionRecord &record = records.first();
    QCOMPARE(record.kind, u"outbound"_s);
    QCOMPARE(record.peer, u"127.0.0.1"_s);
    QVERIFY(record.ok);
    const QByteArray &text = record.transcript;
    // Never the password, at any level.
    QVERIFY2(!text.contains(Credentials) && !text.contains(Password.toUtf8()), text.constData());
    if (LogLevel(level) == LogLevel::Minimum) {
        QVERIFY2(text.isEmpty(), text.constData());
        return;
    }
    QVERIFY2(text.contains("C: MAIL FROM:<a@test.example>"), text.constData());
    QVERIFY2(text.contains("S: 354 go ahead"), text.constData());
    QVERIFY2(text.contains("C: AUTH PLAIN [redacted]"), text.constData());
    // Never the body.
    QVERIFY2(!text.contains("body line one") && !text.contains("dotted body"), text.constData());
    const bool maximum = LogLevel(level) == LogLevel::Maximum;
    QVERIFY2(text.contains("H: Subject: out\n") == maximum, text.constData());
    QVERIFY2(text.contains("H: X-Tag: level-test\n") == maximum, text.constData());
    QVERIFY2(text.contains("H: Received: from c") == maximum, text.constData());
}

void TestLogLevel::levelAppliesLive()
{
    QTemporaryDir dir;
    FakeSmtpServer sink;
    QVERIFY(sink.listen());
    EngineConfig config = smarthostConfig(dir.path(), sink.port(), LogLevel::None);
    config.outbound.smarthostSecurity = ClientSecurity();
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, config, &error), qPrintable(error));
    QSignalSpy sessions(engine.outbound(), &OutboundDelivery::sessionFinished);
    QVERIFY(submit(engine.smtpPort()));
    QVERIFY(sessions.wait(15000));
    QCOMPARE(sink.received().size(), 1);
    QCOMPARE(engine.connectionLog()->latest(10).size(), 0);

    config.smtp.listenPort = engine.smtpPort();
    config.logLevel = LogLevel::Maximum;
    QVERIFY2(engine.applyConfig(config, &error), qPrintable(error));
    QVERIFY(submit(engine.smtpPort()));
    QVERIFY(sessions.wait(15000));
    const QList<ConnectionRecord> records = outboundRecords(engine.connectionLog());
    QCOMPARE(records.size(), 1);
    QVERIFY2(records.first().transcript.contains("H: Subject: out"), records.first().transcript.constData());
    QVERIFY2(!records.first().transcript.contains("body line one"), records.first().transcript.constData());
}

void TestLogLevel::cyclesAreKeptAtNone()
{
    QTemporaryDir dir;
    ConnectionLog log;
    QString error;
    QVERIFY2(log.open(dir.filePath(u"log.db"_s), &error), qPrintable(error));
    log.setLevel(LogLevel::None);
    CycleRecord cycle;
    cycle.started = QDateTime::currentDateTimeUtc();
    cycle.id = log.beginCycle(cycle);
    QVERIFY(cycle.id > 0);
    Transcript transcript;
    transcript.add(Transcript::Direction::Sent, "EHLO x");
    QVERIFY(log.record(u"retrieval"_s, u"provider.example"_s, true, QString(), transcript));
    cycle.finished = QDateTime::currentDateTimeUtc();
    QVERIFY(log.finishCycle(cycle));
    QCOMPARE(log.latestCycles(10).size(), 1);
    QCOMPARE(log.latest(10).size(), 0);
    QCOMPARE(log.sessionsOfCycle(cycle.id).size(), 0);

    // Medium leaves out header lines a transcript kept for maximum.
    log.setLevel(LogLevel::Medium);
    transcript.setKeepsHeaders(true);
    transcript.addMessageHeaders("Subject: hi\r\n\r\nbody\r\n");
    QVERIFY(log.record(u"outbound"_s, u"mx.example"_s, true, QString(), transcript));
    QCOMPARE(log.latest(1).first().transcript, "C: EHLO x\n"_ba);
}

void TestLogLevel::headerLinesOnlyWhenAsked()
{
    const QByteArray wire = "Subject: a\r\n..Dotted: b\r\n folded\r\n\r\nbody\r\n.\r\n"_ba;
    Transcript off;
    off.addMessageHeaders(wire);
    QCOMPARE(off.entries().size(), 0);

    Transcript on;
    on.setKeepsHeaders(true);
    on.addMessageHeaders(wire);
    QCOMPARE(on.toText(), "H: Subject: a\nH: .Dotted: b\nH:  folded\n"_ba);
    QCOMPARE(on.toText(false), QByteArray());
}

QTEST_GUILESS_MAIN(TestLogLevel)
#include "tst_loglevel.moc"
