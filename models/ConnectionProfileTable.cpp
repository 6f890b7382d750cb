// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfileTable.h"

#include "EmailDomainTable.h"
#include "Settings.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

bool parseTcpProbe(const QString &text, QString *host, quint16 *port, QString *error)
{
    if (!EmailDomainEntry::parseHostPort(text, host, port, error))
        return false;
    if (!text.contains(u':')) {
        *error = CustomProfileEntry::tr("A TCP probe needs a port: tcp:HOST:PORT.");
        return false;
    }
    return true;
}

} // namespace

QString CustomProfileEntry::validate() const
{
    if (name.isEmpty() || name.contains(u':') || name.trimmed() != name)
        return tr("A profile name must not be empty, contain a colon or begin or end with a space.");
    QString error;
    if (CommandLine::parse(connect, &error).isEmpty())
        return error.isEmpty() ? tr("The profile %1 needs a connect command.").arg(name)
                               : tr("Connect command: %1").arg(error);
    if (!disconnect.isEmpty() && CommandLine::parse(disconnect, &error).isEmpty())
        return tr("Disconnect command: %1").arg(error);
    if (probe.startsWith("tcp:"_L1)) {
        QString host;
        quint16 port = 0;
        if (!parseTcpProbe(probe.mid(4), &host, &port, &error))
            return tr("Probe: %1").arg(error);
    } else if (probe.startsWith("command:"_L1)) {
        if (CommandLine::parse(probe.mid(8), &error).isEmpty())
            return tr("Probe command: %1").arg(error.isEmpty() ? tr("empty") : error);
    } else if (!probe.isEmpty()) {
        return tr("A probe is tcp:HOST:PORT or command:PROGRAM ARGUMENTS (or nothing).");
    }
    if (probeTimeoutSeconds < 1 || probeTimeoutSeconds > 600)
        return tr("The probe time limit is 1 to 600 seconds.");
    return {};
}

ConnectionProfile CustomProfileEntry::toProfile() const
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Custom;
    profile.name = name;
    profile.connect = CommandLine::parse(connect);
    profile.disconnect = CommandLine::parse(disconnect);
    profile.probe.timeLimitMs = probeTimeoutSeconds * 1000;
    QString error;
    if (probe.startsWith("tcp:"_L1)) {
        profile.probe.kind = LinkProbe::Kind::TcpConnect;
        parseTcpProbe(probe.mid(4), &profile.probe.host, &profile.probe.port, &error);
    } else if (probe.startsWith("command:"_L1)) {
        profile.probe.kind = LinkProbe::Kind::Command;
        profile.probe.command = CommandLine::parse(probe.mid(8));
    }
    return profile;
}

ConnectionProfileTable::ConnectionProfileTable(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(m_settings, &Settings::changedElsewhere, this, &ConnectionProfileTable::changed);
}

QList<CustomProfileEntry> ConnectionProfileTable::entries() const
{
    return read(*m_settings);
}

QList<CustomProfileEntry> ConnectionProfileTable::read(const Settings &settings)
{
    QList<CustomProfileEntry> entries;
    QSqlQuery query(settings.database());
    if (!query.exec(u"SELECT name, connect, disconnect, probe, probe_timeout FROM connection_profiles"
                    " ORDER BY name"_s))
        return entries;
    while (query.next()) {
        CustomProfileEntry entry;
        entry.name = query.value(0).toString();
        entry.connect = query.value(1).toString();
        entry.disconnect = query.value(2).toString();
        entry.probe = query.value(3).toString();
        entry.probeTimeoutSeconds = query.value(4).toInt();
        // A row edited by hand into nonsense is skipped (and said so) rather than run.
        if (!entry.validate().isEmpty()) {
            qWarning("Ignoring the invalid connection profile %s", qUtf8Printable(entry.name));
            continue;
        }
        entries.append(entry);
    }
    return entries;
}

QString ConnectionProfileTable::put(const CustomProfileEntry &entry)
{
    const QString problem = entry.validate();
    if (!problem.isEmpty())
        return problem;
    QSqlQuery query(m_settings->database());
    query.prepare(
        u"INSERT OR REPLACE INTO connection_profiles (name, connect, disconnect, probe, probe_timeout)"
        " VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(entry.name);
    query.addBindValue(entry.connect);
    query.addBindValue(entry.disconnect.isNull() ? u""_s : entry.disconnect);
    query.addBindValue(entry.probe.isNull() ? u""_s : entry.probe);
    query.addBindValue(entry.probeTimeoutSeconds);
    if (!query.exec())
        return tr("Could not save the connection profile %1: %2").arg(entry.name, query.lastError().text());
    Q_EMIT changed();
    return {};
}

QString ConnectionProfileTable::remove(const QString &name)
{
    QSqlQuery query(m_settings->database());
    query.prepare(u"DELETE FROM connection_profiles WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return tr("Could not remove the connection profile %1: %2").arg(name, query.lastError().text());
    if (query.numRowsAffected() == 0)
        return tr("There is no connection profile %1.").arg(name);
    Q_EMIT changed();
    return {};
}

} // namespace Sluice
