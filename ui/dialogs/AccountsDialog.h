// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QTableView;

namespace Sluice {

class AccountDialog;
class ConsoleContext;
class ServerAccountModel;

/// The Security page's "Accounts…": the accounts that may log in to Sluice's own server, with Add…,
/// Edit… and Remove. It edits the page's staged model, so the property sheet's OK/Apply stores the
/// changes and its Cancel discards them; passwords typed here are handed to the page (passwordTyped)
/// and stored with it.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(ConsoleContext *context, ServerAccountModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    /// The entry dialog open now (for tests), or nullptr.
    AccountDialog *entryDialog() const;

    void addAccount();
    void editAccount();
    void removeAccount();

Q_SIGNALS:
    /// A password typed for account name (store it with the page); emitted when the entry is accepted.
    void passwordTyped(const QString &name, const QString &password);
    void edited();

private:
    void openEntry(int row);
    void updateButtons();

    ConsoleContext *m_context;
    ServerAccountModel *m_model;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Sluice
