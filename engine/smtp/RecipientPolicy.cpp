// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/RecipientPolicy.h"

#include "delivery/MaildirWriter.h"
#include "hold/EtrnService.h"
#include "smtp/SmtpAddress.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Sluice {

RecipientPolicy::RecipientPolicy(LocalDeliveryConfig config, const QStringList &heldDomains,
                                 EtrnService *etrn)
    : m_config(std::move(config))
    , m_held(heldDomains)
    , m_etrn(etrn)
{
    for (QString &domain : m_config.localDomains)
        domain = domain.toLower();
}

bool RecipientPolicy::isLocalDomain(const QString &domainLower) const
{
    return m_config.localDomains.contains(domainLower);
}

QString RecipientPolicy::mailboxFor(const MailboxAddress &recipient) const
{
    // Local parts are compared case-insensitively, as every mail reader expects.
    const QString localPart = QString::fromLatin1(recipient.decodedLocalPart()).toLower();
    if (localPart == "postmaster"_L1)
        return localPart; // RFC 5321 4.5.1: always accepted, created on first delivery
    if (m_config.target != LocalDeliveryConfig::Target::Maildir) {
        // The internal server trusts us as its relay and may honour the percent hack, a bang path
        // or a quoted "@" (Postfix: allow_percent_hack, swap_bangpath): such a local part would
        // relay through it, so it is nobody's here.
        if (localPart.contains(u'%') || localPart.contains(u'!') || localPart.contains(u'@'))
            return {};
        return localPart.isEmpty() ? u"postmaster"_s : localPart; // the internal server knows its users
    }
    if (MaildirWriter::isSafeMailboxName(localPart) &&
        QFileInfo(m_config.mailRoot + u'/' + localPart).isDir())
        return localPart;
    return m_config.catchAllMailbox;
}

RecipientDecision RecipientPolicy::decide(const MailboxAddress &recipient, bool clientMayRelay) const
{
    RecipientDecision decision;
    const bool local = recipient.domain.isEmpty() // <Postmaster>
                       || (!recipient.isAddressLiteral() && isLocalDomain(recipient.domainLower()));
    if (local) {
        decision.mailbox = mailboxFor(recipient);
        decision.kind = decision.mailbox.isEmpty() ? RecipientDecision::Kind::UnknownUser
                                                   : RecipientDecision::Kind::Local;
        return decision;
    }
    const bool held = !recipient.isAddressLiteral() && !m_held.nodeFor(recipient.domainLower()).isEmpty();
    const bool rerouted = !recipient.isAddressLiteral() && m_reroutes.match(recipient.domainLower());
    decision.kind = clientMayRelay || held || rerouted ? RecipientDecision::Kind::Remote
                                                       : RecipientDecision::Kind::RelayDenied;
    return decision;
}

EtrnService *RecipientPolicy::etrnService() const
{
    return m_etrn && m_etrn->isOffered() ? m_etrn : nullptr;
}

} // namespace Sluice
