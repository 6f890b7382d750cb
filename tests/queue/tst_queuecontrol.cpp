// SPDX-License-Identifier: GPL-3.0-or-later
// The queue verbs through ControlServer::answer() against a real Engine that takes mail over SMTP and
// delivers to a fake smarthost: list, groups, show, the errors, retry waking delivery, hold keeping a
// message from delivery until release, delete with a report that leaves like any report, the release
// of ETRN-held mail, and the "queue-changed" event on a watch connection.

#include "../outbound/FakeSmtpServer.h"

#include "control/ControlServer.h"
#include "control/QueueControl.h"
#include "core/Engine.h"

#include <QLocalSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

EngineConfig smarthostConfig(const QString &dataDir, quint16 sinkPort)
{
    EngineConfig config;
    config.smtp.hostName = u"mx.test.example"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.local.localDomains = {u"test.example"_s};
    config.local.mailRoot = dataDir + u"/mail"_s;
    config.outbound.mode = OutboundConfig::Mode::Smarthost;
    config.outbound.smarthost = u"127.0.0.1"_s;
    config.outbound.smarthostPort = sinkPort;
    config.hold.domains = {u"customer.example"_s};
    return config;
}

/// Submits one message; returns its queue id (empty on failure).
QString submit(quint16 port, const QByteArray &sender, const QByteArray &recipient)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return {};
    client.write("EHLO c\r\nMAIL FROM:<" + sender + ">\r\nRCPT TO:<" + recipient +
                 ">\r\nDATA\r\nSubject: queued\r\n\r\nbody\r\n.\r\nQUIT\r\n");
    QByteArray replies;
    const bool answered = QTest::qWaitFor(
        [&] {
            replies += client.readAll();
            return replies.contains("221 ");
        },
        5000);
    if (!answered)
        return {};
    const qsizetype at = replies.indexOf("250 2.0.0 Ok: queued as ");
    if (at < 0)
        return {};
    const qsizetype start = at + qsizetype(strlen("250 2.0.0 Ok: queued as "));
    return QString::fromLatin1(replies.mid(start, replies.indexOf('\r', start) - start));
}

/// The answer's body lines (after "ok"); fails the comparison with the error line otherwise.
QList<QByteArray> body(const QByteArray &answer)
{
    if (!answer.startsWith("ok\n"))
        return {answer};
    QList<QByteArray> lines = answer.mid(3).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList listRow(const ControlServer &server, const QByteArray &options)
{
    const QList<QByteArray> lines = body(server.answer("queue-list " + options));
    return lines.size() >= 2 ? parseRow(lines[1]) : QStringList{QString::fromUtf8(lines.value(0))};
}

} // namespace

class TestQueueControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listGroupsShowAndErrors();
    void retryHoldReleaseAndDeleteWithReport();
    void releaseOfEtrnHeldMailGoesToItsRoute();
    void queueChangedReachesWatchers();
};

