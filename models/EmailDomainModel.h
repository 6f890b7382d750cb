// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmailDomainTable.h"
#include "StagedTableModel.h"

namespace Sluice {

/// The E-Mail Domain list as the Connections page and its dialogs show it: one row per domain, sorted
/// by domain, edits staged until the page is saved (Cancel discards them).
class EmailDomainModel : public StagedTableModel<EmailDomainEntry>
{
    Q_OBJECT
public:
    enum Column { DomainColumn, DeliveryColumn, HoldColumn, SecurityColumn };

    explicit EmailDomainModel(EmailDomainTable *table, QObject *parent = nullptr);

    /// "DNS" or "host:port" ("[v6]:port"), as the Delivery column shows it.
    static QString deliveryText(const EmailDomainEntry &entry);
    /// "TLS when offered, no authentication", "TLS required, AUTH LOGIN as office", ...
    static QString securityText(const EmailDomainEntry &entry);

protected:
    QList<EmailDomainEntry> loadEntries() const override;
    QString keyOf(const EmailDomainEntry &entry) const override { return entry.domain; }
    QVariant cell(const EmailDomainEntry &entry, int column, int role) const override;
    QStringList headers() const override;
    QString storeChanges(const QList<EmailDomainEntry> &stored,
                         const QList<EmailDomainEntry> &staged) override;
    int insertionRow(const EmailDomainEntry &entry) const override;

private:
    EmailDomainTable *m_table;
};

} // namespace Sluice
