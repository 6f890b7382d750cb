// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailDomainListDialog.h"

#include "ConsoleContext.h"
#include "EmailDomainDialog.h"
#include "EmailDomainModel.h"
#include "widgets/FormFields.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

EmailDomainListDialog::EmailDomainListDialog(ConsoleContext *context, EmailDomainModel *model,
                                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(model)
{
    setWindowTitle(tr("E-Mail Domains"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Domains delivered differently from other mail:"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    FormFields::configureEntryList(m_view);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 180);
    m_view->setColumnWidth(1, 180);
    m_view->setColumnWidth(2, 110);
    m_view->setMinimumWidth(720);
    FormFields::describe(label, m_view, tr("The e-mail domains with their own delivery settings."),
                         tr("Mail for a listed domain (and its subdomains) is delivered as its entry says: "
                            "by DNS or to a host, held for ETRN or not, with its own TLS and login. Other "
                            "mail follows the Message delivery settings of the Connections page."));
    row->addWidget(m_view);

    auto *side = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    FormFields::describe(m_add, tr("Add an e-mail domain."), QString());
    FormFields::describe(m_edit, tr("Change the selected e-mail domain."), QString());
    FormFields::describe(m_remove, tr("Remove the selected e-mail domain."),
                         tr("The domain's mail is then delivered like other mail. Nothing is saved until "
                            "you choose OK or Apply on the property sheet."));
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch();
    row->addLayout(side);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(currentRow()); });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openEditor(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EmailDomainListDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmailDomainListDialog::updateButtons);
    updateButtons();
}

void EmailDomainListDialog::setPasswordPending(std::function<bool(const QString &)> pending)
{
    m_pending = std::move(pending);
}

int EmailDomainListDialog::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void EmailDomainListDialog::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

EmailDomainDialog *EmailDomainListDialog::openEditor(int row)
{
    const EmailDomainEntry original = row >= 0 ? m_model->entryAt(row) : EmailDomainEntry();
    QStringList others;
    for (const EmailDomainEntry &entry : m_model->entries()) {
        if (entry.domain != original.domain)
            others.append(entry.domain);
    }
    auto *dialog = new EmailDomainDialog(original, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0 && original.auth != "none"_L1) {
        const QString key = original.secretKey();
        if (m_pending && m_pending(key)) {
            dialog->setPasswordStored(true);
        } else {
            m_context->readSecret(key, dialog, [dialog](const QString &secret) {
                dialog->setPasswordStored(!secret.isEmpty());
            });
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, domain = original.domain] {
        const EmailDomainEntry entry = dialog->entry();
        const int existing = domain.isEmpty() ? -1 : m_model->rowOfKey(domain);
        if (existing >= 0)
            m_model->replaceEntry(existing, entry);
        else
            m_model->putEntry(entry);
        const int placed = m_model->rowOfKey(entry.domain);
        m_view->selectRow(placed);
        if (const QString password = dialog->password(); !password.isEmpty())
            Q_EMIT passwordTyped(entry.secretKey(), password);
    });
    dialog->open();
    return dialog;
}

void EmailDomainListDialog::removeRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_model->removeEntry(row);
    updateButtons();
}

} // namespace Sluice
