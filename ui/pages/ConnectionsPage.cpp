// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionsPage.h"

#include "ConsoleContext.h"
#include "EmailDomainModel.h"
#include "EmailDomainTable.h"
#include "EngineBinder.h"
#include "HostRuleModel.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "dialogs/ConnectionTestDialog.h"
#include "dialogs/EmailDomainListDialog.h"
#include "dialogs/HostsDialog.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Sluice {

ConnectionsPage::ConnectionsPage(ConsoleContext *context, QWidget *parent)
    : PropertyPage(context, parent)
    , m_domains(new EmailDomainModel(context->emailDomains(), this))
    , m_hosts(new HostRuleModel(context->hostRules(), this))
{
    auto *grid = new QGridLayout(this);
    grid->addWidget(buildTransferMode(), 0, 0);
    grid->addWidget(buildAcceptFrom(), 0, 1);
    grid->addWidget(buildDelivery(), 1, 0, 1, 2);
    grid->addWidget(buildLimits(), 2, 0);
    grid->addWidget(buildRetries(), 2, 1);
    grid->setRowStretch(3, 1);

    // Any change to a staged list may enable Apply. Queued: the model marks itself staged only after
    // it has announced the new rows, and hasChanges() must see that.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_domains), static_cast<QAbstractItemModel *>(m_hosts)}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &PropertyPage::edited, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsMoved, this, &PropertyPage::edited, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::dataChanged, this, &PropertyPage::edited, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::modelReset, this, &PropertyPage::edited, Qt::QueuedConnection);
    }
}

QString ConnectionsPage::title() const
{
    return tr("&Connections");
}

QRadioButton *ConnectionsPage::choiceButton(QWidget *parent, const QString &text, const QString &choice,
                                            const QString &toolTip)
{
    auto *button = new QRadioButton(text, parent);
    button->setProperty("choice", choice);
    FormFields::describe(button, toolTip, QString());
    return button;
}

QWidget *ConnectionsPage::buildTransferMode()
{
    auto *group = new QGroupBox(tr("Transfer mode"), this);
    auto *layout = new QVBoxLayout(group);
    auto *buttons = new QButtonGroup(group);
    m_transferModes = {
        choiceButton(group, tr("&Inbound && outbound"), u"inbound_outbound"_s,
                     tr("Accept mail from other servers and deliver queued mail.")),
        choiceButton(group, tr("Inbound o&nly"), u"inbound_only"_s,
                     tr("Accept mail; keep outbound mail queued.")),
        choiceButton(group, tr("O&utbound only"), u"outbound_only"_s,
                     tr("Deliver queued mail; accept no new mail from other servers.")),
        choiceButton(group, tr("N&one (flush queues)"), u"none"_s,
                     tr("Accept nothing new and deliver nothing but what is already queued for local "
                        "mailboxes.")),
    };
    for (QRadioButton *button : std::as_const(m_transferModes)) {
        buttons->addButton(button);
        layout->addWidget(button);
    }
    bindings()->bind(buttons, Keys::TransferMode);
    return group;
}

QWidget *ConnectionsPage::buildDelivery()
{
    auto *group = new QGroupBox(tr("Message delivery"), this);
    auto *layout = new QGridLayout(group);
    auto *buttons = new QButtonGroup(group);
    m_dns = choiceButton(group, tr("Use &domain name system (DNS)"), u"dns"_s,
                         tr("Look up each domain's mail servers (MX records) and deliver to them."));
    m_forward = choiceButton(group, tr("&Forward all messages to host:"), u"smarthost"_s,
                             tr("Send all outbound mail to your provider's mail server (a smarthost)."));
    m_forward->setWhatsThis(tr("Most dial-up and home connections must send through their provider's "
                               "server: give it as NAME or NAME:PORT (587 for submission). Its TLS and "
                               "login are set on the Security page."));
    buttons->addButton(m_dns);
    buttons->addButton(m_forward);
    bindings()->bind(buttons, Keys::DeliveryMode);
    m_smarthost = new QLineEdit(group);
    m_smarthost->setPlaceholderText(u"mail.provider.example:587"_s);
    m_smarthost->setToolTip(tr("The host (and port) all outbound mail is forwarded to."));
    m_smarthost->setWhatsThis(m_forward->whatsThis());
    m_smarthost->setAccessibleName(tr("Forward all messages to host"));
    m_smarthostMessage = new InlineMessage(m_smarthost, group);
    bindings()->bind(m_smarthost, Keys::Smarthost, m_smarthostMessage);
    m_test = new QPushButton(tr("Te&st connection"), group);
    FormFields::describe(m_test, tr("Connect to the host now and show what it offers; no mail is sent."),
                         tr("Shows the greeting, the extensions offered (ETRN, ATRN, AUTH mechanisms, "
                            "STARTTLS) and the certificate, tries to log in with the Security page's "
                            "account, and shows the conversation."));
    m_emailDomains = new QPushButton(tr("&E-Mail Domain…"), group);
    FormFields::describe(m_emailDomains, tr("Domains delivered differently from other mail."),
                         tr("Forward a domain to its own host or use DNS for it, hold its mail for ETRN, "
                            "and set its TLS and login."));
    layout->addWidget(m_dns, 0, 0, 1, 3);
    layout->addWidget(m_forward, 1, 0);
    layout->addWidget(m_smarthost, 1, 1);
    layout->addWidget(m_test, 1, 2);
    layout->addWidget(m_smarthostMessage, 2, 1, 1, 2);
    layout->addWidget(m_emailDomains, 3, 2);
    layout->setColumnStretch(1, 1);
    connect(m_forward, &QRadioButton::toggled, this, &ConnectionsPage::updateEnabled);
    connect(m_smarthost, &QLineEdit::textChanged, this, &ConnectionsPage::updateEnabled);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsPage::testSmarthost);
    connect(m_emailDomains, &QPushButton::clicked, this, &ConnectionsPage::openEmailDomains);
    return group;
}

