// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogonInformationDialog.h"

#include "ConsoleContext.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sluice {

LogonInformationDialog::LogonInformationDialog(ConsoleContext *context, const QString &secretKey,
                                               const LogonValues &values, QWidget *parent)
    : QDialog(parent)
    , m_initial(values)
{
    setWindowTitle(tr("Logon Information"));
    setMinimumWidth(400);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The account your provider gave you for the dial-up link. Sluice hands it to "
                                "the connect command; the password is kept in the keychain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_account = new QLineEdit(values.account, this);
    m_accountMessage = FormFields::addRow(
        form, tr("&User name:"), m_account, tr("The account name for the dial-up link."),
        tr("Given to the connect and disconnect commands in the environment variable SLUICE_ACCOUNT."));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    if (values.passwordTyped)
        m_password->setText(values.password);
    FormFields::addRow(form, tr("&Password:"), m_password,
                       tr("The password for the dial-up link; leave it as it is to keep the stored one."),
                       tr("Given to the connect and disconnect commands in SLUICE_PASSWORD, never on their "
                          "command line. It is stored in the keychain when you click OK or Apply on the "
                          "property sheet, never in the configuration file."));
    m_domain = new QLineEdit(values.domain, this);
    FormFields::addRow(form, tr("&Domain:"), m_domain, tr("The logon domain, if your provider uses one."),
                       tr("Given to the connect and disconnect commands in SLUICE_DOMAIN. Most providers "
                          "need none."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogonInformationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogonInformationDialog::reject);

    if (!values.passwordTyped && !secretKey.isEmpty()) {
        context->readSecret(secretKey, this, [this](const QString &secret) {
            if (!secret.isEmpty() && m_password->text().isEmpty())
                m_password->setPlaceholderText(tr("(stored)"));
        });
    }
}

LogonValues LogonInformationDialog::values() const
{
    LogonValues result;
    result.account = m_account->text().trimmed();
    result.domain = m_domain->text().trimmed();
    // Untouched means "keep what is stored"; a field cleared by hand means "forget the password".
    result.passwordTyped = m_initial.passwordTyped || m_password->isModified();
    result.password = result.passwordTyped ? m_password->text() : QString();
    return result;
}

bool LogonInformationDialog::validate()
{
    const LogonValues current = values();
    const bool problem = current.account.isEmpty() && current.passwordTyped && !current.password.isEmpty();
    m_accountMessage->showProblem(problem ? tr("Enter the user name the password belongs to.") : QString());
    if (problem)
        m_account->setFocus(Qt::OtherFocusReason);
    return !problem;
}

void LogonInformationDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace Sluice
