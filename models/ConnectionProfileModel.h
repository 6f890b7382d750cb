// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfileTable.h"
#include "StagedTableModel.h"
#include "dial/ConnectionProfile.h"

namespace Sluice {

/// One row of the Dial-up Connections page's "Available connections": "Always connected", a connection
/// this machine already knows (NetworkManager, pppd), or a custom profile of ConnectionProfileTable.
struct ConnectionProfileRow
{
    ConnectionProfile profile; ///< what LinkDialer dials (retries and time limits come from the page)
    bool custom = false;       ///< entry is meaningful (only custom rows can be edited or removed)
    CustomProfileEntry entry;

    QString id() const { return profile.id(); }
    bool operator==(const ConnectionProfileRow &other) const
    {
        return custom == other.custom && id() == other.id() && (!custom || entry == other.entry);
    }
};

/// The connections the console offers to dial: fixed rows (always connected, then the discovered
/// NetworkManager connections and pppd peers) followed by the custom profiles, sorted by name. Only
/// the custom rows are staged and stored; the fixed ones are what the machine has and are never
/// written. Discovery runs nmcli, so the page does it once per load and hands the result over with
/// setDiscovered() instead of the model running it on every reload.
class ConnectionProfileModel : public StagedTableModel<ConnectionProfileRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn };
    enum Role { IdRole = Qt::UserRole + 1, CustomRole };

    explicit ConnectionProfileModel(ConnectionProfileTable *table, QObject *parent = nullptr);

    /// Replaces the discovered rows and reloads (staged custom edits are discarded).
    void setDiscovered(const QList<ConnectionProfile> &profiles);
    QList<CustomProfileEntry> customEntries() const;
    QStringList customNames() const;
    /// Adds or replaces a custom profile (by name); returns its row.
    int putCustom(const CustomProfileEntry &entry) { return putEntry(customRow(entry)); }
    /// Replaces the custom profile at row (its name may change).
    void replaceCustom(int row, const CustomProfileEntry &entry) { replaceEntry(row, customRow(entry)); }
    static ConnectionProfileRow customRow(const CustomProfileEntry &entry);

protected:
    QList<ConnectionProfileRow> loadEntries() const override;
    QString keyOf(const ConnectionProfileRow &row) const override { return row.id(); }
    QVariant cell(const ConnectionProfileRow &row, int column, int role) const override;
    QStringList headers() const override;
    QString storeChanges(const QList<ConnectionProfileRow> &stored,
                         const QList<ConnectionProfileRow> &staged) override;
    int insertionRow(const ConnectionProfileRow &row) const override;

private:
    QString typeText(const ConnectionProfileRow &row) const;

    ConnectionProfileTable *m_table;
    QList<ConnectionProfile> m_discovered;
};

} // namespace Sluice
