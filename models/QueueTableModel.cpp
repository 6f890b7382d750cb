// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueTableModel.h"

#include "ServiceConnection.h"

#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty() || text == "-"_L1)
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString humanAge(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return QueueTableModel::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return QueueTableModel::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return QueueTableModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return QueueTableModel::tr("%n day(s)", nullptr, int(seconds / 86400));
}

} // namespace

QueueListRow QueueListRow::fromFields(const QStringList &fields)
{
    QueueListRow row;
    const auto field = [&fields](int i) {
        return i < fields.size() ? fields.at(i) : QString();
    };
    row.queueId = field(0);
    row.sender = field(1) == "<>"_L1 ? QString() : field(1); // the null sender
    row.recipients = field(2);
    row.size = field(3).toLongLong();
    row.received = parseTime(field(4));
    row.attempts = field(5).toInt();
    row.nextRetry = parseTime(field(6));
    row.lastReply = field(7);
    row.state = field(8);
    return row;
}

QueueTableModel::QueueTableModel(ServiceConnection *connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    restart();
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Queue ID"),   QT_TR_NOOP("Sender"),     QT_TR_NOOP("Recipients"),
        QT_TR_NOOP("Size"),       QT_TR_NOOP("Age"),        QT_TR_NOOP("Attempts"),
        QT_TR_NOOP("Next retry"), QT_TR_NOOP("Last reply"), QT_TR_NOOP("State")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("The message's id in Sluice's queue and log"),
        QT_TR_NOOP("The envelope sender (MAIL FROM); <> for delivery reports"),
        QT_TR_NOOP("The recipients still waiting, in the chosen section or group"),
        QT_TR_NOOP("The message's size as stored"),
        QT_TR_NOOP("How long ago Sluice accepted the message"),
        QT_TR_NOOP("How often delivery was tried (the most for any recipient)"),
        QT_TR_NOOP("When Sluice tries again; empty while the message is held"),
        QT_TR_NOOP("The last reply of the receiving server"),
        QT_TR_NOOP("Queued, deferred after a failure, held for ETRN or on hold")};
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(role == Qt::DisplayRole ? titles[section] : tips[section]);
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    const int page = index.row() / PageSize;
    const auto found = m_pages.find(page);
    const int offset = index.row() % PageSize;
    if (found == m_pages.end() || offset >= found->rows.size()) {
        if (found == m_pages.end() && !m_pending.contains(page))
            const_cast<QueueTableModel *>(this)->requestPage(page, false);
        if (role == Qt::DisplayRole && index.column() == IdColumn)
            return tr("Loading…");
        return {};
    }
    found->lastUsed = ++m_useClock;
    const QueueListRow &row = found->rows.at(offset);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case QueueIdRole:
        return row.queueId;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == AttemptsColumn || index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant QueueTableModel::display(const QueueListRow &row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.queueId;
    case SenderColumn:
        return row.sender.isEmpty() ? u"<>"_s : row.sender;
    case RecipientsColumn:
        return row.recipients;
    case SizeColumn:
        return QLocale().formattedDataSize(row.size, 1, QLocale::DataSizeTraditionalFormat);
    case AgeColumn:
        return humanAge(row.received.secsTo(QDateTime::currentDateTimeUtc()));
    case AttemptsColumn:
        return row.attempts;
    case NextRetryColumn:
        return row.nextRetry.isValid() ? QLocale().toString(row.nextRetry.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case LastReplyColumn:
        return row.lastReply;
    case StateColumn:
        if (row.state == "queued"_L1)
            return tr("Queued");
        if (row.state == "deferred"_L1)
            return tr("Deferred");
        if (row.state == "held"_L1)
            return tr("Held for ETRN");
        if (row.state == "on-hold"_L1)
            return tr("On hold");
        return row.state;
    default:
        return {};
    }
}

QVariant QueueTableModel::toolTip(const QueueListRow &row, int column) const
{
    switch (column) {
    case SizeColumn:
        return tr("%n byte(s)", nullptr, int(std::min<qint64>(row.size, INT_MAX)));
    case AgeColumn:
        return tr("Received %1").arg(QLocale().toString(row.received.toLocalTime(), QLocale::LongFormat));
    case NextRetryColumn:
        return row.nextRetry.isValid() ? QLocale().toString(row.nextRetry.toLocalTime(), QLocale::LongFormat)
                                       : tr("No retry planned: the message is held for ETRN or on hold.");
    case SenderColumn:
        return row.sender.isEmpty() ? tr("The null sender <>: a delivery report, which gets no report back")
                                    : row.sender;
    default: {
        const QVariant shown = display(row, column);
        return shown.toString().isEmpty() ? QVariant() : shown;
    }
    }
}