QWidget *ConnectionsPage::buildAcceptFrom()
{
    auto *group = new QGroupBox(tr("Accept connections"), this);
    auto *layout = new QVBoxLayout(group);
    auto *buttons = new QButtonGroup(group);
    m_acceptFrom = {
        choiceButton(group, tr("From &any host"), u"any"_s,
                     tr("Any client may send mail (relaying stays limited to local domains).")),
        choiceButton(group, tr("Only from hosts using aut&hentication"), u"authenticated"_s,
                     tr("Only clients that log in (AUTH) may send mail; others get 530.")),
        choiceButton(group, tr("Only from hosts using authentication and T&LS"), u"authenticated_tls"_s,
                     tr("Only clients that log in over an encrypted (STARTTLS) connection may send mail.")),
    };
    for (QRadioButton *button : std::as_const(m_acceptFrom)) {
        buttons->addButton(button);
        layout->addWidget(button);
    }
    bindings()->bind(buttons, Keys::AcceptFrom);
    m_hostsButton = new QPushButton(tr("Hos&ts…"), group);
    FormFields::describe(m_hostsButton, tr("Accept or reject clients by address, and allow relaying."),
                         tr("An ordered list of addresses and networks: the first row that matches a client "
                            "accepts or rejects it, and may allow it to relay."));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_hostsButton);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_hostsButton, &QPushButton::clicked, this, &ConnectionsPage::openHosts);
    return group;
}

QSpinBox *ConnectionsPage::spinRow(QFormLayout *form, const QString &label, QLatin1StringView key,
                                   const QString &toolTip)
{
    auto *field = new QSpinBox(form->parentWidget());
    bindings()->bind(field, key, FormFields::addRow(form, label, field, toolTip, QString()));
    return field;
}

QWidget *ConnectionsPage::buildLimits()
{
    auto *group = new QGroupBox(tr("Limits"), this);
    auto *form = new QFormLayout(group);
    m_maxConnections = spinRow(form, tr("&Maximum inbound connections:"), Keys::MaxConnections,
                               tr("How many SMTP clients may be connected at once (IMS default 30)."));
    m_maxPerHost = spinRow(form, tr("Connections &per host:"), Keys::MaxConnectionsPerHost,
                           tr("How many connections one client address may hold at once."));
    m_outboundConnections = spinRow(form, tr("Ma&ximum outbound connections:"), Keys::OutboundMaxConnections,
                                    tr("How many outbound connections may be open at once."));
    m_messagesPerConnection =
        spinRow(form, tr("Messages per &connection:"), Keys::OutboundMessagesPerConnection,
                tr("How many messages are sent over one outbound connection before it is closed."));
    return group;
}

QWidget *ConnectionsPage::buildRetries()
{
    auto *group = new QGroupBox(tr("Retries"), this);
    auto *form = new QFormLayout(group);
    m_retry = new QLineEdit(group);
    m_retry->setPlaceholderText(u".25, .5, 1, 4"_s);
    bindings()->bind(
        m_retry, Keys::RetryHours,
        FormFields::addRow(form, tr("&Retry intervals (hours):"), m_retry,
                           tr("Hours between delivery attempts, in order; the last one repeats."),
                           tr("For example .25, .5, 1, 4: the first retry after 15 minutes, "
                              "then after half an hour, an hour, and every 4 hours after that.")));
    m_timeout = spinRow(form, tr("Messa&ge time-out (hours):"), Keys::MessageTimeoutHours,
                        tr("After this many hours undeliverable mail is returned to its sender with a "
                           "delivery-failure report."));
    return group;
}

