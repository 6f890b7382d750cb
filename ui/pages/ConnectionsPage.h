// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyPage.h"

#include <QHash>

class QFormLayout;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Sluice {

class EmailDomainListDialog;
class EmailDomainModel;
class HostRuleModel;
class HostsDialog;
class InlineMessage;

/// The Connections page, laid out like the IMS's: transfer mode, message delivery (DNS or a smarthost,
/// with a connection test and the E-Mail Domain list), which clients are accepted (with the Hosts
/// list), limits, retry intervals and the message time-out. The two lists are staged in their models
/// and saved with the page; passwords typed for e-mail domains are stored in the secret store then.
class ConnectionsPage : public PropertyPage
{
    Q_OBJECT
public:
    explicit ConnectionsPage(ConsoleContext *context, QWidget *parent = nullptr);
    QString title() const override;

    void load() override;
    bool hasChanges() const override;
    QList<PageProblem> validate() override;
    QString save() override;

    /// Opens the E-Mail Domain list (window-modal, deleted on close) on the page's staged model.
    EmailDomainListDialog *openEmailDomains();
    HostsDialog *openHosts();
    /// Starts "Test connection" for the smarthost as the page shows it.
    void testSmarthost();

    EmailDomainModel *emailDomainModel() const { return m_domains; }
    HostRuleModel *hostRuleModel() const { return m_hosts; }

    // The controls, for tests.
    QRadioButton *transferModeButton(const QString &choice) const;
    QRadioButton *acceptFromButton(const QString &choice) const;
    QRadioButton *dnsButton() const { return m_dns; }
    QRadioButton *forwardButton() const { return m_forward; }
    QLineEdit *smarthostField() const { return m_smarthost; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *emailDomainsButton() const { return m_emailDomains; }
    QPushButton *hostsButton() const { return m_hostsButton; }
    QSpinBox *maxConnectionsField() const { return m_maxConnections; }
    QSpinBox *maxPerHostField() const { return m_maxPerHost; }
    QSpinBox *outboundConnectionsField() const { return m_outboundConnections; }
    QSpinBox *messagesPerConnectionField() const { return m_messagesPerConnection; }
    QLineEdit *retryField() const { return m_retry; }
    QSpinBox *timeoutField() const { return m_timeout; }

private:
    QWidget *buildTransferMode();
    QWidget *buildDelivery();
    QWidget *buildAcceptFrom();
    QWidget *buildLimits();
    QWidget *buildRetries();
    QRadioButton *choiceButton(QWidget *parent, const QString &text, const QString &choice,
                               const QString &toolTip);
    QSpinBox *spinRow(QFormLayout *form, const QString &label, QLatin1StringView key, const QString &toolTip);
    void updateEnabled();

    EmailDomainModel *m_domains;
    HostRuleModel *m_hosts;
    QHash<QString, QString> m_pendingPasswords; ///< secret key -> typed password, until save()
    QList<QRadioButton *> m_transferModes;
    QList<QRadioButton *> m_acceptFrom;
    QRadioButton *m_dns = nullptr;
    QRadioButton *m_forward = nullptr;
    QLineEdit *m_smarthost = nullptr;
    InlineMessage *m_smarthostMessage = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_emailDomains = nullptr;
    QPushButton *m_hostsButton = nullptr;
    QSpinBox *m_maxConnections = nullptr;
    QSpinBox *m_maxPerHost = nullptr;
    QSpinBox *m_outboundConnections = nullptr;
    QSpinBox *m_messagesPerConnection = nullptr;
    QLineEdit *m_retry = nullptr;
    QSpinBox *m_timeout = nullptr;
};

} // namespace Sluice
