// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueViewer.h"

#include "QueueGroupModel.h"
#include "QueueTableModel.h"
#include "ServiceConnection.h"
#include "queue/MessageDetailsDialog.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

QueueViewer::QueueViewer(ServiceConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_table(new QueueTableModel(connection, this))
    , m_groups(new QueueGroupModel(connection, this))
{
    setAccessibleName(tr("Queue viewer"));
    setWhatsThis(tr("The mail Sluice is keeping: outbound mail by destination, mail held for ETRN by "
                    "domain, and mail waiting for a local mailbox."));
    buildActions();
    buildLayout();

    connect(m_table, &QueueTableModel::totalChanged, this, &QueueViewer::updateStatus);
    connect(m_table, &QueueTableModel::errorChanged, this, [this](const QString &error) {
        if (m_connection->isConnected() || !error.isEmpty())
            showProblem(error);
    });
    connect(m_groups, &QueueGroupModel::errorOccurred, this, &QueueViewer::showProblem);
    connect(m_groups, &QueueGroupModel::refreshed, m_groupView, [this] { m_groupView->expandAll(); });
    connect(m_connection, &ServiceConnection::connectedChanged, this, &QueueViewer::onConnectedChanged);
    connect(m_connection, &ServiceConnection::reconnected, this, [this] { onEvent(u"queue-changed"_s); });
    connect(m_connection, &ServiceConnection::eventReceived, this,
            [this](const QString &name, const QStringList &) { onEvent(name); });
    // The table's first page goes first: the counts of every group take the engine longer at 100,000
    // messages, and the messages are what the user opened the viewer for.
    auto *firstAnswer = new QObject(this);
    const auto readGroups = [this, firstAnswer] {
        m_groups->refresh();
        delete firstAnswer; // disconnects both: once is enough
    };
    connect(m_table, &QueueTableModel::pageLoaded, firstAnswer, readGroups);
    connect(m_table, &QueueTableModel::errorChanged, firstAnswer, readGroups);
    if (!m_connection->isConnected())
        onConnectedChanged(false);
    updateActions();
    updateStatus();
}

QueueViewer::~QueueViewer() = default;

QAction *QueueViewer::makeAction(const QString &text, const QKeySequence &shortcut, const QString &toolTip,
                                 const QString &whatsThis)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty()
                           ? toolTip
                           : QString(toolTip + u" ("_s + shortcut.toString(QKeySequence::NativeText) + u')'));
    action->setStatusTip(toolTip);
    action->setWhatsThis(whatsThis);
    addAction(action);
    return action;
}

