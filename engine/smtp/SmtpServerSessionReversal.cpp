// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpServerSession, continued: ATRN (RFC 2645, on the On-Demand Mail Relay listener) and TURN (after
// AUTH, on the main listener): the provider's side of role reversal. The checks are here; the
// delivery over the customer's connection is SmtpServer's (hold/ReversedDelivery).
#include "smtp/SmtpServerSession.h"

#include "queue/MessageQueue.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSmtpServer)

namespace Sluice {

bool SmtpServerSession::refusedOnAtrnListener(const SmtpCommand &command)
{
    if (!m_context.atrnListener)
        return false;
    using Verb = SmtpCommand::Verb;
    switch (command.verb) {
    case Verb::Ehlo:
    case Verb::Auth:
    case Verb::Starttls:
    case Verb::Atrn:
    case Verb::Quit:
        return false;
    default:
        break;
    }
    reply(502, "5.5.1", "Error: only EHLO, AUTH, STARTTLS, ATRN and QUIT here");
    return true;
}

QStringList SmtpServerSession::nodesWithHeldMail(const QStringList &domains) const
{
    const QSet<QString> wanted(domains.cbegin(), domains.cend());
    QStringList nodes;
    for (const HeldDomainCount &held : m_context.queue->heldDomains()) {
        if (held.messages > 0 && wanted.contains(held.node))
            nodes.append(held.node);
    }
    return nodes;
}

void SmtpServerSession::handleAtrn(const SmtpCommand &command)
{
    if (!m_context.atrnListener)
        return reply(502, "5.5.1", "Error: ATRN is answered on the On-Demand Mail Relay port only");
    if (!m_extended)
        return reply(503, "5.5.1", "Error: send EHLO first");
    if (m_authenticatedAccount.isEmpty())
        return reply(530, "5.7.0", "Authentication required");
    if (std::exchange(m_atrnAsked, true))
        return reply(450, "4.7.0", "ATRN already requested on this connection");
    const auto account = m_context.config->accounts.constFind(m_authenticatedAccount);
    if (account == m_context.config->accounts.cend())
        return reply(451, "4.3.0", "Access cannot be checked now, try again later");
    QStringList domains;
    for (const QByteArray &part : command.argument.split(',')) {
        const QString domain = QString::fromLatin1(part.trimmed()).toLower();
        if (!domain.isEmpty())
            domains.append(domain);
    }
    if (domains.isEmpty())
        domains = account->domains; // RFC 2645: no domains means all the account may pull
    for (const QString &domain : std::as_const(domains)) {
        if (!account->domains.contains(domain)) {
            qCInfo(lcSmtpServer).noquote()
                << m_peerText << "ATRN refused:" << m_authenticatedAccount << "may not pull" << domain;
            return reply(450, "4.7.0", "ATRN not permitted for " + domain.toLatin1());
        }
    }
    const QStringList nodes = nodesWithHeldMail(domains);
    if (nodes.isEmpty())
        return reply(453, "4.7.0", "No messages waiting");
    reverseRoles(nodes);
}

void SmtpServerSession::handleTurn(const SmtpCommand &command)
{
    if (m_context.atrnListener)
        return reply(502, "5.5.1", "Error: use ATRN here");
    if (!command.argument.isEmpty())
        return reply(501, "5.5.4", "Syntax: TURN");
    // RFC 5321 deprecates TURN because the server cannot know whom it turns to: only an
    // authenticated account, and only for its own domains.
    if (m_authenticatedAccount.isEmpty())
        return reply(530, "5.7.0", "Authentication required");
    const auto account = m_context.config->accounts.constFind(m_authenticatedAccount);
    if (account == m_context.config->accounts.cend() || account->domains.isEmpty())
        return reply(502, "5.5.1", "Error: TURN not available for this account");
    if (m_haveSender)
        return reply(503, "5.5.1", "Error: TURN inside a mail transaction");
    reverseRoles(nodesWithHeldMail(account->domains));
}

void SmtpServerSession::reverseRoles(const QStringList &nodes)
{
    qCInfo(lcSmtpServer).noquote() << m_peerText << "roles reverse for" << m_authenticatedAccount
                                   << "- held mail for"
                                   << (nodes.isEmpty() ? u"nothing"_s : nodes.join(u", "_s));
    reply(250, "2.0.0", "OK, now reversing the connection");
    m_recorder.handOver();
    flush();
    // Nothing more is read as commands: the next line on this connection is the customer's greeting,
    // read by the client side.
    m_state = State::Closed;
    m_idleTimer.stop();
    m_input.clear();
    QMetaObject::invokeMethod(
        this, [this, nodes] { Q_EMIT rolesReversed(this, nodes); }, Qt::QueuedConnection);
}

QTcpSocket *SmtpServerSession::releaseSocket()
{
    m_finished = true; // the socket's end belongs to its new owner now
    m_idleTimer.stop();
    m_greetingTimer.stop();
    m_socket->disconnect(this);
    m_socket->setParent(nullptr);
    return m_socket;
}

} // namespace Sluice
