// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteModel.h"

#include "SettingKeys.h"
#include "Settings.h"

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QList<RouteEntry> reroutesOf(const QList<RouteEntry> &entries)
{
    QList<RouteEntry> reroutes;
    for (const RouteEntry &entry : entries) {
        if (!RouteModel::isInbound(entry))
            reroutes.append(entry);
    }
    return reroutes;
}

} // namespace

RouteModel::RouteModel(Settings *settings, RouteTable *table, QObject *parent)
    : StagedTableModel<RouteEntry>(parent)
    , m_settings(settings)
    , m_table(table)
{
    QObject::connect(m_table, &RouteTable::changed, this, [this] { reloadUnlessStaged(); });
    QObject::connect(m_settings, &Settings::changed, this, [this](const QString &key) {
        if (key == Keys::LocalDomains)
            reloadUnlessStaged();
    });
    reload();
}

QString RouteModel::routeText(const RouteEntry &entry)
{
    return isInbound(entry) ? tr("(accepted as inbound)") : entry.routeTo;
}

QList<RouteEntry> RouteModel::loadEntries() const
{
    // The local domains first, in their stored order, then the reroutes sorted by Sent to.
    QList<RouteEntry> entries;
    for (const QString &domain : m_settings->listValue(Keys::LocalDomains))
        entries.append(RouteEntry{domain, QString()});
    for (const RouteEntry &entry : m_table->entries()) {
        bool shadowed = false;
        for (const RouteEntry &local : std::as_const(entries))
            shadowed = shadowed || local.sentTo == entry.sentTo;
        if (!shadowed)
            entries.append(entry);
    }
    return entries;
}

QVariant RouteModel::cell(const RouteEntry &entry, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == SentToColumn) {
        if (role == Qt::ToolTipRole)
            return entry.exact() ? tr("Mail for %1 exactly (not its subdomains)").arg(entry.domain())
                                 : tr("Mail for %1 and its subdomains").arg(entry.domain());
        return entry.sentTo;
    }
    if (column == RouteToColumn)
        return routeText(entry);
    return {};
}

QStringList RouteModel::headers() const
{
    return {tr("Sent to"), tr("Route to")};
}

QString RouteModel::storeChanges(const QList<RouteEntry> &stored, const QList<RouteEntry> &staged)
{
    QStringList localDomains;
    for (const RouteEntry &entry : staged) {
        if (isInbound(entry))
            localDomains.append(entry.sentTo);
    }
    if (localDomains != m_settings->listValue(Keys::LocalDomains)) {
        if (const QString error = m_settings->setText(Keys::LocalDomains, localDomains.join(u", "_s));
            !error.isEmpty())
            return error;
    }
    return storeByKey(
        reroutesOf(stored), reroutesOf(staged),
        [this](const RouteEntry &entry) { return m_table->put(entry); },
        [this](const QString &sentTo) { return m_table->remove(sentTo); });
}

int RouteModel::insertionRow(const RouteEntry &entry) const
{
    // Local domains stay together at the top; reroutes follow, sorted.
    int row = 0;
    while (row < rowCount() && isInbound(entryAt(row)))
        ++row;
    if (isInbound(entry))
        return row;
    while (row < rowCount() && entryAt(row).sentTo < entry.sentTo)
        ++row;
    return row;
}

} // namespace Sluice
