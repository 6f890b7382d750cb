// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionLogModel.h"

#include "ServiceConnection.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

LogEntrySummary LogEntrySummary::fromRow(const QStringList &fields)
{
    const auto field = [&fields](int i) {
        return i < fields.size() ? fields.at(i) : QString();
    };
    LogEntrySummary entry;
    entry.entry = field(0);
    entry.time = QDateTime::fromString(field(1), Qt::ISODate);
    entry.kind = field(2);
    entry.triggerOrPeer = field(3);
    entry.dial = field(4);
    entry.sent = field(5).toInt();
    entry.received = field(6).toInt();
    entry.retrieval = field(7);
    entry.result = field(8);
    entry.summary = field(9);
    entry.durationSeconds = field(10).toDouble();
    return entry;
}

QHash<QString, QString> ConnectionLogModel::Filter::options() const
{
    QHash<QString, QString> options{{u"kind"_s, u"all"_s}};
    options.insert(u"result"_s, result == ResultFilter::Ok       ? u"ok"_s
                                : result == ResultFilter::Failed ? u"failed"_s
                                                                 : u"all"_s);
    if (from.isValid())
        options.insert(u"from"_s, isoUtc(from));
    if (to.isValid())
        options.insert(u"to"_s, isoUtc(to));
    if (!search.isEmpty())
        options.insert(u"search"_s, search);
    return options;
}

ConnectionLogModel::ConnectionLogModel(ServiceConnection *connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    connect(connection, &ServiceConnection::eventReceived, this, [this](const QString &name) {
        if (name == "log-changed"_L1)
            refresh();
    });
    connect(connection, &ServiceConnection::reconnected, this, &ConnectionLogModel::refresh);
    // The engine was not there when the listing was asked for (the console started first): ask again.
    connect(connection, &ServiceConnection::connectedChanged, this, [this](bool connected) {
        if (connected && !m_lastError.isEmpty())
            refresh();
    });
    restart();
}

ConnectionLogModel::~ConnectionLogModel() = default;

int ConnectionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ConnectionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    const LogEntrySummary *entry = entryAt(index.row());
    if (role == LoadedRole)
        return entry != nullptr;
    if (!entry) {
        if (role == Qt::DisplayRole && index.column() == Time)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case EntryRole:
        return entry->entry;
    case ResultRole:
        return entry->result;
    case KindRole:
        return entry->kind;
    case Qt::TextAlignmentRole:
        if (index.column() == Sent || index.column() == Received || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return entry->summary.isEmpty() ? QVariant() : QVariant(entry->summary);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return entry->time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case TriggerOrPeer: {
        const QString kind = entry->kind == "cycle"_L1       ? tr("Cycle")
                             : entry->kind == "inbound"_L1   ? tr("Inbound")
                             : entry->kind == "outbound"_L1  ? tr("Outbound")
                             : entry->kind == "retrieval"_L1 ? tr("Retrieval")
                                                             : entry->kind;
        return entry->triggerOrPeer.isEmpty() ? kind : tr("%1: %2").arg(kind, entry->triggerOrPeer);
    }
    case Dial:
        return entry->dial;
    case Sent:
        return entry->sent;
    case Received:
        return entry->received;
    case Retrieval:
        return entry->retrieval;
    case Result:
        return entry->result == "ok"_L1        ? tr("Succeeded")
               : entry->result == "failed"_L1  ? tr("Failed")
               : entry->result == "running"_L1 ? tr("Running")
                                               : entry->result;
    case Duration: {
        const qint64 seconds = qRound64(entry->durationSeconds);
        if (seconds < 60)
            return tr("%1 s").arg(seconds);
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConnectionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case TriggerOrPeer:
        return tr("Trigger / peer");
    case Dial:
        return tr("Dial");
    case Sent:
        return tr("Sent");
    case Received:
        return tr("Received");
    case Retrieval:
        return tr("Retrieval reply");
    case Result:
        return tr("Result");
    case Duration:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

void ConnectionLogModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void ConnectionLogModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_total = 0;
    m_pages.clear();
    m_recent.clear();
    m_pending.clear();
    m_loading = true;
    endResetModel();
    requestPage(0);
}

void ConnectionLogModel::refresh()
{
    // Page 0 always: it brings the total even when nothing is held (an empty log that got its first row).
    QList<int> pages = m_pages.keys();
    if (!pages.contains(0))
        pages.append(0);
    for (const int page : std::as_const(pages)) {
        m_pending.remove(page); // an answer already on its way may predate the change
        requestPage(page);
    }
}

const LogEntrySummary *ConnectionLogModel::entryAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / PageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    touch(page);
    const int offset = row % PageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

void ConnectionLogModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    QHash<QString, QString> options = m_filter.options();
    options.insert(u"offset"_s, QString::number(qint64(page) * PageSize));
    options.insert(u"limit"_s, QString::number(PageSize));
    const quint64 generation = m_generation;
    auto *self = const_cast<ConnectionLogModel *>(this);
    m_connection->request("log-list", {}, options, self,
                          [self, page, generation](const ControlAnswer &answer) {
                              self->onPageAnswer(page, generation, answer.ok, answer.error, answer.lines);
                          });
}

void ConnectionLogModel::onPageAnswer(int page, quint64 generation, bool ok, const QString &error,
                                      const QList<QByteArray> &lines)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    if (!ok) {
        m_loading = false;
        setLastError(error);
        return;
    }
    int total = -1;
    QList<LogEntrySummary> rows;
    rows.reserve(PageSize);
    for (const QByteArray &line : lines) {
        if (total < 0 && line.startsWith("total=")) {
            total = line.mid(6).toInt();
            continue;
        }
        const QStringList fields = parseRow(line);
        if (!fields.isEmpty() && !fields.first().isEmpty())
            rows.append(LogEntrySummary::fromRow(fields));
    }
    m_loading = false;
    setLastError(QString());
    if (total >= 0)
        setTotal(total);
    const int first = page * PageSize;
    if (first >= m_total) {
        m_pages.remove(page);
        m_recent.removeOne(page);
        return;
    }
    m_pages.insert(page, rows);
    touch(page);
    while (m_recent.size() > MaxPages) {
        const int oldest = m_recent.takeFirst();
        m_pages.remove(oldest);
    }
    const int last = qMin(m_total, first + PageSize) - 1;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

void ConnectionLogModel::setTotal(int total)
{
    if (total == m_total)
        return;
    if (total > m_total) {
        // Newest first: what is new came in at the top.
        beginInsertRows({}, 0, total - m_total - 1);
        m_total = total;
        endInsertRows();
    } else {
        // Retention prunes the oldest, at the bottom.
        beginRemoveRows({}, total, m_total - 1);
        m_total = total;
        endRemoveRows();
    }
}

void ConnectionLogModel::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(error);
}

void ConnectionLogModel::touch(int page) const
{
    if (!m_recent.isEmpty() && m_recent.constLast() == page)
        return;
    m_recent.removeOne(page);
    m_recent.append(page);
}

} // namespace Sluice
