// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmailDomainTable.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Sluice {

class InlineMessage;

/// Adds or edits one row of the E-Mail Domain list: how mail for the domain leaves (DNS or a host),
/// whether it is held for ETRN, and how the connection is secured. OK is refused while a field is
/// invalid or the domain is already listed; the problems are shown under the fields. The password is
/// only handed out (password()), never stored here: the Connections page stores it when it is saved.
class EmailDomainDialog : public QDialog
{
    Q_OBJECT
public:
    /// otherDomains: the domains of the other rows, which this one must not repeat.
    EmailDomainDialog(const EmailDomainEntry &entry, const QStringList &otherDomains,
                      QWidget *parent = nullptr);

    /// Shows "(stored)" in the empty password field: a password exists and stays unless one is typed.
    void setPasswordStored(bool stored);
    EmailDomainEntry entry() const; ///< as the fields show it
    QString password() const;       ///< as typed; empty when not typed
    /// Checks every field, shows or clears the inline messages; true when OK may close the dialog.
    bool validateFields();
    void accept() override;

    // The controls, for tests.
    QLineEdit *domainField() const { return m_domain; }
    QRadioButton *dnsButton() const { return m_dns; }
    QRadioButton *forwardButton() const { return m_forward; }
    QLineEdit *hostField() const { return m_host; }
    QCheckBox *holdBox() const { return m_hold; }
    QComboBox *tlsBox() const { return m_tls; }
    QLineEdit *pinField() const { return m_pin; }
    QComboBox *authBox() const { return m_auth; }
    QLineEdit *accountField() const { return m_account; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *plaintextBox() const { return m_plaintext; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QWidget *buildDelivery();
    QWidget *buildSecurity();
    void showEntry(const EmailDomainEntry &entry);
    void updateEnabled();
    QString domainProblem() const;
    QString hostProblem() const;
    QString pinProblem() const;
    QString accountProblem() const;
    QString normalisedPin() const;

    QStringList m_otherDomains;
    QLineEdit *m_domain = nullptr;
    QRadioButton *m_dns = nullptr;
    QRadioButton *m_forward = nullptr;
    QLineEdit *m_host = nullptr;
    QCheckBox *m_hold = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_pin = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_plaintext = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InlineMessage *m_domainMessage = nullptr;
    InlineMessage *m_hostMessage = nullptr;
    InlineMessage *m_pinMessage = nullptr;
    InlineMessage *m_accountMessage = nullptr;
};

} // namespace Sluice
