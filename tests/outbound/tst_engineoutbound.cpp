// SPDX-License-Identifier: GPL-3.0-or-later
// The whole engine sending out: mail accepted over SMTP leaves through the smarthost, every session
// lands in the connection log, and Transfer mode "Inbound only" keeps outbound mail queued.

#include "FakeSmtpServer.h"

#include "client/Transcript.h"
#include "core/Engine.h"
#include "log/ConnectionLog.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

/// The outbound sessions' rows: inbound sessions (the test's own submissions) are logged too.
QList<ConnectionRecord> outboundRecords(const ConnectionLog *log)
{
    QList<ConnectionRecord> records = log->latest(10);
    records.removeIf([](const ConnectionRecord &record) { return record.kind != u"outbound"_s; });
    return records;
}

EngineConfig smarthostConfig(const QString &dataDir, quint16 sinkPort, TransferMode mode)
{
    EngineConfig config;
    config.smtp.hostName = u"mx.test.example"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.smtp.transferMode = mode;
    config.local.localDomains = {u"test.example"_s};
    config.local.mailRoot = dataDir + u"/mail"_s;
    config.outbound.mode = OutboundConfig::Mode::Smarthost;
    config.outbound.smarthost = u"127.0.0.1"_s;
    config.outbound.smarthostPort = sinkPort;
    return config;
}

bool submit(quint16 port, const QByteArray &recipient)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    client.write("EHLO c\r\nMAIL FROM:<a@test.example>\r\nRCPT TO:<" + recipient +
                 ">\r\nDATA\r\nSubject: out\r\n\r\nbody\r\n.\r\nQUIT\r\n");
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

class TestEngineOutbound : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailLeavesThroughTheSmarthostAndIsLogged();
    void inboundOnlyKeepsOutboundMailQueued();
    void connectionLogIsBounded();
};

void TestEngineOutbound::mailLeavesThroughTheSmarthostAndIsLogged()
{
    QTemporaryDir dir;
    FakeSmtpServer sink;
    QVERIFY(sink.listen());
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s,
                          smarthostConfig(dir.path(), sink.port(), TransferMode::InboundAndOutbound), &error),
             qPrintable(error));
    QVERIFY(submit(engine.smtpPort(), "far@elsewhere.example"));
    QTRY_COMPARE(sink.received().size(), 1);
    QCOMPARE(sink.received().first().recipients, QList<QByteArray>{"far@elsewhere.example"});
    QTRY_COMPARE(engine.queueCounts().messages, 0);
    QVERIFY(engine.connectionLog());
    QTRY_COMPARE(outboundRecords(engine.connectionLog()).size(), 1);
    const ConnectionRecord record = outboundRecords(engine.connectionLog()).first();
    QCOMPARE(record.kind, u"outbound"_s);
    QCOMPARE(record.peer, u"127.0.0.1"_s);
    QVERIFY(record.ok);
    QVERIFY2(record.transcript.contains("MAIL FROM:<a@test.example>"), record.transcript.constData());
}

void TestEngineOutbound::inboundOnlyKeepsOutboundMailQueued()
{
    QTemporaryDir dir;
    FakeSmtpServer sink;
    QVERIFY(sink.listen());
    Engine engine;
    QString error;
    EngineConfig config = smarthostConfig(dir.path(), sink.port(), TransferMode::InboundOnly);
    QVERIFY(engine.start(dir.path() + u"/queue"_s, config, &error));
    QVERIFY(submit(engine.smtpPort(), "far@elsewhere.example"));
    QTest::qWait(500);
    QCOMPARE(sink.connections(), 0);
    QCOMPARE(engine.queueCounts().remotePending, 1);
    // Switching to both directions releases it without a restart.
    config.smtp.listenPort = engine.smtpPort();
    config.smtp.transferMode = TransferMode::InboundAndOutbound;
    QVERIFY(engine.applyConfig(config, &error));
    QTRY_COMPARE(sink.received().size(), 1);
    QTRY_COMPARE(engine.queueCounts().messages, 0);
}

void TestEngineOutbound::connectionLogIsBounded()
{
    QTemporaryDir dir;
    ConnectionLog log;
    QString error;
    QVERIFY2(log.open(dir.filePath(u"log.db"_s), &error), qPrintable(error));
    log.setLimits(5, 30);
    Transcript transcript;
    transcript.add(Transcript::Direction::Sent, "EHLO x");
    for (int i = 0; i < 12; ++i)
        QVERIFY(log.record(u"outbound"_s, u"host%1"_s.arg(i), true, QString(), transcript));
    const QList<ConnectionRecord> kept = log.latest(100);
    QCOMPARE(kept.size(), 5);
    QCOMPARE(kept.first().peer, u"host11"_s); // newest first, oldest dropped
    QCOMPARE(kept.last().peer, u"host7"_s);
}

QTEST_GUILESS_MAIN(TestEngineOutbound)
#include "tst_engineoutbound.moc"
