// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace Sluice {

class ServiceConnection;

/// One row of the connection log as "log-list" sends it: a link cycle, or an SMTP session that
/// belongs to no cycle.
struct LogEntrySummary
{
    QString entry; ///< "c<ID>" for a cycle, "s<ID>" for a session: the argument of "log-show"
    QDateTime time;
    QString kind; ///< cycle, inbound, outbound, retrieval...
    QString triggerOrPeer;
    QString dial;
    int sent = 0;
    int received = 0;
    QString retrieval; ///< the retrieval replies, "; "-joined
    QString result;    ///< ok, failed, running
    QString summary;
    double durationSeconds = 0;

    static LogEntrySummary fromRow(const QStringList &fields);
};

/// The connection log for the viewer, read page by page from the engine's control socket like a queue
/// viewer reads a large queue: rowCount() is the engine's total for the filter, and a page of
/// PageSize rows is asked for (asynchronously) only when a view shows one of its rows. At most
/// MaxPages pages are held, so a log of any size costs a few hundred rows of memory.
///
/// A changed filter restarts the listing (a model reset). A "log-changed" event or a reconnect
/// refreshes the total and the held pages in place: new entries come in at the top (newest first),
/// entries pruned by retention leave at the bottom, and views keep their scroll position.
class ConnectionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, TriggerOrPeer, Dial, Sent, Received, Retrieval, Result, Duration, ColumnCount };
    enum Role { EntryRole = Qt::UserRole + 1, ResultRole, KindRole, LoadedRole };
    enum class ResultFilter { All, Ok, Failed };

    struct Filter
    {
        ResultFilter result = ResultFilter::All;
        QDateTime from; ///< invalid: no lower bound
        QDateTime to;   ///< invalid: no upper bound
        QString search;

        bool operator==(const Filter &other) const
        {
            return result == other.result && from == other.from && to == other.to && search == other.search;
        }
        bool operator!=(const Filter &other) const { return !(*this == other); }
        /// The "log-list" options for this filter (without offset and limit).
        QHash<QString, QString> options() const;
    };

    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 8;

    explicit ConnectionLogModel(ServiceConnection *connection, QObject *parent = nullptr);
    ~ConnectionLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Filter filter() const { return m_filter; }
    /// Restarts the listing when the filter differs from the current one.
    void setFilter(const Filter &filter);
    /// Reads the first page again from scratch (model reset).
    void restart();
    /// Refreshes the total and every held page without a reset.
    void refresh();

    /// The row's entry, or nullptr while its page is still being fetched.
    const LogEntrySummary *entryAt(int row) const;
    /// True until the first answer for the current filter arrived.
    bool isLoading() const { return m_loading; }
    /// The engine's last refusal or why it could not be reached; empty after a good answer.
    QString lastError() const { return m_lastError; }
    /// How many pages are held now (for tests of the bound).
    int heldPages() const { return int(m_pages.size()); }

Q_SIGNALS:
    /// A page arrived (after a restart, a refresh or a scroll): the rows it covers may have changed.
    void pageLoaded(int page);
    void lastErrorChanged(const QString &error);

private:
    void requestPage(int page) const;
    void onPageAnswer(int page, quint64 generation, bool ok, const QString &error,
                      const QList<QByteArray> &lines);
    void setTotal(int total);
    void setLastError(const QString &error);
    void touch(int page) const;

    ServiceConnection *m_connection;
    Filter m_filter;
    int m_total = 0;
    bool m_loading = false;
    QString m_lastError;
    quint64 m_generation = 0; ///< answers for an older filter are dropped
    mutable QHash<int, QList<LogEntrySummary>> m_pages;
    mutable QList<int> m_recent; ///< held pages, most recently used last
    mutable QSet<int> m_pending;
};

} // namespace Sluice
