// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailDomainDialog.h"

#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

EmailDomainDialog::EmailDomainDialog(const EmailDomainEntry &entry, const QStringList &otherDomains,
                                     QWidget *parent)
    : QDialog(parent)
    , m_otherDomains(otherDomains)
{
    setWindowTitle(entry.domain.isEmpty() ? tr("Add E-Mail Domain")
                                          : tr("E-Mail Domain %1").arg(entry.domain));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QWidget(this);
    auto *form = new QFormLayout(top);
    form->setContentsMargins(0, 0, 0, 0);
    m_domain = new QLineEdit(top);
    m_domain->setPlaceholderText(u"branch.example"_s);
    m_domainMessage =
        FormFields::addRow(form, tr("&Domain:"), m_domain, tr("The domain these settings are for."),
                           tr("Mail to this domain and to its subdomains leaves as set "
                              "below, whatever the Connections page says for other mail."));
    layout->addWidget(top);
    layout->addWidget(buildDelivery());
    layout->addWidget(buildSecurity());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EmailDomainDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EmailDomainDialog::reject);
    layout->addWidget(m_buttons);
    showEntry(entry);
}

QWidget *EmailDomainDialog::buildDelivery()
{
    auto *group = new QGroupBox(tr("Message delivery"), this);
    auto *form = new QFormLayout(group);
    m_dns = new QRadioButton(tr("Use domain name &system (DNS)"), group);
    FormFields::describe(m_dns, tr("Deliver to the mail servers the domain's MX records name."), QString());
    form->addRow(m_dns);
    m_forward = new QRadioButton(tr("&Forward to host:"), group);
    auto *choice = new QButtonGroup(group);
    choice->addButton(m_dns);
    choice->addButton(m_forward);
    m_host = new QLineEdit(group);
    m_host->setPlaceholderText(u"mail.provider.example:587"_s);
    FormFields::describe(m_forward, tr("Send all mail for this domain to one host."),
                         tr("Give the host as NAME, NAME:PORT, an IP address, or [IPv6]:PORT. The port is 25 "
                            "unless given."));
    m_host->setToolTip(tr("The host (and port) mail for this domain is forwarded to."));
    m_host->setWhatsThis(m_forward->whatsThis());
    m_host->setAccessibleName(tr("Forward to host"));
    form->addRow(m_forward, m_host);
    m_hostMessage = new InlineMessage(m_host, group);
    form->addRow(QString(), m_hostMessage);
    m_hold = new QCheckBox(tr("&Queue messages for ETRN"), group);
    FormFields::describe(m_hold, tr("Hold mail for this domain until its owner asks for it with ETRN."),
                         tr("Held mail is not delivered and never bounces while held, except at the "
                            "message time-out. The domain's server releases it with ETRN, or with ATRN "
                            "or TURN after logging in."));
    form->addRow(m_hold);
    connect(m_forward, &QRadioButton::toggled, this, &EmailDomainDialog::updateEnabled);
    return group;
}

QWidget *EmailDomainDialog::buildSecurity()
{
    auto *group = new QGroupBox(tr("Outbound security"), this);
    auto *form = new QFormLayout(group);
    m_tls = new QComboBox(group);
    m_tls->addItem(tr("When offered (opportunistic)"), u"opportunistic"_s);
    m_tls->addItem(tr("Required"), u"required"_s);
    FormFields::addRow(form, tr("&TLS:"), m_tls, tr("Whether mail for this domain may travel unencrypted."),
                       tr("Required: mail is only sent after STARTTLS with a certificate the system trusts "
                          "(or the pinned one below); otherwise it waits and is retried."));
    m_pin = new QLineEdit(group);
    m_pin->setPlaceholderText(tr("(none)"));
    m_pinMessage = FormFields::addRow(form, tr("&Pinned certificate (SHA-256):"), m_pin,
                                      tr("The SHA-256 fingerprint of a self-signed certificate to accept."),
                                      tr("For a provider with a self-signed certificate: its SHA-256 "
                                         "fingerprint, 64 hexadecimal digits (colons allowed)."));
    m_auth = new QComboBox(group);
    m_auth->addItem(tr("None"), u"none"_s);
    m_auth->addItem(tr("Any the server offers"), u"any"_s);
    m_auth->addItem(u"LOGIN"_s, u"login"_s);
    m_auth->addItem(u"PLAIN"_s, u"plain"_s);
    m_auth->addItem(u"CRAM-MD5"_s, u"cram-md5"_s);
    FormFields::addRow(form, tr("&Authentication:"), m_auth,
                       tr("How Sluice logs in to the receiving server."),
                       tr("AUTH LOGIN is what the IMS sent; Any picks the best mechanism offered."));
    m_account = new QLineEdit(group);
    m_accountMessage = FormFields::addRow(form, tr("A&ccount:"), m_account,
                                          tr("The account name Sluice logs in with."), QString());
    m_password = new QLineEdit(group);
    m_password->setEchoMode(QLineEdit::Password);
    FormFields::addRow(form, tr("Pass&word:"), m_password, tr("The password for the account."),
                       tr("Kept in the system keychain when the page is saved, never in the configuration "
                          "file. Leave empty to keep the stored password."));
    m_plaintext = new QCheckBox(tr("Allow p&lain-text AUTH without TLS"), group);
    FormFields::describe(m_plaintext, tr("Send the password with PLAIN or LOGIN even without TLS."),
                         tr("Only for a provider on a trusted network: the password crosses the network "
                            "readable."));
    form->addRow(m_plaintext);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &EmailDomainDialog::updateEnabled);
    return group;
}

