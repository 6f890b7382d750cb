// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAccountModel.h"

using namespace Qt::StringLiterals;

namespace Sluice {

ServerAccountModel::ServerAccountModel(ServerAccountTable *table, QObject *parent)
    : StagedTableModel<ServerAccountEntry>(parent)
    , m_table(table)
{
    QObject::connect(m_table, &ServerAccountTable::changed, this, [this] { reloadUnlessStaged(); });
    reload();
}

QStringList ServerAccountModel::removedNames() const
{
    QStringList removed;
    for (const ServerAccountEntry &stored : m_table->entries()) {
        if (rowOfKey(stored.name) < 0)
            removed.append(stored.name);
    }
    return removed;
}

QList<ServerAccountEntry> ServerAccountModel::loadEntries() const
{
    return m_table->entries();
}

QVariant ServerAccountModel::cell(const ServerAccountEntry &entry, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == NameColumn)
        return entry.name;
    if (column == DomainsColumn)
        return entry.domains.isEmpty() ? tr("(none: may only send mail)") : entry.domains.join(u", "_s);
    return {};
}

QStringList ServerAccountModel::headers() const
{
    return {tr("Account"), tr("Domains it may pull (ATRN, TURN)")};
}

QString ServerAccountModel::storeChanges(const QList<ServerAccountEntry> &stored,
                                         const QList<ServerAccountEntry> &staged)
{
    return storeByKey(
        stored, staged, [this](const ServerAccountEntry &entry) { return m_table->put(entry); },
        [this](const QString &name) { return m_table->remove(name); });
}

int ServerAccountModel::insertionRow(const ServerAccountEntry &entry) const
{
    // Sorted by name, as the table and `sluice account list` show them.
    int row = 0;
    while (row < rowCount() && entryAt(row).name < entry.name)
        ++row;
    return row;
}

} // namespace Sluice
