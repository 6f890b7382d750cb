// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerAccountTable.h"
#include "SettingBindings.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Sluice {

class InlineMessage;

/// One account on Sluice's own server: the name a client logs in with, its password (typed twice) and
/// the domains it may pull with ATRN or TURN. A new or renamed account needs a password; an existing
/// one keeps its password unless one is typed. A domain that is not an E-Mail Domain held for ETRN is
/// only warned about (the entry may be added later). OK is refused while the entry is invalid.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    /// entry.name empty: a new account. otherNames: the other accounts (duplicates are refused).
    /// heldDomains: the E-Mail Domains held for ETRN.
    AccountDialog(const ServerAccountEntry &entry, const QStringList &otherNames,
                  const QStringList &heldDomains, QWidget *parent = nullptr);

    ServerAccountEntry entry() const;
    QString password() const; ///< as typed; empty: unchanged
    /// A password is stored for the account being edited: "(stored)" is shown instead of nothing.
    void setPasswordStored(bool stored);
    QList<PageProblem> validate();
    QString domainWarning() const; ///< the non-blocking warning about the domains, or empty

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmationField() const { return m_confirmation; }
    QLineEdit *domainsField() const { return m_domains; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateDomainWarning();

    QString m_originalName;
    QStringList m_otherNames;
    QStringList m_heldDomains;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QLineEdit *m_domains = nullptr;
    InlineMessage *m_nameMessage = nullptr;
    InlineMessage *m_passwordMessage = nullptr;
    InlineMessage *m_confirmationMessage = nullptr;
    InlineMessage *m_domainsMessage = nullptr;
    QLabel *m_domainWarning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sluice
