// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyPage.h"

#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Sluice {

class AccountsDialog;
class InlineMessage;
class ServerAccountModel;

/// The Security page: how Sluice secures and authenticates its connection to the outbound mail host
/// (smarthost), what its own server allows (AUTH in clear text, the ETRN and ATRN services, the
/// accounts customers log in with), and where passwords are kept. Per-domain security is in each
/// E-Mail Domain entry; the server's STARTTLS certificate is on the General page.
///
/// Passwords are never shown: a stored one shows as "(stored)", and one is written to the secret store
/// on save() only when typed. Removing an account deletes its password too.
class SecurityPage : public PropertyPage
{
    Q_OBJECT
public:
    explicit SecurityPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~SecurityPage() override;

    QString title() const override;
    void load() override;
    bool hasChanges() const override;
    QList<PageProblem> validate() override;
    QString save() override;

    // For tests and the wizard.
    QComboBox *smarthostTlsField() const { return m_smarthostTls; }
    QLineEdit *smarthostPinField() const { return m_smarthostPin; }
    QComboBox *smarthostAuthField() const { return m_smarthostAuth; }
    QLineEdit *smarthostAccountField() const { return m_smarthostAccount; }
    QLineEdit *smarthostPasswordField() const { return m_smarthostPassword; }
    QCheckBox *smarthostPlaintextField() const { return m_smarthostPlaintext; }
    QCheckBox *serverPlaintextField() const { return m_serverPlaintext; }
    QCheckBox *etrnEnabledField() const { return m_etrnEnabled; }
    QRadioButton *etrnAccessButton(const QString &choice) const;
    QLineEdit *etrnHostsField() const { return m_etrnHosts; }
    QSpinBox *holdTimeoutField() const { return m_holdTimeout; }
    QCheckBox *atrnEnabledField() const { return m_atrnEnabled; }
    QLineEdit *atrnListenField() const { return m_atrnListen; }
    QPushButton *accountsButton() const { return m_accountsButton; }
    QRadioButton *keychainButton() const { return m_keychain; }
    QRadioButton *fileStoreButton() const { return m_fileStore; }
    ServerAccountModel *accountModel() const { return m_accounts; }
    /// Opens the Accounts dialog (non-modal to the event loop: open()); returns it.
    AccountsDialog *openAccounts();

private:
    QGroupBox *buildSmarthostGroup();
    QGroupBox *buildServerGroup();
    QGroupBox *buildEtrnGroup();
    QGroupBox *buildSecretStoreGroup();
    void updateEnabled();
    void showStoredSecretStore();
    void askAboutFileStore();
    QString smarthostSecretKey() const;
    void storePasswords();

    // Outbound mail host.
    QComboBox *m_smarthostTls = nullptr;
    QLineEdit *m_smarthostPin = nullptr;
    QComboBox *m_smarthostAuth = nullptr;
    QLineEdit *m_smarthostAccount = nullptr;
    InlineMessage *m_smarthostAccountMessage = nullptr;
    QLineEdit *m_smarthostPassword = nullptr;
    QCheckBox *m_smarthostPlaintext = nullptr;
    // Sluice's own server.
    QCheckBox *m_serverPlaintext = nullptr;
    QPushButton *m_accountsButton = nullptr;
    ServerAccountModel *m_accounts = nullptr;
    QHash<QString, QString> m_accountPasswords; ///< typed in the Accounts dialog, stored on save()
    // ETRN and ATRN.
    QCheckBox *m_etrnEnabled = nullptr;
    QButtonGroup *m_etrnAccess = nullptr;
    QLineEdit *m_etrnHosts = nullptr;
    InlineMessage *m_etrnHostsMessage = nullptr;
    QSpinBox *m_holdTimeout = nullptr;
    QCheckBox *m_atrnEnabled = nullptr;
    QLineEdit *m_atrnListen = nullptr;
    InlineMessage *m_atrnMessage = nullptr;
    // Secret store.
    QRadioButton *m_keychain = nullptr;
    QRadioButton *m_fileStore = nullptr;
    QLabel *m_storeExplanation = nullptr;
};

} // namespace Sluice
