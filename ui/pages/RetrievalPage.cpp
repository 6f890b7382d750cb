// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetrievalPage.h"

#include "ConsoleContext.h"
#include "EmailDomainTable.h"
#include "LinkBinder.h"
#include "PropertySheet.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "SettingsRegistry.h"
#include "widgets/DomainListEditor.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// ATRN's own port (RFC 2645) unless the admin wrote one, as LinkBinder does.
QString withAtrnPort(const QString &hostPort)
{
    const bool portGiven = hostPort.startsWith(u'[') ? hostPort.contains("]:"_L1) : hostPort.contains(u':');
    return portGiven || hostPort.isEmpty() ? hostPort : QString(hostPort + ":366"_L1);
}

QString hostOf(const QString &hostPort)
{
    QString host;
    quint16 port = 0;
    QString error;
    EmailDomainEntry::parseHostPort(hostPort, &host, &port, &error);
    return host;
}

} // namespace

RetrievalPage::RetrievalPage(ConsoleContext *context, QWidget *parent)
    : PropertyPage(context, parent)
{
    auto *grid = new QGridLayout(this);
    grid->addWidget(buildMethods(), 0, 0);
    grid->addWidget(buildDomains(), 1, 0);
    grid->addWidget(buildCommand(), 2, 0);
    grid->addWidget(buildHosts(), 0, 1);
    grid->addWidget(buildSecurity(), 1, 1, 2, 1);
    grid->setRowStretch(3, 1);

    bindings()->bind(m_method, Keys::RetrievalMethod);
    bindings()->bindCustom(
        m_domains->view(), Keys::RetrievalDomains,
        [this] { return m_theseDomains->isChecked() ? m_domains->domains().join(", "_L1) : QString(); },
        [this](const QString &text) {
            const QStringList domains = SettingDefinition::splitList(text);
            m_domains->setDomains(domains);
            (domains.isEmpty() ? m_routingDomains : m_theseDomains)->setChecked(true);
        },
        m_domainsMessage);
    bindings()->bindCustom(
        m_etrnHost, Keys::RetrievalEtrnHost,
        [this] { return m_etrnHostCheck->isChecked() ? m_etrnHost->text() : QString(); },
        [this](const QString &text) {
            m_etrnHost->setText(text);
            m_etrnHostCheck->setChecked(!text.isEmpty());
        },
        m_etrnHostMessage);
    bindings()->bind(m_atrnHost, Keys::RetrievalAtrnHost, m_atrnHostMessage);
    bindings()->bind(m_auth, Keys::RetrievalAuth);
    bindings()->bind(m_account, Keys::RetrievalAccount, m_accountMessage);
    bindings()->bind(m_tls, Keys::RetrievalTls);
    bindings()->bind(m_command, Keys::RetrievalCommand, m_commandMessage);
    bindings()->bind(m_commandTime, Keys::RetrievalCommandTimeout);

    connect(m_domains, &DomainListEditor::edited, this, &RetrievalPage::edited);
    connect(m_theseDomains, &QRadioButton::toggled, this, &RetrievalPage::edited);
    connect(m_etrnHost, &QLineEdit::textChanged, this, &RetrievalPage::edited);
    connect(m_etrnHostCheck, &QCheckBox::toggled, this, &RetrievalPage::edited);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_passwordTyped = true;
        Q_EMIT edited();
    });
    connect(this, &RetrievalPage::edited, this, &RetrievalPage::updateEnabled);
}

QString RetrievalPage::title() const
{
    return tr("Mail Re&trieval");
}

QWidget *RetrievalPage::buildMethods()
{
    auto *box = new QGroupBox(tr("After delivering outbound mail"), this);
    auto *layout = new QVBoxLayout(box);
    m_method = new QButtonGroup(this);
    const QList<std::tuple<QString, QString, QString>> choices = {
        {u"none"_s, tr("D&o not send a retrieval command"),
         tr("The provider delivers by itself (or not at all); Sluice only sends mail.")},
        {u"etrn"_s, tr("Retrieve mail using &ETRN"),
         tr("Ask the provider with ETRN to deliver the mail it holds for your domains (RFC 1985).")},
        {u"turn"_s, tr("Issue T&URN after delivering outbound mail"),
         tr("After sending, reverse the roles on the same connection and receive the held mail (RFC 821).")},
        {u"atrn"_s, tr("Retrieve mail using &ATRN (On-Demand Mail Relay)"),
         tr("Log on to the provider's ODMR host (port 366) and reverse the roles: works with a dynamic IP "
            "address, which ETRN does not (RFC 2645).")},
        {u"command"_s, tr("&Run a command"),
         tr("Run a program of your own, for example one that makes the provider start its queue.")},
    };
    for (const auto &[name, text, help] : choices) {
        auto *radio = new QRadioButton(text, box);
        radio->setProperty("choice", name);
        FormFields::describe(radio, help, {});
        m_method->addButton(radio);
        layout->addWidget(radio);
    }
    return box;
}

