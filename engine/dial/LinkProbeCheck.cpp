// SPDX-License-Identifier: GPL-3.0-or-later
#include "dial/LinkProbeCheck.h"

#include "dial/DialLog.h"
#include "dial/ExternalCommand.h"
#include "dial/ProfileDiscovery.h"

#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
QString seconds(int ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(double(ms) / 1000.0, 'f', 1);
}
} // namespace

LinkProbeCheck::LinkProbeCheck(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

LinkProbeCheck::~LinkProbeCheck()
{
    abort();
}

void LinkProbeCheck::check(const LinkProbe &probe, const QProcessEnvironment &environment, int timeLimitMs)
{
    abort();
    m_probe = probe;
    m_running = true;
    int limit = probe.timeLimitMs > 0 ? probe.timeLimitMs : 10000;
    if (timeLimitMs > 0)
        limit = qMin(limit, timeLimitMs);

    switch (probe.kind) {
    case LinkProbe::Kind::None:
        report(true, tr("no link check is configured; taken as up"));
        return;
    case LinkProbe::Kind::Command:
        runCommand(probe.command, environment, limit, false);
        return;
    case LinkProbe::Kind::TcpConnect:
        connectTcp(limit);
        return;
    case LinkProbe::Kind::NetworkManagerActive: {
        const QString nmcli = QStandardPaths::findExecutable(u"nmcli"_s);
        if (nmcli.isEmpty()) {
            report(false, tr("nmcli was not found, so NetworkManager cannot be asked"));
            return;
        }
        runCommand({nmcli, {u"-t"_s, u"-f"_s, u"NAME,TYPE"_s, u"connection"_s, u"show"_s, u"--active"_s}},
                   environment, limit, true);
        return;
    }
    case LinkProbe::Kind::InterfaceUp:
        checkInterfaces();
        return;
    }
}

void LinkProbeCheck::abort()
{
    ++m_generation;
    m_running = false;
    cleanUp();
}

void LinkProbeCheck::cleanUp()
{
    m_timer->stop();
    m_timer->disconnect(this);
    if (m_runner) {
        // A command being killed may take a moment: let it finish on its own and go.
        CommandRunner *runner = m_runner;
        m_runner = nullptr;
        runner->disconnect(this);
        connect(runner, &CommandRunner::finished, runner, &QObject::deleteLater);
        runner->cancel();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void LinkProbeCheck::runCommand(const CommandLine &command, const QProcessEnvironment &environment,
                                int timeLimitMs, bool networkManager)
{
    m_runner = new CommandRunner(this);
    connect(m_runner, &CommandRunner::finished, this, [this, networkManager](const CommandResult &result) {
        m_runner->deleteLater();
        m_runner = nullptr;
        if (networkManager) {
            if (!result.ok()) {
                report(false, tr("nmcli %1").arg(result.describe()));
                return;
            }
            const QList<NmConnection> active = ProfileDiscovery::parseConnections(result.output);
            for (const NmConnection &connection : active) {
                if (connection.name == m_probe.name) {
                    report(true, tr("NetworkManager reports “%1” active").arg(m_probe.name));
                    return;
                }
            }
            report(false, tr("NetworkManager does not report “%1” active").arg(m_probe.name));
            return;
        }
        if (result.ok())
            report(true, tr("the check command succeeded"));
        else
            report(false, tr("the check command %1").arg(result.describe()));
    });
    m_runner->run(command, environment, timeLimitMs);
}

void LinkProbeCheck::connectTcp(int timeLimitMs)
{
    m_socket = new QTcpSocket(this);
    const QString where = tr("%1 port %2").arg(m_probe.host).arg(m_probe.port);
    connect(m_socket, &QTcpSocket::connected, this,
            [this, where] { report(true, tr("%1 answered").arg(where)); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this, where] {
        report(false, tr("could not connect to %1: %2").arg(where, m_socket->errorString()));
    });
    connect(m_timer, &QTimer::timeout, this, [this, where, timeLimitMs] {
        report(false, tr("no answer from %1 within %2 s").arg(where, seconds(timeLimitMs)));
    });
    m_timer->start(timeLimitMs);
    m_socket->connectToHost(m_probe.host, m_probe.port);
}

void LinkProbeCheck::checkInterfaces()
{
    // An interface that is up may still lack its address (ppp0 exists before IPCP is done):
    // only an address makes the link usable.
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!interface.name().startsWith(m_probe.name))
            continue;
        const auto flags = interface.flags();
        const QList<QNetworkAddressEntry> addresses = interface.addressEntries();
        if (flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning) &&
            !addresses.isEmpty()) {
            const QString text = tr("interface %1 is up with address %2")
                                     .arg(interface.name(), addresses.first().ip().toString());
            report(true, text);
            return;
        }
    }
    const QString text = tr("no interface named %1… is up with an address").arg(m_probe.name);
    report(false, text);
}

void LinkProbeCheck::report(bool up, const QString &text)
{
    if (!m_running)
        return;
    m_running = false;
    cleanUp();
    qCDebug(lcDial) << "link check:" << (up ? "up;" : "down;") << text;
    // Some checks know the answer inside check(): done() still comes through the event loop, unless
    // abort() or another check() came first.
    QMetaObject::invokeMethod(
        this,
        [this, up, text, generation = m_generation] {
            if (generation == m_generation)
                Q_EMIT done(up, text);
        },
        Qt::QueuedConnection);
}

} // namespace Sluice
