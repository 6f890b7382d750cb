// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostRuleTable.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Sluice {

class InlineMessage;

/// Adds or edits one row of the Hosts list: an address with an optional mask (or prefix length), accept
/// or reject, and whether an accepted host may relay. OK is refused while the network is invalid or
/// already listed.
class HostRuleDialog : public QDialog
{
    Q_OBJECT
public:
    /// otherNetworks: the networks of the other rows (in any spelling), which this one must not repeat.
    HostRuleDialog(const HostRuleEntry &entry, const QStringList &otherNetworks, QWidget *parent = nullptr);

    HostRuleEntry entry() const; ///< network as ADDRESS or ADDRESS/PREFIX
    bool validateFields();       ///< shows or clears the inline message; true when OK may close
    void accept() override;

    // The controls, for tests.
    QLineEdit *addressField() const { return m_address; }
    QLineEdit *maskField() const { return m_mask; }
    QRadioButton *acceptButton() const { return m_accept; }
    QRadioButton *rejectButton() const { return m_reject; }
    QCheckBox *relayBox() const { return m_relay; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QString typedNetwork() const;

    QStringList m_otherNetworks; ///< normalised
    QLineEdit *m_address = nullptr;
    QLineEdit *m_mask = nullptr;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_reject = nullptr;
    QCheckBox *m_relay = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InlineMessage *m_addressMessage = nullptr;
};

} // namespace Sluice
