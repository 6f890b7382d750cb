// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfileTable.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Sluice {

class InlineMessage;

/// New… / Edit… of a custom connection profile: the Linux counterpart of a RAS phone book entry, with
/// a connect command, a disconnect command and a "link is up" test. Checked with
/// CustomProfileEntry::validate() (the command line's own check), each problem under its field; OK is
/// refused while anything is wrong.
class ConnectionProfileDialog : public QDialog
{
    Q_OBJECT
public:
    /// takenNames: the other custom profiles' names (a new name must not clash with them).
    ConnectionProfileDialog(const CustomProfileEntry &entry, const QStringList &takenNames,
                            QWidget *parent = nullptr);

    CustomProfileEntry entry() const;
    bool validate();
    void accept() override;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *connectField() const { return m_connect; }
    QLineEdit *disconnectField() const { return m_disconnect; }
    QRadioButton *probeChoice(const QString &kind) const; ///< "none", "tcp", "command"
    QLineEdit *tcpField() const { return m_tcp; }
    QLineEdit *probeCommandField() const { return m_probeCommand; }
    QSpinBox *probeTimeField() const { return m_probeTime; }

private:
    void updateEnabled();

    QStringList m_takenNames;
    QLineEdit *m_name;
    QLineEdit *m_connect;
    QLineEdit *m_disconnect;
    QButtonGroup *m_probe;
    QLineEdit *m_tcp;
    QLineEdit *m_probeCommand;
    QSpinBox *m_probeTime;
    InlineMessage *m_nameMessage;
    InlineMessage *m_connectMessage;
    InlineMessage *m_disconnectMessage;
    InlineMessage *m_tcpMessage;
    InlineMessage *m_probeCommandMessage;
};

} // namespace Sluice
