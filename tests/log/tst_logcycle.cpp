// SPDX-License-Identifier: GPL-3.0-or-later
// A real link cycle in the connection log, read back through the control verbs: the office sends one
// message to a smarthost that wants AUTH PLAIN (FakeSmtpPeer), asks the provider (ProviderPeer) with
// ETRN, and the provider delivers its held message back to the office's listener. log-list shows the
// cycle's row; log-show gives its fields and, in order, the outbound session (AUTH redacted, the
// password nowhere), the ETRN session and the inbound delivery back, which carries the cycle's id.

#include "FakeSmtpPeer.h"
#include "ProviderPeer.h"

#include "control/ControlServer.h"
#include "control/LogControl.h"
#include "core/Engine.h"
#include "link/LinkController.h"
#include "log/ConnectionLog.h"

#include <QDir>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"Pr0vider-Pass"_s;
const QByteArray Credentials = QByteArray("\0office\0Pr0vider-Pass", 21).toBase64();

const QByteArray SmarthostScript = R"(
    S: 220 smarthost.provider.test ESMTP
    C~ EHLO .*
    S: 250-smarthost.provider.test
    S: 250 AUTH PLAIN
    C~ AUTH PLAIN .*
    S: 235 2.7.0 Authentication successful
    C~ MAIL FROM:<boss@office\.test>.*
    S: 250 2.1.0 Ok
    C: RCPT TO:<partner@far.test>
    S: 250 2.1.5 Ok
    C: DATA
    S: 354 go ahead
    D:
    S: 250 2.0.0 Ok
    C: QUIT
    S: 221 Bye
)"_ba;

CommandLine shell(const QString &script)
{
    return {u"/bin/sh"_s, {u"-c"_s, script}};
}

EngineConfig officeConfig(const QString &dir, quint16 smarthostPort, quint16 providerPort)
{
    EngineConfig config;
    config.smtp.hostName = u"gateway.office.test"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.local.localDomains = {u"office.test"_s};
    config.local.mailRoot = dir + u"/mail"_s;
    config.outbound.mode = OutboundConfig::Mode::Smarthost;
    config.outbound.smarthost = u"127.0.0.1"_s;
    config.outbound.smarthostPort = smarthostPort;
    config.outbound.smarthostSecurity.auth = ClientSecurity::Auth::Plain;
    config.outbound.smarthostSecurity.account = u"office"_s;
    config.outbound.smarthostSecurity.password = Password;
    config.outbound.smarthostSecurity.allowPlaintextAuth = true;
    config.logLevel = LogLevel::Maximum;
    LinkConfig &link = config.link;
    link.profile.kind = ConnectionProfile::Kind::Custom;
    link.profile.name = u"provider"_s;
    link.profile.connect = shell(u"touch '%1/up'"_s.arg(dir));
    link.profile.disconnect = shell(u"rm -f '%1/up'"_s.arg(dir));
    link.profile.probe.kind = LinkProbe::Kind::Command;
    link.profile.probe.command = {u"/usr/bin/test"_s, {u"-e"_s, dir + u"/up"_s}};
    link.profile.probe.timeLimitMs = 2000;
    link.profile.dialTimeLimitMs = 5000;
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

bool submit(quint16 port)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    client.write("EHLO client.office.test\r\nMAIL FROM:<boss@office.test>\r\nRCPT TO:<partner@far.test>\r\n"
                 "DATA\r\nSubject: to the partner\r\n\r\nbody\r\n.\r\nQUIT\r\n");
    QByteArray replies;
    return QTest::qWaitFor(
        [&] {
            replies += client.readAll();
            return replies.contains("221 ");
        },
        5000);
}

QList<QByteArray> bodyLines(const QByteArray &answer)
{
    QList<QByteArray> lines = answer.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestLogCycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CycleRecord>(); }
    void cycleRecordThroughLogShow();
};

