// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostRuleModel.h"

namespace Sluice {

HostRuleModel::HostRuleModel(HostRuleTable *table, QObject *parent)
    : StagedTableModel<HostRuleEntry>(parent)
    , m_table(table)
{
    connect(m_table, &HostRuleTable::changed, this, &HostRuleModel::reloadUnlessStaged);
    reload();
}

QList<HostRuleEntry> HostRuleModel::loadEntries() const
{
    return m_table->entries();
}

QString HostRuleModel::keyOf(const HostRuleEntry &entry) const
{
    const QString key = HostRuleEntry::normalisedNetwork(entry.network);
    return key.isEmpty() ? entry.network.trimmed() : key;
}

QVariant HostRuleModel::cell(const HostRuleEntry &entry, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NetworkColumn:
        return entry.network;
    case ActionColumn:
        return entry.accept ? tr("Accept") : tr("Reject");
    case RelayColumn:
        return entry.accept ? (entry.relay ? tr("Yes") : tr("No")) : QString();
    default:
        return {};
    }
}

QStringList HostRuleModel::headers() const
{
    return {tr("Network"), tr("Action"), tr("Relay")};
}

QString HostRuleModel::storeChanges(const QList<HostRuleEntry> &, const QList<HostRuleEntry> &staged)
{
    // Order matters (first match wins): the list is replaced as a whole, in one transaction.
    return m_table->setEntries(staged);
}

} // namespace Sluice
