// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/LinkSchedulerState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr int Version = 1;

QJsonValue timeToJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

/// Invalid for null; false when present but not a time.
bool timeFromJson(const QJsonValue &value, QDateTime *t)
{
    *t = {};
    if (value.isNull() || value.isUndefined())
        return true;
    *t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    return t->isValid();
}

bool triggerFromJson(const QJsonValue &value, std::optional<LinkTrigger> *trigger)
{
    *trigger = std::nullopt;
    if (value.isNull() || value.isUndefined())
        return true;
    *trigger = linkTriggerFromName(value.toString());
    return trigger->has_value();
}
} // namespace

LinkSchedulerState LinkSchedulerState::load(const QString &path, QString *error)
{
    error->clear();
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not an object"_s;
        return {};
    }
    const QJsonObject object = document.object();
    if (object.value(u"version"_s).toInt() != Version) {
        *error = u"unknown version %1"_s.arg(object.value(u"version"_s).toVariant().toString());
        return {};
    }
    LinkSchedulerState state;
    if (!timeFromJson(object.value(u"lastStart"_s), &state.lastStart) ||
        !timeFromJson(object.value(u"lastFinish"_s), &state.lastFinish) ||
        !triggerFromJson(object.value(u"lastTrigger"_s), &state.lastTrigger) ||
        !triggerFromJson(object.value(u"pending"_s), &state.pending)) {
        *error = u"a field holds an unexpected value"_s;
        return {};
    }
    state.lastOk = object.value(u"lastOk"_s).toBool();
    state.paused = object.value(u"paused"_s).toBool();
    return state;
}

bool LinkSchedulerState::save(const QString &path, QString *error) const
{
    QJsonObject object;
    object.insert(u"version"_s, Version);
    object.insert(u"lastStart"_s, timeToJson(lastStart));
    object.insert(u"lastFinish"_s, timeToJson(lastFinish));
    object.insert(u"lastTrigger"_s, lastTrigger ? QJsonValue(linkTriggerName(*lastTrigger)) : QJsonValue());
    object.insert(u"lastOk"_s, lastOk);
    object.insert(u"pending"_s, pending ? QJsonValue(linkTriggerName(*pending)) : QJsonValue());
    object.insert(u"paused"_s, paused);

    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 ||
        !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Sluice
