// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainsWizardPage.h"

#include "ConsoleContext.h"
#include "FirstRunPlan.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
bool isLocalhost(const QString &domain)
{
    return domain.compare("localhost"_L1, Qt::CaseInsensitive) == 0;
}
} // namespace

DomainsWizardPage::DomainsWizardPage(ConsoleContext *context, QWidget *parent)
    : FirstRunPage(context, parent)
{
    setTitle(tr("Your office's e-mail domain"));
    setSubTitle(tr("The part after the @ in your office's addresses. Mail for these domains is delivered to "
                   "mailboxes here; everything else goes out to the Internet."));
    auto *form = new QFormLayout(this);
    m_domains = new QLineEdit(this);
    m_domains->setPlaceholderText(tr("example.com"));
    addField(form, tr("E-mail &domains:"), m_domains,
             tr("Your office's e-mail domains, such as example.com; separate several with commas."),
             tr("Sluice accepts mail for these domains and keeps it for your office's mailboxes. If your "
                "addresses look like anna@example.com, enter example.com. When Sluice connects, it asks your "
                "provider for the mail of these domains."));
    auto *hint =
        new QLabel(tr("Separate several domains with commas, for example “example.com, example.org”."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    QStringList shown;
    for (const QString &domain : context->settings()->listValue(Keys::LocalDomains)) {
        if (isLocalhost(domain))
            m_keepLocalhost = true;
        else
            shown << domain;
    }
    m_domains->setText(shown.join(", "_L1));
    connect(m_domains, &QLineEdit::textEdited, this, [this] { markEdited(); });
    revalidate();
}

QStringList DomainsWizardPage::domains() const
{
    const SettingDefinition *definition = context()->settings()->definition(Keys::LocalDomains);
    QString canonical;
    if (!definition->canonicalize(m_domains->text(), &canonical).isEmpty())
        return {};
    QStringList result;
    for (const QString &domain : SettingDefinition::splitList(canonical)) {
        if (!isLocalhost(domain))
            result << domain.toLower();
    }
    return result;
}

QList<WizardProblem> DomainsWizardPage::problems() const
{
    const SettingDefinition *definition = context()->settings()->definition(Keys::LocalDomains);
    QString canonical;
    if (const QString error = definition->canonicalize(m_domains->text(), &canonical); !error.isEmpty())
        return {{m_domains, error, false}};
    if (domains().isEmpty())
        return {{m_domains, tr("Enter at least one e-mail domain, such as example.com."), true}};
    return {};
}

void DomainsWizardPage::addTo(FirstRunPlan *plan) const
{
    QStringList value = domains();
    if (m_keepLocalhost)
        value << u"localhost"_s;
    plan->set(Keys::LocalDomains, value.join(", "_L1), tr("Your office's e-mail domains"),
              domains().join(", "_L1));
}

} // namespace Sluice
