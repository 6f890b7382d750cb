// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirstRunPage.h"

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Sluice {

class DomainsWizardPage;
class ProviderWizardPage;

/// Step 4: how Sluice gets the office's mail from the provider (retrieval.method): ETRN for the
/// domains of step 2, TURN, ATRN (On-Demand Mail Relay, at its own host, default the provider's host
/// and port 366, with the login of step 3 or its own), a command, or nothing.
class RetrievalWizardPage : public FirstRunPage
{
    Q_OBJECT
public:
    enum Method { None, Etrn, Turn, Atrn, Command };

    RetrievalWizardPage(ConsoleContext *context, const DomainsWizardPage *domains,
                        const ProviderWizardPage *provider, QWidget *parent = nullptr);

    QRadioButton *methodButton(Method method) const;
    Method method() const;
    QLineEdit *atrnHostField() const { return m_atrnHost; }
    QRadioButton *sameLoginButton() const { return m_sameLogin; }
    QRadioButton *ownLoginButton() const { return m_ownLogin; }
    QLineEdit *accountField() const { return m_account; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *commandField() const { return m_command; }

    void initializePage() override;
    QList<WizardProblem> problems() const override;
    void addTo(FirstRunPlan *plan) const override;

private:
    QLabel *addMethod(QLayout *layout, Method method, const QString &text, const QString &explanation);
    QWidget *buildAtrn(QWidget *parent);
    void prefill();
    void onEdited();
    QString currentSecretKey() const;

    const DomainsWizardPage *m_domains;
    const ProviderWizardPage *m_provider;
    QGroupBox *m_methods = nullptr;
    QButtonGroup *m_methodGroup = nullptr;
    QLabel *m_etrnExplanation = nullptr;
    QWidget *m_atrnDetails = nullptr;
    QLineEdit *m_atrnHost = nullptr;
    QRadioButton *m_sameLogin = nullptr;
    QRadioButton *m_ownLogin = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_command = nullptr;
    QString m_storedAuth;
    QString m_storedKey;
    bool m_atrnHostEdited = false;
};

} // namespace Sluice
