// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDialog.h"

#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QStringList splitDomains(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList domains;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString domain = part.toLower();
        if (!domains.contains(domain))
            domains.append(domain);
    }
    return domains;
}

} // namespace

AccountDialog::AccountDialog(const ServerAccountEntry &entry, const QStringList &otherNames,
                             const QStringList &heldDomains, QWidget *parent)
    : QDialog(parent)
    , m_originalName(entry.name)
    , m_otherNames(otherNames)
    , m_heldDomains(heldDomains)
{
    setWindowTitle(entry.name.isEmpty() ? tr("Add Account") : tr("Edit Account"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(entry.name, this);
    m_nameMessage = FormFields::addRow(
        form, tr("Account &name:"), m_name, tr("The name the client logs in with (AUTH)"),
        tr("What the customer's mail server or program types to log in to Sluice: 1 to 64 letters, digits "
           "and . _ - + @."));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordMessage = FormFields::addRow(
        form, tr("&Password:"), m_password, tr("The password the client logs in with"),
        tr("Kept in the keychain (or the password file), never in the settings. When editing, leave it "
           "empty to keep the stored password."));
    m_confirmation = new QLineEdit(this);
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_confirmationMessage =
        FormFields::addRow(form, tr("&Confirm password:"), m_confirmation, tr("The same password again"),
                           tr("Type the password a second time, to catch a typing slip."));
    m_domains = new QLineEdit(entry.domains.join(u", "_s), this);
    m_domains->setPlaceholderText(tr("example.com, example.net"));
    m_domainsMessage = FormFields::addRow(
        form, tr("&Domains it may pull:"), m_domains,
        tr("The domains whose held mail this account may collect with ATRN or TURN"),
        tr("Separate the domains with commas. Each should be an E-Mail Domain entry with “Queue messages "
           "for ETRN” (Connections page), or no mail is held for it. Leave empty for an account that only "
           "sends mail."));
    m_domainWarning = new QLabel(this);
    m_domainWarning->setWordWrap(true);
    m_domainWarning->setStyleSheet(u"color: #8a6d00;"_s);
    m_domainWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_domainWarning->hide();
    form->addRow(QString(), m_domainWarning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_domains, &QLineEdit::textChanged, this, &AccountDialog::updateDomainWarning);
    updateDomainWarning();
}

ServerAccountEntry AccountDialog::entry() const
{
    ServerAccountEntry entry;
    entry.name = m_name->text().trimmed();
    entry.domains = splitDomains(m_domains->text());
    entry.domains.sort();
    return entry;
}

QString AccountDialog::password() const
{
    return m_password->text();
}

void AccountDialog::setPasswordStored(bool stored)
{
    m_password->setPlaceholderText(stored ? tr("(stored)") : QString());
}

QString AccountDialog::domainWarning() const
{
    return m_domainWarning->text();
}

void AccountDialog::updateDomainWarning()
{
    QStringList notHeld;
    for (const QString &domain : splitDomains(m_domains->text())) {
        if (!m_heldDomains.contains(domain))
            notHeld.append(domain);
    }
    m_domainWarning->setText(
        notHeld.isEmpty()
            ? QString()
            : tr("No mail is held for %1 yet: add an E-Mail Domain entry with “Queue messages for "
                 "ETRN” on the Connections page.")
                  .arg(notHeld.join(u", "_s)));
    m_domainWarning->setVisible(!notHeld.isEmpty());
}

QList<PageProblem> AccountDialog::validate()
{
    const ServerAccountEntry current = entry();
    QString nameProblem;
    QString passwordProblem;
    QString confirmationProblem;
    QString domainsProblem;
    if (!ServerAccountEntry::isValidName(current.name))
        nameProblem =
            tr("An account name is 1 to 64 letters, digits and . _ - + @, and does not begin with -.");
    else if (m_otherNames.contains(current.name))
        nameProblem = tr("There is already an account named %1.").arg(current.name);
    if (m_password->text().isEmpty() && current.name != m_originalName)
        passwordProblem = m_originalName.isEmpty() ? tr("Give the new account a password.")
                                                   : tr("The name changed: type the password again.");
    else if (m_password->text() != m_confirmation->text())
        confirmationProblem = tr("The two passwords differ.");
    if (nameProblem.isEmpty())
        domainsProblem = current.validate();

    QList<PageProblem> problems;
    const auto report = [&problems](InlineMessage *message, QWidget *field, const QString &text) {
        message->showProblem(text);
        if (!text.isEmpty())
            problems.append({field, text});
    };
    report(m_nameMessage, m_name, nameProblem);
    report(m_passwordMessage, m_password, passwordProblem);
    report(m_confirmationMessage, m_confirmation, confirmationProblem);
    report(m_domainsMessage, m_domains, domainsProblem);
    return problems;
}

void AccountDialog::accept()
{
    const QList<PageProblem> problems = validate();
    if (!problems.isEmpty()) {
        problems.constFirst().field->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace Sluice
