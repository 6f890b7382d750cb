// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderWizardPage.h"

#include "ConsoleContext.h"
#include "EmailDomainTable.h"
#include "FirstRunPlan.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

ProviderWizardPage::ProviderWizardPage(ConsoleContext *context, QWidget *parent)
    : FirstRunPage(context, parent)
{
    setTitle(tr("Your provider's mail host"));
    setSubTitle(tr("Your Internet provider told you the name of its mail server, and whether it asks for a "
                   "login. It is often called the outgoing mail or SMTP server."));
    auto *layout = new QVBoxLayout(this);
    auto *hostForm = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("smtp.provider.example"));
    addField(hostForm, tr("Provider's &mail host:"), m_host,
             tr("The provider's mail server, as HOST or HOST:PORT (port 25 unless given)."),
             tr("Sluice sends your outgoing mail to this host when you choose so below, and asks it for "
                "your held mail (ETRN or TURN). Add :587 or another port only when the provider says so."));
    layout->addLayout(hostForm);

    auto *outgoing = new QGroupBox(tr("Outgoing mail"), this);
    auto *outgoingLayout = new QVBoxLayout(outgoing);
    m_throughProvider =
        new QRadioButton(tr("Send all outgoing mail &through the provider's mail host"), outgoing);
    m_direct = new QRadioButton(tr("Deliver outgoing mail di&rectly to each recipient's mail server (DNS)"),
                                outgoing);
    FormFields::describe(m_throughProvider, tr("Recommended: the provider passes your mail on."),
                         tr("The provider's host (a smarthost) delivers your mail to the recipients. Choose "
                            "this with a dial-up or dynamic address: many servers refuse mail sent directly "
                            "from such addresses."));
    FormFields::describe(m_direct, tr("Look up each recipient domain's mail servers and deliver to them."),
                         tr("Only with a static address whose reverse DNS name matches this server, and "
                            "when the provider does not block outgoing connections to port 25."));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_throughProvider);
    modes->addButton(m_direct);
    outgoingLayout->addWidget(m_throughProvider);
    outgoingLayout->addWidget(m_direct);
    layout->addWidget(outgoing);

    auto *loginGroup = new QGroupBox(tr("Login"), this);
    auto *loginLayout = new QVBoxLayout(loginGroup);
    m_login = new QCheckBox(tr("My provider asks for a &login (account and password)"), loginGroup);
    FormFields::describe(m_login, tr("Log in to the provider's mail host before sending or collecting mail."),
                         tr("Most providers ask for the account and password of your mail account, also "
                            "called SMTP authentication."));
    loginLayout->addWidget(m_login);
    auto *loginForm = new QFormLayout;
    m_account = new QLineEdit(loginGroup);
    addField(loginForm, tr("&Account:"), m_account, tr("The account name the provider gave you."),
             tr("Often your e-mail address or a customer number."));
    m_password = new QLineEdit(loginGroup);
    m_password->setEchoMode(QLineEdit::Password);
    addField(loginForm, tr("&Password:"), m_password, tr("The password of this account."),
             tr("Kept in the desktop's keychain, never in the settings. Leave empty to keep the password "
                "already stored for this account."));
    loginLayout->addLayout(loginForm);
    layout->addWidget(loginGroup);
    layout->addStretch();

    const Settings *settings = context->settings();
    m_host->setText(settings->stringValue(Keys::Smarthost));
    const bool throughProvider = settings->stringValue(Keys::DeliveryMode) == "smarthost"_L1;
    m_throughProvider->setChecked(throughProvider || !settings->isExplicit(Keys::DeliveryMode));
    m_direct->setChecked(!m_throughProvider->isChecked());
    m_storedAuth = settings->stringValue(Keys::SmarthostAuth);
    m_login->setChecked(m_storedAuth != "none"_L1);
    m_account->setText(settings->stringValue(Keys::SmarthostAccount));
    if (const QString key = currentSecretKey(); m_login->isChecked() && !key.isEmpty()) {
        context->readSecret(key, this, [this, key](const QString &secret) {
            if (secret.isEmpty())
                return;
            m_storedKey = key;
            onEdited();
        });
    }

    connect(m_host, &QLineEdit::textEdited, this, [this] {
        onEdited();
        markEdited();
    });
    connect(m_account, &QLineEdit::textEdited, this, [this] {
        onEdited();
        markEdited();
    });
    connect(m_password, &QLineEdit::textEdited, this, [this] { markEdited(); });
    connect(m_throughProvider, &QRadioButton::toggled, this, [this] { markEdited(); });
    connect(m_login, &QCheckBox::toggled, this, [this] {
        onEdited();
        markEdited();
    });
    onEdited();
    revalidate();
}

