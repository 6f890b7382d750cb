// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyPage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace Sluice {

class InlineMessage;
class RouteDialog;
class RouteModel;

/// The Routing page: which domains Sluice accepts mail for and where that mail goes. As in the IMS, one
/// "Sent to" -> "Route to" table lists the domains accepted as inbound (the local domains) and, when
/// rerouting is on, the domains whose mail is sent on elsewhere; below it, where inbound mail is
/// delivered (Maildir mailboxes or an internal SMTP/LMTP server) and the catch-all mailbox.
class RoutingPage : public PropertyPage
{
    Q_OBJECT
public:
    explicit RoutingPage(ConsoleContext *context, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    bool hasChanges() const override;
    QList<PageProblem> validate() override;
    QString save() override;

    // For tests.
    QRadioButton *noRerouteButton() const { return m_noReroute; }
    QRadioButton *rerouteButton() const { return m_reroute; }
    QTableView *routesView() const { return m_view; }
    RouteModel *routeModel() const { return m_routes; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QRadioButton *maildirButton() const { return m_maildir; }
    QRadioButton *relayButton() const { return m_relay; }
    QComboBox *relayProtocolField() const { return m_relayProtocol; }
    QLineEdit *mailRootField() const { return m_mailRoot; }
    QLineEdit *relayField() const { return m_relayHost; }
    QLineEdit *catchAllField() const { return m_catchAll; }
    /// Opens the route dialog for row (-1: a new row); the page applies it when accepted.
    RouteDialog *openRouteDialog(int row);
    void removeSelectedRoute();

private:
    QWidget *buildRoutesGroup();
    QWidget *buildDeliveryGroup();
    void updateEnabled();

    RouteModel *m_routes;
    QRadioButton *m_noReroute = nullptr;
    QRadioButton *m_reroute = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QRadioButton *m_maildir = nullptr;
    QRadioButton *m_relay = nullptr;
    QComboBox *m_relayProtocol = nullptr;
    QLineEdit *m_mailRoot = nullptr;
    QLineEdit *m_relayHost = nullptr;
    InlineMessage *m_relayMessage = nullptr;
    QLineEdit *m_catchAll = nullptr;
};

} // namespace Sluice
