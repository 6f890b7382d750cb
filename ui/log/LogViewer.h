// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionLogModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Sluice {

class LogDetailsDialog;
class LogExport;
class ServiceConnection;

/// The connection log viewer: one row per link cycle or SMTP session, with details and export.
/// Everything comes from the engine's control socket, so it works the same attached to the service.
class LogViewer : public QWidget
{
    Q_OBJECT
public:
    /// The date filter's choices.
    enum class Period { All, Last24Hours, Last7Days, Between };

    explicit LogViewer(ServiceConnection *connection, QWidget *parent = nullptr);
    ~LogViewer() override;

    ConnectionLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The filter the controls describe now (the model gets it after the search field's pause).
    ConnectionLogModel::Filter currentFilter() const;
    /// Opens Details… for a row (non-modal, deleted on close); nullptr when the row is not loaded yet.
    LogDetailsDialog *openDetails(int row);
    /// Export… without the file dialog: the filtered entries, or the selected ones. Ends in exportFinished().
    void exportTo(const QString &path, bool selectedOnly);
    /// The selected rows' entries, top to bottom.
    QStringList selectedEntries() const;
    /// The problem shown above the table (engine error, disconnection); empty when all is well.
    QString problemText() const;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &error);

private:
    void buildFilters(QHBoxLayout *row);
    void applyFilter();
    void updatePeriodControls();
    void updateProblem();
    void updateCount();
    void updateButtons();
    void chooseExportFile(bool selectedOnly);

    ServiceConnection *m_connection;
    ConnectionLogModel *m_model;
    LogExport *m_export;
    QComboBox *m_result = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchPause = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_exportSelected = nullptr;
};

} // namespace Sluice
