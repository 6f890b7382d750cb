// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostRuleDialog.h"

#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

HostRuleDialog::HostRuleDialog(const HostRuleEntry &entry, const QStringList &otherNetworks, QWidget *parent)
    : QDialog(parent)
{
    for (const QString &network : otherNetworks)
        m_otherNetworks.append(HostRuleEntry::normalisedNetwork(network));
    setWindowTitle(entry.network.isEmpty() ? tr("Add Host") : tr("Host %1").arg(entry.network));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QWidget(this);
    auto *form = new QFormLayout(top);
    form->setContentsMargins(0, 0, 0, 0);
    m_address = new QLineEdit(top);
    m_address->setPlaceholderText(u"192.168.1.0"_s);
    m_addressMessage =
        FormFields::addRow(form, tr("IP &address:"), m_address,
                           tr("The address of a host, or of a network with the mask below."),
                           tr("An IPv4 address (192.168.1.7) or an IPv6 address (2001:db8::7)."));
    m_mask = new QLineEdit(top);
    m_mask->setPlaceholderText(tr("(this host only)"));
    FormFields::addRow(form, tr("&Mask:"), m_mask,
                       tr("The network mask or prefix length; empty for one host."),
                       tr("A mask such as 255.255.255.0 or a prefix length such as 24 (IPv6: 32, 48, 64...) "
                          "makes the row cover a whole network. Leave empty for the single address."));
    layout->addWidget(top);

    auto *group = new QGroupBox(tr("Connections from these addresses"), this);
    auto *groupLayout = new QVBoxLayout(group);
    m_accept = new QRadioButton(tr("A&ccept"), group);
    m_reject = new QRadioButton(tr("&Reject"), group);
    m_relay = new QCheckBox(tr("May re&lay"), group);
    auto *choice = new QButtonGroup(group);
    choice->addButton(m_accept);
    choice->addButton(m_reject);
    FormFields::describe(m_accept, tr("Accept mail from these addresses."), QString());
    FormFields::describe(
        m_reject, tr("Refuse these addresses with 521 and nothing else."),
        tr("The first row that matches a client decides; put exceptions above broader rows."));
    FormFields::describe(m_relay, tr("Accepted hosts may send mail to any domain, not only local ones."),
                         tr("Allow only your own office network to relay, or Sluice becomes an open relay "
                            "that spammers find within hours."));
    groupLayout->addWidget(m_accept);
    groupLayout->addWidget(m_relay);
    groupLayout->addWidget(m_reject);
    layout->addWidget(group);
    connect(m_accept, &QRadioButton::toggled, m_relay, &QCheckBox::setEnabled);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostRuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HostRuleDialog::reject);
    layout->addWidget(m_buttons);

    const qsizetype slash = entry.network.indexOf(u'/');
    m_address->setText(slash < 0 ? entry.network : entry.network.left(slash));
    m_mask->setText(slash < 0 ? QString() : entry.network.mid(slash + 1));
    m_accept->setChecked(entry.accept);
    m_reject->setChecked(!entry.accept);
    m_relay->setChecked(entry.relay);
    m_relay->setEnabled(entry.accept);
}

QString HostRuleDialog::typedNetwork() const
{
    const QString address = m_address->text().trimmed();
    const QString mask = m_mask->text().trimmed();
    return mask.isEmpty() ? address : QString(address + u'/' + mask);
}

HostRuleEntry HostRuleDialog::entry() const
{
    HostRuleEntry entry;
    const QString typed = typedNetwork();
    // A mask is stored as its prefix length, host bits cleared: "192.168.1.0/24", as the list shows it.
    const QString normalised = HostRuleEntry::normalisedNetwork(typed);
    entry.network = m_mask->text().trimmed().isEmpty() || normalised.isEmpty() ? typed : normalised;
    entry.accept = m_accept->isChecked();
    entry.relay = entry.accept && m_relay->isChecked();
    return entry;
}

bool HostRuleDialog::validateFields()
{
    const HostRuleEntry candidate = entry();
    QString problem = candidate.validate();
    if (problem.isEmpty() && m_otherNetworks.contains(HostRuleEntry::normalisedNetwork(candidate.network)))
        problem = tr("%1 is already in the list; edit that row instead.").arg(candidate.network);
    m_addressMessage->showProblem(problem);
    if (!problem.isEmpty())
        m_address->setFocus(Qt::OtherFocusReason);
    return problem.isEmpty();
}

void HostRuleDialog::accept()
{
    if (validateFields())
        QDialog::accept();
}

} // namespace Sluice
