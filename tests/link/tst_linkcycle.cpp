// SPDX-License-Identifier: GPL-3.0-or-later
// Whole link cycles through the real engine: a custom dial-up profile made of shell scripts, the
// engine's own listener and queue, and a scripted provider that takes the outbound mail, answers ETRN
// and then delivers the mail it held back to the office's listener.

#include "ProviderPeer.h"

#include "core/Engine.h"
#include "link/LinkController.h"
#include "log/ConnectionLog.h"
#include "schedule/Clock.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
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

/// A dial-up profile whose "link" is a marker file: connect creates it, disconnect removes it, the
/// probe tests it. Each command also leaves a trace file, so tests see what ran.
ConnectionProfile markerProfile(const QString &dir)
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Custom;
    profile.name = u"provider"_s;
    profile.connect = shell(u"echo connect >> '%1/trace'; touch '%1/up'"_s.arg(dir));
    profile.disconnect = shell(u"echo disconnect >> '%1/trace'; rm -f '%1/up'"_s.arg(dir));
    profile.probe.kind = LinkProbe::Kind::Command;
    profile.probe.command = {u"/usr/bin/test"_s, {u"-e"_s, dir + u"/up"_s}};
    profile.probe.timeLimitMs = 2000;
    profile.dialTimeLimitMs = 5000;
    profile.retries = 1;
    profile.retryDelayMs = 50;
    return profile;
}

EngineConfig officeConfig(const QString &dir, quint16 providerPort)
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
    link.profile = markerProfile(dir);
    link.schedule.kind = Schedule::Kind::Manual;
    link.retrieval.method = RetrievalSettings::Method::Etrn;
    link.retrieval.domains = {u"@office.test"_s};
    link.retrieval.host = u"127.0.0.1"_s;
    link.retrieval.port = providerPort;
    link.retrieval.heloName = config.smtp.hostName;
    link.idleTimeoutMs = 500;
    link.firstDeliveryGraceMs = 3000;
    return config;
}

bool submit(quint16 port, const QByteArray &recipient, const QByteArray &subject)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    client.write("EHLO client.office.test\r\nMAIL FROM:<boss@office.test>\r\nRCPT TO:<" + recipient +
                 ">\r\nDATA\r\nSubject: " + subject + "\r\n\r\nbody\r\n.\r\nQUIT\r\n");
    QByteArray replies;
    return QTest::qWaitFor(
               [&] {
                   replies += client.readAll();
                   return replies.contains("221 ");
               },
               5000) &&
           replies.contains("250 2.0.0 Ok: queued");
}

int maildirCount(const QString &dir, const QString &mailbox)
{
    return int(QDir(dir + u"/mail/"_s + mailbox + u"/new"_s).entryList(QDir::Files).size());
}

