// SPDX-License-Identifier: GPL-3.0-or-later
// LinkDialer with real connect, disconnect and probe scripts in a temporary folder: retries, time
// limits, a link that was already up, TCP probes, the logon environment and the password kept out
// of every text.

#include "TestScripts.h"
#include "dial/LinkDialer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sluice;
using namespace SluiceTest;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"s3cr3t-Pässwörd"_s;

struct Fixture
{
    QTemporaryDir dir;
    LinkDialer dialer;
    QSignalSpy dialed{&dialer, &LinkDialer::dialed};
    QSignalSpy hungUp{&dialer, &LinkDialer::hungUp};
    QSignalSpy progress{&dialer, &LinkDialer::progress};

    Fixture() { dialer.setProbeIntervalMs(50); }

    QString path(const QString &name) const { return dir.filePath(name); }
    QByteArray quoted(const QString &name) const { return "'" + path(name).toUtf8() + "'"; }
    CommandLine script(const QString &name, const QByteArray &body) const
    {
        return {writeScript(dir, name, body), {}};
    }

    /// A custom profile whose connect script appends to connect.log and touches "up", whose
    /// disconnect script appends to disconnect.log and removes "up", and whose probe tests for "up".
    ConnectionProfile profile(const QByteArray &connectBody = {}) const
    {
        const CommandLine connect =
            script(u"connect.sh"_s, "echo run >> " + quoted(u"connect.log"_s) + "\n" +
                                        (connectBody.isEmpty() ? "touch " + quoted(u"up"_s) : connectBody));
        const CommandLine disconnect = script(
            u"disconnect.sh"_s, "echo run >> " + quoted(u"disconnect.log"_s) + "\nrm -f " + quoted(u"up"_s));
        LinkProbe probe = LinkProbe::commandProbe(script(u"probe.sh"_s, "test -f " + quoted(u"up"_s)));
        ConnectionProfile profile = ConnectionProfile::custom(u"Provider"_s, connect, disconnect, probe);
        profile.dialTimeLimitMs = 3000;
        profile.retries = 0;
        profile.retryDelayMs = 50;
        profile.hangUpTimeLimitMs = 3000;
        return profile;
    }

    int runs(const QString &log) const { return int(readAll(path(log)).count("run\n")); }

    DialResult dial(const ConnectionProfile &profile, int waitMs = 15000)
    {
        dialer.dial(profile, {u"gateway"_s, Password, u"EXAMPLE"_s});
        if (!QTest::qWaitFor([&] { return !dialed.isEmpty(); }, waitMs))
            return DialResult();
        return dialed.first().first().value<DialResult>();
    }

    bool hangUp(bool *ran, CommandResult *result = nullptr)
    {
        dialer.hangUp();
        if (!QTest::qWaitFor([&] { return !hungUp.isEmpty(); }, 10000))
            return false;
        *ran = hungUp.first().at(0).toBool();
        if (result)
            *result = hungUp.first().at(1).value<CommandResult>();
        return true;
    }

    QStringList progressTexts() const
    {
        QStringList texts;
        for (const QList<QVariant> &arguments : progress)
            texts.append(arguments.first().toString());
        return texts;
    }
};

/// Every text a dial result or the progress signal carries, to look for the password in.
QString allText(const DialResult &result, const QStringList &progress)
{
    QStringList texts = progress;
    texts << result.error << result.initialProbe;
    for (const DialAttempt &attempt : result.attempts) {
        texts << attempt.probe << attempt.connect.describe() << QString::fromUtf8(attempt.connect.output)
              << attempt.connect.startError << attempt.disconnect.describe()
              << QString::fromUtf8(attempt.disconnect.output);
    }
    return texts.join(u'\n');
}

} // namespace

