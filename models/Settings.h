// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <memory>

class QTimer;

namespace Sluice {

class ConfigDatabase;
struct SettingDefinition;

/// What computed defaults depend on: the data folder (mail root) and the machine's name.
struct SettingsEnvironment
{
    QString dataDirectory;
    QString hostName; ///< the machine's FQDN (or plain host name when it has no domain)
};

/// The typed settings API over the configuration database. Every read goes through the registry of
/// definitions (type, default, validator); every write is validated first and nothing is stored when
/// validation fails. Changes made by this object, or by another process on the same database (the
/// command line while the service runs), are announced through changed().
class Settings : public QObject
{
    Q_OBJECT
public:
    /// Opens the database at path (created with defaults when missing) and migrates it to the current
    /// schema. Returns nullptr with a message naming the file when it is unreadable, corrupt, or newer
    /// than this Sluice; the file is then left untouched.
    static std::unique_ptr<Settings> open(const QString &databasePath, const SettingsEnvironment &environment,
                                          QString *errorMessage);
    ~Settings() override;

    // Keys are taken as QAnyStringView so that both the Keys:: constants (Latin-1) and QStrings work.
    QStringList keys() const;                                      ///< all known keys, sorted
    const SettingDefinition *definition(QAnyStringView key) const; ///< nullptr for an unknown key

    /// Canonical text form of the current value (the default when not stored); lists as "a, b".
    QString text(QAnyStringView key) const;
    /// Typed accessors; the key must exist and have the matching type.
    int intValue(QAnyStringView key) const;
    bool boolValue(QAnyStringView key) const;
    QString stringValue(QAnyStringView key) const; ///< also for enumerations (their key names)
    QStringList listValue(QAnyStringView key) const;
    bool isExplicit(QAnyStringView key) const; ///< true when the value is stored, not the default
    /// Canonical text of the default, whether or not a value is stored (for `sluice config describe`).
    QString defaultText(QAnyStringView key) const;

    /// Validates and stores. Returns an empty string on success, else a translated message saying what
    /// is wrong; nothing is changed then. Emits changed(key) when the value actually changed.
    QString setText(QAnyStringView key, const QString &text);
    /// Removes the stored value so that the default applies again.
    QString reset(QAnyStringView key);

    /// Checks (cheaply, with PRAGMA data_version) whether another process wrote the database and, if
    /// so, reloads it and emits changed() for each key whose value differs.
    void reloadIfChangedElsewhere();
    /// Calls reloadIfChangedElsewhere() every intervalMs on this object's thread.
    void watchForChangesElsewhere(int intervalMs = 250);

    QString databasePath() const;
    /// The configuration database, for the tables that live beside the settings (E-Mail Domains).
    QSqlDatabase database() const;

Q_SIGNALS:
    void changed(const QString &key);
    /// Another process wrote the database (any table); emitted after the changed() signals.
    void changedElsewhere();

private:
    Settings(std::unique_ptr<ConfigDatabase> database, const SettingsEnvironment &environment);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sluice