QByteArray trace(const QString &dir)
{
    QFile file(dir + u"/trace"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList phaseNames(const CycleRecord &record)
{
    QStringList names;
    for (const CyclePhase &phase : record.phases)
        names << phase.name;
    return names;
}

qint64 phaseMs(const CycleRecord &record, const QString &name)
{
    for (const CyclePhase &phase : record.phases)
        if (phase.name == name)
            return phase.started.msecsTo(phase.finished);
    return -1;
}

/// An office engine on a temporary data folder with a provider peer.
struct Office
{
    QTemporaryDir dir;
    ProviderPeer provider;
    Engine engine;

    bool start(const std::function<void(EngineConfig &)> &adjust = {})
    {
        if (!dir.isValid() || !provider.listen())
            return false;
        QDir().mkpath(dir.path() + u"/mail/alice"_s);
        EngineConfig config = officeConfig(dir.path(), provider.port());
        if (adjust)
            adjust(config);
        QString error;
        if (!engine.start(dir.path() + u"/queue"_s, config, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        provider.setOfficePort(engine.smtpPort());
        return true;
    }

    void holdForAlice(int count)
    {
        for (int i = 0; i < count; ++i)
            provider.hold({"news@far.test", "alice@office.test",
                           "Subject: held " + QByteArray::number(i) + "\r\n\r\nheld at the provider"});
    }

    /// Runs one cycle through "Connect now" and returns its record.
    CycleRecord runCycle(int timeoutMs = 15000)
    {
        QSignalSpy finished(engine.link(), &LinkController::cycleFinished);
        engine.link()->connectNow();
        if (!finished.wait(timeoutMs))
            return {};
        return finished.first().first().value<CycleRecord>();
    }
};

} // namespace

class TestLinkCycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CycleRecord>(); }
    void etrnCycleDeliversRetrievesAndHangsUp();
    void firstDeliveryGraceWaitsForASlowProvider();
    void withoutGraceTheIdleTimeOutHangsUpEarly();
    void dialFailureLeavesMailQueued();
    void linkAlreadyUpIsNotHungUp();
    void mailQueuedDuringTheCycleLeavesOnIt();
    void etrnNotSupportedIsSaidPlainly();
    void retrievalCommandIsRunAndRecorded();
    void retrievalCommandTimeOutIsRecorded();
    void connectNowDuringACycleRunsExactlyOneMore();
    void stoppingDuringTheWaitHangsUp();
    void alwaysScheduleKeepsTheLinkAndReconnects();
    void everyScheduleDialsAtStartAndAfterTheInterval();
    void whenQueuedScheduleDialsOnceMailHasWaited();
};

void TestLinkCycle::etrnCycleDeliversRetrievesAndHangsUp()
{
    Office office;
    QVERIFY(office.start());
    office.holdForAlice(2);
    office.provider.setReleaseDelayMs(200);
    QVERIFY(submit(office.engine.smtpPort(), "partner@far.test", "outbound one"));
    // Dial-up: nothing leaves before the cycle.
    QTest::qWait(300);
    QVERIFY(office.provider.receivedData().isEmpty());

    const CycleRecord record = office.runCycle();
    QVERIFY2(record.ok, qPrintable(record.result + u" / "_s + record.errors.join(u"; "_s)));
    QCOMPARE(record.trigger, u"manual"_s);
    QCOMPARE(phaseNames(record),
             (QStringList{u"dial"_s, u"deliver"_s, u"retrieve"_s, u"wait"_s, u"hangup"_s}));
    QCOMPARE(office.provider.receivedData().size(), 1);
    QVERIFY(office.provider.receivedData().first().contains("Subject: outbound one"));
    QCOMPARE(office.provider.etrnArguments(), QList<QByteArray>{"@office.test"});
    QTRY_COMPARE(maildirCount(office.dir.path(), u"alice"_s), 2);
    QCOMPARE(office.provider.heldLeft(), 0);
    QCOMPARE(record.messagesSent, 1);
    QVERIFY(record.bytesSent > 0);
    QCOMPARE(record.messagesReceived, 2);
    QCOMPARE(record.retrievalMethod, u"etrn"_s);
    QCOMPARE(record.retrievalReplies.size(), 1);
    QVERIFY2(record.retrievalReplies.first().startsWith(u"ETRN @office.test: 250"_s),
             qPrintable(record.retrievalReplies.first()));
    // Hung up: the disconnect command ran, after the connect command.
    QVERIFY(!QFile::exists(office.dir.path() + u"/up"_s));
    QCOMPARE(trace(office.dir.path()), QByteArray("connect\ndisconnect\n"));
    QVERIFY(phaseMs(record, u"wait"_s) >= 500);

    // The same record, and its sessions, are in the connection log.
    const QList<CycleRecord> logged = office.engine.connectionLog()->latestCycles(5);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().id, record.id);
    QCOMPARE(logged.first().messagesReceived, 2);
    QCOMPARE(phaseNames(logged.first()), phaseNames(record));
    QVERIFY(logged.first().finished.isValid());
    const QList<ConnectionRecord> sessions = office.engine.connectionLog()->sessionsOfCycle(record.id);
    QStringList kinds;
    for (const ConnectionRecord &session : sessions)
        kinds << session.kind;
    // The provider's delivery back is an inbound session of the same cycle.
    QCOMPARE(kinds, (QStringList{u"outbound"_s, u"retrieval"_s, u"inbound"_s}));
    QVERIFY(sessions.at(1).transcript.contains("ETRN @office.test"));
}

