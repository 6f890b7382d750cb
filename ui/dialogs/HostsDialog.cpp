// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostsDialog.h"

#include "HostRuleDialog.h"
#include "HostRuleModel.h"
#include "widgets/FormFields.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sluice {

HostsDialog::HostsDialog(HostRuleModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setWindowTitle(tr("Hosts"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Hosts, checked from the top; the first row that matches decides:"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    FormFields::configureEntryList(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 240);
    m_view->setMinimumWidth(480);
    FormFields::describe(label, m_view, tr("Client addresses accepted or rejected, in order."),
                         tr("A client whose address no row matches is accepted, and may relay only when "
                            "it logs in or is on a relay network. Rejected clients get 521 and nothing "
                            "else."));
    row->addWidget(m_view);

    auto *side = new QVBoxLayout;
    m_add = addSideButton(tr("&Add…"), tr("Add a host or network at the end of the list."), QString());
    m_edit = addSideButton(tr("&Edit…"), tr("Change the selected row."), QString());
    m_remove = addSideButton(tr("&Remove"), tr("Remove the selected row."), QString());
    m_up = addSideButton(tr("Move &up"), tr("Check the selected row earlier."),
                         tr("Rows are checked from the top and the first match decides: move an exception "
                            "above the broader row it excepts from."));
    m_down = addSideButton(tr("Move &down"), tr("Check the selected row later."), m_up->whatsThis());
    for (QPushButton *button : {m_add, m_edit, m_remove, m_up, m_down})
        side->addWidget(button);
    side->addStretch();
    row->addLayout(side);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(currentRow(), 1); });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openEditor(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HostsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HostsDialog::updateButtons);
    updateButtons();
}

QPushButton *HostsDialog::addSideButton(const QString &text, const QString &toolTip, const QString &whatsThis)
{
    auto *button = new QPushButton(text, this);
    FormFields::describe(button, toolTip, whatsThis);
    return button;
}

int HostsDialog::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void HostsDialog::updateButtons()
{
    const int row = currentRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

HostRuleDialog *HostsDialog::openEditor(int row)
{
    const HostRuleEntry original = row >= 0 ? m_model->entryAt(row) : HostRuleEntry();
    QStringList others;
    for (int other = 0; other < m_model->rowCount(); ++other) {
        if (other != row)
            others.append(m_model->entryAt(other).network);
    }
    auto *dialog = new HostRuleDialog(original, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex edited =
        row >= 0 ? QPersistentModelIndex(m_model->index(row, 0)) : QPersistentModelIndex();
    connect(dialog, &QDialog::accepted, this, [this, dialog, edited, isNew = row < 0] {
        const HostRuleEntry entry = dialog->entry();
        int placed = -1;
        if (!isNew && edited.isValid()) {
            // The row keeps its place in the order even when its network changes.
            placed = edited.row();
            m_model->removeEntry(placed);
            m_model->putEntry(entry);
            m_model->moveEntry(m_model->rowCount() - 1, placed - (m_model->rowCount() - 1));
        } else {
            placed = m_model->putEntry(entry);
        }
        m_view->selectRow(placed);
    });
    dialog->open();
    return dialog;
}

void HostsDialog::removeRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_model->removeEntry(row);
    updateButtons();
}

void HostsDialog::moveRow(int row, int delta)
{
    if (m_model->moveEntry(row, delta))
        m_view->selectRow(row + delta);
    updateButtons();
}

} // namespace Sluice
