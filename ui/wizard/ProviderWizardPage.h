// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirstRunPage.h"

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace Sluice {

/// Step 3: the provider's mail host (delivery.smarthost), whether outgoing mail goes through it
/// (delivery.mode smarthost) or straight to the recipients' servers (dns), and the login when the
/// provider asks for one (delivery.smarthost_auth, _account; the password in the secret store under
/// the key the engine reads). The host is also where ETRN and TURN are sent, so it may be given with
/// direct delivery too.
class ProviderWizardPage : public FirstRunPage
{
    Q_OBJECT
public:
    explicit ProviderWizardPage(ConsoleContext *context, QWidget *parent = nullptr);

    QLineEdit *hostField() const { return m_host; }
    QRadioButton *throughProviderButton() const { return m_throughProvider; }
    QRadioButton *directButton() const { return m_direct; }
    QCheckBox *loginBox() const { return m_login; }
    QLineEdit *accountField() const { return m_account; }
    QLineEdit *passwordField() const { return m_password; }

    /// The host name alone, lower case (empty while the field is empty or invalid).
    QString hostName() const;
    bool hasLogin() const;

    QList<WizardProblem> problems() const override;
    void addTo(FirstRunPlan *plan) const override;

private:
    void onEdited();
    QString currentSecretKey() const;

    QLineEdit *m_host;
    QRadioButton *m_throughProvider;
    QRadioButton *m_direct;
    QCheckBox *m_login;
    QLineEdit *m_account;
    QLineEdit *m_password;
    QString m_storedAuth;
    QString m_storedKey; ///< the key a password is stored under, when one is
};

} // namespace Sluice
