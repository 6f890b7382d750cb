// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueGroupModel.h"

#include "ServiceConnection.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

QueueGroupModel::QueueGroupModel(ServiceConnection *connection, QObject *parent)
    : QAbstractItemModel(parent)
    , m_connection(connection)
    , m_sections(SectionCount)
{}

QString QueueGroupModel::sectionKey(Section section)
{
    static const char *const keys[SectionCount] = {"all", "outbound", "held", "inbound"};
    return QString::fromLatin1(keys[section]);
}

QModelIndex QueueGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < SectionCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= m_sections.at(parent.row()).groups.size())
        return {};
    // A group's internal id is its section + 1; a section's is 0.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex QueueGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int QueueGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    // Inbound mail has one group (the local mailboxes); "All" has none.
    if (parent.row() == InboundSection || parent.row() == AllSection)
        return 0;
    return int(m_sections.at(parent.row()).groups.size());
}

int QueueGroupModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex QueueGroupModel::groupIndex(Section section, const QString &group) const
{
    const QList<Group> &groups = m_sections.at(int(section)).groups;
    for (int row = 0; row < groups.size(); ++row) {
        if (groups.at(row).name == group)
            return index(row, 0, sectionIndex(section));
    }
    return {};
}

QVariant QueueGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Queue") : tr("Messages");
}

QVariant QueueGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isSection = index.internalId() == 0;
    const int sectionRow = isSection ? index.row() : int(index.internalId() - 1);
    const SectionData &section = m_sections.at(sectionRow);
    const Group *group = isSection ? nullptr : &section.groups.at(index.row());
    const int messages = group ? group->messages : section.messages;
    if (role == SectionRole)
        return sectionKey(Section(sectionRow));
    if (role == GroupRole)
        return group ? group->name : QString();
    if (role == MessagesRole)
        return messages;
    if (role == Qt::DisplayRole && index.column() == MessagesColumn)
        return QLocale().toString(messages);
    if (role == Qt::TextAlignmentRole && index.column() == MessagesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (group) {
        if (role == Qt::DisplayRole)
            return group->name;
        if (sectionRow == HeldSection)
            return tr("%n message(s) held until %1 asks for its mail (ETRN)", nullptr, messages)
                .arg(group->name);
        return tr("%n message(s) for %1, %2", nullptr, messages)
            .arg(group->name,
                 QLocale().formattedDataSize(group->bytes, 1, QLocale::DataSizeTraditionalFormat));
    }
    static const char *const names[SectionCount] = {QT_TR_NOOP("All messages"), QT_TR_NOOP("Outbound"),
                                                    QT_TR_NOOP("Held for ETRN"),
                                                    QT_TR_NOOP("Inbound (local delivery)")};
    static const char *const tips[SectionCount] = {
        QT_TR_NOOP("Every message in the queue"), QT_TR_NOOP("Mail waiting to go out, by destination domain"),
        QT_TR_NOOP("Mail kept for domains that collect it with ETRN, by domain"),
        QT_TR_NOOP("Mail waiting for delivery to a mailbox on this computer")};
    return tr(role == Qt::DisplayRole ? names[sectionRow] : tips[sectionRow]);
}

void QueueGroupModel::refresh()
{
    if (m_answersAwaited > 0)
        return; // the answers on their way will do; the next event asks again
    m_answersAwaited = 1 + SectionCount;
    const auto done = [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT errorOccurred(error);
        if (--m_answersAwaited == 0)
            Q_EMIT refreshed();
    };
    m_connection->request("queue-groups", {}, {}, this, [this, done](const ControlAnswer &answer) {
        if (answer.ok) {
            QList<QList<Group>> sections(SectionCount);
            for (const QStringList &row : answer.rows()) {
                if (row.size() < 4)
                    continue;
                const Group group{row.at(1), row.at(2).toInt(), row.at(3).toLongLong()};
                if (row.at(0) == "outbound"_L1)
                    sections[OutboundSection].append(group);
                else if (row.at(0) == "held"_L1)
                    sections[HeldSection].append(group);
            }
            for (int section = OutboundSection; section <= HeldSection; ++section) {
                std::sort(sections[section].begin(), sections[section].end(),
                          [](const Group &a, const Group &b) { return a.name < b.name; });
                applyGroups(Section(section), sections.at(section));
            }
        }
        done(answer.ok ? QString() : answer.error);
    });
    for (int section = 0; section < SectionCount; ++section) {
        m_connection->request("queue-list", {},
                              {{u"section"_s, sectionKey(Section(section))}, {u"limit"_s, u"1"_s}}, this,
                              [this, done, section](const ControlAnswer &answer) {
                                  const QHash<QString, QString> pairs = answer.pairs();
                                  if (answer.ok)
                                      setSectionCount(Section(section), pairs.value(u"total"_s).toInt());
                                  done(answer.ok ? QString() : answer.error);
                              });
    }
}

void QueueGroupModel::setSectionCount(Section section, int messages)
{
    if (m_sections[section].messages == messages)
        return;
    m_sections[section].messages = messages;
    const QModelIndex item = sectionIndex(section);
    Q_EMIT dataChanged(item, item.siblingAtColumn(MessagesColumn));
}

void QueueGroupModel::applyGroups(Section section, const QList<Group> &groups)
{
    // Both lists are sorted by name: walk them together, removing, updating and inserting in place.
    const QModelIndex parentItem = sectionIndex(section);
    QList<Group> &current = m_sections[section].groups;
    int row = 0;
    for (const Group &wanted : groups) {
        while (row < current.size() && current.at(row).name < wanted.name) {
            beginRemoveRows(parentItem, row, row);
            current.removeAt(row);
            endRemoveRows();
        }
        if (row < current.size() && current.at(row).name == wanted.name) {
            if (current.at(row).messages != wanted.messages || current.at(row).bytes != wanted.bytes) {
                current[row] = wanted;
                Q_EMIT dataChanged(index(row, 0, parentItem), index(row, MessagesColumn, parentItem));
            }
        } else {
            beginInsertRows(parentItem, row, row);
            current.insert(row, wanted);
            endInsertRows();
        }
        ++row;
    }
    if (row < current.size()) {
        beginRemoveRows(parentItem, row, int(current.size()) - 1);
        current.erase(current.begin() + row, current.end());
        endRemoveRows();
    }
}

} // namespace Sluice
