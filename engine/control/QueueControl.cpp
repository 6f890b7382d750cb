// SPDX-License-Identifier: GPL-3.0-or-later
// The queue verbs on the control socket. Wire format: ControlProtocol.h; each verb's answer:
//   queue-groups            rows SECTION NAME MESSAGES BYTES (outbound: recipient domain; held: the
//                           ETRN node; inbound: one group named "")
//   queue-list section=outbound|held|inbound|all [group=NAME] [search=TEXT] [sort=id|sender|recipients|
//              size|age|attempts|next|reply] [order=asc|desc] [offset=N] [limit=N (<= 1000, 200)]
//                           "total=N", then rows QUEUE_ID SENDER RECIPIENTS SIZE RECEIVED ATTEMPTS
//                           NEXT_RETRY LAST_REPLY STATE (queued|deferred|held|on-hold)
//   queue-show QUEUE_ID     pairs queue-id sender received client helo size on-hold headers, then rows
//                           "recipient" ADDRESS ROUTE STATE ATTEMPTS NEXT LAST_REPLY NODE
//   queue-retry ID...|all=yes   "count=N" recipients made due now
//   queue-delete ID... [report=yes], queue-hold ID..., queue-release ID...   "count=N" messages
// Times are ISO 8601 UTC, "-" when there is none; the null sender is "<>".
// Event "queue-changed" after queue writes, at most one per 250 ms.
#include "control/QueueControl.h"

#include "control/ControlServer.h"
#include "core/Engine.h"
#include "queue/MessageQueue.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr int EventDelayMs = 250;
constexpr int DefaultLimit = 200;
constexpr int MaxLimit = 1000;

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

QString isoTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : u"-"_s;
}

QString senderText(const QByteArray &sender)
{
    return sender.isEmpty() ? u"<>"_s : QString::fromLatin1(sender);
}

QString stateName(QueueRowState state)
{
    switch (state) {
    case QueueRowState::Queued:
        return u"queued"_s;
    case QueueRowState::Deferred:
        return u"deferred"_s;
    case QueueRowState::Held:
        return u"held"_s;
    case QueueRowState::OnHold:
        return u"on-hold"_s;
    }
    return u"queued"_s;
}

QString recipientStateName(RecipientState state, bool onHold)
{
    if (onHold)
        return u"on-hold"_s;
    switch (state) {
    case RecipientState::Deferred:
        return u"deferred"_s;
    case RecipientState::Held:
        return u"held"_s;
    case RecipientState::Failed:
        return u"failed"_s;
    case RecipientState::Queued:
        break;
    }
    return u"queued"_s;
}

QString sectionName(QueueSection section)
{
    switch (section) {
    case QueueSection::Outbound:
        return u"outbound"_s;
    case QueueSection::Held:
        return u"held"_s;
    case QueueSection::Inbound:
        return u"inbound"_s;
    case QueueSection::All:
        break;
    }
    return u"all"_s;
}

/// Reads a whole number option; false when it is there but not a number >= 0.
bool numberOption(const ControlRequest &request, const QString &key, int fallback, int *value)
{
    if (!request.options.contains(key)) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = request.option(key).toInt(&ok);
    return ok && *value >= 0;
}

/// The queue-list options as a QueueQuery; an error text for the first one that is wrong.
std::optional<QueueQuery> parseQuery(const ControlRequest &request, QString *error)
{
    static const QHash<QString, QueueSection> sections = {{u"outbound"_s, QueueSection::Outbound},
                                                          {u"held"_s, QueueSection::Held},
                                                          {u"inbound"_s, QueueSection::Inbound},
                                                          {u"all"_s, QueueSection::All}};
    static const QHash<QString, QueueSortKey> keys = {{u"id"_s, QueueSortKey::Id},
                                                      {u"sender"_s, QueueSortKey::Sender},
                                                      {u"recipients"_s, QueueSortKey::Recipients},
                                                      {u"size"_s, QueueSortKey::Size},
                                                      {u"age"_s, QueueSortKey::Age},
                                                      {u"attempts"_s, QueueSortKey::Attempts},
                                                      {u"next"_s, QueueSortKey::Next},
                                                      {u"reply"_s, QueueSortKey::Reply}};
    QueueQuery query;
    const QString section = request.option(u"section"_s, u"all"_s);
    const QString sort = request.option(u"sort"_s, u"age"_s);
    const QString order = request.option(u"order"_s, u"asc"_s);
    if (!sections.contains(section)) {
        *error = tr("unknown section %1 (outbound, held, inbound or all)").arg(section);
        return std::nullopt;
    }
    if (!keys.contains(sort)) {
        *error =
            tr("unknown sort key %1 (id, sender, recipients, size, age, attempts, next or reply)").arg(sort);
        return std::nullopt;
    }
    if (order != "asc"_L1 && order != "desc"_L1) {
        *error = tr("unknown order %1 (asc or desc)").arg(order);
        return std::nullopt;
    }
    if (!numberOption(request, u"offset"_s, 0, &query.offset) ||
        !numberOption(request, u"limit"_s, DefaultLimit, &query.limit)) {
        *error = tr("offset and limit are whole numbers");
        return std::nullopt;
    }
    query.limit = std::min(query.limit, MaxLimit);
    query.section = sections.value(section);
    query.sort = keys.value(sort);
    query.descending = order == "desc"_L1;
    query.hasGroup = request.options.contains(u"group"_s);
    query.group = request.option(u"group"_s);
    query.search = request.option(u"search"_s);
    return query;
}

