// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Sluice {

class Settings;

/// An account on Sluice's own SMTP server (the provider side): what a client logs in with (AUTH) and
/// the domains it may pull with ATRN or TURN. Its password is in the secret store under
/// SecretKey::serverAccount(name), never in the database.
struct ServerAccountEntry
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ServerAccountTable)
public:
    QString name;
    QStringList domains; ///< lower case, sorted, no duplicates (normalised by the table)

    /// Names are what a client types: 1 to 64 letters, digits and . _ - + @, not starting with "-"
    /// (it would read as an option on the command line).
    static bool isValidName(const QString &name);
    QString validate() const; ///< empty when valid, else a translated reason
    bool operator==(const ServerAccountEntry &other) const
    {
        return name == other.name && domains == other.domains;
    }
};

/// The server accounts in the configuration database.
class ServerAccountTable : public QObject
{
    Q_OBJECT
public:
    explicit ServerAccountTable(Settings *settings, QObject *parent = nullptr);

    QList<ServerAccountEntry> entries() const; ///< sorted by name
    static QList<ServerAccountEntry> read(const Settings &settings);
    QString put(ServerAccountEntry entry); ///< adds or replaces; returns a translated error
    QString remove(const QString &name);
    bool contains(const QString &name) const;

Q_SIGNALS:
    void changed(); ///< through this object or another process

private:
    Settings *m_settings;
};

} // namespace Sluice
