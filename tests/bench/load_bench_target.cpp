// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_bench_target.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Sluice::Bench {

namespace {

constexpr int ConfigTimeoutMs = 30 * 1000;
constexpr int StartTimeoutMs = 20 * 1000;
constexpr int StopTimeoutMs = 15 * 1000;

QString tailOf(const QString &path, int bytes = 2000)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > bytes)
        file.seek(file.size() - bytes);
    return QString::fromUtf8(file.readAll());
}

} // namespace

LoadTarget::LoadTarget(const QString &name)
    : m_folder(QString(QDir::tempPath() + u"/sluice-load-bench-"_s + name + u".XXXXXX"_s))
    , m_name(name)
{}

LoadTarget::~LoadTarget() = default;

const QByteArrayList &LoadTarget::mailboxes()
{
    static const QByteArrayList names{"alice"_ba, "bob"_ba, "carol"_ba, "dave"_ba};
    return names;
}

// ---- Sluice ------------------------------------------------------------------------------------

SluiceTarget::SluiceTarget(const QString &binary)
    : LoadTarget(u"sluice"_s)
    , m_binary(binary)
{}

SluiceTarget::~SluiceTarget()
{
    stop();
}

QString SluiceTarget::dataFolder() const
{
    return QString(folder() + u"/data"_s);
}

QString SluiceTarget::mailRoot() const
{
    return QString(dataFolder() + u"/mail"_s);
}

bool SluiceTarget::configure(const QString &key, const QString &value, QString *error)
{
    QProcess config;
    config.setProcessChannelMode(QProcess::MergedChannels);
    config.start(m_binary, {u"--data-dir"_s, dataFolder(), u"config"_s, u"set"_s, key, value});
    if (!config.waitForFinished(ConfigTimeoutMs) || config.exitStatus() != QProcess::NormalExit ||
        config.exitCode() != 0) {
        *error = u"sluice config set %1 %2 failed: %3 %4"_s.arg(key, value, config.errorString(),
                                                                QString::fromUtf8(config.readAll()));
        return false;
    }
    return true;
}

bool SluiceTarget::start(quint16 sinkPort, QString *error, bool *missingPrerequisite)
{
    *missingPrerequisite = false;
    if (!m_folder.isValid() || !QFileInfo(m_binary).isExecutable()) {
        *missingPrerequisite = QFileInfo(m_binary).exists() == false;
        *error = u"no sluice binary at %1 (or no temp folder)"_s.arg(m_binary);
        return false;
    }
    for (const QByteArray &mailbox : mailboxes()) // a local mailbox is a folder under the mail root
        QDir().mkpath(QString(mailRoot() + u'/' + QString::fromLatin1(mailbox)));
    const QList<std::pair<QString, QString>> settings{
        {u"smtp.listen"_s, u"127.0.0.1:0"_s},
        {u"routing.local_domains"_s, QString::fromLatin1(localDomain())},
        {u"relay.networks"_s, u"127.0.0.0/8"_s},
        {u"delivery.mode"_s, u"smarthost"_s},
        {u"delivery.smarthost"_s, u"127.0.0.1:%1"_s.arg(sinkPort)},
        {u"dialup.profile"_s, u"always"_s},
        {u"connections.transfer_mode"_s, u"inbound_outbound"_s},
        // Raised for the run (defaults 30 and 10): 200 sessions from one address.
        {u"smtp.max_connections"_s, u"1000"_s},
        {u"smtp.max_connections_per_host"_s, u"1000"_s},
        // Postfix's default_destination_concurrency_limit (the default here is 4).
        {u"outbound.max_connections_per_host"_s, u"20"_s},
    };
    for (const auto &[key, value] : settings) {
        if (!configure(key, value, error))
            return false;
    }
    const QString log = QString(folder() + u"/sluice.log"_s);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(log);
    // LOAD_BENCH_WRAPPER="heaptrack -o FILE" runs the service under a tool (its figures are then the tool's).
    QStringList command = qEnvironmentVariable("LOAD_BENCH_WRAPPER").split(u' ', Qt::SkipEmptyParts);
    command << m_binary << u"--data-dir"_s << dataFolder() << u"--headless"_s;
    m_process.start(command.takeFirst(), command);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        *error = u"sluice --headless did not start: %1"_s.arg(m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1 port (\\d+)"_s);
    for (int waited = 0; waited < StartTimeoutMs; waited += 100) {
        const QRegularExpressionMatch match = listening.match(tailOf(log, 1 << 20));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(100);
    }
    *error = u"Sluice did not report its listening port:\n%1"_s.arg(tailOf(log));
    return false;
}

QString SluiceTarget::deathNote() const
{
    if (m_process.state() == QProcess::Running)
        return {};
    return u"sluice exited (status %1, code %2); its log ends:\n%3"_s.arg(int(m_process.exitStatus()))
        .arg(m_process.exitCode())
        .arg(tailOf(QString(folder() + u"/sluice.log"_s)));
}

void SluiceTarget::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

// ---- Postfix -----------------------------------------------------------------------------------

PostfixTarget::PostfixTarget(const QString &script)
    : LoadTarget(u"postfix"_s)
    , m_script(script)
{
    // The postfix user must reach its queue inside.
    QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                        QFileDevice::ReadOther | QFileDevice::ExeOther);
}

PostfixTarget::~PostfixTarget()
{
    stop();
}

QString PostfixTarget::mailRoot() const
{
    return QString(folder() + u"/mail"_s);
}

bool PostfixTarget::start(quint16 sinkPort, QString *error, bool *missingPrerequisite)
{
    *missingPrerequisite = false;
    {
        QTcpServer probe; // a free port for Postfix's smtpd (master.cf needs it written down)
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(u"bash"_s,
                 {m_script, u"start"_s, folder(), QString::number(m_port), QString::number(sinkPort)});
    const bool finished = script.waitForFinished(120 * 1000);
    const QString output = QString::fromUtf8(script.readAll());
    m_started = true; // whatever it got to, stop() cleans it up
    if (!finished || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        *missingPrerequisite = finished && script.exitCode() == 2;
        *error = u"load_postfix.sh start failed:\n%1"_s.arg(output);
        return false;
    }
    QFile pidFile(QString(folder() + u"/queue/pid/master.pid"_s));
    if (pidFile.open(QIODevice::ReadOnly))
        m_masterPid = pidFile.readAll().trimmed().toLongLong();
    if (m_masterPid <= 0) {
        *error = u"Postfix started but wrote no master.pid"_s;
        return false;
    }
    return true;
}

QString PostfixTarget::deathNote() const
{
    if (QFileInfo::exists(u"/proc/%1"_s.arg(m_masterPid)))
        return {};
    return u"the Postfix master (pid %1) is gone; its log ends:\n%2"_s.arg(m_masterPid)
        .arg(tailOf(QString(folder() + u"/log/postfix.log"_s)));
}

void PostfixTarget::stop()
{
    if (!m_started)
        return;
    m_started = false;
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(u"bash"_s, {m_script, u"stop"_s, folder()});
    script.waitForFinished(60 * 1000);
}

} // namespace Sluice::Bench