QByteArray listBody(const QueuePage &page)
{
    QByteArray body = formatPair("total", QString::number(page.total));
    for (const QueueRow &row : page.rows) {
        QStringList recipients;
        for (const QByteArray &address : row.recipients)
            recipients.append(QString::fromLatin1(address));
        body += formatRow({row.queueId, senderText(row.sender), recipients.join(u", "_s),
                           QString::number(row.size), isoTime(row.receivedAt), QString::number(row.attempts),
                           isoTime(row.nextAttempt), row.lastReply, stateName(row.state)});
    }
    return body;
}

QByteArray showBody(const QueueMessageDetails &details)
{
    QByteArray body;
    body += formatPair("queue-id", details.queueId);
    body += formatPair("sender", senderText(details.sender));
    body += formatPair("received", isoTime(details.receivedAt));
    body += formatPair("client", details.clientAddress);
    body += formatPair("helo", details.heloName);
    body += formatPair("size", QString::number(details.size));
    body += formatPair("on-hold", details.onHold ? u"yes"_s : u"no"_s);
    body += formatPair("headers", QString::fromUtf8(details.headers));
    for (const QueueRecipientDetails &recipient : details.recipients) {
        body += formatRow({u"recipient"_s, QString::fromLatin1(recipient.address),
                           recipient.route == RecipientRoute::Local ? u"local"_s : u"remote"_s,
                           recipientStateName(recipient.state, details.onHold),
                           QString::number(recipient.attempts), isoTime(recipient.nextAttempt),
                           recipient.lastReply, recipient.node});
    }
    return body;
}

/// "count=N", or the error an admin action ended with.
ControlReply adminReply(const QueueAdminResult &result)
{
    if (!result.unknownId.isEmpty())
        return ControlReply::failure(tr("no message %1 in the queue").arg(result.unknownId));
    if (!result.ok)
        return ControlReply::failure(tr("the queue could not be changed: %1").arg(result.error));
    return ControlReply::success(formatPair("count", QString::number(result.count)));
}

} // namespace

void registerQueueCommands(ControlServer &server, Engine *engine)
{
    // Every handler needs the open queue: before the engine started there is none.
    const auto withQueue = [engine](auto action) {
        return [engine, action](const ControlRequest &request) {
            if (!engine || !engine->queue())
                return ControlReply::failure(tr("the engine is not running"));
            return action(request);
        };
    };
    const auto withIds = [withQueue](auto action) {
        return withQueue([action](const ControlRequest &request) {
            if (request.arguments.isEmpty())
                return ControlReply::failure(tr("name at least one queue id"));
            return action(request);
        });
    };

    server.addHandler("queue-groups", withQueue([engine](const ControlRequest &) {
                          QByteArray body;
                          for (const QueueGroup &group : engine->queue()->groups())
                              body +=
                                  formatRow({sectionName(group.section), group.name,
                                             QString::number(group.messages), QString::number(group.bytes)});
                          return ControlReply::success(body);
                      }));
    server.addHandler("queue-list", withQueue([engine](const ControlRequest &request) {
                          QString error;
                          const std::optional<QueueQuery> query = parseQuery(request, &error);
                          if (!query)
                              return ControlReply::failure(error);
                          return ControlReply::success(listBody(engine->queue()->browse(*query)));
                      }));
    server.addHandler(
        "queue-show", withQueue([engine](const ControlRequest &request) {
            if (request.arguments.size() != 1)
                return ControlReply::failure(tr("name one queue id"));
            const QueueMessageDetails details = engine->queue()->details(request.arguments.first());
            if (!details.found)
                return ControlReply::failure(tr("no message %1 in the queue").arg(request.arguments.first()));
            return ControlReply::success(showBody(details));
        }));
    server.addHandler("queue-retry", withQueue([engine](const ControlRequest &request) {
                          const bool all = request.option(u"all"_s) == "yes"_L1;
                          if (all == !request.arguments.isEmpty())
                              return ControlReply::failure(tr("name queue ids or all=yes"));
                          return adminReply(engine->retryQueued(request.arguments));
                      }));
    server.addHandler("queue-delete", withIds([engine](const ControlRequest &request) {
                          const bool report = request.option(u"report"_s) == "yes"_L1;
                          return adminReply(engine->deleteQueued(request.arguments, report));
                      }));
    server.addHandler("queue-hold", withIds([engine](const ControlRequest &request) {
                          return adminReply(engine->holdQueued(request.arguments));
                      }));
    server.addHandler("queue-release", withIds([engine](const ControlRequest &request) {
                          return adminReply(engine->releaseQueued(request.arguments));
                      }));

    if (!engine)
        return;
    // A burst of writes (a delivery run, a flood of new mail) becomes one event per 250 ms.
    auto *coalesce = new QTimer(&server);
    coalesce->setSingleShot(true);
    coalesce->setInterval(EventDelayMs);
    QObject::connect(coalesce, &QTimer::timeout, &server, [&server] { server.broadcast("queue-changed"); });
    QObject::connect(engine, &Engine::queueChanged, coalesce, [coalesce] {
        if (!coalesce->isActive())
            coalesce->start();
    });
}

} // namespace Sluice
