// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/LinkControl.h"

#include "control/ControlServer.h"
#include "core/Engine.h"
#include "link/LinkController.h"

#include <QCoreApplication>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sluice::LinkControl", text);
}

QByteArray status(Engine *engine)
{
    const LinkStatus link = engine->link()->status();
    const QueueCounts counts = engine->queueCounts();
    const auto time = [](const QDateTime &when) {
        return when.isValid() ? when.toUTC().toString(Qt::ISODate).toUtf8() : QByteArray("-");
    };
    const char *phase = QMetaEnum::fromType<LinkCycle::Phase>().valueToKey(int(link.phase));
    QByteArray out;
    out += "phase=" + QByteArray(phase).toLower() + '\n';
    out += "link=" + QByteArray(link.linkHeld ? "held" : "idle") + '\n';
    out += "next-cycle=" + time(link.nextCycle) + '\n';
    out += "last-cycle=" + time(link.lastCycle.started) + '\n';
    out += "last-result=" + (link.lastCycle.id ? link.lastCycle.result.toUtf8() : QByteArray("-")) + '\n';
    out += "queued-messages=" + QByteArray::number(counts.messages) + '\n';
    out += "queued-remote=" + QByteArray::number(counts.remotePending) + '\n';
    out += "queued-local=" + QByteArray::number(counts.localPending) + '\n';
    // Provider side: mail held for customer domains until they ask with ETRN.
    for (const HeldDomainCount &held : engine->heldDomains())
        out += "held=" + held.node.toUtf8() + ' ' + QByteArray::number(held.messages) + ' ' +
               QByteArray::number(held.bytes) + ' ' + time(held.oldest) + '\n';
    return out;
}

} // namespace

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
    server.addHandler("status", withLink([engine](const ControlRequest &) {
                          return ControlReply::success(status(engine));
                      }));
}

} // namespace Sluice
