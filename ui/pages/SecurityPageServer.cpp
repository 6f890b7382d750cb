// SPDX-License-Identifier: GPL-3.0-or-later
// The Security page's groups for Sluice's own server: AUTH in clear text and the accounts, the ETRN
// server that releases held mail, and the ATRN listener.
#include "SecurityPage.h"

#include "ConsoleContext.h"
#include "SettingKeys.h"
#include "dialogs/AccountsDialog.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

QGroupBox *SecurityPage::buildServerGroup()
{
    auto *group = new QGroupBox(tr("Sluice's own server"), this);
    auto *layout = new QVBoxLayout(group);
    m_serverPlaintext = new QCheckBox(tr("Allow A&UTH PLAIN/LOGIN without TLS"), group);
    FormFields::describe(
        m_serverPlaintext, tr("Let clients send their password unencrypted"),
        tr("Offers AUTH PLAIN and LOGIN before STARTTLS, so the password crosses the network "
           "readable. Only for clients on your own network that cannot use TLS. CRAM-MD5 is "
           "always offered."));
    bindings()->bind(m_serverPlaintext, Keys::SmtpPlaintextAuth);
    layout->addWidget(m_serverPlaintext);
    auto *certificate = new QLabel(tr("The STARTTLS certificate is set on the General page."), group);
    certificate->setWordWrap(true);
    layout->addWidget(certificate);
    auto *row = new QHBoxLayout;
    m_accountsButton = new QPushButton(tr("Acc&ounts…"), group);
    FormFields::describe(m_accountsButton, tr("The accounts customers log in to Sluice with"),
                         tr("Add, change or remove the accounts that may log in to Sluice (AUTH) and the "
                            "domains each may pull with ATRN or TURN."));
    connect(m_accountsButton, &QPushButton::clicked, this, &SecurityPage::openAccounts);
    row->addWidget(m_accountsButton);
    row->addStretch();
    layout->addLayout(row);
    return group;
}

QGroupBox *SecurityPage::buildEtrnGroup()
{
    auto *group = new QGroupBox(tr("Releasing held mail (ETRN, ATRN)"), this);
    auto *layout = new QVBoxLayout(group);
    m_etrnEnabled = new QCheckBox(tr("Answer &ETRN requests"), group);
    FormFields::describe(m_etrnEnabled, tr("Let customers ask for the mail held for their domains"),
                         tr("Mail for E-Mail Domain entries with “Queue messages for ETRN” is held until the "
                            "domain's mail server connects and sends ETRN; Sluice then delivers it."));
    bindings()->bind(m_etrnEnabled, Keys::EtrnEnabled);
    layout->addWidget(m_etrnEnabled);

    m_etrnAccess = new QButtonGroup(this);
    const QList<std::pair<QString, QString>> choices{
        {u"any"_s, tr("Any &host may send ETRN")},
        {u"listed"_s, tr("Only the &listed hosts")},
        {u"authenticated"_s, tr("Only clients that have logged i&n")}};
    for (const auto &[choice, text] : choices) {
        auto *button = new QRadioButton(text, group);
        button->setProperty("choice", choice);
        FormFields::describe(button, tr("Who may ask for held mail"),
                             tr("Others are told the domain is not held here. Logged-in clients use the "
                                "accounts of the Accounts… list."));
        m_etrnAccess->addButton(button);
        layout->addWidget(button);
    }
    bindings()->bind(m_etrnAccess, Keys::EtrnAccess);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_etrnHosts = new QLineEdit(group);
    m_etrnHosts->setPlaceholderText(tr("192.0.2.7, 198.51.100.0/24"));
    m_etrnHostsMessage = FormFields::addRow(form, tr("Listed host&s:"), m_etrnHosts,
                                            tr("The addresses or networks that may send ETRN"),
                                            tr("IP addresses or networks (CIDR), separated by commas."));
    bindings()->bind(m_etrnHosts, Keys::EtrnHosts, m_etrnHostsMessage);
    m_holdTimeout = new QSpinBox(group);
    m_holdTimeout->setSuffix(tr(" hours"));
    bindings()->bind(m_holdTimeout, Keys::HoldTimeoutHours,
                     FormFields::addRow(form, tr("Hold mail for at &most:"), m_holdTimeout,
                                        tr("How long mail may wait for ETRN"),
                                        tr("After this many hours the sender gets a failure report and the "
                                           "held message is dropped.")));

    m_atrnEnabled = new QCheckBox(tr("Accept AT&RN on:"), group);
    FormFields::describe(m_atrnEnabled, tr("Let customers with changing addresses pull their mail (ATRN)"),
                         tr("On-Demand Mail Relay: the customer connects, logs in with an account and Sluice "
                            "turns the connection round to deliver the held mail. Usually on port 366."));
    m_atrnListen = new QLineEdit(group);
    m_atrnListen->setPlaceholderText(u"*:366"_s);
    m_atrnListen->setToolTip(tr("The address and port to listen on for ATRN, such as *:366"));
    m_atrnListen->setWhatsThis(
        tr("ADDRESS:PORT: * for every address, or one address such as 192.0.2.1:366 or "
           "[::1]:366."));
    m_atrnListen->setAccessibleName(tr("ATRN address and port"));
    form->addRow(m_atrnEnabled, m_atrnListen);
    m_atrnMessage = new InlineMessage(m_atrnListen, group);
    form->addRow(QString(), m_atrnMessage);
    bindings()->bindCustom(
        m_atrnListen, Keys::AtrnListen,
        [this] { return m_atrnEnabled->isChecked() ? m_atrnListen->text() : QString(); },
        [this](const QString &text) {
            m_atrnEnabled->setChecked(!text.isEmpty());
            m_atrnListen->setText(text);
        },
        m_atrnMessage);
    connect(m_atrnEnabled, &QCheckBox::toggled, this, &PropertyPage::edited);
    connect(m_atrnListen, &QLineEdit::textChanged, this, &PropertyPage::edited);
    setTabOrder(m_holdTimeout, m_atrnEnabled);
    setTabOrder(m_atrnEnabled, m_atrnListen);
    return group;
}

QRadioButton *SecurityPage::etrnAccessButton(const QString &choice) const
{
    for (QAbstractButton *button : m_etrnAccess->buttons()) {
        if (button->property("choice").toString() == choice)
            return qobject_cast<QRadioButton *>(button);
    }
    return nullptr;
}

AccountsDialog *SecurityPage::openAccounts()
{
    auto *dialog = new AccountsDialog(context(), m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &AccountsDialog::passwordTyped, this,
        [this](const QString &name, const QString &password) { m_accountPasswords.insert(name, password); });
    connect(dialog, &AccountsDialog::edited, this, &PropertyPage::edited);
    dialog->open();
    return dialog;
}

} // namespace Sluice
