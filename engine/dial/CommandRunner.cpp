// SPDX-License-Identifier: GPL-3.0-or-later
#include "dial/DialLog.h"
#include "dial/ExternalCommand.h"

#include <QProcess>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDial, "sluice.dial")

namespace Sluice {

namespace {
/// How often the group is looked at after SIGTERM: most commands are gone within one look.
constexpr int GroupPollMs = 50;

bool groupExists(qint64 group)
{
    return ::kill(pid_t(-group), 0) == 0 || errno != ESRCH;
}

void signalGroup(qint64 group, int signal)
{
    // Before the child's setsid() the group does not exist yet: then signal the child alone.
    if (::kill(pid_t(-group), signal) != 0 && errno == ESRCH)
        ::kill(pid_t(group), signal);
}
} // namespace

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
    , m_limitTimer(new QTimer(this))
    , m_groupTimer(new QTimer(this))
{
    m_limitTimer->setSingleShot(true);
    connect(m_limitTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcDial) << "command time limit reached; stopping its process group" << m_group;
        m_result.timedOut = true;
        terminateGroup();
    });
    m_groupTimer->setInterval(GroupPollMs);
    connect(m_groupTimer, &QTimer::timeout, this, &CommandRunner::checkGroupGone);
}

CommandRunner::~CommandRunner()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_running && m_group > 0)
        signalGroup(m_group, SIGKILL);
    delete m_process; // QProcess's destructor reaps its child
}

void CommandRunner::run(const CommandLine &command, const QProcessEnvironment &environment, int timeLimitMs)
{
    if (m_running) {
        qCWarning(lcDial) << "a command is still running; not starting" << command.program;
        return;
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_result = CommandResult();
    m_result.timeLimitMs = timeLimitMs;
    m_running = true;
    m_processDone = false;
    m_killing = false;
    m_group = 0;
    m_clock.start();

    if (command.isEmpty()) {
        m_result.startError = tr("no program was given");
        m_processDone = true;
        finish();
        return;
    }

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    if (!environment.isEmpty())
        m_process->setProcessEnvironment(environment);
    // Its own session and process group: a time-out can then reach whatever the command started.
    m_process->setChildProcessModifier([] { ::setsid(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &CommandRunner::readOutput);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onProcessFinished(exitCode, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onStartFailed();
    });
    qCDebug(lcDial) << "running" << command.toText() << "time limit" << timeLimitMs << "ms";
    m_process->start(command.program, command.arguments);
    if (m_processDone)
        return; // failed at once
    m_group = m_process->processId();
    if (timeLimitMs > 0)
        m_limitTimer->start(timeLimitMs);
}

void CommandRunner::cancel()
{
    if (!m_running || m_processDone || m_killing)
        return;
    qCInfo(lcDial) << "command cancelled; stopping its process group" << m_group;
    m_result.cancelled = true;
    m_limitTimer->stop();
    terminateGroup();
}

void CommandRunner::killLeftovers()
{
    if (m_running || m_group <= 0 || !groupExists(m_group))
        return;
    qCInfo(lcDial) << "stopping what is left of process group" << m_group;
    ::kill(pid_t(-m_group), SIGKILL);
}

void CommandRunner::readOutput()
{
    if (!m_process)
        return;
    const QByteArray data = m_process->readAll();
    const qsizetype room = OutputLimit - m_result.output.size();
    if (data.size() <= room) {
        m_result.output += data;
    } else {
        m_result.output += data.left(qMax<qsizetype>(room, 0));
        m_result.outputDroppedBytes += data.size() - qMax<qsizetype>(room, 0);
    }
}

void CommandRunner::onProcessFinished(int exitCode, int exitStatus)
{
    if (m_processDone)
        return;
    readOutput();
    m_processDone = true;
    m_result.started = true;
    m_result.exitCode = exitCode;
    m_result.crashed = exitStatus == QProcess::CrashExit;
    m_result.elapsedMs = m_clock.elapsed();
    m_limitTimer->stop();
    maybeFinish();
}

void CommandRunner::onStartFailed()
{
    if (m_processDone)
        return;
    m_processDone = true;
    m_result.started = false;
    m_result.startError = m_process->errorString();
    m_result.elapsedMs = m_clock.elapsed();
    m_limitTimer->stop();
    m_groupTimer->stop();
    m_killing = false;
    finish();
}

void CommandRunner::terminateGroup()
{
    if (m_group <= 0 || m_killing)
        return;
    m_killing = true;
    signalGroup(m_group, SIGTERM);
    m_termClock.start();
    m_groupTimer->start();
}

void CommandRunner::checkGroupGone()
{
    if (groupExists(m_group) && m_termClock.elapsed() < KillGraceMs)
        return;
    if (groupExists(m_group)) {
        qCInfo(lcDial) << "process group" << m_group << "outlived SIGTERM; sending SIGKILL";
        signalGroup(m_group, SIGKILL);
    }
    m_groupTimer->stop();
    m_killing = false;
    maybeFinish();
}

void CommandRunner::maybeFinish()
{
    if (m_processDone && !m_killing)
        finish();
}

void CommandRunner::finish()
{
    if (m_result.outputDroppedBytes > 0) {
        m_result.output += "\n[Sluice kept the first " + QByteArray::number(OutputLimit) + " bytes; " +
                           QByteArray::number(m_result.outputDroppedBytes) + " more were not kept]\n";
    }
    if (m_result.started && m_result.elapsedMs == 0)
        m_result.elapsedMs = m_clock.elapsed();
    qCDebug(lcDial) << "command" << m_result.describe();
    // Always through the event loop: run() never emits, so a caller is never re-entered.
    QMetaObject::invokeMethod(
        this,
        [this, result = m_result] {
            m_running = false;
            Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace Sluice
