// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dial/ConnectionProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

namespace Sluice {

class Settings;

/// A custom connection profile as the admin defines it (Dial-up Connections page): the text forms
/// of its commands and probe, as stored and as the command line takes them.
struct CustomProfileEntry
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ConnectionProfileTable)
public:
    QString name;
    QString connect;    ///< program and arguments, run without a shell
    QString disconnect; ///< may be empty (nothing to run to hang up)
    /// "" (connect's exit status decides), "tcp:HOST:PORT" or "command:PROGRAM ARGS".
    QString probe;
    int probeTimeoutSeconds = 10;

    QString validate() const; ///< empty when valid, else a translated reason
    /// The engine's profile; dial time limit and retries come from the dialup.* settings.
    ConnectionProfile toProfile() const;
    bool operator==(const CustomProfileEntry &other) const
    {
        return name == other.name && connect == other.connect && disconnect == other.disconnect &&
               probe == other.probe && probeTimeoutSeconds == other.probeTimeoutSeconds;
    }
};

/// The custom connection profiles in the configuration database.
class ConnectionProfileTable : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProfileTable(Settings *settings, QObject *parent = nullptr);

    QList<CustomProfileEntry> entries() const; ///< sorted by name
    static QList<CustomProfileEntry> read(const Settings &settings);
    QString put(const CustomProfileEntry &entry); ///< adds or replaces; returns a translated error
    QString remove(const QString &name);

Q_SIGNALS:
    void changed(); ///< through this object or another process

private:
    Settings *m_settings;
};

} // namespace Sluice
