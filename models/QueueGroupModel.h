// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace Sluice {

class ServiceConnection;

/// The queue viewer's tree on the left: "All messages", then the sections (Outbound by destination
/// domain, Held for ETRN by domain, Inbound awaiting local delivery) with their groups and message
/// counts, from "queue-groups" (groups) and "queue-list ... limit=1" (each section's total, so a message
/// for two domains counts once). refresh() updates counts in place and inserts or removes only the
/// groups that came or went, so the selection stays.
class QueueGroupModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Section { AllSection, OutboundSection, HeldSection, InboundSection, SectionCount };
    enum Column { NameColumn, MessagesColumn, ColumnCount };
    /// The wire section name ("all", "outbound", ...) and group (empty for a section) of an item.
    enum Role { SectionRole = Qt::UserRole, GroupRole = Qt::UserRole + 1, MessagesRole = Qt::UserRole + 2 };

    explicit QueueGroupModel(ServiceConnection *connection, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sectionKey(Section section);
    QModelIndex sectionIndex(Section section) const { return index(int(section), 0); }
    /// The group's item under section, invalid when it has no mail.
    QModelIndex groupIndex(Section section, const QString &group) const;
    int sectionMessages(Section section) const { return m_sections.at(int(section)).messages; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed(); ///< after every answer (tests wait for it)
    void errorOccurred(const QString &error);

private:
    struct Group
    {
        QString name;
        int messages = 0;
        qint64 bytes = 0;
    };
    struct SectionData
    {
        int messages = 0;
        QList<Group> groups;
    };
    void applyGroups(Section section, const QList<Group> &groups);
    void setSectionCount(Section section, int messages);

    ServiceConnection *m_connection;
    QList<SectionData> m_sections;
    int m_answersAwaited = 0;
};

} // namespace Sluice
