// SPDX-License-Identifier: GPL-3.0-or-later
#include "dial/ProfileDiscovery.h"

#include "dial/DialLog.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
/// nmcli answers at once when NetworkManager runs, and fails at once when it does not.
constexpr int NmcliTimeLimitMs = 5000;

QList<NmConnection> nmConnections(const QString &nmcli)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(nmcli, {u"-t"_s, u"-f"_s, u"NAME,TYPE"_s, u"connection"_s, u"show"_s});
    if (!process.waitForFinished(NmcliTimeLimitMs)) {
        qCInfo(lcDial) << "nmcli did not answer:" << process.errorString();
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qCInfo(lcDial) << "nmcli failed:" << process.readAllStandardError().trimmed();
        return {};
    }
    return ProfileDiscovery::parseConnections(process.readAllStandardOutput());
}
} // namespace

QList<ConnectionProfile> ProfileDiscovery::discover(const QString &pppPeersDir)
{
    QList<ConnectionProfile> profiles;
    const QString nmcli = QStandardPaths::findExecutable(u"nmcli"_s);
    if (!nmcli.isEmpty()) {
        const QList<NmConnection> connections = nmConnections(nmcli);
        for (const NmConnection &connection : connections) {
            if (connection.type != u"loopback"_s)
                profiles.append(ConnectionProfile::networkManager(connection.name));
        }
    }
    if (!QStandardPaths::findExecutable(u"pon"_s).isEmpty()) {
        const QStringList peers = pppPeers(pppPeersDir);
        for (const QString &peer : peers)
            profiles.append(ConnectionProfile::pppd(peer));
    }
    return profiles;
}

QStringList ProfileDiscovery::splitTerseLine(const QString &line)
{
    QStringList fields;
    QString field;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            field += line.at(++i);
        } else if (c == u':') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

QList<NmConnection> ProfileDiscovery::parseConnections(const QByteArray &terseOutput)
{
    QList<NmConnection> connections;
    const QStringList lines = QString::fromUtf8(terseOutput).split(u'\n', Qt::SkipEmptyParts);
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringList fields = splitTerseLine(line);
        if (fields.size() < 2 || fields.at(0).isEmpty())
            continue;
        connections.append({fields.at(0), fields.at(1)});
    }
    return connections;
}

QStringList ProfileDiscovery::pppPeers(const QString &peersDir)
{
    QStringList peers;
    // Files only (symbolic links to files count); pon takes the file name as the peer name.
    const QFileInfoList entries = QDir(peersDir).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        // Editor and dpkg leftovers are not peers anyone meant to dial.
        if (name.endsWith(u'~') || name.contains(u".dpkg-"_s) || name.endsWith(u".bak"_s))
            continue;
        peers.append(name);
    }
    return peers;
}

} // namespace Sluice
