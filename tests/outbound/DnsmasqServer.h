// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QStringList>

/// A private DNS server for the routing tests: dnsmasq on a loopback address of its own, port 53 (Qt
/// 6.4's QDnsLookup can be aimed at an address but not at a port), answering only from its command
/// line (no /etc/hosts, no upstream servers, no config file).
class DnsmasqServer
{
public:
    explicit DnsmasqServer(QStringList records);
    ~DnsmasqServer();

    /// Starts dnsmasq and waits until it answers readyName. error: why not.
    bool start(const QString &readyName, QString *error);
    QHostAddress address() const { return m_address; }
    /// A loopback address where nothing listens: lookups aimed there fail at once.
    QHostAddress silentAddress() const;

    static QString program();

private:
    QStringList m_records;
    QHostAddress m_address;
    QProcess m_process;
};
