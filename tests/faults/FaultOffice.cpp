// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultOffice.h"

#include "link/LinkController.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Sluice::Test {

CommandLine shell(const QString &script)
{
    return {u"/bin/sh"_s, {u"-c"_s, script}};
}

bool FaultOffice::start(quint16 smarthostPort, quint16 retrievalPort,
                        const std::function<void(EngineConfig &)> &adjust)
{
    if (!m_dir.isValid())
        return false;
    const QString dir = m_dir.path();
    QDir().mkpath(dir + u"/mail/alice"_s);
    EngineConfig config;
    config.smtp.hostName = u"gateway.office.test"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.local.localDomains = {u"office.test"_s};
    config.local.mailRoot = dir + u"/mail"_s;
    config.outbound.mode = OutboundConfig::Mode::Smarthost;
    config.outbound.smarthost = u"127.0.0.1"_s;
    config.outbound.smarthostPort = smarthostPort ? smarthostPort : deadPort();
    config.outbound.timeouts.connect = 2000;
    LinkConfig &link = config.link;
    link.profile.kind = ConnectionProfile::Kind::Custom;
    link.profile.name = u"provider"_s;
    link.profile.connect = shell(u"echo connect >> '%1/trace'; touch '%1/up'"_s.arg(dir));
    link.profile.disconnect = shell(u"echo disconnect >> '%1/trace'; rm -f '%1/up'"_s.arg(dir));
    link.profile.probe.kind = LinkProbe::Kind::Command;
    link.profile.probe.command = {u"/usr/bin/test"_s, {u"-e"_s, dir + u"/up"_s}};
    link.profile.probe.timeLimitMs = 2000;
    link.profile.dialTimeLimitMs = 5000;
    link.profile.retries = 0;
    link.schedule.kind = Schedule::Kind::Manual;
    link.retrieval.method = RetrievalSettings::Method::Etrn;
    link.retrieval.domains = {u"@office.test"_s};
    link.retrieval.host = u"127.0.0.1"_s;
    link.retrieval.port = retrievalPort ? retrievalPort : deadPort();
    link.retrieval.heloName = config.smtp.hostName;
    link.retrieval.timeouts.command = 5000;
    link.idleTimeoutMs = 300;
    link.firstDeliveryGraceMs = 0;
    if (adjust)
        adjust(config);
    QString error;
    if (!m_engine.start(dir + u"/queue"_s, config, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool FaultOffice::submit(const QByteArray &recipient, const QByteArray &subject)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_engine.smtpPort());
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

CycleRecord FaultOffice::runCycle(int timeoutMs)
{
    QSignalSpy finished(m_engine.link(), &LinkController::cycleFinished);
    m_engine.link()->connectNow();
    if (!finished.wait(timeoutMs))
        return {};
    return finished.first().first().value<CycleRecord>();
}

int FaultOffice::maildirCount(const QString &mailbox) const
{
    const QString base = m_dir.path() + u"/mail/"_s + mailbox;
    return int(QDir(base + u"/new"_s).entryList(QDir::Files).size() +
               QDir(base + u"/cur"_s).entryList(QDir::Files).size() +
               QDir(base + u"/tmp"_s).entryList(QDir::Files).size());
}

QByteArray FaultOffice::trace() const
{
    QFile file(m_dir.path() + u"/trace"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool FaultOffice::linkUp() const
{
    return QFile::exists(m_dir.path() + u"/up"_s);
}

quint16 deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9; // discard: nothing listens there on a test machine
    return server.serverPort();
}

QList<qint64> processesWith(const QByteArray &marker)
{
    QList<qint64> found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(marker))
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && line.at(close + 2) != 'Z')
            found.append(pid);
    }
    return found;
}

} // namespace Sluice::Test
