// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/LinkControl.h"

#include "control/ControlServer.h"
#include "core/Engine.h"
#include "link/LinkController.h"
#include "outbound/DeliveryOutcome.h"
#include "outbound/OutboundDelivery.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// Bursts (a cycle's phases, a batch of queued messages) become one status-changed event.
constexpr int StatusCoalesceMs = 250;

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

QByteArray status(Engine *engine)
{
    const LinkStatus link = engine->link()->status();
    const QueueCounts counts = engine->queueCounts();
    const auto time = [](const QDateTime &when) {
        return when.isValid() ? when.toUTC().toString(Qt::ISODate).toUtf8() : QByteArray("-");
    };
    const char *phase = QMetaEnum::fromType<LinkCycle::Phase>().valueToKey(int(link.phase));
    const bool hasLast = link.lastCycle.id != 0 || link.lastCycle.started.isValid();
    QByteArray out;
    out += "state=" + linkStateName(engine).toUtf8() + '\n';
    out += "paused=" + QByteArray(link.paused ? "yes" : "no") + '\n';
    out += "phase=" + QByteArray(phase).toLower() + '\n';
    out += "link=" + QByteArray(link.linkHeld ? "held" : "idle") + '\n';
    out += "next-cycle=" + time(link.nextCycle) + '\n';
    out += "last-cycle=" + time(link.lastCycle.started) + '\n';
    out += formatPair("last-result", hasLast ? link.lastCycle.result : u"-"_s);
    out += "last-ok=" + QByteArray(hasLast ? (link.lastCycle.ok ? "yes" : "no") : "-") + '\n';
    out += "queued-messages=" + QByteArray::number(counts.messages) + '\n';
    out += "queued-remote=" + QByteArray::number(counts.remotePending) + '\n';
    out += "queued-local=" + QByteArray::number(counts.localPending) + '\n';
    out += "queued-held=" + QByteArray::number(counts.held) + '\n';
    out += "queued-deferred=" + QByteArray::number(counts.deferred) + '\n';
    // Where mail comes in: the console shows it (0: not listening).
    out += formatPair("smtp-address", engine->smtpPort() ? engine->smtpAddress().toString() : u"-"_s);
    out += "smtp-port=" + QByteArray::number(engine->smtpPort()) + '\n';
    out += "pid=" + QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    // Provider side: mail held for customer domains until they ask with ETRN.
    for (const HeldDomainCount &held : engine->heldDomains())
        out += "held=" + held.node.toUtf8() + ' ' + QByteArray::number(held.messages) + ' ' +
               QByteArray::number(held.bytes) + ' ' + time(held.oldest) + '\n';
    return out;
}

const CyclePhase *findPhase(const CycleRecord &record, const QString &name)
{
    for (const CyclePhase &phase : record.phases)
        if (phase.name == name)
            return &phase;
    return nullptr;
}

/// Connects the engine's signals to the watchers' events.
void registerEvents(ControlServer &server, Engine *engine)
{
    auto *coalesce = new QTimer(&server);
    coalesce->setSingleShot(true);
    coalesce->setInterval(StatusCoalesceMs);
    QObject::connect(coalesce, &QTimer::timeout, &server, [&server] { server.broadcast("status-changed"); });
    const auto changed = [coalesce] {
        if (!coalesce->isActive())
            coalesce->start();
    };
    QObject::connect(engine->link(), &LinkController::statusChanged, coalesce, changed);
    QObject::connect(engine, &Engine::messageQueued, coalesce, changed);
    QObject::connect(engine, &Engine::listening, coalesce, changed);
    QObject::connect(engine, &Engine::localDelivered, coalesce, changed);
    QObject::connect(engine, &Engine::outboundJobFinished, coalesce, changed);

    QObject::connect(engine->link(), &LinkController::cycleFinished, &server,
                     [&server](const CycleRecord &record) {
                         for (const QStringList &notification : cycleNotifications(record))
                             server.broadcast("notify", notification);
                     });
    if (OutboundDelivery *outbound = engine->outbound()) {
        QObject::connect(
            outbound, &OutboundDelivery::jobFinished, &server, [&server](const DeliverySummary &summary) {
                if (summary.failed <= 0)
                    return;
                server.broadcast("notify",
                                 {u"delivery-failed"_s,
                                  QCoreApplication::translate("Sluice::LinkControl",
                                                              "%n recipient(s) could not be delivered; the "
                                                              "senders were sent failure reports.",
                                                              nullptr, summary.failed)});
            });
    }
}

} // namespace

