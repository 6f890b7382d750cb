// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoutingPage.h"

#include "ConsoleContext.h"
#include "RouteModel.h"
#include "SettingKeys.h"
#include "dialogs/RouteDialog.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

RoutingPage::RoutingPage(ConsoleContext *context, QWidget *parent)
    : PropertyPage(context, parent)
    , m_routes(new RouteModel(context->settings(), context->routes(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildRoutesGroup(), 1);
    layout->addWidget(buildDeliveryGroup());
    connect(this, &PropertyPage::edited, this, &RoutingPage::updateEnabled);
}

QString RoutingPage::title() const
{
    return tr("&Routing");
}

QWidget *RoutingPage::buildRoutesGroup()
{
    auto *group = new QGroupBox(tr("Domains and routes"), this);
    auto *layout = new QVBoxLayout(group);
    m_noReroute = new QRadioButton(tr("&Do not reroute incoming SMTP mail"), group);
    m_noReroute->setProperty("choice", u"false"_s);
    FormFields::describe(m_noReroute, tr("Accept mail only for the domains accepted as inbound"),
                         tr("Mail for the domains marked “(accepted as inbound)” is delivered here; mail for "
                            "any other domain is refused unless the client may relay (no open relay)."));
    m_reroute = new QRadioButton(tr("Reroute incoming &SMTP mail"), group);
    m_reroute->setProperty("choice", u"true"_s);
    FormFields::describe(
        m_reroute, tr("Also accept mail for the rerouted domains and send it on"),
        tr("Mail for a domain with a “Route to” entry is accepted from any client and sent to "
           "that domain or host instead. The most specific row wins; “#domain” matches that "
           "domain only."));
    auto *reroute = new QButtonGroup(this);
    reroute->addButton(m_noReroute);
    reroute->addButton(m_reroute);
    bindings()->bind(reroute, Keys::Reroute);
    layout->addWidget(m_noReroute);
    layout->addWidget(m_reroute);

    auto *label = new QLabel(tr("Rou&tes:"), group);
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    layout->addLayout(row, 1);
    m_view = new QTableView(group);
    m_view->setModel(m_routes);
    FormFields::configureEntryList(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    FormFields::describe(
        label, m_view, tr("Where mail for each domain goes"),
        tr("“(accepted as inbound)”: a local domain, delivered as “Where inbound mail goes” "
           "says. Any other row: mail for that domain is sent on to the domain or host shown "
           "(when rerouting is on)."));
    row->addWidget(m_view, 1);
    auto *buttons = new QVBoxLayout;
    row->addLayout(buttons);
    m_add = new QPushButton(tr("&Add…"), group);
    FormFields::describe(m_add, tr("Add a domain accepted as inbound or a route"), QString());
    m_edit = new QPushButton(tr("&Edit…"), group);
    FormFields::describe(m_edit, tr("Change the selected row"), QString());
    m_remove = new QPushButton(tr("Remo&ve"), group);
    FormFields::describe(m_remove, tr("Remove the selected row"), QString());
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    connect(m_add, &QPushButton::clicked, this, [this] { openRouteDialog(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            openRouteDialog(m_view->currentIndex().row());
    });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRouteDialog(index.row()); });
    connect(m_remove, &QPushButton::clicked, this, &RoutingPage::removeSelectedRoute);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoutingPage::updateEnabled);
    connect(m_routes, &QAbstractItemModel::modelReset, this, &RoutingPage::updateEnabled);
    return group;
}