void TestQueueControl::listGroupsShowAndErrors()
{
    QTemporaryDir dir;
    FakeSmtpServer sink;
    QVERIFY(sink.listen());
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, smarthostConfig(dir.path(), sink.port()), &error),
             qPrintable(error));
    ControlServer server;
    registerQueueCommands(server, &engine);
    const QString id = submit(engine.smtpPort(), "s@remote.example", "temp1@far.example");
    QVERIFY(!id.isEmpty());
    // The smarthost answers 451: the message stays, deferred.
    QTRY_COMPARE(listRow(server, "section=outbound").value(8), u"deferred"_s);

    const QList<QByteArray> list = body(server.answer("queue-list section=outbound sort=age order=desc"));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0], QByteArray("total=1"));
    const QStringList row = parseRow(list[1]);
    QCOMPARE(row.size(), 9);
    QCOMPARE(row[0], id);
    QCOMPARE(row[1], u"s@remote.example"_s);
    QCOMPARE(row[2], u"temp1@far.example"_s);
    QVERIFY(row[3].toInt() > 0);
    QVERIFY(QDateTime::fromString(row[4], Qt::ISODate).isValid());
    QVERIFY(row[4].endsWith(u'Z'));
    QCOMPARE(row[5], u"1"_s);
    QVERIFY(QDateTime::fromString(row[6], Qt::ISODate) > QDateTime::currentDateTimeUtc());
    QVERIFY2(row[7].contains(u"451"_s), qPrintable(row[7]));

    QCOMPARE(body(server.answer("queue-list section=inbound")), QList<QByteArray>{"total=0"});
    QCOMPARE(body(server.answer("queue-list search=TEMP1 limit=1")).size(), 2);
    QCOMPARE(body(server.answer("queue-list search=nobody")), QList<QByteArray>{"total=0"});
    QCOMPARE(body(server.answer("queue-list section=outbound group=far.example")).size(), 2);
    QCOMPARE(body(server.answer("queue-list section=outbound group=near.example")).size(), 1);

    const QList<QByteArray> groups = body(server.answer("queue-groups"));
    QCOMPARE(groups.size(), 1);
    QCOMPARE(parseRow(groups[0]), (QStringList{u"outbound"_s, u"far.example"_s, u"1"_s, row[3]}));

    const QList<QByteArray> show = body(server.answer("queue-show " + id.toLatin1()));
    const QHash<QString, QString> pairs = parsePairs(show);
    QCOMPARE(pairs.value(u"queue-id"_s), id);
    QCOMPARE(pairs.value(u"sender"_s), u"s@remote.example"_s);
    QCOMPARE(pairs.value(u"client"_s), u"127.0.0.1"_s);
    QCOMPARE(pairs.value(u"helo"_s), u"c"_s);
    QCOMPARE(pairs.value(u"size"_s), row[3]);
    QCOMPARE(pairs.value(u"on-hold"_s), u"no"_s);
    QVERIFY(pairs.value(u"headers"_s).contains(u"Subject: queued\r\n"_s));
    QVERIFY(pairs.value(u"headers"_s).startsWith(u"Received: "_s));
    const QStringList recipient = parseRow(show.last());
    QCOMPARE(recipient.mid(0, 6), (QStringList{u"recipient"_s, u"temp1@far.example"_s, u"remote"_s,
                                               u"deferred"_s, u"1"_s, row[6]}));
    QCOMPARE(recipient.value(7), QString());

    QCOMPARE(server.answer("queue-show NOSUCH"), QByteArray("error: no message NOSUCH in the queue\n"));
    QCOMPARE(server.answer("queue-retry NOSUCH " + id.toLatin1()),
             QByteArray("error: no message NOSUCH in the queue\n"));
    QCOMPARE(server.answer("queue-delete NOSUCH"), QByteArray("error: no message NOSUCH in the queue\n"));
    QVERIFY(server.answer("queue-list sort=colour").startsWith("error: unknown sort key colour"));
    QVERIFY(server.answer("queue-list section=elsewhere").startsWith("error: unknown section"));
    QVERIFY(server.answer("queue-list order=sideways").startsWith("error: unknown order"));
    QVERIFY(server.answer("queue-list limit=many").startsWith("error: "));
    QVERIFY(server.answer("queue-hold").startsWith("error: "));
    QVERIFY(server.answer("queue-retry").startsWith("error: "));
    QCOMPARE(engine.queueCounts().messages, 1);
}

void TestQueueControl::retryHoldReleaseAndDeleteWithReport()
{
    QTemporaryDir dir;
    FakeSmtpServer sink;
    QVERIFY(sink.listen());
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, smarthostConfig(dir.path(), sink.port()), &error),
             qPrintable(error));
    ControlServer server;
    registerQueueCommands(server, &engine);
    const QString id = submit(engine.smtpPort(), "s@remote.example", "temp2@far.example");
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(listRow(server, "").value(5), u"1"_s);
    QCOMPARE(sink.connections(), 1);

    // Retry now: delivery is woken and tries again at once.
    QCOMPARE(server.answer("queue-retry " + id.toLatin1()), QByteArray("ok\ncount=1\n"));
    QTRY_COMPARE(listRow(server, "").value(5), u"2"_s);
    QCOMPARE(sink.connections(), 2);

    // On hold: retry leaves it alone; release makes it due and delivery tries again.
    QCOMPARE(server.answer("queue-hold " + id.toLatin1()), QByteArray("ok\ncount=1\n"));
    QCOMPARE(listRow(server, "").value(8), u"on-hold"_s);
    QCOMPARE(listRow(server, "").value(6), u"-"_s);
    QCOMPARE(parsePairs(body(server.answer("queue-show " + id.toLatin1()))).value(u"on-hold"_s), u"yes"_s);
    QCOMPARE(server.answer("queue-retry all=yes"), QByteArray("ok\ncount=0\n"));
    QTest::qWait(300);
    QCOMPARE(sink.connections(), 2);
    QCOMPARE(server.answer("queue-release " + id.toLatin1()), QByteArray("ok\ncount=1\n"));
    QTRY_COMPARE(listRow(server, "").value(5), u"3"_s);
    QCOMPARE(sink.connections(), 3);

    // Deleted with a report: the sender's report leaves through the smarthost like any report.
    QCOMPARE(server.answer("queue-delete report=yes " + id.toLatin1()), QByteArray("ok\ncount=1\n"));
    QTRY_COMPARE(sink.received().size(), 1);
    const FakeSmtpServer::Received report = sink.received().first();
    QCOMPARE(report.sender, QByteArray());
    QCOMPARE(report.recipients, QList<QByteArray>{"s@remote.example"});
    QVERIFY(report.data.contains("Final-Recipient: rfc822; temp2@far.example"));
    QVERIFY(report.data.contains("deleted by the postmaster"));
    QTRY_COMPARE(engine.queueCounts().messages, 0);

    // Without a report, nobody hears of it.
    const QString second = submit(engine.smtpPort(), "s@remote.example", "temp3@far.example");
    QVERIFY(!second.isEmpty());
    QTRY_COMPARE(listRow(server, "").value(5), u"1"_s);
    QCOMPARE(server.answer("queue-delete " + second.toLatin1()), QByteArray("ok\ncount=1\n"));
    QCOMPARE(engine.queueCounts().messages, 0);
    QTest::qWait(300);
    QCOMPARE(sink.received().size(), 1);
}

