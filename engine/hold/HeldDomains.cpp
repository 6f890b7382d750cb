// SPDX-License-Identifier: GPL-3.0-or-later
#include "hold/HeldDomains.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
bool isWithin(const QString &domain, const QString &entry)
{
    return domain == entry || (domain.size() > entry.size() && domain.endsWith(entry) &&
                               domain.at(domain.size() - entry.size() - 1) == u'.');
}
} // namespace

bool EtrnNode::parse(const QByteArray &argument, EtrnNode *node)
{
    QByteArray text = argument.trimmed();
    EtrnNode parsed;
    if (text.startsWith('@')) {
        parsed.kind = Kind::WithSubdomains;
        text.remove(0, 1);
    } else if (text.startsWith('#')) {
        parsed.kind = Kind::Named;
        text.remove(0, 1);
    }
    if (text.endsWith('.'))
        text.chop(1);
    // A domain name (RFC 5321 Domain): labels of letters, digits and hyphens. Queue names are entry
    // names, which are domains too.
    static const QRegularExpression domain(
        u"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"_s);
    if (text.isEmpty() || text.size() > 255 || !domain.match(QString::fromLatin1(text)).hasMatch())
        return false;
    parsed.name = QString::fromLatin1(text).toLower();
    *node = parsed;
    return true;
}

HeldDomains::HeldDomains(const QStringList &domains)
{
    for (QString domain : domains) {
        domain = domain.trimmed().toLower();
        if (domain.endsWith(u'.'))
            domain.chop(1);
        if (!domain.isEmpty() && !m_domains.contains(domain))
            m_domains.append(domain);
    }
}

QString HeldDomains::nodeFor(const QString &domainLower) const
{
    QString best;
    for (const QString &entry : m_domains) {
        if (entry.size() > best.size() && isWithin(domainLower, entry))
            best = entry;
    }
    return best;
}

QString HeldDomains::nodeForAddress(const QByteArray &address) const
{
    const qsizetype at = address.lastIndexOf('@');
    if (at < 0 || m_domains.isEmpty())
        return {};
    const QByteArray domain = address.mid(at + 1);
    if (domain.startsWith('['))
        return {};
    return nodeFor(QString::fromLatin1(domain).toLower());
}

QStringList HeldDomains::select(const EtrnNode &node) const
{
    QStringList selected;
    for (const QString &entry : m_domains) {
        const bool match =
            node.kind == EtrnNode::Kind::WithSubdomains ? isWithin(entry, node.name) : entry == node.name;
        if (match)
            selected.append(entry);
    }
    return selected;
}

} // namespace Sluice