void TestLinkCycle::firstDeliveryGraceWaitsForASlowProvider()
{
    Office office;
    QVERIFY(office.start([](EngineConfig &config) {
        config.link.idleTimeoutMs = 300;
        config.link.firstDeliveryGraceMs = 4000;
    }));
    office.holdForAlice(1);
    office.provider.setReleaseDelayMs(1500); // longer than the idle time-out
    const CycleRecord record = office.runCycle();
    QVERIFY2(record.ok, qPrintable(record.result));
    QCOMPARE(record.messagesReceived, 1);
    QCOMPARE(maildirCount(office.dir.path(), u"alice"_s), 1);
    QVERIFY(phaseMs(record, u"wait"_s) >= 1500);
    // Once the first delivery came, the idle time-out alone applies: no waiting out the whole grace.
    QVERIFY2(phaseMs(record, u"wait"_s) < 3500, qPrintable(QString::number(phaseMs(record, u"wait"_s))));
}

void TestLinkCycle::withoutGraceTheIdleTimeOutHangsUpEarly()
{
    Office office;
    QVERIFY(office.start([](EngineConfig &config) {
        config.link.idleTimeoutMs = 300;
        config.link.firstDeliveryGraceMs = 0;
    }));
    office.holdForAlice(1);
    office.provider.setReleaseDelayMs(1500);
    const CycleRecord record = office.runCycle();
    QCOMPARE(record.messagesReceived, 0);
    QVERIFY(phaseMs(record, u"wait"_s) < 1500);
    QVERIFY(!QFile::exists(office.dir.path() + u"/up"_s));
}

void TestLinkCycle::dialFailureLeavesMailQueued()
{
    Office office;
    QVERIFY(office.start([&office](EngineConfig &config) {
        config.link.profile.connect =
            shell(u"echo connect >> '%1/trace'; echo modem busy; exit 1"_s.arg(office.dir.path()));
    }));
    QVERIFY(submit(office.engine.smtpPort(), "partner@far.test", "waits"));
    const CycleRecord record = office.runCycle();
    QVERIFY(record.id > 0);
    QVERIFY(!record.ok);
    QVERIFY2(record.dialResult.contains(u"status 1"_s), qPrintable(record.dialResult));
    QVERIFY(record.details.contains("modem busy"));
    // The first attempt and one retry, each cleaned up with the disconnect command.
    QCOMPARE(trace(office.dir.path()), QByteArray("connect\ndisconnect\nconnect\ndisconnect\n"));
    QCOMPARE(phaseNames(record), QStringList{u"dial"_s});
    QVERIFY(office.provider.receivedData().isEmpty());
    QVERIFY(office.provider.etrnArguments().isEmpty());
    QCOMPARE(office.engine.queueCounts().messages, 1);
}

void TestLinkCycle::linkAlreadyUpIsNotHungUp()
{
    Office office;
    QVERIFY(office.start());
    QFile up(office.dir.path() + u"/up"_s);
    QVERIFY(up.open(QIODevice::WriteOnly));
    up.close();
    const CycleRecord record = office.runCycle();
    QVERIFY2(record.ok, qPrintable(record.result));
    QVERIFY(record.dialResult.contains(u"already up"_s));
    QCOMPARE(trace(office.dir.path()), QByteArray()); // neither connect nor disconnect ran
    QVERIFY(QFile::exists(office.dir.path() + u"/up"_s));
}

