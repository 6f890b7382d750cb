// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigTransferSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace Sluice {

/// Reads an exported configuration document into a ConfigSnapshot, checking everything an import will
/// store: the format and version, every key and type, every setting through the registry's own
/// validation, every table row through the same validate() the console and the command line use, and
/// duplicates. The first problem ends the read, named by where it is ("routes[2].route_to: ...").
/// The snapshot comes back normalised as the tables store it, so comparing it with
/// ConfigSnapshot::capture() tells whether an import would change anything.
class ConfigTransferReader
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ConfigTransfer)
public:
    /// False with a translated one-sentence error; *snapshot is only written on success.
    static bool read(const QByteArray &data, ConfigSnapshot *snapshot, QString *error);

private:
    explicit ConfigTransferReader(QString *error)
        : m_error(error)
    {}

    bool readDocument(const QJsonObject &root, ConfigSnapshot *snapshot);
    bool readSettings(const QJsonValue &value, QMap<QString, QString> *settings);
    bool readSetting(const QString &key, const QJsonValue &value, QString *canonical);
    bool readEmailDomain(const QJsonObject &object, const QString &path, EmailDomainEntry *entry);
    bool readProfile(const QJsonObject &object, const QString &path, CustomProfileEntry *entry);
    bool readAccount(const QJsonObject &object, const QString &path, ServerAccountEntry *entry);
    bool readHostRule(const QJsonObject &object, const QString &path, HostRuleEntry *entry);
    bool readRoute(const QJsonObject &object, const QString &path, RouteEntry *entry);

    /// Reads one table: an array of objects, each read by readRow and identified by key() for the
    /// duplicate check.
    template<typename Entry>
    bool readTable(const QJsonObject &root, QLatin1StringView name, QList<Entry> *entries,
                   bool (ConfigTransferReader::*readRow)(const QJsonObject &, const QString &, Entry *),
                   const std::function<QString(const Entry &)> &key);

    // Field readers: false (with the error set) when the field has the wrong type or bad text.
    bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    bool text(const QJsonObject &object, const QString &path, const QString &name, QString *out,
              bool required = false);
    bool boolean(const QJsonObject &object, const QString &path, const QString &name, bool *out);
    bool integer(const QJsonObject &object, const QString &path, const QString &name, int minimum,
                 int maximum, int *out);
    bool textList(const QJsonValue &value, const QString &path, QStringList *out);
    bool checkText(const QString &path, const QString &text);

    bool fail(const QString &path, const QString &reason);
    static QString itemPath(const QString &path, qsizetype index);      ///< "routes[2]"
    static QString fieldPath(const QString &path, const QString &name); ///< "routes[2].route_to"

    QString *m_error;
};

} // namespace Sluice
