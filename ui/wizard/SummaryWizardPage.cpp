// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryWizardPage.h"

#include "FirstRunPlan.h"
#include "FirstRunWizard.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

SummaryWizardPage::SummaryWizardPage(ConsoleContext *context, QWidget *parent)
    : FirstRunPage(context, parent)
{
    setTitle(tr("Ready to save"));
    setSubTitle(tr("Finish saves these settings. You can change each of them later in the Properties."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Settings to be saved:"), this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    label->setBuddy(m_summary);
    m_summary->setAccessibleName(tr("Settings to be saved"));
    m_summary->setToolTip(tr("What Finish writes, with the name of each setting in brackets."));
    m_summary->setWhatsThis(tr("Each line names a setting in plain words, followed by its key and value as "
                               "`sluice config get` shows them. Passwords are stored in the keychain and "
                               "never shown."));
    layout->addWidget(label);
    layout->addWidget(m_summary, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
}

void SummaryWizardPage::initializePage()
{
    if (auto *firstRun = qobject_cast<FirstRunWizard *>(wizard()))
        m_summary->setPlainText(firstRun->plan().summaryText());
    showStatus(QString(), false);
    FirstRunPage::initializePage();
}

QString SummaryWizardPage::summaryText() const
{
    return m_summary->toPlainText();
}

QString SummaryWizardPage::statusText() const
{
    return m_status->text();
}

void SummaryWizardPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

} // namespace Sluice
