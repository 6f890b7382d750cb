// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetrievalWizardPage.h"

#include "ConsoleContext.h"
#include "DomainsWizardPage.h"
#include "EmailDomainTable.h"
#include "FirstRunPlan.h"
#include "ProviderWizardPage.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
const QStringList &methodNames()
{
    static const QStringList names{u"none"_s, u"etrn"_s, u"turn"_s, u"atrn"_s, u"command"_s};
    return names;
}
} // namespace

RetrievalWizardPage::RetrievalWizardPage(ConsoleContext *context, const DomainsWizardPage *domains,
                                         const ProviderWizardPage *provider, QWidget *parent)
    : FirstRunPage(context, parent)
    , m_domains(domains)
    , m_provider(provider)
{
    setTitle(tr("Collecting your mail"));
    setSubTitle(
        tr("While Sluice is not connected, your provider keeps your mail. How does Sluice ask for it?"));
    auto *layout = new QVBoxLayout(this);
    m_methods = new QGroupBox(tr("Collect mail with"), this);
    m_methods->setAccessibleName(tr("How to collect mail"));
    auto *methods = new QVBoxLayout(m_methods);
    m_methodGroup = new QButtonGroup(this);
    m_etrnExplanation = addMethod(methods, Etrn, tr("&ETRN (recommended with a static address)"), QString());
    addMethod(methods, Turn, tr("&TURN"),
              tr("Sluice asks the provider to turn the connection around and takes the mail over it. Few "
                 "providers still offer it; works with a dynamic address."));
    addMethod(
        methods, Atrn, tr("&ATRN, On-Demand Mail Relay (works with a dynamic address)"),
        tr("Sluice logs in to the provider's On-Demand Mail Relay host and takes the mail over the same "
           "connection, so the provider never needs to reach this machine."));
    methods->addWidget(buildAtrn(m_methods));
    addMethod(methods, Command, tr("Run a &command"),
              tr("Sluice runs a program you name, such as fetchmail, to collect the mail."));
    auto *commandForm = new QFormLayout;
    commandForm->setContentsMargins(24, 0, 0, 0);
    m_command = new QLineEdit(m_methods);
    m_command->setPlaceholderText(tr("fetchmail --silent"));
    addField(commandForm, tr("Co&mmand:"), m_command,
             tr("The program and its arguments, run without a shell."),
             tr("Quote arguments that contain spaces. The command gets no password from Sluice."));
    methods->addLayout(commandForm);
    addMethod(methods, None, tr("Nothing: my provider &delivers my mail directly"),
              tr("Choose this when your provider sends your mail to this machine by itself whenever it is "
                 "connected."));
    auto *methodMessage = new InlineMessage(m_methods, m_methods);
    methods->addWidget(methodMessage);
    addMessage(m_methods, methodMessage);
    layout->addWidget(m_methods);
    layout->addStretch();

    prefill();
    connect(m_methodGroup, &QButtonGroup::idToggled, this, [this] {
        onEdited();
        markEdited();
    });
    connect(m_atrnHost, &QLineEdit::textEdited, this, [this] {
        m_atrnHostEdited = true;
        onEdited();
        markEdited();
    });
    connect(m_ownLogin, &QRadioButton::toggled, this, [this] {
        onEdited();
        markEdited();
    });
    connect(m_account, &QLineEdit::textEdited, this, [this] {
        onEdited();
        markEdited();
    });
    connect(m_password, &QLineEdit::textEdited, this, [this] { markEdited(); });
    connect(m_command, &QLineEdit::textEdited, this, [this] { markEdited(); });
    onEdited();
}

QLabel *RetrievalWizardPage::addMethod(QLayout *layout, Method method, const QString &text,
                                       const QString &explanation)
{
    auto *button = new QRadioButton(text, m_methods);
    auto *label = new QLabel(explanation, m_methods);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 4);
    FormFields::describe(button, explanation.isEmpty() ? FormFields::plainText(text) : explanation,
                         QString());
    m_methodGroup->addButton(button, method);
    layout->addWidget(button);
    layout->addWidget(label);
    return label;
}