void QueueViewer::buildActions()
{
    m_retry = makeAction(tr("&Retry now"), QKeySequence(Qt::CTRL | Qt::Key_R),
                         tr("Try the selected messages again now"),
                         tr("Makes the selected messages due now and wakes delivery. Mail held for ETRN "
                            "or on hold is left alone: release it first."));
    m_delete =
        makeAction(tr("&Delete…"), QKeySequence::Delete, tr("Remove the selected messages from the queue"),
                   tr("Removes the selected messages. You choose whether their senders get a failure "
                      "report (\"deleted by the postmaster\") or nothing."));
    m_hold = makeAction(tr("&Hold"), QKeySequence(Qt::CTRL | Qt::Key_H),
                        tr("Keep the selected messages until released"),
                        tr("Puts the selected messages on hold: never tried and never expired until you "
                           "release them."));
    m_release = makeAction(tr("Re&lease"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                           tr("Let the selected messages go now"),
                           tr("Ends the hold of the selected messages and releases their mail held for ETRN "
                              "to its route now, as if the domain had asked for it."));
    m_details =
        makeAction(tr("De&tails…"), QKeySequence(), tr("Show the selected message (Enter or double-click)"),
                   tr("Shows the envelope, the headers and the state of every recipient of the "
                      "selected message."));
    m_reload = makeAction(tr("Re&fresh"), QKeySequence::Refresh, tr("Read the queue again"),
                          tr("Reads the counts and the messages shown again from Sluice. The viewer also "
                             "updates by itself whenever the queue changes."));
    connect(m_retry, &QAction::triggered, this, [this] {
        runAction("queue-retry", selectedQueueIds(), {}, QT_TR_N_NOOP("%n message(s) made due now."));
    });
    connect(m_delete, &QAction::triggered, this, &QueueViewer::askDelete);
    connect(m_hold, &QAction::triggered, this, [this] {
        runAction("queue-hold", selectedQueueIds(), {}, QT_TR_N_NOOP("%n message(s) put on hold."));
    });
    connect(m_release, &QAction::triggered, this, [this] {
        runAction("queue-release", selectedQueueIds(), {}, QT_TR_N_NOOP("%n message(s) released."));
    });
    connect(m_details, &QAction::triggered, this, &QueueViewer::showDetails);
    connect(m_reload, &QAction::triggered, this, [this] {
        m_table->refresh();
        m_groups->refresh();
    });
}

void QueueViewer::buildLayout()
{
    m_toolBar = new QToolBar(tr("Queue actions"), this);
    m_toolBar->setAccessibleName(tr("Queue actions"));
    m_toolBar->setToolTip(tr("Actions on the selected messages"));
    m_toolBar->setWhatsThis(tr("Actions on the messages selected in the table; they are also in the "
                               "table's context menu."));
    for (QAction *action : {m_retry, m_delete, m_hold, m_release, m_details})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_reload);
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action); button && !action->isSeparator()) {
            button->setAccessibleName(FormFields::plainText(action->text()));
            button->setWhatsThis(action->whatsThis());
        }
    }

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Queue ID, address or reply"));
    FormFields::describe(searchLabel, m_search, tr("Show only messages containing this text"),
                         tr("Filters the table as you type: the queue ID, the sender, a recipient's address "
                            "or the last reply contains the text (upper and lower case alike)."));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &QueueViewer::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    m_groupView = new QTreeView(this);
    m_groupView->setModel(m_groups);
    m_groupView->setAccessibleName(tr("Queue sections"));
    m_groupView->setToolTip(tr("Choose which messages the table shows"));
    m_groupView->setWhatsThis(tr("Outbound mail by destination domain, mail held for ETRN by domain and "
                                 "mail for local mailboxes, with the number of messages in each. Choose one "
                                 "to see only its messages."));
    m_groupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->setUniformRowHeights(true);
    m_groupView->header()->setStretchLastSection(false);
    m_groupView->header()->setSectionResizeMode(QueueGroupModel::NameColumn, QHeaderView::Stretch);
    m_groupView->header()->setSectionResizeMode(QueueGroupModel::MessagesColumn,
                                                QHeaderView::ResizeToContents);
    m_groupView->expandAll();
    m_groupView->setCurrentIndex(m_groups->sectionIndex(QueueGroupModel::AllSection));
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QueueViewer::applyFilter);

    m_tableView = new QTableView(this);
    m_tableView->setModel(m_table);
    m_tableView->setAccessibleName(tr("Queued messages"));
    m_tableView->setToolTip(tr("The messages in the chosen section; click a column heading to sort"));
    m_tableView->setWhatsThis(tr("One row per message. Select one or more and use the actions above, the "
                                 "context menu or their shortcuts; Enter or a double-click shows the "
                                 "message's details."));
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    // Fixed row heights and no resize-to-contents: the view never asks for rows it does not show.
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {130, 180, 220, 70, 80, 60, 130, 260};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_tableView->setColumnWidth(column, widths[column]);
    m_tableView->horizontalHeader()->setSortIndicator(QueueTableModel::AgeColumn, Qt::DescendingOrder);
    m_tableView->setSortingEnabled(true);
    m_tableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : {m_retry, m_delete, m_hold, m_release, m_details})
        m_tableView->addAction(action);
    // Enter (activated) and double-click; a second signal for the same gesture raises the same dialog.
    connect(m_tableView, &QAbstractItemView::activated, this, &QueueViewer::showDetails);
    connect(m_tableView, &QAbstractItemView::doubleClicked, this, &QueueViewer::showDetails);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueViewer::updateActions);
    connect(m_table, &QAbstractItemModel::dataChanged, this, &QueueViewer::updateActions);

    m_problem = new InlineMessage(m_tableView, this);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Queue status"));
    m_status->setToolTip(tr("How many messages are shown, and what the last action did"));
    m_status->setWhatsThis(m_status->toolTip());
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(searchRow);
    rightLayout->addWidget(m_problem);
    rightLayout->addWidget(m_tableView, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_groupView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 780});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setTabOrder(m_groupView, m_search);
    setTabOrder(m_search, m_tableView);
}

void QueueViewer::applyFilter()
{
    m_searchTimer->stop();
    const QModelIndex current = m_groupView->currentIndex();
    const QString section =
        current.isValid() ? current.data(QueueGroupModel::SectionRole).toString() : u"all"_s;
    const QString group = current.isValid() ? current.data(QueueGroupModel::GroupRole).toString() : QString();
    const QString search = m_search->text().trimmed();
    if (section == m_table->section() && group == m_table->group() && search == m_table->search())
        return;
    m_table->setFilter(section, group, search);
    updateActions();
}

