// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineHost.h"

#include "ControlCommand.h"
#include "control/ControlServer.h"
#include "control/LinkControl.h"
#include "control/LogControl.h"
#include "control/QueueControl.h"

#include "DataDirectory.h"
#include "EmailDomainTable.h"
#include "EngineBinder.h"
#include "SecretStore.h"
#include "SecretStoreFactory.h"
#include "Settings.h"
#include "core/Engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcService, "sluice.service")

namespace Sluice {

QString describeLockHolder(qint64 pid, const QString &application)
{
    // "sluice --headless" says more than "sluice": the service, or a console somewhere.
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    QString command;
    if (pid > 0 && file.open(QIODevice::ReadOnly)) {
        QList<QByteArray> words = file.readAll().split('\0');
        while (!words.isEmpty() && words.constLast().isEmpty())
            words.removeLast();
        QStringList parts;
        for (const QByteArray &word : std::as_const(words))
            parts << QString::fromLocal8Bit(word);
        command = parts.join(u' ');
    }
    if (command.isEmpty())
        command = application;
    return command.isEmpty()
               ? QCoreApplication::translate("Sluice::EngineHost", "process %1").arg(pid)
               : QCoreApplication::translate("Sluice::EngineHost", "process %1, “%2”").arg(pid).arg(command);
}

EngineHost::EngineHost(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
{}

EngineHost::~EngineHost()
{
    delete m_binder;
    delete m_engine;
}

bool EngineHost::start(QString *error)
{
    if (!createDataDirectory(m_dataDirectory, error))
        return false;
    m_lock = std::make_unique<QLockFile>(m_dataDirectory + u"/sluice.lock"_s);
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString hostName;
        QString application;
        m_lock->getLockInfo(&pid, &hostName, &application);
        m_lockHolderPid = pid;
        *error = QCoreApplication::translate(
                     "Sluice::EngineHost",
                     "Another Sluice (%1) is already running on the data folder %2. Only one may run on a "
                     "data folder: use that one (the console attaches to it; `sluice status` and the other "
                     "commands reach it), or stop it first (`systemctl --user stop sluice` for the service, "
                     "else `kill %3`).")
                     .arg(describeLockHolder(pid, application), m_dataDirectory)
                     .arg(pid);
        return false;
    }
    QString settingsError;
    m_settings = Settings::open(configDatabasePath(m_dataDirectory), {m_dataDirectory, machineHostName()},
                                &settingsError);
    if (!m_settings) {
        *error = settingsError;
        return false;
    }
    QString secretsWarning;
    m_secrets = createSecretStore(*m_settings, &secretsWarning);
    if (!secretsWarning.isEmpty())
        qCWarning(lcService).noquote() << secretsWarning;
    m_domains = new EmailDomainTable(m_settings.get(), this);
    m_engine = new Engine(this);
    m_binder =
        new EngineBinder(m_settings.get(), m_domains, m_secrets.get(), m_engine, m_dataDirectory, this);
    connect(m_engine, &Engine::stopped, this, &EngineHost::stopped);
    if (!m_binder->start(error))
        return false;
    m_settings->watchForChangesElsewhere();
    // `sluice connect-now` and friends reach the running engine here.
    m_control = new ControlServer(this);
    registerLinkCommands(*m_control, m_engine);
    registerQueueCommands(*m_control, m_engine);
    registerLogCommands(*m_control, m_engine);
    // `sluice reload`: settings changed behind the engine's back (a restored database) apply now.
    m_control->addHandler("reload", [this](const ControlRequest &) {
        qCInfo(lcService) << "reloading the settings (asked on the control socket)";
        m_settings->reloadIfChangedElsewhere();
        m_binder->reload();
        return ControlReply::success();
    });
    QString controlError;
    if (!m_control->listen(controlSocketPath(m_dataDirectory), &controlError))
        qCWarning(lcService).noquote() << controlError;
    return true;
}

void EngineHost::stop(int graceMs)
{
    if (m_engine)
        m_engine->stop(graceMs);
    else
        Q_EMIT stopped();
}

namespace {

void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                            levels[qBound(0, int(type), 4)] + ' ' +
                            (context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    // Only async-signal-safe work here: the event loop reads the byte (Qt's documented pattern).
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

void installStderrLogger()
{
    qInstallMessageHandler(logToStderr);
    // The raw protocol is logged only when asked for (QT_LOGGING_RULES="sluice.smtp.protocol.debug=true").
    QLoggingCategory::setFilterRules(u"sluice.*.debug=false"_s);
}

int runHeadless(const QString &dataDirectory)
{
    installStderrLogger();
    // The handlers go in before anything starts, so a SIGTERM that arrives while the engine is being
    // set up still ends in a graceful stop (the byte waits in the pipe until the loop runs).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("sluice: socketpair");
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    EngineHost host(dataDirectory);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "sluice: %s\n", qUtf8Printable(error));
        return 1;
    }
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &host, [&host, &notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalPipe[1], &byte, 1);
        notifier.setEnabled(false);
        qCInfo(lcService) << "signal" << int(byte) << "received: stopping";
        host.stop(10000);
    });
    QObject::connect(&host, &EngineHost::stopped, qApp, [] {
        qCInfo(lcService) << "stopped";
        QCoreApplication::exit(0);
    });

    qCInfo(lcService).noquote() << "Sluice" << QCoreApplication::applicationVersion()
                                << "running on data folder" << dataDirectory;
    return QCoreApplication::exec();
}

} // namespace Sluice
