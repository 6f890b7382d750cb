// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RouteTable.h"
#include "StagedTableModel.h"

#include <QCoreApplication>

namespace Sluice {

class Settings;

/// The Routing page's "Sent to" -> "Route to" table, staged until the property sheet saves. As in the
/// IMS it shows two kinds of rows in one list: domains "accepted as inbound" (the local domains,
/// stored in routing.local_domains; their routeTo is empty) and reroutes (the RouteTable). A domain
/// is either, never both: the Sent to column is the key.
class RouteModel : public StagedTableModel<RouteEntry>
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::RouteModel)
public:
    enum Column { SentToColumn, RouteToColumn };

    RouteModel(Settings *settings, RouteTable *table, QObject *parent = nullptr);

    static bool isInbound(const RouteEntry &entry) { return entry.routeTo.isEmpty(); }
    /// What the Route to column shows for entry.
    static QString routeText(const RouteEntry &entry);

protected:
    QList<RouteEntry> loadEntries() const override;
    QString keyOf(const RouteEntry &entry) const override { return entry.sentTo; }
    QVariant cell(const RouteEntry &entry, int column, int role) const override;
    QStringList headers() const override;
    QString storeChanges(const QList<RouteEntry> &stored, const QList<RouteEntry> &staged) override;
    int insertionRow(const RouteEntry &entry) const override;

private:
    Settings *m_settings;
    RouteTable *m_table;
};

} // namespace Sluice
