// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfileModel.h"

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QList<ConnectionProfileRow> customOnly(const QList<ConnectionProfileRow> &rows)
{
    QList<ConnectionProfileRow> custom;
    for (const ConnectionProfileRow &row : rows) {
        if (row.custom)
            custom.append(row);
    }
    return custom;
}

} // namespace

ConnectionProfileModel::ConnectionProfileModel(ConnectionProfileTable *table, QObject *parent)
    : StagedTableModel<ConnectionProfileRow>(parent)
    , m_table(table)
{
    connect(m_table, &ConnectionProfileTable::changed, this, [this] { reloadUnlessStaged(); });
    reload();
}

void ConnectionProfileModel::setDiscovered(const QList<ConnectionProfile> &profiles)
{
    m_discovered = profiles;
    reload();
}

QList<CustomProfileEntry> ConnectionProfileModel::customEntries() const
{
    QList<CustomProfileEntry> result;
    for (const ConnectionProfileRow &row : entries()) {
        if (row.custom)
            result.append(row.entry);
    }
    return result;
}

QStringList ConnectionProfileModel::customNames() const
{
    QStringList names;
    for (const CustomProfileEntry &entry : customEntries())
        names << entry.name;
    return names;
}

ConnectionProfileRow ConnectionProfileModel::customRow(const CustomProfileEntry &entry)
{
    ConnectionProfileRow row;
    row.profile = entry.toProfile();
    row.custom = true;
    row.entry = entry;
    return row;
}

QList<ConnectionProfileRow> ConnectionProfileModel::loadEntries() const
{
    QList<ConnectionProfileRow> rows;
    ConnectionProfileRow always;
    always.profile = ConnectionProfile::alwaysConnected();
    rows.append(always);
    for (const ConnectionProfile &profile : m_discovered) {
        ConnectionProfileRow row;
        row.profile = profile;
        rows.append(row);
    }
    for (const CustomProfileEntry &entry : m_table->entries())
        rows.append(customRow(entry));
    return rows;
}

QString ConnectionProfileModel::typeText(const ConnectionProfileRow &row) const
{
    switch (row.profile.kind) {
    case ConnectionProfile::Kind::AlwaysConnected:
        return tr("No dialing");
    case ConnectionProfile::Kind::NetworkManager:
        return tr("NetworkManager connection");
    case ConnectionProfile::Kind::Pppd:
        return tr("pppd peer");
    case ConnectionProfile::Kind::Custom:
        return tr("Custom profile");
    }
    return {};
}

QVariant ConnectionProfileModel::cell(const ConnectionProfileRow &row, int column, int role) const
{
    if (role == IdRole)
        return row.id();
    if (role == CustomRole)
        return row.custom;
    if (role == Qt::ToolTipRole && row.custom) {
        return tr("Connect: %1\nDisconnect: %2")
            .arg(row.entry.connect, row.entry.disconnect.isEmpty() ? tr("(nothing)") : row.entry.disconnect);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == TypeColumn)
        return typeText(row);
    if (row.profile.kind == ConnectionProfile::Kind::AlwaysConnected)
        return tr("Always connected (no dialing)");
    return row.profile.name;
}

QStringList ConnectionProfileModel::headers() const
{
    return {tr("Connection"), tr("Type")};
}

QString ConnectionProfileModel::storeChanges(const QList<ConnectionProfileRow> &stored,
                                             const QList<ConnectionProfileRow> &staged)
{
    return storeByKey(
        customOnly(stored), customOnly(staged),
        [this](const ConnectionProfileRow &row) { return m_table->put(row.entry); },
        [this](const QString &key) { return m_table->remove(key.section(u':', 1)); });
}

int ConnectionProfileModel::insertionRow(const ConnectionProfileRow &row) const
{
    // Fixed rows first, in discovery order; custom profiles after them, sorted by name like the table.
    const QList<ConnectionProfileRow> &rows = entries();
    int position = 0;
    while (position < rows.size() &&
           (!rows.at(position).custom || rows.at(position).entry.name.compare(row.entry.name) < 0))
        ++position;
    return position;
}

} // namespace Sluice