void TestQueueControl::releaseOfEtrnHeldMailGoesToItsRoute()
{
    QTemporaryDir dir;
    FakeSmtpServer sink;
    QVERIFY(sink.listen());
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, smarthostConfig(dir.path(), sink.port()), &error),
             qPrintable(error));
    ControlServer server;
    registerQueueCommands(server, &engine);
    const QString id = submit(engine.smtpPort(), "s@remote.example", "a@customer.example");
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(body(server.answer("queue-groups")).size(), 1);
    QCOMPARE(parseRow(body(server.answer("queue-groups")).first()).mid(0, 3),
             (QStringList{u"held"_s, u"customer.example"_s, u"1"_s}));
    QCOMPARE(listRow(server, "section=held group=customer.example").value(8), u"held"_s);
    QCOMPARE(parseRow(body(server.answer("queue-show " + id.toLatin1())).last()).value(7),
             u"customer.example"_s);
    QTest::qWait(300);
    QCOMPARE(sink.connections(), 0);

    QCOMPARE(server.answer("queue-release " + id.toLatin1()), QByteArray("ok\ncount=1\n"));
    QTRY_COMPARE(sink.received().size(), 1);
    QCOMPARE(sink.received().first().recipients, QList<QByteArray>{"a@customer.example"});
    QTRY_COMPARE(engine.queueCounts().messages, 0);
}

void TestQueueControl::queueChangedReachesWatchers()
{
    QTemporaryDir dir;
    FakeSmtpServer sink;
    QVERIFY(sink.listen());
    Engine engine;
    QString error;
    EngineConfig config = smarthostConfig(dir.path(), sink.port());
    config.smtp.transferMode = TransferMode::InboundOnly; // nothing leaves: only our writes change the queue
    QVERIFY2(engine.start(dir.path() + u"/queue"_s, config, &error), qPrintable(error));
    ControlServer server;
    registerQueueCommands(server, &engine);
    const QString socketPath = dir.filePath(u"control.sock"_s);
    QVERIFY2(server.listen(socketPath, &error), qPrintable(error));
    QLocalSocket watcher;
    watcher.connectToServer(socketPath);
    QVERIFY(watcher.waitForConnected(5000));
    watcher.write("watch\n");
    QByteArray received;
    QTRY_VERIFY((received += watcher.readAll()).startsWith("ok\n"));

    const QString id = submit(engine.smtpPort(), "s@remote.example", "r@far.example");
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY((received += watcher.readAll()).contains("event\tqueue-changed\n"));
    received.clear();
    QTest::qWait(400); // the coalescing window is over
    received += watcher.readAll();
    QCOMPARE(received.count("queue-changed"), 0);
    QCOMPARE(server.answer("queue-hold " + id.toLatin1()), QByteArray("ok\ncount=1\n"));
    QTRY_VERIFY((received += watcher.readAll()).contains("event\tqueue-changed\n"));
}

QTEST_GUILESS_MAIN(TestQueueControl)
#include "tst_queuecontrol.moc"
