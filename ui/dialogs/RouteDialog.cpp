// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteDialog.h"

#include "SettingKeys.h"
#include "SettingsRegistry.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

RouteDialog::RouteDialog(const RouteEntry &entry, const QStringList &otherSentTo, QWidget *parent)
    : QDialog(parent)
    , m_otherSentTo(otherSentTo)
{
    setWindowTitle(entry.sentTo.isEmpty() ? tr("Add Route") : tr("Edit Route"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_sentTo = new QLineEdit(entry.sentTo, this);
    m_sentTo->setPlaceholderText(tr("example.com or #example.com"));
    m_sentToMessage = FormFields::addRow(
        form, tr("&Sent to:"), m_sentTo, tr("The domain of the recipients this row is for"),
        tr("The domain the mail is addressed to. “example.com” also covers its subdomains (the most "
           "specific row wins); “#example.com” covers exactly that domain."));

    m_inbound = new QRadioButton(tr("&Accepted as inbound"), this);
    FormFields::describe(m_inbound, tr("Deliver this domain's mail here, as a local domain"),
                         tr("Mail for this domain is accepted and delivered where the Routing page's "
                            "“Where inbound mail goes” says (mailboxes or an internal mail server)."));
    m_reroute = new QRadioButton(tr("&Route to:"), this);
    FormFields::describe(m_reroute, tr("Send this domain's mail on to another domain or host"),
                         tr("Mail for this domain is accepted from any client and sent on to the domain "
                            "(its mail exchanger) or host given here, instead of the domain's own."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_inbound);
    group->addButton(m_reroute);
    layout->addWidget(m_inbound);
    auto *routeForm = new QFormLayout;
    layout->addLayout(routeForm);
    m_routeTo = new QLineEdit(entry.routeTo, this);
    m_routeTo->setPlaceholderText(tr("mail.example.net or host:port"));
    m_routeTo->setToolTip(tr("A domain (its mail exchanger is used) or HOST:PORT ([IPv6]:PORT)"));
    m_routeTo->setWhatsThis(
        tr("Where the mail goes: a domain, whose mail exchanger Sluice looks up, or a "
           "host with an optional port, such as relay.example.net:2525 or [2001:db8::1]:25."));
    m_routeTo->setAccessibleName(tr("Route to"));
    routeForm->addRow(m_reroute, m_routeTo);
    m_routeToMessage = new InlineMessage(m_routeTo, this);
    routeForm->addRow(QString(), m_routeToMessage);
    (entry.routeTo.isEmpty() && !entry.sentTo.isEmpty() ? m_inbound : m_reroute)->setChecked(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RouteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RouteDialog::reject);
    connect(m_inbound, &QRadioButton::toggled, this, &RouteDialog::updateEnabled);
    setTabOrder(m_sentTo, m_inbound);
    setTabOrder(m_inbound, m_reroute);
    setTabOrder(m_reroute, m_routeTo);
    updateEnabled();
}

void RouteDialog::updateEnabled()
{
    m_routeTo->setEnabled(m_reroute->isChecked());
}

RouteEntry RouteDialog::entry() const
{
    RouteEntry entry;
    entry.sentTo = m_sentTo->text().trimmed().toLower();
    entry.routeTo = m_reroute->isChecked() ? m_routeTo->text().trimmed().toLower() : QString();
    return entry;
}

QList<PageProblem> RouteDialog::validate()
{
    const RouteEntry current = entry();
    QString sentToProblem;
    QString routeToProblem;
    if (current.domain().isEmpty()) {
        sentToProblem = tr("Give the domain the mail is sent to, such as example.com.");
    } else if (m_inbound->isChecked() && current.exact()) {
        sentToProblem = tr("A domain accepted as inbound always covers its subdomains: remove the “#”.");
    } else if (m_otherSentTo.contains(current.sentTo)) {
        sentToProblem = tr("%1 is already in the list.").arg(current.sentTo);
    } else {
        // The same words as `sluice config set routing.local_domains`.
        QString canonical;
        sentToProblem = findSettingDefinition(Keys::LocalDomains)->canonicalize(current.domain(), &canonical);
        if (sentToProblem.isEmpty() && canonical != current.domain())
            sentToProblem = tr("Give one domain per row.");
    }
    if (sentToProblem.isEmpty() && m_reroute->isChecked())
        routeToProblem = current.validate();
    m_sentToMessage->showProblem(sentToProblem);
    m_routeToMessage->showProblem(routeToProblem);
    QList<PageProblem> problems;
    if (!sentToProblem.isEmpty())
        problems.append({m_sentTo, sentToProblem});
    if (!routeToProblem.isEmpty())
        problems.append({m_routeTo, routeToProblem});
    return problems;
}

void RouteDialog::accept()
{
    const QList<PageProblem> problems = validate();
    if (!problems.isEmpty()) {
        problems.constFirst().field->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace Sluice