QString linkStateName(Engine *engine)
{
    const LinkStatus link = engine->link()->status();
    switch (link.phase) {
    case LinkCycle::Phase::Dialing:
        return u"dialing"_s;
    case LinkCycle::Phase::Delivering:
        return u"delivering"_s;
    case LinkCycle::Phase::Retrieving:
    case LinkCycle::Phase::Waiting:
    case LinkCycle::Phase::HangingUp:
        return u"connected"_s;
    case LinkCycle::Phase::Idle:
    case LinkCycle::Phase::Done:
        break;
    }
    if (link.linkHeld)
        return u"connected"_s;
    const bool lastFailed =
        (link.lastCycle.id != 0 || link.lastCycle.started.isValid()) && !link.lastCycle.ok;
    return lastFailed ? u"error"_s : u"idle"_s;
}

QList<QStringList> cycleNotifications(const CycleRecord &record)
{
    // A refused ETRN does not fail the cycle (the provider answered), but the admin wants to hear of it.
    QList<QStringList> out;
    const CyclePhase *dial = findPhase(record, u"dial"_s);
    // A person's hang-up is no failure to tell them about (LinkCycle's own words).
    const bool endedEarly = record.errors.contains(
        QCoreApplication::translate("Sluice::LinkCycle", "The cycle was ended early."));
    if (!record.ok && dial && !findPhase(record, u"deliver"_s) && !endedEarly) {
        out.append({u"dial-failed"_s, tr("Dialing failed: %1").arg(record.dialResult)});
        return out;
    }
    // "ETRN @example.com: 458 ..." for a refusal; a retrieval that failed outright put its phase result
    // among the errors.
    static const QRegularExpression refused(u": [45]\\d\\d\\b"_s);
    QStringList reasons;
    for (const QString &reply : record.retrievalReplies)
        if (refused.match(reply).hasMatch())
            reasons << reply;
    const CyclePhase *retrieve = findPhase(record, u"retrieve"_s);
    if (reasons.isEmpty() && retrieve && record.errors.contains(retrieve->result) && !endedEarly)
        reasons << retrieve->result;
    if (!reasons.isEmpty())
        out.append({u"retrieval-refused"_s,
                    tr("The provider did not release held mail: %1").arg(reasons.join(u"; "_s))});
    return out;
}

void registerLinkCommands(ControlServer &server, Engine *engine)
{
    const auto withLink = [engine](auto action) {
        return [engine, action](const ControlRequest &request) {
            if (!engine->link())
                return ControlReply::failure(tr("the engine is not running"));
            return action(request);
        };
    };
    server.addHandler("connect-now", withLink([engine](const ControlRequest &) {
                          engine->link()->connectNow();
                          return ControlReply::success();
                      }));
    server.addHandler("hang-up", withLink([engine](const ControlRequest &) {
                          engine->link()->hangUpNow();
                          return ControlReply::success();
                      }));
    server.addHandler("pause", withLink([engine](const ControlRequest &) {
                          engine->link()->pauseSchedule();
                          return ControlReply::success();
                      }));
    server.addHandler("resume", withLink([engine](const ControlRequest &) {
                          engine->link()->resumeSchedule();
                          return ControlReply::success();
                      }));
    server.addHandler("status", withLink([engine](const ControlRequest &) {
                          return ControlReply::success(status(engine));
                      }));
    if (engine->link())
        registerEvents(server, engine);
}

} // namespace Sluice
