// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;
class QTimer;

namespace Sluice {

/// A program and its arguments, run WITHOUT a shell. An admin who wants a shell writes it: `sh -c "..."`.
/// No shell means a password or a host name in an argument can never be taken for shell syntax.
struct CommandLine
{
    QString program;
    QStringList arguments;

    bool isEmpty() const { return program.isEmpty(); }
    /// Splits text into words as a POSIX shell would, without expanding anything: white space
    /// separates words, 'single quotes' and "double quotes" group them, a backslash escapes the next
    /// character (inside double quotes only \" and \\). A quoted empty word ('') is kept as an
    /// empty argument. Unbalanced quotes are an error (an empty CommandLine, *error says why).
    static CommandLine parse(const QString &text, QString *error = nullptr);
    /// Back to one line that parse() reads the same (quoting as needed).
    QString toText() const;

    friend bool operator==(const CommandLine &a, const CommandLine &b)
    {
        return a.program == b.program && a.arguments == b.arguments;
    }
    friend bool operator!=(const CommandLine &a, const CommandLine &b) { return !(a == b); }
};

/// What one external command did. Its output is kept for the log and the console, which is why the
/// plain-words describe() never quotes it.
struct CommandResult
{
    bool started = false; ///< false: program missing / not executable
    bool timedOut = false;
    bool cancelled = false; ///< CommandRunner::cancel() killed it
    bool crashed = false;   ///< ended by a signal (also after a time-out or cancel)
    int exitCode = -1;
    QByteArray output;             ///< stdout and stderr merged, in order; the first 64 KiB (see below)
    qint64 outputDroppedBytes = 0; ///< bytes after the first 64 KiB, not kept (a note ends output)
    qint64 elapsedMs = 0;
    int timeLimitMs = 0;
    QString startError; ///< why it could not be started (when !started)

    bool ok() const { return started && !timedOut && !cancelled && !crashed && exitCode == 0; }
    /// Plain words: "exited with status 3", "did not finish within 30 s", "could not be started: ...".
    QString describe() const;
};

/// Runs one command with a time limit. The child runs in its own process group (setsid via
/// QProcess::setChildProcessModifier) so a time-out kills the whole group: SIGTERM, then SIGKILL after 2 s;
/// a script that started `sleep 1000` must not outlive the limit nor keep finished() from coming.
///
/// A command that exits by itself leaves its background children alone: a connect script may well
/// start a daemon (pppd detaches the same way). Standard input is /dev/null, so a command that asks
/// a question gets end-of-file instead of hanging until the time limit.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    /// Output kept per command; the rest is counted in CommandResult::outputDroppedBytes.
    static constexpr qsizetype OutputLimit = 64 * 1024;
    /// Between SIGTERM and SIGKILL to the group.
    static constexpr int KillGraceMs = 2000;

    explicit CommandRunner(QObject *parent = nullptr);
    /// Kills a command still running (SIGKILL to its group), without finished().
    ~CommandRunner() override;

    /// An empty environment means the environment of Sluice itself. Ignored while a command runs.
    void run(const CommandLine &command, const QProcessEnvironment &environment, int timeLimitMs);
    /// Kill the group now; finished() still comes (timedOut=false, cancelled=true, crashed or killed noted).
    void cancel();
    bool isRunning() const { return m_running; }
    /// After the last command ended: SIGKILL to whatever is left of its process group (the children
    /// it started and left running). For a connect command whose attempt failed: a half-started
    /// dialer must not outlive it. Nothing when no command ran or its group is gone.
    void killLeftovers();

Q_SIGNALS:
    void finished(const Sluice::CommandResult &result); // always exactly once per run(), asynchronously

private:
    void readOutput();
    void onProcessFinished(int exitCode, int exitStatus);
    void onStartFailed();
    void terminateGroup(); ///< SIGTERM now, SIGKILL after KillGraceMs
    void checkGroupGone();
    void maybeFinish();
    void finish();

    QProcess *m_process = nullptr;
    QTimer *m_limitTimer;
    QTimer *m_groupTimer; ///< polls the group after SIGTERM
    QElapsedTimer m_clock;
    QElapsedTimer m_termClock;
    CommandResult m_result;
    qint64 m_group = 0; ///< process group id (= the child's pid, thanks to setsid), 0 when none
    bool m_running = false;
    bool m_processDone = false;
    bool m_killing = false; ///< SIGTERM sent, waiting for the group to go
};

} // namespace Sluice

Q_DECLARE_METATYPE(Sluice::CommandLine)
Q_DECLARE_METATYPE(Sluice::CommandResult)