QString ProviderWizardPage::currentSecretKey() const
{
    return FirstRunPlan::smarthostSecretKey(m_host->text(), m_account->text().trimmed());
}

void ProviderWizardPage::onEdited()
{
    m_account->setEnabled(m_login->isChecked());
    m_password->setEnabled(m_login->isChecked());
    // "(stored)" only while host and account are those the stored password belongs to.
    const bool stored = !m_storedKey.isEmpty() && currentSecretKey() == m_storedKey;
    m_password->setPlaceholderText(stored ? tr("(stored)") : QString());
    revalidate();
}

QString ProviderWizardPage::hostName() const
{
    QString host;
    quint16 port = 0;
    QString error;
    return EmailDomainEntry::parseHostPort(m_host->text(), &host, &port, &error) ? host : QString();
}

bool ProviderWizardPage::hasLogin() const
{
    return m_login->isChecked();
}

QList<WizardProblem> ProviderWizardPage::problems() const
{
    QList<WizardProblem> found;
    const QString host = m_host->text().trimmed();
    if (host.isEmpty()) {
        if (m_throughProvider->isChecked())
            found.append(
                {m_host, tr("Enter your provider's mail host, such as smtp.provider.example."), true});
        else if (m_login->isChecked())
            found.append({m_host, tr("The login is for the provider's mail host: enter the host."), true});
    } else {
        QString canonical;
        const QString error =
            context()->settings()->definition(Keys::Smarthost)->canonicalize(host, &canonical);
        if (!error.isEmpty())
            found.append({m_host, error, false});
    }
    if (m_login->isChecked()) {
        if (m_account->text().trimmed().isEmpty())
            found.append({m_account, tr("Enter the account name your provider gave you."), true});
        const bool stored = !m_storedKey.isEmpty() && currentSecretKey() == m_storedKey;
        if (m_password->text().isEmpty() && !stored)
            found.append({m_password, tr("Enter the password of this account."), true});
    }
    return found;
}

void ProviderWizardPage::addTo(FirstRunPlan *plan) const
{
    const bool through = m_throughProvider->isChecked();
    plan->set(Keys::DeliveryMode, through ? u"smarthost"_s : u"dns"_s, tr("Outgoing mail"),
              through ? tr("through the provider's mail host")
                      : tr("directly to the recipients' servers (DNS)"));
    plan->set(Keys::Smarthost, m_host->text().trimmed(), tr("Provider's mail host"));
    if (!m_login->isChecked()) {
        plan->set(Keys::SmarthostAuth, u"none"_s, tr("Login at the provider"), tr("no"));
        return;
    }
    // A mechanism chosen on the Security page (login, plain, cram-md5) is kept; "any" otherwise.
    const QString auth = m_storedAuth == "none"_L1 ? u"any"_s : m_storedAuth;
    plan->set(Keys::SmarthostAuth, auth, tr("Login at the provider"), tr("yes (%1)").arg(auth));
    const QString account = m_account->text().trimmed();
    plan->set(Keys::SmarthostAccount, account, tr("Account at the provider"));
    if (!m_password->text().isEmpty())
        plan->addSecret(FirstRunPlan::SecretFor::Smarthost, m_password->text(),
                        tr("Password for %1 at %2").arg(account, hostName()));
}

} // namespace Sluice