void TestLinkCycle::mailQueuedDuringTheCycleLeavesOnIt()
{
    Office office;
    QVERIFY(office.start([](EngineConfig &config) { config.link.idleTimeoutMs = 1500; }));
    office.provider.setEtrnReply("251 OK, no messages waiting for node");
    bool submitted = false;
    connect(office.engine.link(), &LinkController::statusChanged, &office.engine, [&] {
        if (!submitted && office.engine.link()->status().phase == LinkCycle::Phase::Waiting) {
            submitted = true;
            QMetaObject::invokeMethod(
                &office.engine, [&] { QVERIFY(submit(office.engine.smtpPort(), "late@far.test", "late")); },
                Qt::QueuedConnection);
        }
    });
    const CycleRecord record = office.runCycle();
    QVERIFY(submitted);
    QVERIFY2(record.ok, qPrintable(record.result));
    QCOMPARE(record.messagesSent, 1);
    QCOMPARE(office.provider.receivedData().size(), 1);
    QVERIFY(record.retrievalReplies.first().contains(u"251"_s));
}

void TestLinkCycle::etrnNotSupportedIsSaidPlainly()
{
    Office office;
    QVERIFY(office.start());
    office.provider.setEtrnReply("502 5.5.1 ETRN not implemented");
    const CycleRecord record = office.runCycle();
    QVERIFY(!record.retrievalReplies.isEmpty());
    QVERIFY2(record.retrievalReplies.first().contains(u"does not accept ETRN"_s),
             qPrintable(record.retrievalReplies.first()));
    QVERIFY(!QFile::exists(office.dir.path() + u"/up"_s));
}

void TestLinkCycle::retrievalCommandIsRunAndRecorded()
{
    Office office;
    QVERIFY(office.start([](EngineConfig &config) {
        config.link.retrieval.method = RetrievalSettings::Method::Command;
        config.link.retrieval.domains = {u"office.test"_s};
        config.link.retrievalCommand = shell(u"echo released $SLUICE_DOMAINS"_s);
        config.link.firstDeliveryGraceMs = 0;
    }));
    const CycleRecord record = office.runCycle();
    QVERIFY2(record.ok, qPrintable(record.result));
    QCOMPARE(record.retrievalMethod, u"command"_s);
    QVERIFY(record.details.contains("released office.test"));

    office.engine.link()->configure([&] {
        LinkConfig link = office.engine.config().link;
        link.retrieval.method = RetrievalSettings::Method::Command;
        link.retrievalCommand = shell(u"echo cannot reach the provider; exit 3"_s);
        link.firstDeliveryGraceMs = 0;
        return link;
    }());
    const CycleRecord failed = office.runCycle();
    QVERIFY(!failed.ok);
    QVERIFY(failed.details.contains("cannot reach the provider"));
    QVERIFY2(failed.errors.join(u' ').contains(u"status 3"_s), qPrintable(failed.errors.join(u' ')));
}

void TestLinkCycle::retrievalCommandTimeOutIsRecorded()
{
    Office office;
    QVERIFY(office.start([](EngineConfig &config) {
        config.link.retrieval.method = RetrievalSettings::Method::Command;
        config.link.retrievalCommand = shell(u"sleep 30"_s);
        config.link.retrievalCommandTimeLimitMs = 300;
    }));
    QElapsedTimer timer;
    timer.start();
    const CycleRecord record = office.runCycle();
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!record.ok);
    QVERIFY(!record.errors.isEmpty());
    QVERIFY(!QFile::exists(office.dir.path() + u"/up"_s));
}

void TestLinkCycle::connectNowDuringACycleRunsExactlyOneMore()
{
    Office office;
    QVERIFY(office.start([](EngineConfig &config) { config.link.idleTimeoutMs = 400; }));
    QSignalSpy finished(office.engine.link(), &LinkController::cycleFinished);
    office.engine.link()->connectNow();
    QTRY_VERIFY(office.engine.link()->status().phase != LinkCycle::Phase::Idle);
    office.engine.link()->connectNow();
    office.engine.link()->connectNow();
    office.engine.link()->connectNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QTest::qWait(1500); // no third cycle follows
    QCOMPARE(finished.size(), 2);
    QCOMPARE(trace(office.dir.path()), QByteArray("connect\ndisconnect\nconnect\ndisconnect\n"));
}

