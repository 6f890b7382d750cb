// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainListEditor.h"

#include "dialogs/RetrievalDomainDialog.h"
#include "widgets/FormFields.h"

#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Sluice {

DomainListEditor::DomainListEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStringListModel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMaximumHeight(110);
    layout->addWidget(m_view, 1);
    auto *buttons = new QVBoxLayout;
    layout->addLayout(buttons);
    m_add = new QPushButton(tr("A&dd…"), this);
    m_edit = new QPushButton(tr("Ed&it…"), this);
    m_remove = new QPushButton(tr("Remo&ve"), this);
    FormFields::describe(m_add, tr("Add a domain to ask the provider for."), {});
    FormFields::describe(m_edit, tr("Change the selected domain."), {});
    FormFields::describe(m_remove, tr("Take the selected domain off the list."), {});
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    connect(m_add, &QPushButton::clicked, this, &DomainListEditor::addDomain);
    connect(m_edit, &QPushButton::clicked, this, &DomainListEditor::editDomain);
    connect(m_remove, &QPushButton::clicked, this, &DomainListEditor::removeDomain);
    connect(m_view, &QListView::doubleClicked, this, &DomainListEditor::editDomain);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DomainListEditor::updateButtons);
    connect(m_model, &QStringListModel::modelReset, this, &DomainListEditor::updateButtons);
    connect(m_model, &QStringListModel::rowsRemoved, this, &DomainListEditor::updateButtons);
    updateButtons();
}

QStringList DomainListEditor::domains() const
{
    return m_model->stringList();
}

void DomainListEditor::setDomains(const QStringList &domains)
{
    m_model->setStringList(domains);
}

QStringList DomainListEditor::othersThan(int row) const
{
    QStringList others = m_model->stringList();
    if (row >= 0 && row < others.size())
        others.removeAt(row);
    return others;
}

void DomainListEditor::addDomain()
{
    RetrievalDomainDialog dialog(QString(), domains(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    m_model->setData(m_model->index(row), dialog.domain());
    m_view->setCurrentIndex(m_model->index(row));
    Q_EMIT edited();
}

void DomainListEditor::editDomain()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    RetrievalDomainDialog dialog(m_model->stringList().at(row), othersThan(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->setData(m_model->index(row), dialog.domain());
    Q_EMIT edited();
}

void DomainListEditor::removeDomain()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    Q_EMIT edited();
}

void DomainListEditor::updateButtons()
{
    const bool selected = m_view->currentIndex().isValid();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace Sluice