QWidget *RoutingPage::buildDeliveryGroup()
{
    auto *group = new QGroupBox(tr("Where inbound mail goes"), this);
    auto *grid = new QGridLayout(group);
    m_maildir = new QRadioButton(tr("&Mailboxes in:"), group);
    FormFields::describe(m_maildir, tr("Deliver to a Maildir folder per recipient"),
                         tr("Each recipient gets a Maildir folder under this folder, which mail programs and "
                            "IMAP servers such as Dovecot read."));
    m_mailRoot = new QLineEdit(group);
    m_mailRoot->setToolTip(tr("The folder holding the mailboxes (an absolute path)"));
    m_mailRoot->setWhatsThis(m_mailRoot->toolTip());
    m_mailRoot->setAccessibleName(tr("Mailbox folder"));
    auto *mailRootMessage = new InlineMessage(m_mailRoot, group);
    bindings()->bind(m_mailRoot, Keys::MailRoot, mailRootMessage);
    grid->addWidget(m_maildir, 0, 0);
    grid->addWidget(m_mailRoot, 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("(Maildir)"), group), 0, 3);
    grid->addWidget(mailRootMessage, 1, 1, 1, 3);

    m_relay = new QRadioButton(tr("An &internal mail server over"), group);
    FormFields::describe(
        m_relay, tr("Hand inbound mail to another mail server on your network"),
        tr("Sluice passes the mail for local domains on to this server (for example Dovecot's "
           "LMTP service or an Exchange server), which delivers it to the mailboxes."));
    m_relayProtocol = new QComboBox(group);
    m_relayProtocol->addItem(tr("SMTP"), u"smtp"_s);
    m_relayProtocol->addItem(tr("LMTP"), u"lmtp"_s);
    m_relayProtocol->setToolTip(tr("The protocol the internal mail server speaks"));
    m_relayProtocol->setWhatsThis(m_relayProtocol->toolTip());
    m_relayProtocol->setAccessibleName(tr("Internal mail server protocol"));
    m_relayHost = new QLineEdit(group);
    m_relayHost->setPlaceholderText(tr("host:port"));
    m_relayHost->setToolTip(tr("The internal mail server, as HOST or HOST:PORT"));
    m_relayHost->setWhatsThis(m_relayHost->toolTip());
    m_relayHost->setAccessibleName(tr("Internal mail server"));
    m_relayMessage = new InlineMessage(m_relayHost, group);
    bindings()->bind(m_relayHost, Keys::LocalRelay, m_relayMessage);
    grid->addWidget(m_relay, 2, 0);
    grid->addWidget(m_relayProtocol, 2, 1);
    grid->addWidget(m_relayHost, 2, 2, 1, 2);
    grid->addWidget(m_relayMessage, 3, 1, 1, 3);
    auto *target = new QButtonGroup(this);
    target->addButton(m_maildir);
    target->addButton(m_relay);
    bindings()->bindCustom(
        m_maildir, Keys::LocalTarget,
        [this] { return m_maildir->isChecked() ? u"maildir"_s : m_relayProtocol->currentData().toString(); },
        [this](const QString &text) {
            (text == u"maildir"_s ? m_maildir : m_relay)->setChecked(true);
            if (text != u"maildir"_s)
                m_relayProtocol->setCurrentIndex(m_relayProtocol->findData(text));
        });
    connect(m_maildir, &QRadioButton::toggled, this, &PropertyPage::edited);
    connect(m_relayProtocol, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);

    auto *catchAllLabel = new QLabel(tr("&Catch-all mailbox:"), group);
    m_catchAll = new QLineEdit(group);
    m_catchAll->setPlaceholderText(tr("none: refuse unknown recipients"));
    FormFields::describe(catchAllLabel, m_catchAll, tr("The mailbox for mail to unknown local recipients"),
                         tr("Mail for a recipient without a mailbox goes here. Leave empty to refuse such "
                            "recipients (the sender is told at once)."));
    auto *catchAllMessage = new InlineMessage(m_catchAll, group);
    bindings()->bind(m_catchAll, Keys::CatchAll, catchAllMessage);
    grid->addWidget(catchAllLabel, 4, 0);
    grid->addWidget(m_catchAll, 4, 1, 1, 3);
    grid->addWidget(catchAllMessage, 5, 1, 1, 3);
    grid->setColumnStretch(2, 1);
    setTabOrder(m_maildir, m_mailRoot);
    setTabOrder(m_mailRoot, m_relay);
    setTabOrder(m_relay, m_relayProtocol);
    setTabOrder(m_relayProtocol, m_relayHost);
    setTabOrder(m_relayHost, m_catchAll);
    return group;
}

void RoutingPage::updateEnabled()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_mailRoot->setEnabled(m_maildir->isChecked());
    m_relayProtocol->setEnabled(m_relay->isChecked());
    m_relayHost->setEnabled(m_relay->isChecked());
}

RouteDialog *RoutingPage::openRouteDialog(int row)
{
    const RouteEntry entry = row >= 0 ? m_routes->entryAt(row) : RouteEntry{};
    QStringList others;
    for (const RouteEntry &other : m_routes->entries()) {
        if (other.sentTo != entry.sentTo)
            others.append(other.sentTo);
    }
    auto *dialog = new RouteDialog(entry, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString originalKey = entry.sentTo;
    connect(dialog, &QDialog::accepted, this, [this, dialog, originalKey] {
        const RouteEntry edited = dialog->entry();
        const int current = originalKey.isEmpty() ? -1 : m_routes->rowOfKey(originalKey);
        if (current >= 0 &&
            RouteModel::isInbound(m_routes->entryAt(current)) == RouteModel::isInbound(edited)) {
            m_routes->replaceEntry(current, edited);
        } else {
            // A row that changes kind moves to its kind's place (local domains first).
            if (current >= 0)
                m_routes->removeEntry(current);
            m_routes->putEntry(edited);
        }
        m_view->selectRow(m_routes->rowOfKey(edited.sentTo));
        Q_EMIT this->edited();
    });
    dialog->open();
    return dialog;
}

void RoutingPage::removeSelectedRoute()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_routes->removeEntry(current.row());
    Q_EMIT edited();
}

void RoutingPage::load()
{
    PropertyPage::load();
    m_routes->reload();
    updateEnabled();
}

bool RoutingPage::hasChanges() const
{
    return PropertyPage::hasChanges() || m_routes->hasChanges();
}

QList<PageProblem> RoutingPage::validate()
{
    QList<PageProblem> problems = PropertyPage::validate();
    if (m_relay->isChecked() && m_relayHost->text().trimmed().isEmpty() && !m_relayMessage->hasProblem()) {
        const QString message = tr("Give the internal mail server's host (and port), or choose Mailboxes.");
        m_relayMessage->showProblem(message);
        problems.append({m_relayHost, message});
    }
    return problems;
}

QString RoutingPage::save()
{
    if (const QString error = PropertyPage::save(); !error.isEmpty())
        return error;
    return m_routes->save();
}

} // namespace Sluice
