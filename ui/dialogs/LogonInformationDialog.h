// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace Sluice {

class ConsoleContext;
class InlineMessage;

/// The IMS "Logon Information" of the dial-up link, as the Dial-up Connections page holds it until it is
/// saved. The password is only what was typed: the stored one is never read into the console.
struct LogonValues
{
    QString account;
    QString domain;
    QString password;           ///< typed, not yet stored
    bool passwordTyped = false; ///< password replaces (or, empty, deletes) the stored one
};

/// Account, password and domain handed to the connect command (SLUICE_ACCOUNT, SLUICE_PASSWORD,
/// SLUICE_DOMAIN). The password field shows "(stored)" when the secret store holds one under secretKey,
/// and is never filled with it.
class LogonInformationDialog : public QDialog
{
    Q_OBJECT
public:
    /// secretKey: where the current password would be stored (may be empty: no account yet).
    LogonInformationDialog(ConsoleContext *context, const QString &secretKey, const LogonValues &values,
                           QWidget *parent = nullptr);

    LogonValues values() const;
    bool validate();
    void accept() override;

    QLineEdit *accountField() const { return m_account; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *domainField() const { return m_domain; }

private:
    QLineEdit *m_account;
    QLineEdit *m_password;
    QLineEdit *m_domain;
    InlineMessage *m_accountMessage;
    LogonValues m_initial;
};

} // namespace Sluice