void TestLinkCycle::stoppingDuringTheWaitHangsUp()
{
    Office office;
    QVERIFY(office.start([](EngineConfig &config) { config.link.idleTimeoutMs = 60000; }));
    office.engine.link()->connectNow();
    QTRY_COMPARE_WITH_TIMEOUT(office.engine.link()->status().phase, LinkCycle::Phase::Waiting, 10000);
    QVERIFY(QFile::exists(office.dir.path() + u"/up"_s));
    QSignalSpy stopped(&office.engine, &Engine::stopped);
    office.engine.stop(1000);
    QVERIFY(stopped.wait(10000));
    QVERIFY(!QFile::exists(office.dir.path() + u"/up"_s));
    const QList<CycleRecord> logged = office.engine.connectionLog()->latestCycles(1);
    QCOMPARE(logged.size(), 1);
    QVERIFY(logged.first().finished.isValid());
    QVERIFY(!logged.first().ok);
}

void TestLinkCycle::alwaysScheduleKeepsTheLinkAndReconnects()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Office office;
    office.engine.setClock(&clock);
    QVERIFY(office.start([](EngineConfig &config) {
        config.link.schedule.kind = Schedule::Kind::Always;
        config.link.alwaysProbeIntervalMs = 100;
    }));
    // The first cycle starts by itself and leaves the link up.
    QTRY_VERIFY_WITH_TIMEOUT(office.engine.link()->status().linkHeld, 10000);
    QVERIFY(QFile::exists(office.dir.path() + u"/up"_s));
    // While the link is held, mail leaves at once.
    QVERIFY(submit(office.engine.smtpPort(), "partner@far.test", "immediate"));
    QTRY_COMPARE(office.provider.receivedData().size(), 1);
    // The link drops: the probe notices and a reconnect cycle brings it back (after the back-off).
    QFile::remove(office.dir.path() + u"/up"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!office.engine.link()->status().linkHeld, 5000);
    clock.advance(60 * 1000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(office.dir.path() + u"/up"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(office.engine.link()->status().linkHeld, 10000);
    QCOMPARE(office.engine.link()->status().lastCycle.trigger, u"reconnect"_s);
}

void TestLinkCycle::everyScheduleDialsAtStartAndAfterTheInterval()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    Office office;
    office.engine.setClock(&clock);
    QVERIFY(office.start([](EngineConfig &config) {
        config.link.schedule.kind = Schedule::Kind::Every;
        config.link.schedule.everyMinutes = 90;
        config.link.idleTimeoutMs = 200;
    }));
    QSignalSpy finished(office.engine.link(), &LinkController::cycleFinished);
    QVERIFY(finished.wait(10000)); // the IMS dials at start
    QCOMPARE(finished.first().first().value<CycleRecord>().trigger, u"startup"_s);
    const QDateTime next = office.engine.link()->status().nextCycle;
    QVERIFY(next.isValid());
    QCOMPARE(clock.now().secsTo(next), 90 * 60); // the clock stood still during the cycle
    clock.advance(89 * 60 * 1000);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    clock.advance(2 * 60 * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(finished.last().first().value<CycleRecord>().trigger, u"schedule"_s);
}

void TestLinkCycle::whenQueuedScheduleDialsOnceMailHasWaited()
{
    // The queue stamps arrival with the real time, so the manual clock starts there.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    Office office;
    office.engine.setClock(&clock);
    QVERIFY(office.start([](EngineConfig &config) {
        config.link.schedule.kind = Schedule::Kind::WhenQueued;
        config.link.schedule.queuedMinutes = 15;
        config.link.idleTimeoutMs = 200;
    }));
    QSignalSpy finished(office.engine.link(), &LinkController::cycleFinished);
    clock.advance(30 * 60 * 1000);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0); // nothing queued, nothing to dial for
    clock.setNow(QDateTime::currentDateTimeUtc());
    QVERIFY(submit(office.engine.smtpPort(), "partner@far.test", "waiting"));
    clock.advance(10 * 60 * 1000);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0); // queued, but not for long enough
    clock.advance(6 * 60 * 1000);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<CycleRecord>().trigger, u"queued"_s);
    QCOMPARE(office.provider.receivedData().size(), 1);
}

QTEST_GUILESS_MAIN(TestLinkCycle)
#include "tst_linkcycle.moc"
