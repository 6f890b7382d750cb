// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsDialog.h"

#include "AccountDialog.h"
#include "ConsoleContext.h"
#include "EmailDomainTable.h"
#include "SecretStore.h"
#include "ServerAccountModel.h"
#include "widgets/FormFields.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

AccountsDialog::AccountsDialog(ConsoleContext *context, ServerAccountModel *model, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(model)
{
    setWindowTitle(tr("Accounts"));
    auto *layout = new QVBoxLayout(this);
    auto *label =
        new QLabel(tr("&Accounts that may log in to Sluice (AUTH) and pull held mail (ATRN, TURN):"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    FormFields::configureEntryList(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    FormFields::describe(
        label, m_view, tr("The accounts on Sluice's own server"),
        tr("Each account is a name and password a customer's mail server logs in with, and the "
           "domains whose held mail it may collect. Changes are stored with the property "
           "sheet's OK or Apply."));
    row->addWidget(m_view);
    auto *buttons = new QVBoxLayout;
    row->addLayout(buttons);
    m_add = new QPushButton(tr("A&dd…"), this);
    FormFields::describe(m_add, tr("Add an account"), QString());
    m_edit = new QPushButton(tr("&Edit…"), this);
    FormFields::describe(m_edit, tr("Change the selected account"), QString());
    m_remove = new QPushButton(tr("&Remove"), this);
    FormFields::describe(m_remove, tr("Remove the selected account and its password"), QString());
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &AccountsDialog::accept);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_view, &QTableView::doubleClicked, this, &AccountsDialog::editAccount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);
    resize(520, 320);
    updateButtons();
}

AccountDialog *AccountsDialog::entryDialog() const
{
    return findChild<AccountDialog *>();
}

void AccountsDialog::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void AccountsDialog::addAccount()
{
    openEntry(-1);
}

void AccountsDialog::editAccount()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openEntry(current.row());
}

void AccountsDialog::removeAccount()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_model->removeEntry(current.row());
    Q_EMIT edited();
}

void AccountsDialog::openEntry(int row)
{
    const ServerAccountEntry entry = row >= 0 ? m_model->entryAt(row) : ServerAccountEntry{};
    QStringList otherNames;
    for (const ServerAccountEntry &other : m_model->entries()) {
        if (other.name != entry.name)
            otherNames.append(other.name);
    }
    QStringList held;
    for (const EmailDomainEntry &domain : m_context->emailDomains()->entries()) {
        if (domain.hold)
            held.append(domain.domain);
    }
    auto *dialog = new AccountDialog(entry, otherNames, held, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0) {
        QPointer<AccountDialog> guard(dialog);
        m_context->readSecret(SecretKey::serverAccount(entry.name), dialog, [guard](const QString &secret) {
            if (guard)
                guard->setPasswordStored(!secret.isEmpty());
        });
    }
    const QString originalName = entry.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, originalName] {
        const ServerAccountEntry edited = dialog->entry();
        const int current = m_model->rowOfKey(originalName);
        if (current >= 0 && !originalName.isEmpty())
            m_model->replaceEntry(current, edited);
        else
            m_model->putEntry(edited);
        m_view->selectRow(m_model->rowOfKey(edited.name));
        if (!dialog->password().isEmpty())
            Q_EMIT passwordTyped(edited.name, dialog->password());
        Q_EMIT this->edited();
    });
    dialog->open();
}

} // namespace Sluice