void ConnectionsPage::updateEnabled()
{
    m_smarthost->setEnabled(m_forward->isChecked());
    m_test->setEnabled(m_forward->isChecked() && !m_smarthost->text().trimmed().isEmpty());
}

QRadioButton *ConnectionsPage::transferModeButton(const QString &choice) const
{
    for (QRadioButton *button : m_transferModes) {
        if (button->property("choice").toString() == choice)
            return button;
    }
    return nullptr;
}

QRadioButton *ConnectionsPage::acceptFromButton(const QString &choice) const
{
    for (QRadioButton *button : m_acceptFrom) {
        if (button->property("choice").toString() == choice)
            return button;
    }
    return nullptr;
}

void ConnectionsPage::load()
{
    PropertyPage::load();
    m_pendingPasswords.clear();
    m_domains->reload();
    m_hosts->reload();
    updateEnabled();
}

bool ConnectionsPage::hasChanges() const
{
    return PropertyPage::hasChanges() || m_domains->hasChanges() || m_hosts->hasChanges() ||
           !m_pendingPasswords.isEmpty();
}

QList<PageProblem> ConnectionsPage::validate()
{
    QList<PageProblem> problems = PropertyPage::validate();
    if (m_forward->isChecked() && m_smarthost->text().trimmed().isEmpty()) {
        const QString message = tr("Enter the host to forward all messages to, or choose DNS.");
        m_smarthostMessage->showProblem(message);
        problems.append({m_smarthost, message});
    }
    return problems;
}

QString ConnectionsPage::save()
{
    if (const QString error = PropertyPage::save(); !error.isEmpty())
        return error;
    QSet<QString> keysBefore;
    for (const EmailDomainEntry &entry : context()->emailDomains()->entries()) {
        if (!entry.account.isEmpty())
            keysBefore.insert(entry.secretKey());
    }
    if (const QString error = m_domains->save(); !error.isEmpty())
        return error;
    if (const QString error = m_hosts->save(); !error.isEmpty())
        return error;
    // The rows are saved first, so that the engine never reads a password for a domain it does not know
    // yet; the context has it read the passwords again once stored, and reports a failure itself.
    // Passwords no route needs any more (entry removed, account changed, no AUTH) leave the store, and
    // one typed for an entry removed before saving is never stored; a key the smarthost shares stays.
    const QStringList needed = EngineBinder::neededSecretKeys(*settings(), context()->emailDomains());
    const QHash<QString, QString> passwords = std::exchange(m_pendingPasswords, {});
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
        if (needed.contains(it.key()))
            context()->storeSecret(it.key(), it.value(), this, {});
    }
    for (const QString &key : std::as_const(keysBefore)) {
        if (!needed.contains(key))
            context()->storeSecret(key, QString(), this, {});
    }
    return {};
}

EmailDomainListDialog *ConnectionsPage::openEmailDomains()
{
    auto *dialog = new EmailDomainListDialog(context(), m_domains, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPasswordPending([this](const QString &key) { return m_pendingPasswords.contains(key); });
    connect(dialog, &EmailDomainListDialog::passwordTyped, this,
            [this](const QString &key, const QString &password) {
                m_pendingPasswords.insert(key, password);
                Q_EMIT edited();
            });
    dialog->open();
    return dialog;
}

HostsDialog *ConnectionsPage::openHosts()
{
    auto *dialog = new HostsDialog(m_hosts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ConnectionsPage::testSmarthost()
{
    // The smarthost as typed; its TLS and login as stored (they are edited on the Security page).
    ConnectionTestRequest request;
    request.purpose = ConnectionTestRequest::Purpose::Outbound;
    request.hostPort = m_smarthost->text().trimmed();
    request.tls = settings()->stringValue(Keys::SmarthostTls);
    request.auth = settings()->stringValue(Keys::SmarthostAuth);
    request.account = settings()->stringValue(Keys::SmarthostAccount);
    request.pinnedSha256 = settings()->stringValue(Keys::SmarthostPin);
    QString host;
    quint16 port = 0;
    QString error;
    if (EmailDomainEntry::parseHostPort(request.hostPort, &host, &port, &error))
        request.secretKey = SecretKey::smtpAuth(host, request.account);
    ConnectionTestDialog::openFor(context(), request, this);
}

} // namespace Sluice
