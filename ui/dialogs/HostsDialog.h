// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace Sluice {

class HostRuleDialog;
class HostRuleModel;

/// The Hosts list of the Connections page: which client addresses are accepted or rejected, and which
/// may relay, in order (the first matching row wins: Move up/Move down). It edits the page's staged
/// model, so the property sheet's Apply and Cancel decide whether the changes are kept.
class HostsDialog : public QDialog
{
    Q_OBJECT
public:
    HostsDialog(HostRuleModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// Opens the row dialog for row (-1: a new row, added at the end), window-modal; on OK it updates
    /// the model.
    HostRuleDialog *openEditor(int row);
    void removeRow(int row);
    void moveRow(int row, int delta);

    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }

private:
    int currentRow() const;
    void updateButtons();
    QPushButton *addSideButton(const QString &text, const QString &toolTip, const QString &whatsThis);

    HostRuleModel *m_model;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace Sluice
