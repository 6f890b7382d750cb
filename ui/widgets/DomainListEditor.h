// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class QStringListModel;

namespace Sluice {

/// A list of domain names with Add…, Edit… and Remove, each entry edited in a RetrievalDomainDialog
/// (syntax and duplicates checked there). The value is one List setting, so the view shows a
/// QStringListModel that the page reads and writes as a whole.
class DomainListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DomainListEditor(QWidget *parent = nullptr);

    QStringList domains() const;
    void setDomains(const QStringList &domains);
    QListView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    /// Opens the dialog for a new domain (Add…) or the selected one (Edit…); the dialog is modal.
    void addDomain();
    void editDomain();
    void removeDomain();

Q_SIGNALS:
    void edited();

private:
    void updateButtons();
    QStringList othersThan(int row) const;

    QStringListModel *m_model;
    QListView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace Sluice
