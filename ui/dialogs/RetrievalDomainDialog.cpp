// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetrievalDomainDialog.h"

#include "EmailDomainTable.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sluice {

RetrievalDomainDialog::RetrievalDomainDialog(const QString &domain, const QStringList &others,
                                             QWidget *parent)
    : QDialog(parent)
    , m_others(others)
{
    setWindowTitle(domain.isEmpty() ? tr("Add Domain") : tr("Edit Domain"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_domain = new QLineEdit(domain, this);
    m_domain->setPlaceholderText(tr("example.com or @example.com"));
    m_message = FormFields::addRow(form, tr("&Domain:"), m_domain,
                                   tr("A domain to ask the provider for; @domain includes its subdomains."),
                                   tr("Sluice asks the provider to send the mail it holds for this domain. "
                                      "Written with an @ in front (@example.com), it asks for the domain and "
                                      "all its subdomains, as RFC 1985 describes."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RetrievalDomainDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RetrievalDomainDialog::reject);
}

QString RetrievalDomainDialog::domain() const
{
    return m_domain->text().trimmed().toLower();
}

QString RetrievalDomainDialog::problem(const QString &domain, const QStringList &others)
{
    QString name = domain.trimmed();
    if (name.isEmpty())
        return tr("Enter a domain name.");
    if (name.startsWith(u'@'))
        name.remove(0, 1);
    if (!EmailDomainEntry::isValidHost(name))
        return tr("“%1” is not a domain name.").arg(name);
    for (const QString &other : others) {
        if (other.compare(domain.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("%1 is already in the list.").arg(domain.trimmed());
    }
    return {};
}

bool RetrievalDomainDialog::validate()
{
    const QString reason = problem(m_domain->text(), m_others);
    m_message->showProblem(reason);
    if (!reason.isEmpty())
        m_domain->setFocus(Qt::OtherFocusReason);
    return reason.isEmpty();
}

void RetrievalDomainDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace Sluice
