// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "ConfigDatabase.h"
#include "SettingsRegistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "sluice.settings")

namespace Sluice {

namespace {
constexpr int SqliteBusy = 5;   // SQLITE_BUSY: another connection holds the write lock
constexpr int SqliteLocked = 6; // SQLITE_LOCKED: a conflict within this process

/// Why a write failed, in plain words: a lock held by another program (the command line, a backup
/// tool, sqlite3 in a terminal) is common and passes, so it is named as such.
QString writeProblem(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    if (code == SqliteBusy || code == SqliteLocked) {
        return QCoreApplication::translate("Sluice::Settings",
                                           "another program is writing to the database and did not "
                                           "finish in time (%1). Nothing was changed; try again.")
            .arg(error.text());
    }
    return error.text();
}
} // namespace

struct Settings::Private
{
    std::unique_ptr<ConfigDatabase> database;
    SettingsEnvironment environment;
    /// Canonical text of every valid stored value, by key: the table mirrored so reads never hit SQLite.
    QHash<QString, QString> stored;
    qint64 dataVersion = -1;
    QTimer *watchTimer = nullptr;

    bool load(QString *error);
    /// Effective text of every key, for telling which ones a reload changed.
    QHash<QString, QString> effectiveTexts() const;
    QString effectiveText(const SettingDefinition &definition) const
    {
        const auto found = stored.constFind(definition.key);
        return found != stored.constEnd() ? *found : definition.defaultText(environment);
    }
};

// A value that no longer validates (hand-edited file, a rule tightened in a newer Sluice) is ignored
// rather than trusted: the default applies, and the row stays so that nothing is lost silently.
// Unknown keys are kept for the same reason: a newer Sluice may have written them.
bool Settings::Private::load(QString *error)
{
    QSqlQuery query(database->database());
    if (!query.exec(u"SELECT key, value FROM settings"_s)) {
        *error = query.lastError().text();
        return false;
    }
    QHash<QString, QString> values;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const SettingDefinition *definition = findSettingDefinition(key);
        if (!definition)
            continue;
        QString canonical;
        const QString problem = definition->canonicalize(query.value(1).toString(), &canonical);
        if (problem.isEmpty())
            values.insert(key, canonical);
        else
            qCWarning(lcSettings) << "Ignoring the stored value of" << key << ":" << problem;
    }
    stored = values;
    return true;
}

QHash<QString, QString> Settings::Private::effectiveTexts() const
{
    QHash<QString, QString> texts;
    for (const SettingDefinition &definition : settingDefinitions())
        texts.insert(definition.key, effectiveText(definition));
    return texts;
}

Settings::Settings(std::unique_ptr<ConfigDatabase> database, const SettingsEnvironment &environment)
    : d(std::make_unique<Private>())
{
    d->database = std::move(database);
    d->environment = environment;
}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::open(const QString &databasePath, const SettingsEnvironment &environment,
                                         QString *errorMessage)
{
    std::unique_ptr<ConfigDatabase> database = ConfigDatabase::open(databasePath, errorMessage);
    if (!database)
        return nullptr;
    std::unique_ptr<Settings> settings(new Settings(std::move(database), environment));
    // The version is taken before reading, so a commit racing with the read is noticed by the next check.
    settings->d->dataVersion = settings->d->database->dataVersion();
    QString error;
    if (!settings->d->load(&error)) {
        if (errorMessage) {
            *errorMessage =
                tr("Could not read the settings from “%1”: %2").arg(settings->databasePath(), error);
        }
        return nullptr;
    }
    return settings;
}

QStringList Settings::keys() const
{
    QStringList keys;
    for (const SettingDefinition &definition : settingDefinitions())
        keys.append(definition.key);
    return keys; // the registry is sorted
}

const SettingDefinition *Settings::definition(QAnyStringView key) const
{
    return findSettingDefinition(key);
}

QString Settings::text(QAnyStringView key) const
{
    const SettingDefinition *definition = findSettingDefinition(key);
    if (!definition) {
        qCWarning(lcSettings) << "Unknown setting" << key.toString();
        return {};
    }
    return d->effectiveText(*definition);
}

