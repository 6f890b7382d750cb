// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyPage.h"
#include "dialogs/ConnectionTestDialog.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Sluice {

class DomainListEditor;
class InlineMessage;

/// The IMS "Mail Retrieval" dialog as a page: how Sluice asks the provider for the mail it holds once
/// the link is up (ETRN, TURN, ATRN, a command of your own, or not at all), for which domains, from
/// which host, and with which credentials. Only the controls of the chosen method are enabled; a method
/// without a host to talk to, or the command method without a command, is refused on OK/Apply.
class RetrievalPage : public PropertyPage
{
    Q_OBJECT
public:
    explicit RetrievalPage(ConsoleContext *context, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    bool hasChanges() const override;
    QList<PageProblem> validate() override;
    QString save() override;

    /// What "Test Connection" beside the ETRN or the ATRN host checks, from the fields as shown.
    ConnectionTestRequest testRequest(ConnectionTestRequest::Purpose purpose) const;

    QRadioButton *methodChoice(const QString &method) const;
    QRadioButton *routingDomainsChoice() const { return m_routingDomains; }
    QRadioButton *theseDomainsChoice() const { return m_theseDomains; }
    DomainListEditor *domainList() const { return m_domains; }
    QCheckBox *etrnHostChoice() const { return m_etrnHostCheck; }
    QLineEdit *etrnHostField() const { return m_etrnHost; }
    QLineEdit *atrnHostField() const { return m_atrnHost; }
    QComboBox *authField() const { return m_auth; }
    QLineEdit *accountField() const { return m_account; }
    QLineEdit *passwordField() const { return m_password; }
    QComboBox *tlsField() const { return m_tls; }
    QLineEdit *commandField() const { return m_command; }
    QSpinBox *commandTimeField() const { return m_commandTime; }

private:
    QWidget *buildMethods();
    QWidget *buildDomains();
    QWidget *buildHosts();
    QWidget *buildSecurity();
    QWidget *buildCommand();
    QString currentMethod() const;
    QString smarthost() const;
    void updateEnabled();

    QButtonGroup *m_method = nullptr;
    QGroupBox *m_domainsBox = nullptr;
    QRadioButton *m_routingDomains = nullptr;
    QRadioButton *m_theseDomains = nullptr;
    DomainListEditor *m_domains = nullptr;
    InlineMessage *m_domainsMessage = nullptr;
    QGroupBox *m_hostsBox = nullptr;
    QCheckBox *m_etrnHostCheck = nullptr;
    QLineEdit *m_etrnHost = nullptr;
    QPushButton *m_etrnTest = nullptr;
    InlineMessage *m_etrnHostMessage = nullptr;
    QLineEdit *m_atrnHost = nullptr;
    QPushButton *m_atrnTest = nullptr;
    InlineMessage *m_atrnHostMessage = nullptr;
    QGroupBox *m_securityBox = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_account = nullptr;
    InlineMessage *m_accountMessage = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QGroupBox *m_commandBox = nullptr;
    QLineEdit *m_command = nullptr;
    InlineMessage *m_commandMessage = nullptr;
    QSpinBox *m_commandTime = nullptr;
    bool m_passwordTyped = false;
};

} // namespace Sluice
