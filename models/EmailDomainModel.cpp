// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailDomainModel.h"

using namespace Qt::StringLiterals;

namespace Sluice {

EmailDomainModel::EmailDomainModel(EmailDomainTable *table, QObject *parent)
    : StagedTableModel<EmailDomainEntry>(parent)
    , m_table(table)
{
    // A change made elsewhere (`sluice domain`) shows at once unless the admin is in the middle of edits.
    connect(m_table, &EmailDomainTable::changed, this, &EmailDomainModel::reloadUnlessStaged);
    reload();
}

QString EmailDomainModel::deliveryText(const EmailDomainEntry &entry)
{
    if (!entry.forward)
        return tr("DNS");
    const QString host = entry.host.contains(u':') ? QString(u'[' + entry.host + u']') : entry.host;
    return u"%1:%2"_s.arg(host).arg(entry.port);
}

QString EmailDomainModel::securityText(const EmailDomainEntry &entry)
{
    QString tls = entry.tls == "required"_L1 ? tr("TLS required") : tr("TLS when offered");
    if (!entry.pinnedSha256.isEmpty())
        tls = tr("%1, pinned certificate").arg(tls);
    if (entry.auth == "none"_L1)
        return tr("%1, no authentication").arg(tls);
    const QString mechanism = entry.auth == "any"_L1 ? tr("any AUTH") : u"AUTH "_s + entry.auth.toUpper();
    return tr("%1, %2 as %3").arg(tls, mechanism, entry.account);
}

QList<EmailDomainEntry> EmailDomainModel::loadEntries() const
{
    return m_table->entries();
}

QVariant EmailDomainModel::cell(const EmailDomainEntry &entry, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case DomainColumn:
        return entry.domain;
    case DeliveryColumn:
        return deliveryText(entry);
    case HoldColumn:
        return entry.hold ? tr("Yes") : tr("No");
    case SecurityColumn:
        return securityText(entry);
    default:
        return {};
    }
}

QStringList EmailDomainModel::headers() const
{
    return {tr("Domain"), tr("Delivery"), tr("Queue for ETRN"), tr("Security")};
}

QString EmailDomainModel::storeChanges(const QList<EmailDomainEntry> &stored,
                                       const QList<EmailDomainEntry> &staged)
{
    return storeByKey(
        stored, staged, [this](const EmailDomainEntry &entry) { return m_table->put(entry); },
        [this](const QString &domain) { return m_table->remove(domain); });
}

int EmailDomainModel::insertionRow(const EmailDomainEntry &entry) const
{
    // Sorted like the table reads it back, so that the view does not reorder after saving.
    const auto &rows = entries();
    const auto place = std::lower_bound(
        rows.begin(), rows.end(), entry.domain,
        [](const EmailDomainEntry &row, const QString &domain) { return row.domain < domain; });
    return int(place - rows.begin());
}

} // namespace Sluice