int Settings::intValue(QAnyStringView key) const
{
    Q_ASSERT(definition(key) && definition(key)->type == SettingDefinition::Type::Int);
    return text(key).toInt();
}

bool Settings::boolValue(QAnyStringView key) const
{
    Q_ASSERT(definition(key) && definition(key)->type == SettingDefinition::Type::Bool);
    return text(key) == "true"_L1;
}

QString Settings::stringValue(QAnyStringView key) const
{
    Q_ASSERT(definition(key) && (definition(key)->type == SettingDefinition::Type::String ||
                                 definition(key)->type == SettingDefinition::Type::Enum));
    return text(key);
}

QStringList Settings::listValue(QAnyStringView key) const
{
    Q_ASSERT(definition(key) && definition(key)->type == SettingDefinition::Type::List);
    return SettingDefinition::splitList(text(key));
}

bool Settings::isExplicit(QAnyStringView key) const
{
    const SettingDefinition *definition = findSettingDefinition(key);
    return definition && d->stored.contains(definition->key);
}

QString Settings::defaultText(QAnyStringView key) const
{
    const SettingDefinition *definition = findSettingDefinition(key);
    return definition ? definition->defaultText(d->environment) : QString();
}

QString Settings::setText(QAnyStringView key, const QString &text)
{
    const SettingDefinition *definition = findSettingDefinition(key);
    if (!definition)
        return tr("Unknown setting “%1”.").arg(key.toString());
    QString canonical;
    if (const QString reason = definition->canonicalize(text, &canonical); !reason.isEmpty())
        return tr("Invalid value for %1: %2").arg(definition->key, reason);

    // Catch up first: comparing against a value another process has since replaced would skip a
    // write that is needed.
    reloadIfChangedElsewhere();
    const auto current = d->stored.constFind(definition->key);
    if (current != d->stored.constEnd() && *current == canonical)
        return {};
    const QString before = d->effectiveText(*definition);
    QSqlQuery query(d->database->database());
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(definition->key);
    query.addBindValue(canonical);
    if (!query.exec())
        return tr("Could not save %1 in “%2”: %3")
            .arg(definition->key, databasePath(), writeProblem(query.lastError()));
    // Stored even when equal to the default: an explicit value can mean something (see smtp.listen).
    d->stored.insert(definition->key, canonical);
    if (canonical != before)
        Q_EMIT changed(definition->key);
    return {};
}

QString Settings::reset(QAnyStringView key)
{
    const SettingDefinition *definition = findSettingDefinition(key);
    if (!definition)
        return tr("Unknown setting “%1”.").arg(key.toString());
    reloadIfChangedElsewhere();
    QSqlQuery query(d->database->database());
    query.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    query.addBindValue(definition->key);
    if (!query.exec())
        return tr("Could not reset %1 in “%2”: %3")
            .arg(definition->key, databasePath(), writeProblem(query.lastError()));
    const QString before = d->effectiveText(*definition);
    d->stored.remove(definition->key);
    if (d->effectiveText(*definition) != before)
        Q_EMIT changed(definition->key);
    return {};
}

void Settings::reloadIfChangedElsewhere()
{
    const qint64 version = d->database->dataVersion();
    if (version < 0 || version == d->dataVersion)
        return;
    const QHash<QString, QString> before = d->effectiveTexts();
    QString error;
    if (!d->load(&error)) {
        // Keep the old values and the old version: the next check tries again.
        qCWarning(lcSettings) << "Could not reload the settings:" << error;
        return;
    }
    d->dataVersion = version;
    const QHash<QString, QString> after = d->effectiveTexts();
    for (const QString &key : keys()) {
        if (before.value(key) != after.value(key))
            Q_EMIT changed(key);
    }
    Q_EMIT changedElsewhere();
}

QSqlDatabase Settings::database() const
{
    return d->database->database();
}

void Settings::watchForChangesElsewhere(int intervalMs)
{
    if (!d->watchTimer) {
        d->watchTimer = new QTimer(this);
        connect(d->watchTimer, &QTimer::timeout, this, &Settings::reloadIfChangedElsewhere);
    }
    d->watchTimer->start(intervalMs);
}

QString Settings::databasePath() const
{
    return d->database->path();
}

} // namespace Sluice
