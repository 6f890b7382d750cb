// SPDX-License-Identifier: GPL-3.0-or-later
// The link part of the control socket on a real engine: the status pairs the console and the tray read
// (state, paused, last-ok, pid, ...), pause/resume, and the events watchers get: status-changed, and
// notify for a failed dial, a provider that refuses ETRN and a message that failed for good.

#include "ProviderPeer.h"

#include "control/ControlServer.h"
#include "control/LinkControl.h"
#include "core/Engine.h"
#include "link/LinkController.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

CommandLine shell(const QString &script)
{
    return {u"/bin/sh"_s, {u"-c"_s, script}};
}

EngineConfig officeConfig(const QString &dir, quint16 providerPort, bool dialWorks)
{
    EngineConfig config;
    config.smtp.hostName = u"gateway.office.test"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.local.localDomains = {u"office.test"_s};
    config.local.mailRoot = dir + u"/mail"_s;
    config.outbound.mode = OutboundConfig::Mode::Smarthost;
    config.outbound.smarthost = u"127.0.0.1"_s;
    config.outbound.smarthostPort = providerPort;
    LinkConfig &link = config.link;
    link.profile.kind = ConnectionProfile::Kind::Custom;
    link.profile.name = u"provider"_s;
    link.profile.connect = shell(dialWorks ? u"touch '%1/up'"_s.arg(dir) : u"exit 1"_s);
    link.profile.disconnect = shell(u"rm -f '%1/up'"_s.arg(dir));
    link.profile.probe.kind = LinkProbe::Kind::Command;
    link.profile.probe.command = {u"/usr/bin/test"_s, {u"-e"_s, dir + u"/up"_s}};
    link.profile.probe.timeLimitMs = 2000;
    link.profile.dialTimeLimitMs = 5000;
    link.profile.retries = 0;
    link.schedule.kind = Schedule::Kind::Manual;
    link.retrieval.method = RetrievalSettings::Method::Etrn;
    link.retrieval.domains = {u"@office.test"_s};
    link.retrieval.host = u"127.0.0.1"_s;
    link.retrieval.port = providerPort;
    link.retrieval.heloName = config.smtp.hostName;
    link.idleTimeoutMs = 300;
    link.firstDeliveryGraceMs = 300;
    return config;
}

/// An engine with its control server listening in a temporary folder, and a watcher on it.
struct Office
{
    QTemporaryDir dir;
    ProviderPeer provider;
    Engine engine;
    ControlServer server;
    QLocalSocket watcher;
    QList<QStringList> events;

    bool start(bool dialWorks = true, const std::function<void(EngineConfig &)> &adjust = {})
    {
        if (!dir.isValid() || !provider.listen())
            return false;
        EngineConfig config = officeConfig(dir.path(), provider.port(), dialWorks);
        if (adjust)
            adjust(config);
        QString error;
        if (!engine.start(dir.path() + u"/queue"_s, config, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        provider.setOfficePort(engine.smtpPort());
        registerLinkCommands(server, &engine);
        if (!server.listen(dir.path() + u"/control.sock"_s, &error))
            return false;
        QObject::connect(&watcher, &QLocalSocket::readyRead, &watcher, [this] {
            while (watcher.canReadLine()) {
                const QStringList row = parseRow(watcher.readLine().chopped(1));
                if (row.size() >= 2 && row.first() == u"event"_s)
                    events.append(row.mid(1));
            }
        });
        watcher.connectToServer(dir.path() + u"/control.sock"_s);
        watcher.write("watch\n");
        return watcher.waitForConnected(5000) &&
               QTest::qWaitFor([this] { return server.watcherCount() == 1; }, 5000);
    }

    QHash<QString, QString> status() const
    {
        const QByteArray answer = server.answer("status");
        return answer.startsWith("ok\n") ? parsePairs(answer.mid(3).split('\n')) : QHash<QString, QString>();
    }

    bool hasEvent(const QString &name, const QString &kind = QString()) const
    {
        for (const QStringList &event : events)
            if (event.first() == name && (kind.isEmpty() || event.value(1) == kind))
                return true;
        return false;
    }

    CycleRecord runCycle()
    {
        QSignalSpy finished(engine.link(), &LinkController::cycleFinished);
        engine.link()->connectNow();
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<CycleRecord>();
    }
};

bool submit(quint16 port, const QByteArray &recipient)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    client.write("EHLO c.office.test\r\nMAIL FROM:<boss@office.test>\r\nRCPT TO:<" + recipient +
                 ">\r\nDATA\r\nSubject: x\r\n\r\nbody\r\n.\r\nQUIT\r\n");
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

class TestLinkControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CycleRecord>(); }
    void statusPairsAndPause();
    void goodCycleChangesStatusWithoutNotifying();
    void failedDialNotifies();
    void refusedEtrnNotifies();
    void failedDeliveryNotifies();
};

