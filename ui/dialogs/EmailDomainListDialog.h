// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QPushButton;
class QTableView;

namespace Sluice {

class ConsoleContext;
class EmailDomainDialog;
class EmailDomainModel;

/// The E-Mail Domain list of the Connections page (Add…/Edit…/Remove). It edits the page's staged
/// model directly, so the page's Apply and Cancel decide whether the changes are kept; passwords typed
/// in an entry are handed to the page (passwordTyped) to be stored with it.
class EmailDomainListDialog : public QDialog
{
    Q_OBJECT
public:
    EmailDomainListDialog(ConsoleContext *context, EmailDomainModel *model, QWidget *parent = nullptr);

    /// Tells the entry dialogs whether a password typed earlier waits to be saved under a key.
    void setPasswordPending(std::function<bool(const QString &key)> pending);
    QTableView *view() const { return m_view; }
    /// Opens the entry dialog for row (-1: a new entry, window-modal); on OK it updates the model.
    EmailDomainDialog *openEditor(int row);
    void removeRow(int row);

    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void passwordTyped(const QString &key, const QString &password);

private:
    int currentRow() const;
    void updateButtons();

    ConsoleContext *m_context;
    EmailDomainModel *m_model;
    std::function<bool(const QString &)> m_pending;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Sluice
