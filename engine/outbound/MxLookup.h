// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbound/NextHop.h"

#include <QHostAddress>
#include <QObject>

#include <utility>

class QDnsLookup;

namespace Sluice {

/// Finds the mail exchangers of one domain in the DNS (RFC 5321 5.1) and emits finished() once.
///
/// - MX records sorted by preference, equal preferences shuffled so load spreads over them;
/// - no MX records: the domain itself (its A/AAAA records, "implicit MX");
/// - NXDOMAIN: permanent failure 5.1.2; a null MX (RFC 7505): permanent failure 5.1.10;
/// - anything else (SERVFAIL, time-out, no answer): temporary failure 4.4.3.
///
/// Qt 6.4 reports an empty answer (NODATA) with the same InvalidReplyError as a server failure or a
/// time-out, so on that error the domain's A and AAAA records are looked up to tell "exists, has no
/// MX" from "could not ask". The price: an MX query that failed while the address queries worked
/// is taken as "no MX" (the domain itself is tried), and a domain with neither MX nor addresses is
/// deferred until the message time-out rather than refused at once. Qt 6.4 can aim a lookup at a
/// nameserver address but always on port 53.
class MxLookup : public QObject
{
    Q_OBJECT
public:
    /// nameserver: null for the system's resolver.
    MxLookup(const QString &domain, const QHostAddress &nameserver, QObject *parent = nullptr);

    void start();
    void abort();

    /// Sorts (preference, host) pairs by preference, shuffling hosts of equal preference.
    static QStringList orderByPreference(QList<std::pair<quint16, QString>> exchanges);

Q_SIGNALS:
    /// The hops carry only host names; the resolver adds port and security.
    void finished(const Sluice::RouteResult &result);

private:
    void onMxFinished();
    void lookUpAddresses();
    void onAddressLookupFinished();
    /// With a configured nameserver the exchangers' names are resolved through it too (the system
    /// resolver would not know a private zone, and must not be asked about it); otherwise the
    /// session connects by name.
    void resolveExchangers(const QStringList &hosts);
    void onExchangerLookupFinished();
    static QList<QHostAddress> addressesOf(const QList<QDnsLookup *> &lookups, const QString &name);
    QDnsLookup *newLookup(int type, const QString &name = QString());
    void finish(const RouteResult &result);

    QString m_domain;
    QHostAddress m_nameserver;
    QDnsLookup *m_mx = nullptr;
    QList<QDnsLookup *> m_addressLookups;
    QStringList m_exchangers;
    QList<QDnsLookup *> m_exchangerLookups;
    bool m_finished = false;
};

} // namespace Sluice