void TestLinkControl::statusPairsAndPause()
{
    Office office;
    QVERIFY(office.start());
    QHash<QString, QString> status = office.status();
    QCOMPARE(status.value(u"state"_s), u"idle"_s);
    QCOMPARE(status.value(u"paused"_s), u"no"_s);
    QCOMPARE(status.value(u"last-ok"_s), u"-"_s);
    QCOMPARE(status.value(u"queued-held"_s), u"0"_s);
    QCOMPARE(status.value(u"pid"_s).toLongLong(), QCoreApplication::applicationPid());
    QCOMPARE(status.value(u"smtp-port"_s).toUShort(), office.engine.smtpPort());

    QCOMPARE(office.server.answer("pause"), "ok\n"_ba);
    QVERIFY(office.engine.link()->isSchedulePaused());
    QCOMPARE(office.status().value(u"paused"_s), u"yes"_s);
    QTRY_VERIFY(office.hasEvent(u"status-changed"_s));
    // Connect now still works while paused.
    const CycleRecord record = office.runCycle();
    QVERIFY(record.ok);
    QCOMPARE(office.server.answer("resume"), "ok\n"_ba);
    QCOMPARE(office.status().value(u"paused"_s), u"no"_s);
    QCOMPARE(office.status().value(u"last-ok"_s), u"yes"_s);
}

void TestLinkControl::goodCycleChangesStatusWithoutNotifying()
{
    Office office;
    QVERIFY(office.start());
    QVERIFY(submit(office.engine.smtpPort(), "friend@far.test"));
    QTRY_COMPARE(office.status().value(u"queued-remote"_s), u"1"_s);
    QTRY_VERIFY(office.hasEvent(u"status-changed"_s)); // the queued message
    office.events.clear();
    QVERIFY(office.runCycle().ok);
    QTRY_VERIFY(office.hasEvent(u"status-changed"_s));
    // Bursts are coalesced: a cycle's many phase changes give a few events, not one per change.
    QTest::qWait(400);
    QVERIFY2(office.events.size() <= 6, qPrintable(QString::number(office.events.size())));
    QVERIFY(!office.hasEvent(u"notify"_s));
    QCOMPARE(office.status().value(u"state"_s), u"idle"_s);
    QCOMPARE(office.status().value(u"queued-remote"_s), u"0"_s);
}

void TestLinkControl::failedDialNotifies()
{
    Office office;
    QVERIFY(office.start(false));
    const CycleRecord record = office.runCycle();
    QVERIFY(!record.ok);
    QTRY_VERIFY(office.hasEvent(u"notify"_s, u"dial-failed"_s));
    QCOMPARE(office.status().value(u"state"_s), u"error"_s);
    QCOMPARE(office.status().value(u"last-ok"_s), u"no"_s);
    // A hang-up by a person during dialing is no failure to announce.
    CycleRecord hungUp = record;
    hungUp.errors.append(QCoreApplication::translate("Sluice::LinkCycle", "The cycle was ended early."));
    QVERIFY(cycleNotifications(hungUp).isEmpty());
    QCOMPARE(cycleNotifications(record).size(), 1);
}

void TestLinkControl::refusedEtrnNotifies()
{
    Office office;
    QVERIFY(office.start());
    office.provider.setEtrnReply("458 Unable to queue messages for node office.test");
    office.runCycle();
    QTRY_VERIFY(office.hasEvent(u"notify"_s, u"retrieval-refused"_s));
    QVERIFY(!office.hasEvent(u"notify"_s, u"dial-failed"_s));
    for (const QStringList &event : office.events)
        if (event.value(1) == u"retrieval-refused"_s)
            QVERIFY2(event.value(2).contains(u"458"_s), qPrintable(event.value(2)));
}

void TestLinkControl::failedDeliveryNotifies()
{
    // A smarthost that refuses every recipient for good, on an always-connected link: mail leaves at once.
    QTcpServer refusing;
    QVERIFY(refusing.listen(QHostAddress::LocalHost));
    connect(&refusing, &QTcpServer::newConnection, this, [&refusing] {
        QTcpSocket *socket = refusing.nextPendingConnection();
        socket->write("220 refusing.test\r\n");
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            while (socket->canReadLine()) {
                const QByteArray verb = socket->readLine().left(4).toUpper();
                if (verb == "RCPT")
                    socket->write("550 5.1.1 no such user\r\n");
                else if (verb == "QUIT")
                    socket->write("221 bye\r\n");
                else if (verb == "EHLO")
                    socket->write("250 refusing.test\r\n");
                else
                    socket->write("250 ok\r\n");
            }
        });
    });
    Office office;
    QVERIFY(office.start(true, [&refusing](EngineConfig &config) {
        config.outbound.smarthostPort = refusing.serverPort();
        config.link.profile = ConnectionProfile();
        config.link.profile.kind = ConnectionProfile::Kind::AlwaysConnected;
        config.link.retrieval.method = RetrievalSettings::Method::None;
    }));
    QVERIFY(submit(office.engine.smtpPort(), "nobody@far.test"));
    QTRY_VERIFY_WITH_TIMEOUT(office.hasEvent(u"notify"_s, u"delivery-failed"_s), 15000);
}

QTEST_MAIN(TestLinkControl)
#include "tst_linkcontrol.moc"
