// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/MxLookup.h"

#include "outbound/OutboundLog.h"

#include <QDnsLookup>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

MxLookup::MxLookup(const QString &domain, const QHostAddress &nameserver, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_nameserver(nameserver)
{}

QDnsLookup *MxLookup::newLookup(int type, const QString &name)
{
    auto *lookup = new QDnsLookup(QDnsLookup::Type(type), name.isEmpty() ? m_domain : name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    return lookup;
}

void MxLookup::start()
{
    m_mx = newLookup(QDnsLookup::MX);
    connect(m_mx, &QDnsLookup::finished, this, &MxLookup::onMxFinished);
    m_mx->lookup();
}

void MxLookup::abort()
{
    m_finished = true; // no finished() for an aborted lookup
    if (m_mx)
        m_mx->abort();
    for (QDnsLookup *lookup : std::as_const(m_addressLookups))
        lookup->abort();
    for (QDnsLookup *lookup : std::as_const(m_exchangerLookups))
        lookup->abort();
}

QStringList MxLookup::orderByPreference(QList<std::pair<quint16, QString>> exchanges)
{
    // Shuffle first, then a stable sort by preference: hosts of equal preference end up in random
    // order relative to each other (RFC 5321 5.1), the others strictly by preference.
    std::shuffle(exchanges.begin(), exchanges.end(), *QRandomGenerator::global());
    std::stable_sort(exchanges.begin(), exchanges.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList hosts;
    for (const auto &exchange : std::as_const(exchanges))
        hosts.append(exchange.second);
    return hosts;
}

void MxLookup::onMxFinished()
{
    if (m_finished)
        return;
    switch (m_mx->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        finish(RouteResult::failure(true, "5.1.2", u"no such domain: %1"_s.arg(m_domain)));
        return;
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4: an empty answer, a SERVFAIL and a time-out all end here. See the class comment.
        lookUpAddresses();
        return;
    default:
        finish(RouteResult::failure(false, "4.4.3",
                                    u"DNS lookup of %1 failed: %2"_s.arg(m_domain, m_mx->errorString())));
        return;
    }

    const QList<QDnsMailExchangeRecord> records = m_mx->mailExchangeRecords();
    QList<std::pair<quint16, QString>> exchanges;
    bool nullMx = false;
    for (const QDnsMailExchangeRecord &record : records) {
        // A target of "." (the root) is how RFC 7505 says "no mail here"; Qt gives it as "" or ".".
        const QString target = record.exchange();
        if (target.isEmpty() || target == "."_L1)
            nullMx = true;
        else
            exchanges.append({record.preference(), target});
    }
    // RFC 7505 3: the null MX must be the only one; when other records are there too, those are used.
    if (nullMx && exchanges.isEmpty()) {
        finish(RouteResult::failure(true, "5.1.10", u"%1 does not accept mail (null MX)"_s.arg(m_domain)));
        return;
    }
    if (exchanges.isEmpty()) {
        lookUpAddresses();
        return;
    }
    resolveExchangers(orderByPreference(exchanges));
}

void MxLookup::resolveExchangers(const QStringList &hosts)
{
    if (m_nameserver.isNull()) {
        RouteResult result;
        for (const QString &host : hosts)
            result.hops.append({host, 25, {}, {}});
        finish(result);
        return;
    }
    m_exchangers = hosts;
    for (const QString &host : hosts) {
        for (int type : {int(QDnsLookup::A), int(QDnsLookup::AAAA)}) {
            QDnsLookup *lookup = newLookup(type, host);
            m_exchangerLookups.append(lookup);
            connect(lookup, &QDnsLookup::finished, this, &MxLookup::onExchangerLookupFinished);
            lookup->lookup();
        }
    }
}

QList<QHostAddress> MxLookup::addressesOf(const QList<QDnsLookup *> &lookups, const QString &name)
{
    QList<QHostAddress> addresses;
    for (const QDnsLookup *lookup : lookups) {
        if (lookup->name().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords())
            addresses.append(record.value());
    }
    return addresses;
}

void MxLookup::onExchangerLookupFinished()
{
    if (m_finished)
        return;
    const bool allDone = std::all_of(m_exchangerLookups.cbegin(), m_exchangerLookups.cend(),
                                     [](const QDnsLookup *lookup) { return lookup->isFinished(); });
    if (!allDone)
        return;
    RouteResult result;
    for (const QString &host : std::as_const(m_exchangers)) {
        for (const QHostAddress &address : addressesOf(m_exchangerLookups, host))
            result.hops.append({address.toString(), 25, {}, host});
    }
    if (result.hops.isEmpty()) {
        finish(RouteResult::failure(false, "4.4.3",
                                    u"the mail exchangers of %1 have no addresses"_s.arg(m_domain)));
        return;
    }
    finish(result);
}

void MxLookup::lookUpAddresses()
{
    for (int type : {int(QDnsLookup::A), int(QDnsLookup::AAAA)}) {
        QDnsLookup *lookup = newLookup(type);
        m_addressLookups.append(lookup);
        connect(lookup, &QDnsLookup::finished, this, &MxLookup::onAddressLookupFinished);
        lookup->lookup();
    }
}

void MxLookup::onAddressLookupFinished()
{
    if (m_finished)
        return;
    const bool allDone = std::all_of(m_addressLookups.cbegin(), m_addressLookups.cend(),
                                     [](const QDnsLookup *lookup) { return lookup->isFinished(); });
    if (!allDone)
        return;
    bool hasAddress = false;
    bool allNotFound = true;
    QString error;
    for (const QDnsLookup *lookup : std::as_const(m_addressLookups)) {
        hasAddress = hasAddress || !lookup->hostAddressRecords().isEmpty();
        allNotFound = allNotFound && lookup->error() == QDnsLookup::NotFoundError;
        if (lookup->error() != QDnsLookup::NoError)
            error = lookup->errorString();
    }
    if (hasAddress) {
        // No MX: the domain itself is the mail exchanger (RFC 5321 5.1). The session connects by
        // name; the address records only proved that the domain answers.
        if (m_nameserver.isNull()) {
            RouteResult result;
            result.hops.append({m_domain, 25, {}, {}});
            finish(result);
        } else {
            RouteResult result;
            for (const QHostAddress &address : addressesOf(m_addressLookups, m_domain))
                result.hops.append({address.toString(), 25, {}, m_domain});
            finish(result);
        }
    } else if (allNotFound) {
        finish(RouteResult::failure(true, "5.1.2", u"no such domain: %1"_s.arg(m_domain)));
    } else {
        finish(RouteResult::failure(false, "4.4.3", u"DNS lookup of %1 failed: %2"_s.arg(m_domain, error)));
    }
}

void MxLookup::finish(const RouteResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result.ok())
        qCDebug(lcOutbound).noquote() << "MX" << m_domain << "->" << result.hops.size() << "host(s)";
    else
        qCInfo(lcOutbound).noquote() << "MX" << m_domain << "failed:" << result.text;
    Q_EMIT finished(result);
}

} // namespace Sluice