class TestLinkDialer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectThenProbePasses()
    {
        Fixture f;
        // The link comes up a little after the connect command returns, as with pon.
        ConnectionProfile profile =
            f.profile("(sleep 0.3; touch " + f.quoted(u"up"_s) + ") >/dev/null 2>&1 &");
        const DialResult result = f.dial(profile);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.alreadyUp);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.profileId, u"custom:Provider"_s);
        QCOMPARE(result.attempts.size(), 1);
        QVERIFY(result.attempts.first().connect.ok());
        QVERIFY(result.attempts.first().up);
        QCOMPARE(result.attempts.first().probe, u"the check command succeeded"_s);
        QVERIFY(result.initialProbe.contains(u"exited with status 1"_s));
        QVERIFY(result.started.isValid() && result.finished >= result.started);
        QVERIFY(f.dialer.broughtLinkUp());
        QCOMPARE(f.runs(u"connect.log"_s), 1);
        QCOMPARE(f.runs(u"disconnect.log"_s), 0);
        QVERIFY(f.progressTexts().contains(u"Dialing Provider (attempt 1 of 1)…"_s));

        // Hanging up runs the disconnect script, once.
        bool ran = false;
        CommandResult hangUpResult;
        QVERIFY(f.hangUp(&ran, &hangUpResult));
        QVERIFY(ran);
        QVERIFY(hangUpResult.ok());
        QCOMPARE(f.runs(u"disconnect.log"_s), 1);
        QVERIFY(!QFile::exists(f.path(u"up"_s)));
        QVERIFY(!f.dialer.broughtLinkUp());
    }

    void connectFailsThenSucceedsOnRetry()
    {
        Fixture f;
        ConnectionProfile profile =
            f.profile("n=$(cat " + f.quoted(u"count"_s) +
                      " 2>/dev/null || echo 0); n=$((n + 1)); echo $n > " + f.quoted(u"count"_s) +
                      "\nif [ $n -lt 2 ]; then echo 'modem busy'; exit 1; fi\ntouch " + f.quoted(u"up"_s));
        profile.retries = 2;
        const DialResult result = f.dial(profile);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.attempts.size(), 2);
        QCOMPARE(result.attempts.at(0).connect.exitCode, 1);
        QCOMPARE(result.attempts.at(0).connect.output, "modem busy\n"_ba);
        QVERIFY(!result.attempts.at(0).up);
        QVERIFY(result.attempts.at(0).disconnectRan);
        QVERIFY(result.attempts.at(1).up);
        QVERIFY(!result.attempts.at(1).disconnectRan);
        QCOMPARE(f.runs(u"connect.log"_s), 2);
        QCOMPARE(f.runs(u"disconnect.log"_s), 1);
        const QStringList progress = f.progressTexts();
        QVERIFY(progress.contains(u"Dialing Provider (attempt 1 of 3)…"_s));
        QVERIFY(progress.contains(u"Dialing Provider (attempt 2 of 3)…"_s));
        QVERIFY(!progress.contains(u"Dialing Provider (attempt 3 of 3)…"_s));
    }

    void connectFailsEveryTime()
    {
        Fixture f;
        ConnectionProfile profile = f.profile("echo 'NO CARRIER'; exit 1");
        profile.retries = 2;
        const DialResult result = f.dial(profile);
        QVERIFY(!result.ok);
        QCOMPARE(result.attempts.size(), 3);
        QCOMPARE(result.error, u"The connect command exited with status 1 (3 attempts)"_s);
        for (const DialAttempt &attempt : result.attempts) {
            QCOMPARE(attempt.connect.output, "NO CARRIER\n"_ba);
            QVERIFY(attempt.disconnectRan);
        }
        QCOMPARE(f.runs(u"disconnect.log"_s), 3);
        QVERIFY(!f.dialer.broughtLinkUp());
        bool ran = true;
        QVERIFY(f.hangUp(&ran));
        QVERIFY(!ran);
        QCOMPARE(f.runs(u"disconnect.log"_s), 3);
    }

    void connectHangs()
    {
        Fixture f;
        ConnectionProfile profile = f.profile("sleep 100 & echo $! > " + f.quoted(u"sleep.pid"_s) +
                                              "\nwait\ntouch " + f.quoted(u"up"_s));
        profile.dialTimeLimitMs = 400;
        QElapsedTimer clock;
        clock.start();
        const DialResult result = f.dial(profile);
        QVERIFY(clock.elapsed() < 400 + 3000 + 2000);
        QVERIFY(!result.ok);
        QCOMPARE(result.attempts.size(), 1);
        QVERIFY(result.attempts.first().connect.timedOut);
        QCOMPARE(result.error, u"The connect command did not finish within 0.4 s (1 attempt)"_s);
        QVERIFY2(!processAlive(readPid(f.path(u"sleep.pid"_s))), "the connect script's child outlived it");
        QVERIFY(result.attempts.first().disconnectRan);
        QCOMPARE(f.runs(u"disconnect.log"_s), 1);
    }

    void probeNeverPasses()
    {
        Fixture f;
        ConnectionProfile profile = f.profile("echo dialed");
        profile.probe = LinkProbe::commandProbe(f.script(u"never.sh"_s, "echo no link; exit 1"));
        profile.dialTimeLimitMs = 300;
        profile.retries = 2;
        const DialResult result = f.dial(profile);
        QVERIFY(!result.ok);
        QCOMPARE(result.attempts.size(), 3);
        for (const DialAttempt &attempt : result.attempts) {
            QVERIFY(attempt.connect.ok());
            QCOMPARE(attempt.connect.output, "dialed\n"_ba);
            QVERIFY(!attempt.up);
            QCOMPARE(attempt.probe, u"the check command exited with status 1"_s);
            QVERIFY(attempt.disconnectRan);
        }
        QCOMPARE(f.runs(u"connect.log"_s), 3);
        QCOMPARE(f.runs(u"disconnect.log"_s), 3);
        QVERIFY2(result.error.startsWith(u"The link did not come up within 0.3 s"_s),
                 qPrintable(result.error));
        QVERIFY(result.error.endsWith(u"(3 attempts)"_s));
    }

    void tcpProbeServerStartsWhenDialed()
    {
        Fixture f;
        // A free port, closed again until the connect script has run.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();
        QTimer watch;
        watch.setInterval(20);
        QObject::connect(&watch, &QTimer::timeout, &server, [&] {
            if (QFile::exists(f.path(u"up"_s)) && !server.isListening())
                server.listen(QHostAddress::LocalHost, port);
        });
        watch.start();
        ConnectionProfile profile = f.profile();
        profile.probe = LinkProbe::tcpConnect(u"127.0.0.1"_s, port);
        profile.probe.timeLimitMs = 500;
        const DialResult result = f.dial(profile);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.alreadyUp);
        QVERIFY(server.isListening());
        QVERIFY2(result.initialProbe.startsWith(u"could not connect to 127.0.0.1 port"_s),
                 qPrintable(result.initialProbe));
        QCOMPARE(result.attempts.first().probe, u"127.0.0.1 port %1 answered"_s.arg(port));
        QCOMPARE(f.runs(u"connect.log"_s), 1);
    }

    void alreadyUpRunsNothing()
    {
        Fixture f;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConnectionProfile profile = f.profile("touch " + f.quoted(u"connect-marker"_s));
        profile.probe = LinkProbe::tcpConnect(u"127.0.0.1"_s, server.serverPort());
        const DialResult result = f.dial(profile);
        QVERIFY(result.ok);
        QVERIFY(result.alreadyUp);
        QVERIFY(result.attempts.isEmpty());
        QVERIFY(!QFile::exists(f.path(u"connect-marker"_s)));
        QVERIFY(!QFile::exists(f.path(u"connect.log"_s)));
        QVERIFY(!f.dialer.broughtLinkUp());

        bool ran = true;
        CommandResult hangUpResult;
        QVERIFY(f.hangUp(&ran, &hangUpResult));
        QVERIFY(!ran);
        QVERIFY(!hangUpResult.started);
        QVERIFY(!QFile::exists(f.path(u"disconnect.log"_s)));
    }

    void alwaysConnected()
    {
        Fixture f;
        f.dialer.dial(ConnectionProfile::alwaysConnected(), {});
        QCOMPARE(f.dialed.size(), 0); // asynchronously
        QVERIFY(f.dialed.wait(5000));
        const DialResult result = f.dialed.first().first().value<DialResult>();
        QVERIFY(result.ok);
        QVERIFY(result.alreadyUp);
        QCOMPARE(result.profileId, u"always"_s);
        bool ran = true;
        QVERIFY(f.hangUp(&ran));
        QVERIFY(!ran);
    }

    void logonEnvironmentReachesTheCommands()
    {
        Fixture f;
        const QByteArray dump =
            "printf '%s|%s|%s|%s\\n' \"$SLUICE_ACCOUNT\" \"$SLUICE_PASSWORD\" \"$SLUICE_DOMAIN\" "
            "\"$SLUICE_PROFILE\" >> ";
        ConnectionProfile profile = f.profile(dump + f.quoted(u"env"_s) + "\ntouch " + f.quoted(u"up"_s));
        profile.disconnect = f.script(u"disconnect-env.sh"_s, dump + f.quoted(u"env"_s));
        const DialResult result = f.dial(profile);
        QVERIFY2(result.ok, qPrintable(result.error));
        bool ran = false;
        QVERIFY(f.hangUp(&ran));
        QVERIFY(ran);
        const QByteArray line = "gateway|" + Password.toUtf8() + "|EXAMPLE|Provider\n";
        QCOMPARE(readAll(f.path(u"env"_s)), QByteArray(line + line));
    }

    void passwordStaysOutOfEveryText()
    {
        Fixture f;
        // A chatty script that prints the password and fails: the output is kept, the password is not.
        ConnectionProfile profile = f.profile("echo \"logging in with $SLUICE_PASSWORD\"; exit 2");
        profile.name = u"Provider"_s;
        profile.retries = 1;
        const DialResult result = f.dial(profile);
        QVERIFY(!result.ok);
        QCOMPARE(result.attempts.size(), 2);
        QCOMPARE(result.attempts.first().connect.output, "logging in with ********\n"_ba);
        const QString text = allText(result, f.progressTexts());
        QVERIFY(text.contains(u"exited with status 2"_s));
        QVERIFY(!text.contains(Password));
        QVERIFY(!text.toUtf8().contains(Password.toUtf8()));
    }

    void cancelWhileConnecting()
    {
        Fixture f;
        ConnectionProfile profile = f.profile("sleep 100 & echo $! > " + f.quoted(u"sleep.pid"_s) +
                                              "\nwait\ntouch " + f.quoted(u"up"_s));
        profile.dialTimeLimitMs = 60000;
        profile.retries = 3;
        f.dialer.dial(profile, {u"gateway"_s, Password, {}});
        QVERIFY(QTest::qWaitFor([&] { return readPid(f.path(u"sleep.pid"_s)) > 0; }, 5000));
        QVERIFY(f.dialer.isDialing());
        QElapsedTimer clock;
        clock.start();
        f.dialer.cancel();
        QVERIFY(f.dialed.wait(5000));
        QVERIFY(clock.elapsed() < 5000);
        const DialResult result = f.dialed.first().first().value<DialResult>();
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(result.error, u"cancelled"_s);
        QCOMPARE(result.attempts.size(), 1);
        QVERIFY(result.attempts.first().connect.cancelled);
        QVERIFY(result.attempts.first().disconnectRan); // nothing left half up
        QVERIFY(!processAlive(readPid(f.path(u"sleep.pid"_s))));
        QVERIFY(!f.dialer.broughtLinkUp());
        QTest::qWait(200);
        QCOMPARE(f.dialed.size(), 1);
    }

    void cancelWhileWaitingToRetry()
    {
        Fixture f;
        ConnectionProfile profile = f.profile("exit 1");
        profile.retries = 3;
        profile.retryDelayMs = 60000;
        f.dialer.dial(profile, {});
        QVERIFY(QTest::qWaitFor([&] { return f.runs(u"disconnect.log"_s) == 1; }, 5000));
        QTest::qWait(100);
        f.dialer.cancel();
        QVERIFY(f.dialed.wait(2000));
        const DialResult result = f.dialed.first().first().value<DialResult>();
        QCOMPARE(result.error, u"cancelled"_s);
        QCOMPARE(result.attempts.size(), 1);
        QCOMPARE(f.runs(u"connect.log"_s), 1);
    }

    void missingConnectProgram()
    {
        Fixture f;
        ConnectionProfile profile = f.profile();
        profile.connect = {f.path(u"no-such-dialer"_s), {}};
        const DialResult result = f.dial(profile);
        QVERIFY(!result.ok);
        QVERIFY(!result.attempts.first().connect.started);
        QVERIFY2(result.error.startsWith(u"The connect command could not be started"_s),
                 qPrintable(result.error));
        QVERIFY(!result.attempts.first().disconnectRan); // nothing ran, nothing to take down
        QVERIFY(!QFile::exists(f.path(u"disconnect.log"_s)));
    }

    void noProbeMeansExitZeroIsUp()
    {
        Fixture f;
        ConnectionProfile profile = f.profile();
        profile.probe = LinkProbe();
        const DialResult result = f.dial(profile);
        QVERIFY(result.ok);
        QVERIFY(!result.alreadyUp);
        QVERIFY(result.initialProbe.isEmpty());
        QVERIFY(f.dialer.broughtLinkUp());
        QCOMPARE(f.runs(u"connect.log"_s), 1);
    }

    void redialAfterHangUp()
    {
        Fixture f;
        const ConnectionProfile profile = f.profile();
        QVERIFY(f.dial(profile).ok);
        bool ran = false;
        QVERIFY(f.hangUp(&ran));
        QVERIFY(ran);
        f.dialed.clear();
        const DialResult again = f.dial(profile);
        QVERIFY(again.ok);
        QVERIFY(!again.alreadyUp);
        QCOMPARE(f.runs(u"connect.log"_s), 2);
    }

    void probeOnce()
    {
        Fixture f;
        QSignalSpy probed(&f.dialer, &LinkDialer::probed);
        ConnectionProfile profile = f.profile();
        f.dialer.probeOnce(profile);
        QVERIFY(probed.wait(5000));
        QCOMPARE(probed.last().at(0).toBool(), false);
        QVERIFY(QFile(f.path(u"up"_s)).open(QIODevice::WriteOnly));
        f.dialer.probeOnce(profile);
        QVERIFY(probed.wait(5000));
        QCOMPARE(probed.last().at(0).toBool(), true);
        QCOMPARE(probed.last().at(1).toString(), u"the check command succeeded"_s);
        QCOMPARE(f.runs(u"connect.log"_s), 0);

        // The loopback interface is up with an address; no interface is called "nosuchif".
        profile.probe = LinkProbe::interfaceUp(u"lo"_s);
        f.dialer.probeOnce(profile);
        QVERIFY(probed.wait(5000));
        QCOMPARE(probed.last().at(0).toBool(), true);
        QVERIFY2(probed.last().at(1).toString().startsWith(u"interface lo is up"_s),
                 qPrintable(probed.last().at(1).toString()));
        profile.probe = LinkProbe::interfaceUp(u"nosuchif"_s);
        f.dialer.probeOnce(profile);
        QVERIFY(probed.wait(5000));
        QCOMPARE(probed.last().at(0).toBool(), false);
    }

    void tcpProbeRefused()
    {
        Fixture f;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();
        QSignalSpy probed(&f.dialer, &LinkDialer::probed);
        ConnectionProfile profile = ConnectionProfile::alwaysConnected();
        profile.probe = LinkProbe::tcpConnect(u"127.0.0.1"_s, port);
        f.dialer.probeOnce(profile);
        QVERIFY(probed.wait(5000));
        QCOMPARE(probed.last().at(0).toBool(), false);
        QVERIFY(probed.last().at(1).toString().startsWith(u"could not connect to 127.0.0.1 port"_s));
    }

    void tcpProbeTimeLimit()
    {
        // Linux drops a SYN while the listener's accept queue is full: with a backlog of 0 and
        // accepting paused, one waiting connection fills it and the probe's connect hangs.
        Fixture f;
        QTcpServer server;
        server.setListenBacklogSize(0);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.pauseAccepting();
        QTcpSocket filler;
        filler.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(filler.waitForConnected(5000));
        QSignalSpy probed(&f.dialer, &LinkDialer::probed);
        ConnectionProfile profile = ConnectionProfile::alwaysConnected();
        profile.probe = LinkProbe::tcpConnect(u"127.0.0.1"_s, server.serverPort());
        profile.probe.timeLimitMs = 300;
        QElapsedTimer clock;
        clock.start();
        f.dialer.probeOnce(profile);
        QVERIFY(probed.wait(5000));
        QVERIFY(clock.elapsed() >= 250);
        QCOMPARE(probed.last().at(0).toBool(), false);
        QCOMPARE(probed.last().at(1).toString(),
                 u"no answer from 127.0.0.1 port %1 within 0.3 s"_s.arg(server.serverPort()));
    }
};

QTEST_GUILESS_MAIN(TestLinkDialer)
#include "tst_linkdialer.moc"