QWidget *RetrievalWizardPage::buildAtrn(QWidget *parent)
{
    m_atrnDetails = new QWidget(parent);
    auto *form = new QFormLayout(m_atrnDetails);
    form->setContentsMargins(24, 0, 0, 0);
    m_atrnHost = new QLineEdit(m_atrnDetails);
    m_atrnHost->setPlaceholderText(tr("odmr.provider.example:366"));
    addField(form, tr("ATRN &host:"), m_atrnHost,
             tr("The provider's On-Demand Mail Relay host, as HOST or HOST:PORT (port 366 unless given)."),
             tr("Usually the provider's mail host on port 366. Your provider's instructions name it."));
    m_sameLogin = new QRadioButton(tr("Use the &login of the provider's mail host"), m_atrnDetails);
    m_ownLogin = new QRadioButton(tr("Use an&other login:"), m_atrnDetails);
    FormFields::describe(m_sameLogin, tr("Log in with the account entered on the previous page."), QString());
    FormFields::describe(m_ownLogin, tr("The provider gave a separate account for On-Demand Mail Relay."),
                         QString());
    auto *logins = new QButtonGroup(m_atrnDetails);
    logins->addButton(m_sameLogin);
    logins->addButton(m_ownLogin);
    form->addRow(m_sameLogin);
    auto *sameMessage = new InlineMessage(m_sameLogin, m_atrnDetails);
    form->addRow(sameMessage);
    addMessage(m_sameLogin, sameMessage);
    form->addRow(m_ownLogin);
    m_account = new QLineEdit(m_atrnDetails);
    addField(form, tr("Acco&unt:"), m_account, tr("The account for On-Demand Mail Relay."), QString());
    m_password = new QLineEdit(m_atrnDetails);
    m_password->setEchoMode(QLineEdit::Password);
    addField(form, tr("Pass&word:"), m_password, tr("The password of this account."),
             tr("Kept in the desktop's keychain, never in the settings. Leave empty to keep the password "
                "already stored for this account."));
    return m_atrnDetails;
}

void RetrievalWizardPage::prefill()
{
    const Settings *settings = context()->settings();
    const qsizetype index = methodNames().indexOf(settings->stringValue(Keys::RetrievalMethod));
    methodButton(Method(index < 0 ? 0 : index))->setChecked(true);
    m_atrnHost->setText(settings->stringValue(Keys::RetrievalAtrnHost));
    m_atrnHostEdited = !m_atrnHost->text().isEmpty();
    m_storedAuth = settings->stringValue(Keys::RetrievalAuth);
    const bool own = m_storedAuth != "smarthost"_L1 && m_storedAuth != "none"_L1;
    m_ownLogin->setChecked(own);
    m_sameLogin->setChecked(!own);
    m_account->setText(settings->stringValue(Keys::RetrievalAccount));
    m_command->setText(settings->stringValue(Keys::RetrievalCommand));
    if (const QString key = currentSecretKey(); own && !key.isEmpty()) {
        context()->readSecret(key, this, [this, key](const QString &secret) {
            if (secret.isEmpty())
                return;
            m_storedKey = key;
            onEdited();
        });
    }
}

QRadioButton *RetrievalWizardPage::methodButton(Method method) const
{
    return qobject_cast<QRadioButton *>(m_methodGroup->button(method));
}

RetrievalWizardPage::Method RetrievalWizardPage::method() const
{
    const int id = m_methodGroup->checkedId();
    return id < 0 ? None : Method(id);
}

QString RetrievalWizardPage::currentSecretKey() const
{
    return FirstRunPlan::smarthostSecretKey(m_atrnHost->text(), m_account->text().trimmed());
}

void RetrievalWizardPage::initializePage()
{
    const QStringList domains = m_domains->domains();
    m_etrnExplanation->setText(
        tr("The provider holds your mail until Sluice asks for it with ETRN, then sends it to this machine, "
           "which it must be able to reach: choose this with a static address. Sluice asks for the mail of "
           "your domains from the previous step: %1.")
            .arg(domains.join(", "_L1)));
    methodButton(Etrn)->setToolTip(m_etrnExplanation->text());
    // The On-Demand Mail Relay host is usually the provider's host on port 366 (RFC 2645).
    if (!m_atrnHostEdited && !m_provider->hostName().isEmpty())
        m_atrnHost->setText(m_provider->hostName() + ":366"_L1);
    onEdited();
    FirstRunPage::initializePage();
}

void RetrievalWizardPage::onEdited()
{
    const bool atrn = method() == Atrn;
    m_atrnDetails->setEnabled(atrn);
    m_account->setEnabled(atrn && m_ownLogin->isChecked());
    m_password->setEnabled(atrn && m_ownLogin->isChecked());
    m_command->setEnabled(method() == Command);
    const bool stored = !m_storedKey.isEmpty() && currentSecretKey() == m_storedKey;
    m_password->setPlaceholderText(stored ? tr("(stored)") : QString());
    revalidate();
}

