// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Sluice {

/// A table model over one of the configuration tables (E-Mail Domains, Hosts, routes, profiles,
/// accounts) with the property sheet's semantics: edits are staged in the model, the views show them
/// at once, and nothing reaches the store before save(); reload() (Cancel) discards them. The model is
/// the only copy of the rows the views see. While nothing is staged, a change to the store made
/// elsewhere (the command line) is shown at once (call reload() from the table's changed() signal).
///
/// A subclass supplies how rows are read, compared, shown and stored.
template<typename Entry> class StagedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<Entry> &entries() const { return m_entries; }
    const Entry &entryAt(int row) const { return m_entries.at(row); }
    bool hasChanges() const { return m_staged; }

    /// Discards staged edits and reads the store.
    void reload()
    {
        beginResetModel();
        m_entries = loadEntries();
        m_stored = m_entries;
        m_staged = false;
        endResetModel();
    }
    /// Re-reads the store unless edits are staged (they win until saved or cancelled).
    void reloadUnlessStaged()
    {
        if (!m_staged)
            reload();
    }

    /// Adds, or replaces the row with the same key; returns its row.
    int putEntry(const Entry &entry)
    {
        const int existing = rowOfKey(keyOf(entry));
        if (existing >= 0) {
            m_entries[existing] = entry;
            markStaged(); // before the signal: views and pages ask hasChanges() when they hear it
            Q_EMIT this->dataChanged(this->index(existing, 0), this->index(existing, columnCount() - 1));
            return existing;
        }
        const int row = insertionRow(entry);
        beginInsertRows({}, row, row);
        m_entries.insert(row, entry);
        markStaged();
        endInsertRows();
        return row;
    }
    /// Replaces the row at row (its key may change).
    void replaceEntry(int row, const Entry &entry)
    {
        if (keyOf(m_entries.at(row)) != keyOf(entry)) {
            removeEntry(row);
            putEntry(entry);
            return;
        }
        putEntry(entry);
    }
    void removeEntry(int row)
    {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        markStaged();
        endRemoveRows();
    }
    /// For ordered tables (Hosts): moves a row up or down by one.
    bool moveEntry(int row, int delta)
    {
        const int target = row + delta;
        if (row < 0 || target < 0 || row >= m_entries.size() || target >= m_entries.size() || delta == 0)
            return false;
        beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
        m_entries.move(row, target);
        markStaged();
        endMoveRows();
        return true;
    }
    int rowOfKey(const QString &key) const
    {
        for (int row = 0; row < m_entries.size(); ++row) {
            if (keyOf(m_entries.at(row)) == key)
                return row;
        }
        return -1;
    }

    /// Writes the staged rows to the store; returns a translated error (the staged rows stay then).
    QString save()
    {
        if (!m_staged)
            return {};
        const QString error = storeChanges(m_stored, m_entries);
        if (error.isEmpty()) {
            m_stored = m_entries;
            m_staged = false;
        }
        return error;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(headers().size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_entries.size())
            return {};
        return cell(m_entries.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < headers().size())
            return headers().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    virtual QList<Entry> loadEntries() const = 0;
    virtual QString keyOf(const Entry &entry) const = 0;
    virtual QVariant cell(const Entry &entry, int column, int role) const = 0;
    virtual QStringList headers() const = 0;
    /// Applies the difference between what was stored and what is staged.
    virtual QString storeChanges(const QList<Entry> &stored, const QList<Entry> &staged) = 0;
    /// Where a new row goes: sorted tables find their place; ordered ones append (the default).
    virtual int insertionRow(const Entry &) const { return int(m_entries.size()); }

    /// Helper for keyed tables: removes the rows whose key disappeared, puts new and changed ones.
    template<typename Put, typename Remove>
    QString storeByKey(const QList<Entry> &stored, const QList<Entry> &staged, Put put, Remove remove)
    {
        for (const Entry &old : stored) {
            bool kept = false;
            for (const Entry &entry : staged)
                kept = kept || keyOf(entry) == keyOf(old);
            if (!kept) {
                if (const QString error = remove(keyOf(old)); !error.isEmpty())
                    return error;
            }
        }
        for (const Entry &entry : staged) {
            bool unchanged = false;
            for (const Entry &old : stored)
                unchanged = unchanged || (keyOf(old) == keyOf(entry) && old == entry);
            if (!unchanged) {
                if (const QString error = put(entry); !error.isEmpty())
                    return error;
            }
        }
        return {};
    }

private:
    void markStaged() { m_staged = true; }

    QList<Entry> m_entries;
    QList<Entry> m_stored;
    bool m_staged = false;
};

} // namespace Sluice
