// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostRuleTable.h"
#include "StagedTableModel.h"

namespace Sluice {

/// The Hosts list of the Connections page, in order (the first matching row wins), with edits staged
/// until the page is saved; saving writes the whole list at once.
class HostRuleModel : public StagedTableModel<HostRuleEntry>
{
    Q_OBJECT
public:
    enum Column { NetworkColumn, ActionColumn, RelayColumn };

    explicit HostRuleModel(HostRuleTable *table, QObject *parent = nullptr);

protected:
    QList<HostRuleEntry> loadEntries() const override;
    /// The normalised network, so that 10.0.0.7 and 10.0.0.7/32 are one row.
    QString keyOf(const HostRuleEntry &entry) const override;
    QVariant cell(const HostRuleEntry &entry, int column, int role) const override;
    QStringList headers() const override;
    QString storeChanges(const QList<HostRuleEntry> &stored, const QList<HostRuleEntry> &staged) override;

private:
    HostRuleTable *m_table;
};

} // namespace Sluice
