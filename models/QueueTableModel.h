// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Sluice {

class ServiceConnection;
struct ControlAnswer;

/// One message as the queue viewer lists it (a "queue-list" row).
struct QueueListRow
{
    QString queueId;
    QString sender; ///< empty for the null sender <>
    QString recipients;
    qint64 size = 0;
    QDateTime received;
    int attempts = 0;
    QDateTime nextRetry; ///< invalid: none planned (held, on hold)
    QString lastReply;
    QString state; ///< queued | deferred | held | on-hold

    static QueueListRow fromFields(const QStringList &fields);
};

/// The queue viewer's table: the engine's queue through ServiceConnection ("queue-list"), never held
/// whole. rowCount() is the server's total for the current filter; rows arrive in pages of PageSize,
/// asked for asynchronously when data() first needs one (a placeholder is shown meanwhile, then
/// dataChanged). At most MaxCachedPages pages are kept: the least recently shown go first, so memory
/// stays flat at 100,000 messages.
///
/// sort() and setFilter() start over (model reset). refresh() (on "queue-changed" and after a
/// reconnect) re-reads the total and only the pages held, inserting or removing rows at the end and
/// announcing dataChanged for the rest, so views keep their selection and scroll position.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SenderColumn,
        RecipientsColumn,
        SizeColumn,
        AgeColumn,
        AttemptsColumn,
        NextRetryColumn,
        LastReplyColumn,
        StateColumn,
        ColumnCount
    };
    /// Qt::UserRole holds the raw value (bytes, seconds of age, the date); QueueIdRole the message's id.
    enum Role { RawValueRole = Qt::UserRole, QueueIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 12;

    explicit QueueTableModel(ServiceConnection *connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Ascending on the Age column means youngest first (the smallest age).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// section: all | outbound | held | inbound; group: a destination or ETRN domain, empty for all.
    void setFilter(const QString &section, const QString &group, const QString &search);
    QString section() const { return m_section; }
    QString group() const { return m_group; }
    QString search() const { return m_search; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// The id of the message in row, empty while its page is not loaded.
    QString queueIdAt(int row) const;
    /// True once the first answer for the current filter and sort arrived.
    bool isLoaded() const { return m_loaded; }
    int cachedPageCount() const { return int(m_pages.size()); }
    /// The engine's last refusal or why it could not be reached; empty after a good answer.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    /// Re-reads the total and the pages held, without a reset.
    void refresh();

Q_SIGNALS:
    /// The first answer arrived after a reset (loaded) or a later one changed the total.
    void totalChanged(int total);
    /// A page arrived (tests and benchmarks wait for it).
    void pageLoaded(int page);
    void errorChanged(const QString &error);

private:
    struct Page
    {
        QList<QueueListRow> rows;
        quint64 lastUsed = 0;
    };
    void restart();
    void requestPage(int page, bool refreshing);
    void onPageAnswer(int page, quint64 generation, const ControlAnswer &answer);
    void applyTotal(int total);
    void evictPages();
    void setError(const QString &error);
    QVariant display(const QueueListRow &row, int column) const;
    QVariant toolTip(const QueueListRow &row, int column) const;
    QVariant rawValue(const QueueListRow &row, int column) const;
    QString wireSortKey() const;
    QString wireOrder() const;

    ServiceConnection *m_connection;
    QString m_section = QStringLiteral("all");
    QString m_group;
    QString m_search;
    int m_sortColumn = AgeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_total = 0;
    bool m_loaded = false;
    QString m_lastError;
    quint64 m_generation = 0; ///< answers for an older filter or sort are dropped
    // data() is const but loads pages on demand and records use for the eviction order.
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_pending;
    mutable quint64 m_useClock = 0;
};

} // namespace Sluice
