// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsmasqServer.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

DnsmasqServer::DnsmasqServer(QStringList records)
    : m_records(std::move(records))
    // Its own loopback address per process, so parallel test runs (and a system resolver on
    // 127.0.0.53) do not meet.
    , m_address(u"127.53.%1.53"_s.arg(QCoreApplication::applicationPid() % 250 + 1))
{}

DnsmasqServer::~DnsmasqServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QHostAddress DnsmasqServer::silentAddress() const
{
    return QHostAddress(m_address.toIPv4Address() + 1);
}

QString DnsmasqServer::program()
{
    const QString found =
        QStandardPaths::findExecutable(u"dnsmasq"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s});
    return found;
}

bool DnsmasqServer::start(const QString &readyName, QString *error)
{
    const QString dnsmasq = program();
    if (dnsmasq.isEmpty()) {
        *error = u"dnsmasq is not installed (Debian package dnsmasq-base)"_s;
        return false;
    }
    QStringList arguments{u"--no-daemon"_s, u"--conf-file=/dev/null"_s, u"--no-resolv"_s, u"--no-hosts"_s,
                          u"--port=53"_s, u"--listen-address="_s + m_address.toString(),
                          u"--bind-interfaces"_s, u"--pid-file"_s,
                          // Names under .test that are not listed are NXDOMAIN, not forwarded.
                          u"--local=/test/"_s};
    arguments += m_records;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(dnsmasq, arguments);
    if (!m_process.waitForStarted(5000)) {
        *error = u"dnsmasq did not start: "_s + m_process.errorString();
        return false;
    }
    // Ready when it answers; dnsmasq exits at once when it cannot bind.
    const bool ready = QTest::qWaitFor(
        [&] {
            if (m_process.state() == QProcess::NotRunning)
                return true;
            QDnsLookup lookup(QDnsLookup::MX, readyName, m_address);
            lookup.lookup();
            return QTest::qWaitFor([&] { return lookup.isFinished(); }, 2000) &&
                   lookup.error() == QDnsLookup::NoError;
        },
        10000);
    if (!ready || m_process.state() == QProcess::NotRunning) {
        *error = u"dnsmasq is not answering: "_s + QString::fromLocal8Bit(m_process.readAll());
        return false;
    }
    return true;
}
