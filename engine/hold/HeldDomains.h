// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sluice {

/// What an ETRN asks for (RFC 1985): "domain", "@domain" (the domain and its subdomains) or "#name"
/// (a named queue: here the name of an E-Mail Domain entry, which is its domain).
struct EtrnNode
{
    enum class Kind { Exact, WithSubdomains, Named };
    Kind kind = Kind::Exact;
    QString name; ///< lower case, without the "@" or "#"

    /// Parses the ETRN argument; false for anything but one well-formed node.
    static bool parse(const QByteArray &argument, EtrnNode *node);
};

/// The E-Mail Domain entries whose mail is held for ETRN. An entry "example.com" holds mail for it
/// and its subdomains; the most specific entry wins (as with outbound DomainRoute), so the held
/// mail of "sub.example.com" is released by that entry's ETRN when it has one of its own.
class HeldDomains
{
public:
    HeldDomains() = default;
    explicit HeldDomains(const QStringList &domains);

    bool isEmpty() const { return m_domains.isEmpty(); }
    const QStringList &domains() const { return m_domains; }
    /// The entry that holds mail for domainLower, or an empty string when none does.
    QString nodeFor(const QString &domainLower) const;
    /// The same for a wire-form address ("user@example.com"); address literals are never held.
    QString nodeForAddress(const QByteArray &address) const;
    /// The entries an ETRN releases: "d" and "#d" exactly the entry d, "@d" d and the entries below it.
    QStringList select(const EtrnNode &node) const;

private:
    QStringList m_domains; ///< lower case, no trailing dot, no duplicates
};

} // namespace Sluice
