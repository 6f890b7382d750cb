// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogViewer.h"

#include "ServiceConnection.h"
#include "log/LogDetailsDialog.h"
#include "log/LogExport.h"
#include "widgets/FormFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr int SearchPauseMs = 300;
}

LogViewer::LogViewer(ServiceConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new ConnectionLogModel(connection, this))
    , m_export(new LogExport(connection, this))
{
    setObjectName(u"logViewer"_s);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    buildFilters(filters);
    layout->addLayout(filters);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"logProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Connection log problem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_table = new QTableView(this);
    m_table->setObjectName(u"logTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<int> widths{150, 200, 110, 60, 75, 240, 90, 80};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    m_table->setAccessibleName(tr("Connection log"));
    m_table->setToolTip(
        tr("One row per link cycle or SMTP session, newest first. Enter or double-click shows "
           "the details"));
    m_table->setWhatsThis(
        tr("The connection log: every link cycle (dial, deliver, retrieve, hang up) and every "
           "SMTP session outside a cycle, newest first. Select rows and press Enter or "
           "double-click for the details and the protocol transcript; Export… saves the "
           "shown or the selected entries as text."));
    layout->addWidget(m_table, 1);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openDetails(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LogViewer::updateButtons);

    auto *buttons = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of entries"));
    buttons->addWidget(m_count, 1);
    m_details = new QPushButton(tr("&Details…"), this);
    FormFields::describe(
        m_details, tr("Show every field and the protocol transcript of the current row (Enter)"),
        tr("Opens the entry's details: time, trigger or peer, dialing, messages sent and "
           "received, the retrieval reply, the phases and errors of a cycle, and the protocol "
           "transcript as stored at the logging level of the Diagnostics page."));
    connect(m_details, &QPushButton::clicked, this, [this] { openDetails(m_table->currentIndex().row()); });
    buttons->addWidget(m_details);
    m_exportButton = new QPushButton(tr("E&xport…"), this);
    FormFields::describe(m_exportButton,
                         tr("Save log entries with their details and transcripts as a text file"),
                         tr("Saves either every entry the filters show or only the selected rows, each with "
                            "its details and transcript, to a plain text file, for example to send to your "
                            "provider."));
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("&All entries shown…"), this, [this] { chooseExportFile(false); });
    m_exportSelected =
        exportMenu->addAction(tr("&Selected entries…"), this, [this] { chooseExportFile(true); });
    m_exportSelected->setObjectName(u"exportSelected"_s);
    m_exportButton->setMenu(exportMenu);
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);

    setTabOrder(m_result, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_exportButton);

    connect(m_model, &ConnectionLogModel::lastErrorChanged, this, &LogViewer::updateProblem);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogViewer::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogViewer::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogViewer::updateCount);
    connect(m_model, &ConnectionLogModel::pageLoaded, this, &LogViewer::updateCount);
    connect(connection, &ServiceConnection::connectedChanged, this, &LogViewer::updateProblem);
    connect(m_export, &LogExport::finished, this, [this](bool ok, const QString &error) {
        m_exportButton->setEnabled(true);
        if (!ok) {
            m_problem->setText(tr("The export failed: %1").arg(error));
            m_problem->show();
        } else {
            updateProblem();
        }
        Q_EMIT exportFinished(ok, error);
    });
    updatePeriodControls();
    updateProblem();
    updateCount();
    updateButtons();
}

LogViewer::~LogViewer() = default;