QStringList QueueViewer::selectedQueueIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const QString id = m_table->queueIdAt(row.row()); !id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void QueueViewer::updateActions()
{
    const bool connected = m_connection->isConnected();
    const int selected = int(selectedQueueIds().size());
    for (QAction *action : {m_retry, m_delete, m_hold, m_release})
        action->setEnabled(connected && selected > 0);
    m_details->setEnabled(connected && selected == 1);
    m_reload->setEnabled(connected);
}

void QueueViewer::updateStatus()
{
    QString text = m_connection->isConnected() || m_table->isLoaded()
                       ? tr("%n message(s) shown.", nullptr, m_table->rowCount())
                       : tr("Waiting for Sluice…");
    if (!m_lastResult.isEmpty())
        text = QString(text + u' ' + m_lastResult);
    m_status->setText(text);
}

QString QueueViewer::statusText() const
{
    return m_status->text();
}

QString QueueViewer::problemText() const
{
    return m_problem->text();
}

void QueueViewer::showProblem(const QString &text)
{
    if (text.isEmpty())
        m_problem->clearProblem();
    else
        m_problem->showProblem(text);
}

void QueueViewer::onConnectedChanged(bool connected)
{
    if (connected) {
        showProblem(QString());
        onEvent(u"queue-changed"_s);
    } else {
        showProblem(tr("Sluice is not running or cannot be reached, so the queue cannot be shown. The "
                       "viewer reconnects by itself as soon as Sluice runs again."));
    }
    updateActions();
    updateStatus();
}

void QueueViewer::onEvent(const QString &name)
{
    if (name != "queue-changed"_L1)
        return;
    m_table->refresh();
    m_groups->refresh();
}

void QueueViewer::runAction(const QByteArray &verb, const QStringList &ids,
                            const QHash<QString, QString> &options, const char *doneText)
{
    if (ids.isEmpty())
        return;
    m_connection->request(verb, ids, options, this, [this, verb, doneText](const ControlAnswer &answer) {
        if (answer.ok) {
            showProblem(QString());
            const int count = answer.pairs().value(u"count"_s).toInt();
            m_lastResult = tr(doneText, nullptr, count);
            // The "queue-changed" event follows; reading now makes the result visible at once.
            m_table->refresh();
            m_groups->refresh();
        } else {
            m_lastResult.clear();
            showProblem(answer.error);
        }
        updateStatus();
        Q_EMIT actionFinished(QString::fromLatin1(verb), answer.ok);
    });
}

void QueueViewer::askDelete()
{
    const QStringList ids = selectedQueueIds();
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete messages"),
                                tr("Delete %n message(s) from the queue?", nullptr, int(ids.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"deleteQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("A failure report tells each sender that the message was deleted by the "
                               "postmaster and was not delivered. Delivery reports themselves (sender <>) "
                               "never get one."));
    QPushButton *withReport =
        box->addButton(tr("Delete and send a &failure report"), QMessageBox::AcceptRole);
    withReport->setObjectName(u"deleteWithReport"_s);
    QPushButton *silently = box->addButton(tr("Delete &silently"), QMessageBox::DestructiveRole);
    silently->setObjectName(u"deleteSilently"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    FormFields::describe(withReport, tr("Delete and tell the senders"),
                         tr("Removes the messages and sends each sender a failure report."));
    FormFields::describe(silently, tr("Delete without telling anyone"),
                         tr("Removes the messages; nobody is told."));
    FormFields::describe(cancel, tr("Keep the messages"), tr("Closes this question; nothing is deleted."));
    connect(box, &QMessageBox::buttonClicked, this,
            [this, ids, withReport, silently](QAbstractButton *button) {
                if (button == withReport)
                    runAction("queue-delete", ids, {{u"report"_s, u"yes"_s}},
                              QT_TR_N_NOOP("%n message(s) deleted; their senders get a failure report."));
                else if (button == silently)
                    runAction("queue-delete", ids, {}, QT_TR_N_NOOP("%n message(s) deleted."));
            });
    box->open();
}

void QueueViewer::showDetails()
{
    const QStringList ids = selectedQueueIds();
    const QString id = ids.size() == 1 ? ids.first() : m_table->queueIdAt(m_tableView->currentIndex().row());
    if (id.isEmpty())
        return;
    for (MessageDetailsDialog *open : findChildren<MessageDetailsDialog *>()) {
        if (open->queueId() == id && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *dialog = new MessageDetailsDialog(m_connection, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Sluice