void EmailDomainDialog::showEntry(const EmailDomainEntry &entry)
{
    m_domain->setText(entry.domain);
    m_dns->setChecked(!entry.forward);
    m_forward->setChecked(entry.forward);
    if (entry.forward) {
        const QString host = entry.host.contains(u':') ? QString(u'[' + entry.host + u']') : entry.host;
        m_host->setText(entry.port == 25 ? host : u"%1:%2"_s.arg(host).arg(entry.port));
    }
    m_hold->setChecked(entry.hold);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(entry.tls)));
    m_pin->setText(entry.pinnedSha256);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(entry.auth)));
    m_account->setText(entry.account);
    m_plaintext->setChecked(entry.plaintextAuth);
    updateEnabled();
}

void EmailDomainDialog::setPasswordStored(bool stored)
{
    m_password->setPlaceholderText(stored ? tr("(stored)") : QString());
}

void EmailDomainDialog::updateEnabled()
{
    m_host->setEnabled(m_forward->isChecked());
    const bool authenticates = m_auth->currentData().toString() != "none"_L1;
    m_account->setEnabled(authenticates);
    m_password->setEnabled(authenticates);
    m_plaintext->setEnabled(authenticates);
}

QString EmailDomainDialog::normalisedPin() const
{
    QString pin = m_pin->text().trimmed().toLower();
    pin.remove(u':');
    pin.remove(u' ');
    return pin;
}

EmailDomainEntry EmailDomainDialog::entry() const
{
    EmailDomainEntry entry;
    entry.domain = m_domain->text().trimmed().toLower();
    entry.forward = m_forward->isChecked();
    if (entry.forward) {
        QString error;
        EmailDomainEntry::parseHostPort(m_host->text(), &entry.host, &entry.port, &error);
    }
    entry.hold = m_hold->isChecked();
    entry.tls = m_tls->currentData().toString();
    entry.pinnedSha256 = normalisedPin();
    entry.auth = m_auth->currentData().toString();
    if (entry.auth != "none"_L1) {
        entry.account = m_account->text().trimmed();
        entry.plaintextAuth = m_plaintext->isChecked();
    }
    return entry;
}

QString EmailDomainDialog::password() const
{
    return m_auth->currentData().toString() == "none"_L1 ? QString() : m_password->text();
}

QString EmailDomainDialog::domainProblem() const
{
    EmailDomainEntry probe;
    probe.domain = m_domain->text().trimmed().toLower();
    if (probe.domain.isEmpty())
        return tr("Enter the domain, such as branch.example.");
    if (const QString problem = probe.validate(); !problem.isEmpty())
        return problem;
    if (m_otherDomains.contains(probe.domain))
        return tr("%1 is already in the list; edit that entry instead.").arg(probe.domain);
    return {};
}

QString EmailDomainDialog::hostProblem() const
{
    if (!m_forward->isChecked())
        return {};
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the host to forward to.");
    QString host;
    quint16 port = 0;
    QString error;
    return EmailDomainEntry::parseHostPort(m_host->text(), &host, &port, &error) ? QString() : error;
}

QString EmailDomainDialog::pinProblem() const
{
    EmailDomainEntry probe;
    probe.domain = u"example.org"_s;
    probe.pinnedSha256 = normalisedPin();
    return probe.validate();
}

QString EmailDomainDialog::accountProblem() const
{
    if (m_auth->currentData().toString() != "none"_L1 && m_account->text().trimmed().isEmpty())
        return tr("Enter the account name to log in with.");
    return {};
}

bool EmailDomainDialog::validateFields()
{
    m_domainMessage->showProblem(domainProblem());
    m_hostMessage->showProblem(hostProblem());
    m_pinMessage->showProblem(pinProblem());
    m_accountMessage->showProblem(accountProblem());
    // Whatever the field checks missed, the entry's own validation catches (it is what the store uses).
    if (!m_domainMessage->hasProblem() && !m_hostMessage->hasProblem() && !m_pinMessage->hasProblem() &&
        !m_accountMessage->hasProblem())
        m_domainMessage->showProblem(entry().validate());
    for (InlineMessage *message : {m_domainMessage, m_hostMessage, m_pinMessage, m_accountMessage}) {
        if (message->hasProblem()) {
            message->field()->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    return true;
}

void EmailDomainDialog::accept()
{
    if (validateFields())
        QDialog::accept();
}

} // namespace Sluice
