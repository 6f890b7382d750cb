// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RouteTable.h"
#include "SettingBindings.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Sluice {

class InlineMessage;

/// One row of the Routing page's table: mail "Sent to" a domain (or, with a leading #, that domain
/// only) is either accepted as inbound (a local domain) or routed to another domain or HOST:PORT. An
/// entry with an empty routeTo is accepted as inbound. OK is refused while the row is invalid.
class RouteDialog : public QDialog
{
    Q_OBJECT
public:
    /// otherSentTo: the Sent to values of the other rows (duplicates are refused).
    RouteDialog(const RouteEntry &entry, const QStringList &otherSentTo, QWidget *parent = nullptr);

    /// The row as shown, trimmed and lower case.
    RouteEntry entry() const;
    /// Every problem, in field order; shows the inline messages.
    QList<PageProblem> validate();

    QLineEdit *sentToField() const { return m_sentTo; }
    QLineEdit *routeToField() const { return m_routeTo; }
    QRadioButton *inboundButton() const { return m_inbound; }
    QRadioButton *rerouteButton() const { return m_reroute; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateEnabled();

    QStringList m_otherSentTo;
    QLineEdit *m_sentTo = nullptr;
    QRadioButton *m_inbound = nullptr;
    QRadioButton *m_reroute = nullptr;
    QLineEdit *m_routeTo = nullptr;
    InlineMessage *m_sentToMessage = nullptr;
    InlineMessage *m_routeToMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sluice
