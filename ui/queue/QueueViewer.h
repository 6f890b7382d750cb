// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;
class QTreeView;

namespace Sluice {

class InlineMessage;
class QueueGroupModel;
class QueueTableModel;
class ServiceConnection;

/// The queue viewer: outbound mail by destination, mail held for ETRN by domain, and inbound mail awaiting
/// local delivery, with actions.
/// Everything comes from the engine's control socket, so it works the same attached to the service.
///
/// The group tree on the left filters the table on the right; the search field filters as you type
/// (debounced, so a fast typist sends one request). Retry now, Delete…, Hold, Release and Details… act
/// on the selected messages from the toolbar, the context menu or their shortcuts; the engine's answers
/// and refusals show in the status line, and "queue-changed" events keep everything current.
class QueueViewer : public QWidget
{
    Q_OBJECT
public:
    explicit QueueViewer(ServiceConnection *connection, QWidget *parent = nullptr);
    ~QueueViewer() override;

    QueueTableModel *tableModel() const { return m_table; }
    QueueGroupModel *groupModel() const { return m_groups; }
    QTableView *tableView() const { return m_tableView; }
    QTreeView *groupView() const { return m_groupView; }
    QLineEdit *searchField() const { return m_search; }
    QAction *retryAction() const { return m_retry; }
    QAction *deleteAction() const { return m_delete; }
    QAction *holdAction() const { return m_hold; }
    QAction *releaseAction() const { return m_release; }
    QAction *detailsAction() const { return m_details; }
    /// The status line: counts, the result of the last action, or why the engine cannot be reached.
    QString statusText() const;
    /// The problem shown above the table (engine refused or unreachable), empty when none.
    QString problemText() const;
    /// The ids of the selected messages whose rows are loaded.
    QStringList selectedQueueIds() const;

    static constexpr int SearchDelayMs = 300;

Q_SIGNALS:
    /// After an action's answer: the engine's count, or an error.
    void actionFinished(const QString &verb, bool ok);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &toolTip,
                        const QString &whatsThis);
    void buildActions();
    void buildLayout();
    void applyFilter();
    void updateActions();
    void updateStatus();
    void onConnectedChanged(bool connected);
    void onEvent(const QString &name);
    void runAction(const QByteArray &verb, const QStringList &ids, const QHash<QString, QString> &options,
                   const char *doneText); ///< doneText: a QT_TR_N_NOOP with %n for the count
    void askDelete();
    void showDetails();
    void showProblem(const QString &text);

    ServiceConnection *m_connection;
    QueueTableModel *m_table;
    QueueGroupModel *m_groups;
    QToolBar *m_toolBar = nullptr;
    QTreeView *m_groupView = nullptr;
    QTableView *m_tableView = nullptr;
    QLineEdit *m_search = nullptr;
    InlineMessage *m_problem = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_hold = nullptr;
    QAction *m_release = nullptr;
    QAction *m_details = nullptr;
    QAction *m_reload = nullptr;
    QString m_lastResult;
};

} // namespace Sluice
