// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostRuleTable.h"

#include "Settings.h"
#include "SqlTransaction.h"
#include "core/NetworkList.h"

#include <QHostAddress>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// One per Settings object: every HostRuleTable over it hears a change made through any of them (the
/// engine binder's table and the Connections page's are different objects in the same process).
class HostRuleNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    static HostRuleNotifier *of(Settings *settings)
    {
        auto *notifier = settings->findChild<HostRuleNotifier *>(QString(), Qt::FindDirectChildrenOnly);
        return notifier ? notifier : new HostRuleNotifier(settings);
    }

Q_SIGNALS:
    void changed();
};

} // namespace

QString HostRuleEntry::normalisedNetwork(const QString &network)
{
    const QString text = network.trimmed();
    if (text.isEmpty())
        return {};
    QPair<QHostAddress, int> subnet;
    if (text.contains(u'/')) {
        subnet = QHostAddress::parseSubnet(text);
    } else {
        const QHostAddress host(text);
        if (!host.isNull())
            subnet = {host, host.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    }
    // The engine parses the same text with NetworkList: what it would refuse is refused here.
    NetworkList engineView;
    if (subnet.first.isNull() || subnet.second < 0 || !NetworkList::parse({text}, &engineView) ||
        engineView.isEmpty())
        return {};
    return u"%1/%2"_s.arg(subnet.first.toString()).arg(subnet.second);
}

QString HostRuleEntry::validate() const
{
    if (network.trimmed().isEmpty())
        return tr("Enter an IP address, or a network as ADDRESS/PREFIX (192.168.1.0/24) or ADDRESS/MASK.");
    if (normalisedNetwork(network).isEmpty())
        return tr("“%1” is not an IP address or network: write an address (192.168.1.7, 2001:db8::7) or "
                  "ADDRESS/PREFIX (192.168.1.0/24, 2001:db8::/32).")
            .arg(network.trimmed());
    return {};
}

HostRuleTable::HostRuleTable(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(m_settings, &Settings::changedElsewhere, this, &HostRuleTable::changed);
    connect(HostRuleNotifier::of(m_settings), &HostRuleNotifier::changed, this, &HostRuleTable::changed);
}

QList<HostRuleEntry> HostRuleTable::entries() const
{
    return read(*m_settings);
}

QList<HostRuleEntry> HostRuleTable::read(const Settings &settings)
{
    QList<HostRuleEntry> entries;
    QSqlQuery query(settings.database());
    if (!query.exec(u"SELECT network, action, relay FROM host_rules ORDER BY position"_s))
        return entries;
    while (query.next()) {
        HostRuleEntry entry;
        entry.network = query.value(0).toString();
        const QString action = query.value(1).toString();
        entry.accept = action != "reject"_L1;
        entry.relay = entry.accept && query.value(2).toBool();
        // A row edited by hand into nonsense is skipped (and said so). Skipping an unknown action
        // rather than reading it as accept keeps a mistyped reject from letting the host in.
        if ((action != "accept"_L1 && action != "reject"_L1) || !entry.validate().isEmpty()) {
            qWarning("Ignoring the invalid host rule %s %s", qUtf8Printable(entry.network),
                     qUtf8Printable(action));
            continue;
        }
        entries.append(entry);
    }
    return entries;
}

QString HostRuleTable::setEntries(const QList<HostRuleEntry> &entries)
{
    QList<HostRuleEntry> rows;
    QSet<QString> seen;
    for (HostRuleEntry entry : entries) {
        const QString problem = entry.validate();
        if (!problem.isEmpty())
            return problem;
        entry.network = entry.network.trimmed();
        const QString key = HostRuleEntry::normalisedNetwork(entry.network);
        if (seen.contains(key))
            return tr("The network %1 is listed twice; only the first row would ever apply.")
                .arg(entry.network);
        seen.insert(key);
        entry.relay = entry.accept && entry.relay;
        rows.append(entry);
    }
    if (rows == read(*m_settings))
        return {};

    const QSqlDatabase database = m_settings->database();
    SqlTransaction transaction(database);
    if (!transaction.isActive())
        return tr("Could not save the Hosts list: %1").arg(transaction.errorText());
    QSqlQuery query(database);
    if (!query.exec(u"DELETE FROM host_rules"_s))
        return tr("Could not save the Hosts list: %1").arg(query.lastError().text());
    query.prepare(u"INSERT INTO host_rules (position, network, action, relay) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const HostRuleEntry &row = rows.at(i);
        query.addBindValue(int(i + 1));
        query.addBindValue(row.network);
        query.addBindValue(row.accept ? u"accept"_s : u"reject"_s);
        query.addBindValue(row.relay ? 1 : 0);
        if (!query.exec())
            return tr("Could not save the host rule %1: %2").arg(row.network, query.lastError().text());
    }
    if (!transaction.commit())
        return tr("Could not save the Hosts list: %1").arg(transaction.errorText());
    Q_EMIT HostRuleNotifier::of(m_settings)->changed();
    return {};
}

} // namespace Sluice

#include "HostRuleTable.moc"