QWidget *RetrievalPage::buildDomains()
{
    m_domainsBox = new QGroupBox(tr("Ask for mail for (ETRN, ATRN)"), this);
    auto *layout = new QVBoxLayout(m_domainsBox);
    m_routingDomains = new QRadioButton(tr("Domains on the Routing &page"), m_domainsBox);
    FormFields::describe(m_routingDomains, tr("Ask for the local domains listed on the Routing page."), {});
    m_theseDomains = new QRadioButton(tr("Use these do&mains:"), m_domainsBox);
    FormFields::describe(m_theseDomains, tr("Ask for the domains in the list below only."),
                         tr("Write “@example.com” to ask for the domain and all its subdomains."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_routingDomains);
    group->addButton(m_theseDomains);
    m_domains = new DomainListEditor(m_domainsBox);
    m_domains->view()->setAccessibleName(tr("Domains to ask for"));
    FormFields::describe(m_domains->view(), tr("The domains to ask the provider for."), {});
    layout->addWidget(m_routingDomains);
    layout->addWidget(m_theseDomains);
    layout->addWidget(m_domains);
    m_domainsMessage = new InlineMessage(m_domains->view(), m_domainsBox);
    layout->addWidget(m_domainsMessage);
    connect(m_theseDomains, &QRadioButton::toggled, m_domains, &QWidget::setEnabled);
    return m_domainsBox;
}

QWidget *RetrievalPage::buildHosts()
{
    m_hostsBox = new QGroupBox(tr("Provider's host"), this);
    auto *grid = new QGridLayout(m_hostsBox);
    m_etrnHostCheck =
        new QCheckBox(tr("&Send ETRN to this host instead of the outbound mail host:"), m_hostsBox);
    FormFields::describe(m_etrnHostCheck,
                         tr("For providers with separate hosts for inbound and outbound mail."), {});
    m_etrnHost = new QLineEdit(m_hostsBox);
    m_etrnHost->setPlaceholderText(tr("host or host:port"));
    FormFields::describe(m_etrnHost, tr("The host (and port, 25 unless given) to send ETRN to."), {});
    m_etrnHost->setAccessibleName(tr("ETRN host"));
    m_etrnTest = new QPushButton(tr("Test Co&nnection"), m_hostsBox);
    FormFields::describe(m_etrnTest, tr("Connect to the ETRN host and show what it offers; sends no mail."),
                         {});
    grid->addWidget(m_etrnHostCheck, 0, 0, 1, 2);
    grid->addWidget(m_etrnHost, 1, 0);
    grid->addWidget(m_etrnTest, 1, 1);
    m_etrnHostMessage = new InlineMessage(m_etrnHost, m_hostsBox);
    grid->addWidget(m_etrnHostMessage, 2, 0, 1, 2);

    auto *atrnLabel = new QLabel(tr("ATRN &host:"), m_hostsBox);
    m_atrnHost = new QLineEdit(m_hostsBox);
    m_atrnHost->setPlaceholderText(tr("odmr.provider.example"));
    FormFields::describe(atrnLabel, m_atrnHost,
                         tr("The provider's On-Demand Mail Relay host (port 366 unless given)."), {});
    m_atrnTest = new QPushButton(tr("Test &Connection"), m_hostsBox);
    FormFields::describe(m_atrnTest, tr("Connect to the ATRN host, log on, and show what it offers."), {});
    grid->addWidget(atrnLabel, 3, 0, 1, 2);
    grid->addWidget(m_atrnHost, 4, 0);
    grid->addWidget(m_atrnTest, 4, 1);
    m_atrnHostMessage = new InlineMessage(m_atrnHost, m_hostsBox);
    grid->addWidget(m_atrnHostMessage, 5, 0, 1, 2);
    connect(m_etrnTest, &QPushButton::clicked, this, [this] {
        ConnectionTestDialog::openFor(context(), testRequest(ConnectionTestRequest::Purpose::Etrn), this);
    });
    connect(m_atrnTest, &QPushButton::clicked, this, [this] {
        ConnectionTestDialog::openFor(context(), testRequest(ConnectionTestRequest::Purpose::Atrn), this);
    });
    return m_hostsBox;
}

QWidget *RetrievalPage::buildSecurity()
{
    m_securityBox = new QGroupBox(tr("Logging on (ETRN, TURN, ATRN)"), this);
    auto *form = new QFormLayout(m_securityBox);
    m_auth = new QComboBox(m_securityBox);
    m_auth->addItem(tr("As for the outbound mail host"), u"smarthost"_s);
    m_auth->addItem(tr("No authentication"), u"none"_s);
    m_auth->addItem(tr("Any method the host offers"), u"any"_s);
    m_auth->addItem(tr("AUTH LOGIN"), u"login"_s);
    m_auth->addItem(tr("AUTH PLAIN"), u"plain"_s);
    m_auth->addItem(tr("CRAM-MD5"), u"cram-md5"_s);
    FormFields::addRow(form, tr("Lo&g on:"), m_auth, tr("How Sluice authenticates before asking for mail."),
                       tr("“As for the outbound mail host” uses the account, password and TLS set on the "
                          "Security page for it; otherwise the account below is used."));
    m_account = new QLineEdit(m_securityBox);
    m_accountMessage =
        FormFields::addRow(form, tr("Acc&ount:"), m_account, tr("The account for retrieval."), {});
    m_password = new QLineEdit(m_securityBox);
    m_password->setEchoMode(QLineEdit::Password);
    FormFields::addRow(form, tr("Pass&word:"), m_password,
                       tr("The password for retrieval; leave it empty to keep the stored one."),
                       tr("Stored in the keychain when you click OK or Apply, never in the configuration."));
    m_tls = new QComboBox(m_securityBox);
    m_tls->addItem(tr("Use TLS when the host offers it"), u"opportunistic"_s);
    m_tls->addItem(tr("Require TLS"), u"required"_s);
    FormFields::addRow(form, tr("Encr&yption (TLS):"), m_tls,
                       tr("Whether to insist on STARTTLS before logging on."), {});
    return m_securityBox;
}

QWidget *RetrievalPage::buildCommand()
{
    m_commandBox = new QGroupBox(tr("Command"), this);
    auto *form = new QFormLayout(m_commandBox);
    m_command = new QLineEdit(m_commandBox);
    m_command->setPlaceholderText(tr("ssh provider /usr/lib/sendmail -q -Rexample.com"));
    m_commandMessage = FormFields::addRow(
        form, tr("Command &line:"), m_command, tr("The program to run, with its arguments."),
        tr("Run without a shell once the link is up and outbound mail is sent; its output goes to the "
           "connection log. Write sh -c \"…\" to use a shell."));
    m_commandTime = new QSpinBox(m_commandBox);
    m_commandTime->setSuffix(tr(" s"));
    FormFields::addRow(form, tr("Stop it a&fter:"), m_commandTime, tr("Seconds the command may run."), {});
    return m_commandBox;
}

QRadioButton *RetrievalPage::methodChoice(const QString &method) const
{
    for (QAbstractButton *button : m_method->buttons()) {
        if (button->property("choice").toString() == method)
            return qobject_cast<QRadioButton *>(button);
    }
    return nullptr;
}

QString RetrievalPage::currentMethod() const
{
    QAbstractButton *checked = m_method->checkedButton();
    return checked ? checked->property("choice").toString() : u"none"_s;
}

QString RetrievalPage::smarthost() const
{
    // The Connections page in the same sheet may show an outbound mail host not saved yet: it counts,
    // since the sheet saves every page together.
    if (auto *sheet = qobject_cast<PropertySheet *>(window())) {
        if (const QString text = sheet->pendingText(Keys::Smarthost); !text.isEmpty())
            return text;
    }
    return settings()->stringValue(Keys::Smarthost);
}

void RetrievalPage::updateEnabled()
{
    const QString method = currentMethod();
    const bool askingHost = method == "etrn"_L1 || method == "turn"_L1 || method == "atrn"_L1;
    m_domainsBox->setEnabled(method == "etrn"_L1 || method == "atrn"_L1);
    m_domains->setEnabled(m_theseDomains->isChecked());
    m_etrnHostCheck->setEnabled(method == "etrn"_L1);
    m_etrnHost->setEnabled(method == "etrn"_L1 && m_etrnHostCheck->isChecked());
    m_etrnTest->setEnabled(method == "etrn"_L1);
    m_atrnHost->setEnabled(method == "atrn"_L1);
    m_atrnTest->setEnabled(method == "atrn"_L1);
    m_securityBox->setEnabled(askingHost);
    const QString auth = m_auth->currentData().toString();
    m_tls->setEnabled(auth != "smarthost"_L1);
    m_account->setEnabled(auth != "smarthost"_L1 && auth != "none"_L1);
    m_password->setEnabled(m_account->isEnabled());
    m_commandBox->setEnabled(method == "command"_L1);
}

void RetrievalPage::load()
{
    PropertyPage::load();
    m_passwordTyped = false;
    m_password->clear();
    m_password->setPlaceholderText(QString());
    for (InlineMessage *message :
         {m_domainsMessage, m_etrnHostMessage, m_atrnHostMessage, m_accountMessage, m_commandMessage})
        message->clearProblem();
    updateEnabled();
    if (const QString key = LinkBinder::retrievalSecretKey(*settings()); !key.isEmpty()) {
        context()->readSecret(key, this, [this](const QString &secret) {
            if (!secret.isEmpty() && !m_passwordTyped)
                m_password->setPlaceholderText(tr("(stored)"));
        });
    }
}

bool RetrievalPage::hasChanges() const
{
    return PropertyPage::hasChanges() || m_passwordTyped;
}

QList<PageProblem> RetrievalPage::validate()
{
    QList<PageProblem> problems = PropertyPage::validate();
    const auto report = [&problems](InlineMessage *message, QWidget *field, const QString &problem) {
        if (message)
            message->showProblem(problem);
        problems.append({field, problem});
    };
    const QString method = currentMethod();
    const QStringList domains = m_domains->domains();
    const auto twice = std::find_if(domains.begin(), domains.end(),
                                    [&domains](const QString &domain) { return domains.count(domain) > 1; });
    if (twice != domains.end())
        report(m_domainsMessage, m_domains->view(), tr("%1 is in the list twice.").arg(*twice));
    if ((method == "etrn"_L1 || method == "atrn"_L1) && m_theseDomains->isChecked() && domains.isEmpty())
        report(m_domainsMessage, m_domains->view(),
               tr("Add the domains to ask for, or choose the domains on the Routing page."));
    const bool ownEtrnHost = m_etrnHostCheck->isChecked();
    if (method == "etrn"_L1 && ownEtrnHost && m_etrnHost->text().trimmed().isEmpty())
        report(m_etrnHostMessage, m_etrnHost, tr("Enter the host to send ETRN to."));
    else if (method == "etrn"_L1 && !ownEtrnHost && smarthost().isEmpty())
        report(m_etrnHostMessage, m_etrnHostCheck,
               tr("ETRN needs a host to talk to: no outbound mail host is set on the Connections page. "
                  "Send ETRN to a specified host, or set the outbound mail host."));
    if (method == "turn"_L1 && smarthost().isEmpty())
        report(nullptr, methodChoice(u"turn"_s),
               tr("TURN is sent to the outbound mail host, and none is set on the Connections page."));
    if (method == "atrn"_L1 && m_atrnHost->text().trimmed().isEmpty())
        report(m_atrnHostMessage, m_atrnHost, tr("Enter the provider's ATRN host."));
    if (method == "command"_L1 && m_command->text().trimmed().isEmpty())
        report(m_commandMessage, m_command, tr("Enter the command to run."));
    if (m_passwordTyped && m_account->isEnabled() && !m_password->text().isEmpty() &&
        m_account->text().trimmed().isEmpty())
        report(m_accountMessage, m_account, tr("Enter the account the password belongs to."));
    return problems;
}

QString RetrievalPage::save()
{
    if (QString error = PropertyPage::save(); !error.isEmpty())
        return error;
    const QString key = LinkBinder::retrievalSecretKey(*settings());
    if (m_passwordTyped && !key.isEmpty()) {
        ConsoleContext *console = context();
        console->storeSecret(key, m_password->text(), this, [console](bool ok, const QString &) {
            if (ok)
                console->secretsChanged();
        });
    }
    m_passwordTyped = false;
    return {};
}

ConnectionTestRequest RetrievalPage::testRequest(ConnectionTestRequest::Purpose purpose) const
{
    ConnectionTestRequest request;
    request.purpose = purpose;
    const QString outbound = smarthost();
    if (purpose == ConnectionTestRequest::Purpose::Atrn)
        request.hostPort = withAtrnPort(m_atrnHost->text().trimmed());
    else if (m_etrnHostCheck->isChecked() && !m_etrnHost->text().trimmed().isEmpty())
        request.hostPort = m_etrnHost->text().trimmed();
    else
        request.hostPort = outbound;
    if (m_auth->currentData().toString() == "smarthost"_L1) {
        request.auth = settings()->stringValue(Keys::SmarthostAuth);
        request.account = settings()->stringValue(Keys::SmarthostAccount);
        request.tls = settings()->stringValue(Keys::SmarthostTls);
        request.pinnedSha256 = settings()->stringValue(Keys::SmarthostPin);
        if (!request.account.isEmpty())
            request.secretKey = SecretKey::smtpAuth(hostOf(outbound), request.account);
        return request;
    }
    request.auth = m_auth->currentData().toString();
    request.tls = m_tls->currentData().toString();
    request.account = m_account->text().trimmed();
    if (m_passwordTyped)
        request.password = m_password->text();
    if (!request.account.isEmpty() && request.auth != "none"_L1)
        request.secretKey = SecretKey::smtpAuth(hostOf(request.hostPort), request.account);
    return request;
}

} // namespace Sluice
