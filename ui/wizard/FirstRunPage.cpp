// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunPage.h"

#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

namespace Sluice {

FirstRunPage::FirstRunPage(ConsoleContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{}

void FirstRunPage::addTo(FirstRunPlan *) const {}

QList<WizardProblem> FirstRunPage::problems() const
{
    return {};
}

bool FirstRunPage::isComplete() const
{
    return problems().isEmpty();
}

void FirstRunPage::initializePage()
{
    // Pages depend on earlier answers (the retrieval page on the provider's host): check again on entry.
    revalidate();
}

void FirstRunPage::revalidate()
{
    const QList<WizardProblem> current = problems();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QString text;
        for (const WizardProblem &problem : current) {
            if (problem.field == it.key() && (!problem.missing || m_edited)) {
                text = problem.message;
                break;
            }
        }
        it.value()->showProblem(text);
    }
    Q_EMIT completeChanged();
}

InlineMessage *FirstRunPage::addField(QFormLayout *form, const QString &label, QWidget *field,
                                      const QString &toolTip, const QString &whatsThis)
{
    InlineMessage *message = FormFields::addRow(form, label, field, toolTip, whatsThis);
    m_messages.insert(field, message);
    return message;
}

void FirstRunPage::addMessage(QWidget *field, InlineMessage *message)
{
    m_messages.insert(field, message);
}

void FirstRunPage::markEdited()
{
    m_edited = true;
    revalidate();
}

} // namespace Sluice
