// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerAccountTable.h"
#include "StagedTableModel.h"

#include <QCoreApplication>

namespace Sluice {

/// The Security page's accounts on Sluice's own server (Accounts… dialog), staged until the property
/// sheet saves: one row per account with the domains it may pull with ATRN or TURN. Passwords are not
/// part of the rows; the page stores them beside the table.
class ServerAccountModel : public StagedTableModel<ServerAccountEntry>
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ServerAccountModel)
public:
    enum Column { NameColumn, DomainsColumn };

    explicit ServerAccountModel(ServerAccountTable *table, QObject *parent = nullptr);

    /// The names stored now that the staged rows no longer have (their passwords must go too).
    QStringList removedNames() const;

protected:
    QList<ServerAccountEntry> loadEntries() const override;
    QString keyOf(const ServerAccountEntry &entry) const override { return entry.name; }
    QVariant cell(const ServerAccountEntry &entry, int column, int role) const override;
    QStringList headers() const override;
    QString storeChanges(const QList<ServerAccountEntry> &stored,
                         const QList<ServerAccountEntry> &staged) override;
    int insertionRow(const ServerAccountEntry &entry) const override;

private:
    ServerAccountTable *m_table;
};

} // namespace Sluice