QList<WizardProblem> RetrievalWizardPage::problems() const
{
    QList<WizardProblem> found;
    const Settings *settings = context()->settings();
    QString canonical;
    switch (method()) {
    case Etrn:
    case Turn:
        if (m_provider->hostName().isEmpty())
            found.append({m_methods,
                          tr("%1 is sent to your provider's mail host: go back and enter it.")
                              .arg(method() == Etrn ? u"ETRN"_s : u"TURN"_s),
                          false});
        break;
    case Atrn:
        if (m_atrnHost->text().trimmed().isEmpty()) {
            found.append({m_atrnHost, tr("Enter the provider's On-Demand Mail Relay host."), true});
        } else if (const QString error = settings->definition(Keys::RetrievalAtrnHost)
                                             ->canonicalize(m_atrnHost->text(), &canonical);
                   !error.isEmpty()) {
            found.append({m_atrnHost, error, false});
        }
        if (m_sameLogin->isChecked() && !m_provider->hasLogin()) {
            found.append({m_sameLogin,
                          tr("ATRN needs a login: enter one on the previous page, or choose another login."),
                          false});
        } else if (m_ownLogin->isChecked()) {
            if (m_account->text().trimmed().isEmpty())
                found.append({m_account, tr("Enter the account for On-Demand Mail Relay."), true});
            const bool stored = !m_storedKey.isEmpty() && currentSecretKey() == m_storedKey;
            if (m_password->text().isEmpty() && !stored)
                found.append({m_password, tr("Enter the password of this account."), true});
        }
        break;
    case Command:
        if (m_command->text().trimmed().isEmpty()) {
            found.append({m_command, tr("Enter the command that collects your mail."), true});
        } else if (const QString error = settings->definition(Keys::RetrievalCommand)
                                             ->canonicalize(m_command->text(), &canonical);
                   !error.isEmpty()) {
            found.append({m_command, error, false});
        }
        break;
    case None:
        break;
    }
    return found;
}

void RetrievalWizardPage::addTo(FirstRunPlan *plan) const
{
    const Method chosen = method();
    const QString label = tr("Collecting your mail");
    switch (chosen) {
    case None:
        plan->set(Keys::RetrievalMethod, u"none"_s, label,
                  tr("nothing to send; the provider delivers directly"));
        return;
    case Command:
        plan->set(Keys::RetrievalMethod, u"command"_s, label, tr("run a command"));
        plan->set(Keys::RetrievalCommand, m_command->text().trimmed(), tr("Command"));
        return;
    case Etrn:
        plan->set(Keys::RetrievalMethod, u"etrn"_s, label, tr("ETRN to the provider's mail host"));
        // Empty means "the local domains": the ETRN follows step 2 when the domains change later.
        plan->set(Keys::RetrievalDomains, QString(), tr("Domains to ask for"),
                  tr("your office's domains (%1)").arg(m_domains->domains().join(", "_L1)));
        plan->set(Keys::RetrievalEtrnHost, QString(), tr("Send ETRN to"), tr("the provider's mail host"));
        plan->set(Keys::RetrievalAuth, u"smarthost"_s, tr("Login for collecting mail"),
                  tr("the login of the provider's mail host"));
        return;
    case Turn:
        plan->set(Keys::RetrievalMethod, u"turn"_s, label, tr("TURN at the provider's mail host"));
        plan->set(Keys::RetrievalAuth, u"smarthost"_s, tr("Login for collecting mail"),
                  tr("the login of the provider's mail host"));
        return;
    case Atrn:
        break;
    }
    plan->set(Keys::RetrievalMethod, u"atrn"_s, label, tr("ATRN (On-Demand Mail Relay)"));
    plan->set(Keys::RetrievalAtrnHost, m_atrnHost->text().trimmed(), tr("On-Demand Mail Relay host"));
    if (m_sameLogin->isChecked()) {
        plan->set(Keys::RetrievalAuth, u"smarthost"_s, tr("Login for collecting mail"),
                  tr("the login of the provider's mail host"));
        return;
    }
    const bool keep = m_storedAuth != "smarthost"_L1 && m_storedAuth != "none"_L1;
    plan->set(Keys::RetrievalAuth, keep ? m_storedAuth : u"any"_s, tr("Login for collecting mail"),
              tr("its own account"));
    const QString account = m_account->text().trimmed();
    plan->set(Keys::RetrievalAccount, account, tr("Account for On-Demand Mail Relay"));
    if (!m_password->text().isEmpty()) {
        QString host;
        quint16 port = 0;
        QString error;
        EmailDomainEntry::parseHostPort(m_atrnHost->text(), &host, &port, &error);
        plan->addSecret(FirstRunPlan::SecretFor::Retrieval, m_password->text(),
                        tr("Password for %1 at %2").arg(account, host));
    }
}

} // namespace Sluice