void TestLogCycle::cycleRecordThroughLogShow()
{
    QTemporaryDir dir;
    FakeSmtpPeer smarthost(SmarthostScript);
    ProviderPeer provider;
    QVERIFY(smarthost.start());
    QVERIFY(provider.listen());
    QDir().mkpath(dir.path() + u"/mail/alice"_s);
    provider.hold(
        {"news@far.test", "alice@office.test", "Subject: held for alice\r\n\r\nheld at the provider"});
    Engine engine;
    QString error;
    QVERIFY2(engine.start(dir.path() + u"/queue"_s,
                          officeConfig(dir.path(), smarthost.port(), provider.port()), &error),
             qPrintable(error));
    provider.setOfficePort(engine.smtpPort());
    ControlServer control;
    registerLogCommands(control, &engine);
    QVERIFY(submit(engine.smtpPort()));

    QSignalSpy finished(engine.link(), &LinkController::cycleFinished);
    engine.link()->connectNow();
    QVERIFY(finished.wait(15000));
    const CycleRecord record = finished.first().first().value<CycleRecord>();
    QVERIFY2(record.ok, qPrintable(record.result + u" / "_s + record.errors.join(u"; "_s)));
    QVERIFY2(smarthost.isAllScenarioDone(), smarthost.report().constData());
    QVERIFY(
        smarthost.receivedLineStartingWith(QByteArray("AUTH PLAIN " + Credentials))); // it really logged in

    // The listing: the cycle, and the office's own submission before it as a session of its own.
    const QList<QByteArray> list = bodyLines(control.answer("log-list"));
    QCOMPARE(list.value(0), "ok");
    QCOMPARE(list.value(1), "total=2");
    const QStringList row = parseRow(list.value(2));
    QCOMPARE(row.value(0), u"c%1"_s.arg(record.id));
    QCOMPARE(row.value(2), u"cycle"_s);
    QCOMPARE(row.value(3), u"manual"_s);
    QCOMPARE(row.value(5), u"1"_s); // sent
    QCOMPARE(row.value(6), u"1"_s); // received
    QVERIFY2(row.value(7).startsWith(u"ETRN @office.test: 250"_s), qPrintable(row.value(7)));
    QCOMPARE(row.value(8), u"ok"_s);
    QCOMPARE(parseRow(list.value(3)).value(2), u"inbound"_s);

    const QByteArray show = control.answer("log-show c" + QByteArray::number(record.id));
    QVERIFY2(show.startsWith("ok\n"), show.constData());
    const QHash<QString, QString> pairs = parsePairs(bodyLines(show));
    QCOMPARE(pairs.value(u"trigger"_s), u"manual"_s);
    QCOMPARE(pairs.value(u"result"_s), u"ok"_s);
    QVERIFY(pairs.value(u"phases"_s).contains(u"dial "_s));
    QVERIFY(pairs.value(u"phases"_s).contains(u"hangup "_s));
    const QString transcript = pairs.value(u"transcript"_s);
    const qsizetype outbound = transcript.indexOf(u"== outbound"_s);
    const qsizetype retrieval = transcript.indexOf(u"== retrieval"_s);
    const qsizetype inbound = transcript.indexOf(u"== inbound"_s);
    QVERIFY2(outbound >= 0 && retrieval > outbound && inbound > retrieval, qPrintable(transcript));
    QVERIFY2(transcript.indexOf(u"C: AUTH PLAIN [redacted]"_s) > outbound, qPrintable(transcript));
    QVERIFY(transcript.contains(u"C: ETRN @office.test"_s));
    QVERIFY(transcript.indexOf(u"C: EHLO provider.test"_s) > inbound); // the delivery back, inbound
    QVERIFY(transcript.contains(u"H: Subject: held for alice"_s));     // maximum: header lines
    QVERIFY(!transcript.contains(u"held at the provider"_s));          // never the body
    QVERIFY(!transcript.contains(QString::fromLatin1(Credentials)));
    QVERIFY(!transcript.contains(Password));
    QVERIFY(!show.contains(Credentials));
}

QTEST_GUILESS_MAIN(TestLogCycle)
#include "tst_logcycle.moc"
