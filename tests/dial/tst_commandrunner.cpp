// SPDX-License-Identifier: GPL-3.0-or-later
// CommandRunner and CommandLine: real programs (sh, printf, sleep), no shell in between, time limits
// that take the whole process group down.

#include "TestScripts.h"
#include "dial/ExternalCommand.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Sluice;
using namespace SluiceTest;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    CommandRunner runner;
    QSignalSpy spy{&runner, &CommandRunner::finished};

    bool wait(int ms)
    {
        return QTest::qWaitFor([&] { return spy.size() > 0; }, ms);
    }
    CommandResult result() const
    {
        return spy.isEmpty() ? CommandResult() : spy.first().first().value<CommandResult>();
    }
};

CommandLine sh(const QString &script)
{
    return {u"/bin/sh"_s, {u"-c"_s, script}};
}

} // namespace

class TestCommandRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successCapturesStdoutAndStderrInOrder()
    {
        Run run;
        run.runner.run(sh(u"echo one; echo two >&2; echo three"_s), {}, 10000);
        QVERIFY(run.runner.isRunning());
        QCOMPARE(run.spy.size(), 0); // never synchronously
        QVERIFY(run.wait(10000));
        const CommandResult result = run.result();
        QVERIFY(result.started);
        QVERIFY(result.ok());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.output, "one\ntwo\nthree\n"_ba);
        QCOMPARE(result.describe(), u"finished successfully"_s);
        QVERIFY(!run.runner.isRunning());
        QTest::qWait(100);
        QCOMPARE(run.spy.size(), 1);
    }

    void nonZeroExit()
    {
        Run run;
        run.runner.run(sh(u"echo failing; exit 3"_s), {}, 10000);
        QVERIFY(run.wait(10000));
        const CommandResult result = run.result();
        QVERIFY(result.started);
        QVERIFY(!result.ok());
        QVERIFY(!result.timedOut);
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.output, "failing\n"_ba);
        QCOMPARE(result.describe(), u"exited with status 3"_s);
    }

    void missingProgram()
    {
        QTemporaryDir dir;
        Run run;
        run.runner.run({dir.filePath(u"no-such-program"_s), {}}, {}, 10000);
        QCOMPARE(run.spy.size(), 0);
        QVERIFY(run.wait(10000));
        const CommandResult result = run.result();
        QVERIFY(!result.started);
        QVERIFY(!result.ok());
        QVERIFY2(result.describe().startsWith(u"could not be started"_s), qPrintable(result.describe()));

        // Not executable is the same to the admin.
        const QString plain = dir.filePath(u"plain-file"_s);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("echo hi\n");
        file.close();
        Run second;
        second.runner.run({plain, {}}, {}, 10000);
        QVERIFY(second.wait(10000));
        QVERIFY(!second.result().started);
        QTest::qWait(100);
        QCOMPARE(second.spy.size(), 1);
    }

    void emptyCommand()
    {
        Run run;
        run.runner.run(CommandLine(), {}, 1000);
        QCOMPARE(run.spy.size(), 0);
        QVERIFY(run.wait(5000));
        QVERIFY(!run.result().started);
    }

    void timeLimitKillsTheWholeGroup()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"child.pid"_s);
        Run run;
        QElapsedTimer clock;
        clock.start();
        // The shell waits for a child: killing only the shell would leave sleep running.
        run.runner.run(sh(u"sleep 100 & echo $! > '%1'; wait"_s.arg(pidFile)), {}, 500);
        QVERIFY(run.wait(3500));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 450 && elapsed < 3500, QByteArray::number(elapsed).constData());
        const CommandResult result = run.result();
        QVERIFY(result.started);
        QVERIFY(result.timedOut);
        QVERIFY(!result.ok());
        QCOMPARE(result.describe(), u"did not finish within 0.5 s"_s);
        const qint64 child = readPid(pidFile);
        QVERIFY(child > 0);
        QVERIFY2(!processAlive(child), "the background sleep outlived the time limit");
    }

    void sigkillAfterSigtermIsIgnored()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"child.pid"_s);
        Run run;
        QElapsedTimer clock;
        clock.start();
        // Both the shell and its child ignore SIGTERM: only SIGKILL, 2 s later, ends them.
        run.runner.run(sh(u"trap '' TERM; sleep 100 & echo $! > '%1'; wait; wait; wait"_s.arg(pidFile)), {},
                       300);
        QVERIFY(run.wait(300 + 3000));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 300 + CommandRunner::KillGraceMs - 100, QByteArray::number(elapsed).constData());
        const CommandResult result = run.result();
        QVERIFY(result.timedOut);
        QVERIFY(result.crashed);
        QVERIFY(!processAlive(readPid(pidFile)));
    }

    void backgroundChildDoesNotHoldFinishedBack()
    {
        // A connect script may leave a daemon behind (with our output pipe still open): finished()
        // comes when the script exits, and the daemon lives on.
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"daemon.pid"_s);
        Run run;
        run.runner.run(sh(u"sleep 30 & echo $! > '%1'; echo started"_s.arg(pidFile)), {}, 20000);
        QVERIFY(run.wait(5000));
        const qint64 daemon = readPid(pidFile);
        QVERIFY(run.result().ok());
        QVERIFY(run.result().output.startsWith("started\n"));
        QVERIFY(processAlive(daemon));
        ::kill(pid_t(daemon), SIGKILL);
    }

    void cancel()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(u"child.pid"_s);
        Run run;
        run.runner.run(sh(u"sleep 100 & echo $! > '%1'; wait"_s.arg(pidFile)), {}, 60000);
        QVERIFY(QTest::qWaitFor([&] { return readPid(pidFile) > 0; }, 5000));
        QElapsedTimer clock;
        clock.start();
        run.runner.cancel();
        QCOMPARE(run.spy.size(), 0);
        QVERIFY(run.wait(3000));
        QVERIFY(clock.elapsed() < 3000);
        const CommandResult result = run.result();
        QVERIFY(result.cancelled);
        QVERIFY(!result.timedOut);
        QVERIFY(result.crashed);
        QVERIFY(!result.ok());
        QVERIFY2(result.describe().startsWith(u"was cancelled"_s), qPrintable(result.describe()));
        QVERIFY(!processAlive(readPid(pidFile)));
        run.runner.cancel(); // nothing running: no second finished()
        QTest::qWait(100);
        QCOMPARE(run.spy.size(), 1);
    }

    void environmentIsPassed()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SLUICE_TEST_VALUE"_s, u"a b;c $d"_s);
        Run run;
        run.runner.run(sh(u"printf '%s' \"$SLUICE_TEST_VALUE\""_s), environment, 10000);
        QVERIFY(run.wait(10000));
        QCOMPARE(run.result().output, "a b;c $d"_ba);
    }

    void noShellInterpretation()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(u"x"_s);
        QString error;
        const CommandLine command = CommandLine::parse(
            u"printf \"%s|\" \"$HOME;echo x\" \"$(touch %1)\" `id` *"_s.arg(marker), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(command.program, u"printf"_s);
        Run run;
        run.runner.run(command, {}, 10000);
        QVERIFY(run.wait(10000));
        QCOMPARE(run.result().output, QByteArray("$HOME;echo x|$(touch " + marker.toUtf8() + ")|`id`|*|"));
        QVERIFY(!QFile::exists(marker));
    }

    void outputIsCapped()
    {
        Run run;
        run.runner.run({u"head"_s, {u"-c"_s, u"200000"_s, u"/dev/zero"_s}}, {}, 10000);
        QVERIFY(run.wait(10000));
        const CommandResult result = run.result();
        QVERIFY(result.ok());
        QCOMPARE(result.outputDroppedBytes, 200000 - CommandRunner::OutputLimit);
        QCOMPARE(result.output.left(CommandRunner::OutputLimit),
                 QByteArray(CommandRunner::OutputLimit, '\0'));
        QVERIFY(result.output.mid(CommandRunner::OutputLimit).contains("not kept"));
    }

    void runAgainAfterFinished()
    {
        Run run;
        run.runner.run(sh(u"exit 1"_s), {}, 10000);
        QVERIFY(run.wait(10000));
        run.runner.run(sh(u"echo again"_s), {}, 10000);
        QVERIFY(QTest::qWaitFor([&] { return run.spy.size() == 2; }, 10000));
        QCOMPARE(run.spy.at(1).first().value<CommandResult>().output, "again\n"_ba);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("plain") << u"pon provider"_s << u"pon"_s << QStringList{u"provider"_s};
        QTest::newRow("spaces") << u"  nmcli   connection up  "_s << u"nmcli"_s
                                << QStringList{u"connection"_s, u"up"_s};
        QTest::newRow("quoted") << u"nmcli connection up id \"Office VPN\""_s << u"nmcli"_s
                                << QStringList{u"connection"_s, u"up"_s, u"id"_s, u"Office VPN"_s};
        QTest::newRow("sh -c") << u"sh -c \"ip link set ppp0 down; echo done\""_s << u"sh"_s
                               << QStringList{u"-c"_s, u"ip link set ppp0 down; echo done"_s};
        QTest::newRow("escaped double quote")
            << u"echo \"say \\\"hi\\\"\""_s << u"echo"_s << QStringList{u"say \"hi\""_s};
        QTest::newRow("single quotes keep everything")
            << u"sh -c 'echo \"$HOME\" \\n'"_s << u"sh"_s << QStringList{u"-c"_s, u"echo \"$HOME\" \\n"_s};
        QTest::newRow("backslash escapes a space")
            << u"ls my\\ file"_s << u"ls"_s << QStringList{u"my file"_s};
        QTest::newRow("glued") << u"a\"b c\"d"_s << u"ab cd"_s << QStringList();
        QTest::newRow("empty argument")
            << u"printf \"\" x"_s << u"printf"_s << QStringList{QString(), u"x"_s};
        QTest::newRow("nothing") << u"   "_s << QString() << QStringList();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QString error = u"stale"_s;
        const CommandLine command = CommandLine::parse(text, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(command.program, program);
        QCOMPARE(command.arguments, arguments);
        // Written back and read again, the same words.
        const CommandLine again = CommandLine::parse(command.toText());
        QCOMPARE(again.program, program);
        QCOMPARE(again.arguments, arguments);
    }

    void unbalancedQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("open") << u"echo \"abc"_s;
        QTest::newRow("open at end") << u"echo abc \""_s;
        QTest::newRow("single") << u"sh -c 'echo"_s;
    }

    void unbalancedQuotes()
    {
        QFETCH(QString, text);
        QString error;
        const CommandLine command = CommandLine::parse(text, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(command.isEmpty());
        CommandLine::parse(text); // no error pointer: no crash
    }

    void toTextRoundTrip_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("plain") << u"pon"_s << QStringList{u"provider"_s};
        QTest::newRow("space in program") << u"/opt/my dialer/bin/dial"_s << QStringList{u"-v"_s};
        QTest::newRow("spaces") << u"nmcli"_s
                                << QStringList{u"connection"_s, u"up"_s, u"id"_s, u"Office VPN"_s};
        QTest::newRow("quotes") << u"echo"_s
                                << QStringList{u"\""_s,    u"\"\""_s,     u"a\"b"_s,          u"\"start"_s,
                                               u"end\""_s, u"\"both\""_s, u"say \"hi\" now"_s};
        QTest::newRow("empty") << u"printf"_s << QStringList{QString(), u"x"_s, QString()};
        QTest::newRow("shell characters") << u"sh"_s << QStringList{u"-c"_s, u"$HOME;echo x|cat 'q' \\n"_s};
        QTest::newRow("tab and newline") << u"printf"_s << QStringList{u"a\tb"_s, u"c\nd"_s};
    }

    void toTextRoundTrip()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const CommandLine command{program, arguments};
        QString error;
        const CommandLine back = CommandLine::parse(command.toText(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(command.toText()));
        QCOMPARE(back.program, program);
        QCOMPARE(back.arguments, arguments);
        QVERIFY(back == command);
    }

    void toTextQuotesOnlyWhenNeeded()
    {
        QCOMPARE((CommandLine{u"pon"_s, {u"provider"_s}}.toText()), u"pon provider"_s);
        QCOMPARE((CommandLine{u"nmcli"_s, {u"id"_s, u"My VPN"_s}}.toText()), u"nmcli id 'My VPN'"_s);
        QCOMPARE((CommandLine{u"echo"_s, {u"it's"_s}}.toText()), u"echo 'it'\\''s'"_s);
        QCOMPARE(CommandLine().toText(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