void LogViewer::buildFilters(QHBoxLayout *row)
{
    m_result = new QComboBox(this);
    m_result->setObjectName(u"resultFilter"_s);
    m_result->addItem(tr("All"), int(ConnectionLogModel::ResultFilter::All));
    m_result->addItem(tr("Succeeded"), int(ConnectionLogModel::ResultFilter::Ok));
    m_result->addItem(tr("Failed"), int(ConnectionLogModel::ResultFilter::Failed));
    auto *resultLabel = new QLabel(tr("&Result:"), this);
    FormFields::describe(resultLabel, m_result,
                         tr("Show all entries, only those that succeeded, or only failures"),
                         tr("Filters the log by result. A cycle fails when dialing, delivery or retrieval "
                            "failed; a session when it ended in an error."));
    row->addWidget(resultLabel);
    row->addWidget(m_result);

    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodFilter"_s);
    m_period->addItem(tr("All dates"), int(Period::All));
    m_period->addItem(tr("Last 24 hours"), int(Period::Last24Hours));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Between dates"), int(Period::Between));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    FormFields::describe(
        periodLabel, m_period, tr("Which days of the log to show"),
        tr("Shows the whole log, the last 24 hours, the last 7 days, or the days between the "
           "two dates beside (both included)."));
    row->addWidget(periodLabel);
    row->addWidget(m_period);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-7), this);
    m_from->setObjectName(u"fromDate"_s);
    m_from->setCalendarPopup(true);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    FormFields::describe(
        fromLabel, m_from, tr("The first day to show (with Between dates)"),
        tr("Entries from the start of this day on are shown when the period is Between dates."));
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"toDate"_s);
    m_to->setCalendarPopup(true);
    auto *toLabel = new QLabel(tr("&To:"), this);
    FormFields::describe(toLabel, m_to, tr("The last day to show (with Between dates)"),
                         tr("Entries up to the end of this day are shown when the period is Between dates."));
    row->addWidget(toLabel);
    row->addWidget(m_to);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchText"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Host, address, reply or error"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    FormFields::describe(searchLabel, m_search, tr("Show only entries containing this text"),
                         tr("Shows only the entries whose peer, trigger, retrieval reply, summary or errors "
                            "contain this text (upper and lower case alike). The list follows as you type."));
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);

    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(SearchPauseMs);
    connect(m_searchPause, &QTimer::timeout, this, &LogViewer::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LogViewer::applyFilter);
    connect(m_result, &QComboBox::currentIndexChanged, this, &LogViewer::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodControls();
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &LogViewer::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &LogViewer::applyFilter);
}

ConnectionLogModel::Filter LogViewer::currentFilter() const
{
    ConnectionLogModel::Filter filter;
    filter.result = ConnectionLogModel::ResultFilter(m_result->currentData().toInt());
    filter.search = m_search->text().trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Period(m_period->currentData().toInt())) {
    case Period::All:
        break;
    case Period::Last24Hours:
        filter.from = now.addSecs(-24 * 3600);
        break;
    case Period::Last7Days:
        filter.from = now.addDays(-7);
        break;
    case Period::Between:
        filter.from = m_from->date().startOfDay().toUTC();
        filter.to = m_to->date().addDays(1).startOfDay().toUTC(); // the whole last day
        break;
    }
    return filter;
}

void LogViewer::applyFilter()
{
    m_searchPause->stop();
    m_model->setFilter(currentFilter());
}

void LogViewer::updatePeriodControls()
{
    const bool between = Period(m_period->currentData().toInt()) == Period::Between;
    m_from->setEnabled(between);
    m_to->setEnabled(between);
}

void LogViewer::updateProblem()
{
    QString text;
    if (!m_connection->isConnected() && !m_model->lastError().isEmpty())
        text = tr("Sluice is not running or cannot be reached; the log shows again as soon as it is back.");
    else if (!m_model->lastError().isEmpty())
        text = tr("Sluice could not list the connection log: %1").arg(m_model->lastError());
    else if (!m_connection->isConnected() && !m_model->isLoading())
        text = tr("The connection to Sluice was lost; the log shows again as soon as it is back.");
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    updateCount();
}

void LogViewer::updateCount()
{
    if (m_model->isLoading())
        m_count->setText(tr("Loading…"));
    else
        m_count->setText(tr("%n entries", nullptr, m_model->rowCount()));
    updateButtons();
}

void LogViewer::updateButtons()
{
    m_details->setEnabled(m_table && m_table->currentIndex().isValid());
    if (m_exportSelected)
        m_exportSelected->setEnabled(m_table && m_table->selectionModel()->hasSelection());
}

QStringList LogViewer::selectedEntries() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList entries;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString entry = index.data(ConnectionLogModel::EntryRole).toString();
        if (!entry.isEmpty())
            entries << entry;
    }
    return entries;
}

QString LogViewer::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

LogDetailsDialog *LogViewer::openDetails(int row)
{
    const LogEntrySummary *entry = m_model->entryAt(row);
    if (!entry)
        return nullptr;
    auto *dialog = new LogDetailsDialog(m_connection, entry->entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void LogViewer::chooseExportFile(bool selectedOnly)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Connection Log"),
                                     folder + u"/sluice-connection-log.txt"_s, tr("Text files (*.txt)"));
    if (!path.isEmpty())
        exportTo(path, selectedOnly);
}

void LogViewer::exportTo(const QString &path, bool selectedOnly)
{
    if (m_export->isRunning())
        return;
    const QStringList entries = selectedOnly ? selectedEntries() : QStringList();
    if (selectedOnly && entries.isEmpty()) {
        Q_EMIT exportFinished(false, tr("No entries are selected."));
        return;
    }
    m_exportButton->setEnabled(false);
    applyFilter(); // the export follows exactly what the list shows
    m_export->start(path, m_model->filter(), entries);
}

} // namespace Sluice