QVariant QueueTableModel::rawValue(const QueueListRow &row, int column) const
{
    switch (column) {
    case SizeColumn:
        return row.size;
    case AgeColumn:
        return row.received.secsTo(QDateTime::currentDateTimeUtc());
    case NextRetryColumn:
        return row.nextRetry;
    case AttemptsColumn:
        return row.attempts;
    case StateColumn:
        return row.state;
    default:
        return display(row, column);
    }
}

QString QueueTableModel::queueIdAt(int row) const
{
    const auto found = m_pages.constFind(row / PageSize);
    if (row < 0 || row >= m_total || found == m_pages.cend() || row % PageSize >= found->rows.size())
        return {};
    return found->rows.at(row % PageSize).queueId;
}

void QueueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= StateColumn) // the engine has no sort key for the state
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_loaded && m_pending.contains(0))
        return; // the view announcing the order already being read (a view set up after the model)
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
}

void QueueTableModel::setFilter(const QString &section, const QString &group, const QString &search)
{
    m_section = section.isEmpty() ? u"all"_s : section;
    m_group = group;
    m_search = search;
    restart();
}

void QueueTableModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_pending.clear();
    m_total = 0;
    m_loaded = false;
    endResetModel();
    requestPage(0, false);
}

void QueueTableModel::refresh()
{
    if (!m_loaded) {
        // Nothing shown yet (or the engine was unreachable): ask for the first page again.
        if (!m_pending.contains(0))
            requestPage(0, false);
        return;
    }
    QList<int> held = m_pages.keys();
    if (held.isEmpty())
        held.append(0);
    for (int page : std::as_const(held))
        requestPage(page, true);
}

QString QueueTableModel::wireSortKey() const
{
    static const char *const keys[] = {"id",  "sender",   "recipients", "size",
                                       "age", "attempts", "next",       "reply"};
    return QString::fromLatin1(keys[std::clamp(m_sortColumn, 0, int(LastReplyColumn))]);
}

QString QueueTableModel::wireOrder() const
{
    // The engine's "age" sorts by arrival (asc = oldest first); the Age column ascending means the
    // smallest age, so the youngest message, first.
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    return (m_sortColumn == AgeColumn ? !ascending : ascending) ? u"asc"_s : u"desc"_s;
}

void QueueTableModel::requestPage(int page, bool refreshing)
{
    if (!refreshing)
        m_pending.insert(page);
    QHash<QString, QString> options{{u"section"_s, m_section},
                                    {u"sort"_s, wireSortKey()},
                                    {u"order"_s, wireOrder()},
                                    {u"offset"_s, QString::number(qint64(page) * PageSize)},
                                    {u"limit"_s, QString::number(PageSize)}};
    if (!m_group.isEmpty())
        options.insert(u"group"_s, m_group);
    if (!m_search.isEmpty())
        options.insert(u"search"_s, m_search);
    const quint64 generation = m_generation;
    m_connection->request(
        "queue-list", {}, options, this,
        [this, page, generation](const ControlAnswer &answer) { onPageAnswer(page, generation, answer); });
}

void QueueTableModel::onPageAnswer(int page, quint64 generation, const ControlAnswer &answer)
{
    if (generation != m_generation)
        return; // asked for an earlier filter or sort
    m_pending.remove(page);
    if (!answer.ok) {
        setError(answer.error);
        return;
    }
    setError(QString());
    QList<QueueListRow> rows;
    int total = -1;
    for (const QByteArray &line : answer.lines) {
        if (total < 0 && line.startsWith("total=")) {
            total = line.mid(6).toInt();
            continue;
        }
        if (!line.isEmpty())
            rows.append(QueueListRow::fromFields(parseRow(line)));
    }
    const int newTotal = std::max(total, 0);
    const bool firstAnswer = !m_loaded;
    m_loaded = true;
    if (firstAnswer && newTotal == m_total)
        Q_EMIT totalChanged(m_total); // loaded, and empty
    applyTotal(newTotal);
    const int first = page * PageSize;
    if (first < m_total) {
        Page &stored = m_pages[page];
        stored.rows = rows;
        stored.lastUsed = ++m_useClock;
        const int last = std::min(m_total, first + PageSize) - 1;
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        evictPages();
    }
    Q_EMIT pageLoaded(page);
}

void QueueTableModel::applyTotal(int total)
{
    if (total == m_total)
        return;
    if (total > m_total) {
        beginInsertRows(QModelIndex(), m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else {
        beginRemoveRows(QModelIndex(), total, m_total - 1);
        m_total = total;
        const int lastPage = total == 0 ? -1 : (total - 1) / PageSize;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
    Q_EMIT totalChanged(m_total);
}

void QueueTableModel::evictPages()
{
    while (m_pages.size() > MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void QueueTableModel::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT errorChanged(error);
}

} // namespace Sluice
