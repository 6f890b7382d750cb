// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/ReportRouting.h"

#include "smtp/RecipientPolicy.h"
#include "smtp/SmtpAddress.h"

using namespace Qt::StringLiterals;

namespace Sluice {

OutcomeRecorder::ReportRouter reportRouterFor(std::shared_ptr<const RecipientPolicy> policy)
{
    return [policy = std::move(policy)](const QByteArray &address) {
        NewRecipient recipient{address, RecipientRoute::Remote, {}};
        if (!policy)
            return recipient;
        const PathParseResult parsed = parsePath(QByteArray("<" + address + ">"), PathKind::ForwardPath);
        if (!parsed.ok)
            return recipient;
        // The client "may relay" here: the question is only local or not.
        const RecipientDecision decision = policy->decide(parsed.mailbox, true);
        if (decision.kind == RecipientDecision::Kind::Local) {
            recipient.route = RecipientRoute::Local;
            recipient.mailbox = decision.mailbox;
        } else if (decision.kind == RecipientDecision::Kind::UnknownUser) {
            recipient.route = RecipientRoute::Local;
            recipient.mailbox = u"postmaster"_s;
        }
        return recipient;
    };
}

} // namespace Sluice
