// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/CycleRecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

QByteArray cycleToJson(const CycleRecord &record)
{
    QJsonArray phases;
    for (const CyclePhase &phase : record.phases)
        phases.append(QJsonObject{{u"name"_s, phase.name},
                                  {u"started"_s, timeValue(phase.started)},
                                  {u"finished"_s, timeValue(phase.finished)},
                                  {u"result"_s, phase.result}});
    const QJsonObject object{
        {u"trigger"_s, record.trigger},
        {u"started"_s, timeValue(record.started)},
        {u"finished"_s, timeValue(record.finished)},
        {u"ok"_s, record.ok},
        {u"result"_s, record.result},
        {u"dial"_s, record.dialResult},
        {u"messagesSent"_s, record.messagesSent},
        {u"bytesSent"_s, double(record.bytesSent)},
        {u"recipientsDeferred"_s, record.recipientsDeferred},
        {u"recipientsFailed"_s, record.recipientsFailed},
        {u"retrievalMethod"_s, record.retrievalMethod},
        {u"retrievalReplies"_s, QJsonArray::fromStringList(record.retrievalReplies)},
        {u"messagesReceived"_s, record.messagesReceived},
        {u"bytesReceived"_s, double(record.bytesReceived)},
        {u"errors"_s, QJsonArray::fromStringList(record.errors)},
        {u"phases"_s, phases},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

CycleRecord cycleFromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString());
        return list;
    };
    CycleRecord record;
    record.trigger = object.value("trigger"_L1).toString();
    record.started = timeFrom(object.value("started"_L1));
    record.finished = timeFrom(object.value("finished"_L1));
    record.ok = object.value("ok"_L1).toBool();
    record.result = object.value("result"_L1).toString();
    record.dialResult = object.value("dial"_L1).toString();
    record.messagesSent = object.value("messagesSent"_L1).toInt();
    record.bytesSent = qint64(object.value("bytesSent"_L1).toDouble());
    record.recipientsDeferred = object.value("recipientsDeferred"_L1).toInt();
    record.recipientsFailed = object.value("recipientsFailed"_L1).toInt();
    record.retrievalMethod = object.value("retrievalMethod"_L1).toString();
    record.retrievalReplies = strings(object.value("retrievalReplies"_L1));
    record.messagesReceived = object.value("messagesReceived"_L1).toInt();
    record.bytesReceived = qint64(object.value("bytesReceived"_L1).toDouble());
    record.errors = strings(object.value("errors"_L1));
    for (const QJsonValue &item : object.value("phases"_L1).toArray()) {
        const QJsonObject phase = item.toObject();
        record.phases.append({phase.value("name"_L1).toString(), timeFrom(phase.value("started"_L1)),
                              timeFrom(phase.value("finished"_L1)), phase.value("result"_L1).toString()});
    }
    return record;
}

} // namespace Sluice
