// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

namespace Sluice {

class Settings;

/// One row of the Connections page's Hosts list: clients whose address falls in network are accepted
/// or rejected (521 and nothing else), and an accepted entry may also allow relaying. The first
/// matching row wins; a client no row matches is accepted without relay permission beyond
/// relay.networks.
struct HostRuleEntry
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::HostRuleTable)
public:
    QString network;    ///< "192.168.1.0/24", "10.0.0.7", "2001:db8::/32" (an address means /32 or /128)
    bool accept = true; ///< false: reject
    bool relay = false; ///< accepted clients may relay (meaningless for reject rows: stored false)

    QString validate() const; ///< empty when valid, else a translated reason naming the network
    /// "ADDRESS/PREFIX" with the host bits cleared, so that "10.0.0.7", "10.0.0.7/32" and
    /// "10.0.0.7/255.255.255.255" compare equal; empty when network is not an address or network.
    static QString normalisedNetwork(const QString &network);
    bool operator==(const HostRuleEntry &other) const
    {
        return network == other.network && accept == other.accept && relay == other.relay;
    }
};

/// The Hosts list in the configuration database, in order.
class HostRuleTable : public QObject
{
    Q_OBJECT
public:
    explicit HostRuleTable(Settings *settings, QObject *parent = nullptr);

    QList<HostRuleEntry> entries() const; ///< in order
    static QList<HostRuleEntry> read(const Settings &settings);
    /// Replaces the whole list in one transaction after validating every row (and refusing the same
    /// network twice); returns a translated error naming the first bad row, and changes nothing then.
    QString setEntries(const QList<HostRuleEntry> &entries);

Q_SIGNALS:
    void changed(); ///< through this object or another process

private:
    Settings *m_settings;
};

} // namespace Sluice
