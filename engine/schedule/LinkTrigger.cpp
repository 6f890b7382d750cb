// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/LinkTrigger.h"

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr LinkTrigger AllTriggers[] = {LinkTrigger::Startup,  LinkTrigger::Schedule, LinkTrigger::CatchUp,
                                       LinkTrigger::Queued,   LinkTrigger::Always,   LinkTrigger::Manual,
                                       LinkTrigger::Reconnect};

int rank(LinkTrigger t)
{
    switch (t) {
    case LinkTrigger::Manual:
        return 0;
    case LinkTrigger::Startup:
        return 1;
    case LinkTrigger::Reconnect:
        return 2;
    case LinkTrigger::CatchUp:
        return 3;
    case LinkTrigger::Always:
        return 4;
    case LinkTrigger::Schedule:
        return 5;
    case LinkTrigger::Queued:
        return 6;
    }
    return 7;
}
} // namespace

QString linkTriggerName(LinkTrigger t)
{
    switch (t) {
    case LinkTrigger::Startup:
        return u"startup"_s;
    case LinkTrigger::Schedule:
        return u"schedule"_s;
    case LinkTrigger::CatchUp:
        return u"catchup"_s;
    case LinkTrigger::Queued:
        return u"queued"_s;
    case LinkTrigger::Always:
        return u"always"_s;
    case LinkTrigger::Manual:
        return u"manual"_s;
    case LinkTrigger::Reconnect:
        return u"reconnect"_s;
    }
    return u"unknown"_s;
}

std::optional<LinkTrigger> linkTriggerFromName(const QString &name)
{
    for (const LinkTrigger t : AllTriggers) {
        if (linkTriggerName(t) == name)
            return t;
    }
    return std::nullopt;
}

LinkTrigger mergedLinkTrigger(LinkTrigger a, LinkTrigger b)
{
    return rank(b) < rank(a) ? b : a;
}

std::optional<LinkTrigger> mergedLinkTrigger(std::optional<LinkTrigger> a, std::optional<LinkTrigger> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return mergedLinkTrigger(*a, *b);
}

} // namespace Sluice
