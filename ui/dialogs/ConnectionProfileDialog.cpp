// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfileDialog.h"

#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

/// An entry whose other fields are known to be valid, so that validate() speaks about one field only.
CustomProfileEntry probeEntry()
{
    CustomProfileEntry entry;
    entry.name = u"x"_s;
    entry.connect = u"true"_s;
    return entry;
}

} // namespace

ConnectionProfileDialog::ConnectionProfileDialog(const CustomProfileEntry &entry,
                                                 const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_takenNames(takenNames)
    , m_probe(new QButtonGroup(this))
{
    setWindowTitle(entry.name.isEmpty() ? tr("New Connection Profile") : tr("Connection Profile"));
    setMinimumWidth(540);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(entry.name, this);
    m_nameMessage =
        FormFields::addRow(form, tr("&Name:"), m_name, tr("The name the profile is listed under."),
                           tr("Shown under Available connections and stored in the setting "
                              "dialup.profile as custom:NAME. No colon."));
    m_connect = new QLineEdit(entry.connect, this);
    m_connect->setPlaceholderText(tr("pon provider"));
    m_connectMessage = FormFields::addRow(
        form, tr("&Connect command:"), m_connect,
        tr("The program (and its arguments) that brings the link up."),
        tr("Run without a shell (write sh -c \"…\" to use one). It gets the logon information in "
           "SLUICE_ACCOUNT, "
           "SLUICE_PASSWORD and SLUICE_DOMAIN. Without a test below, exit status 0 means the link is up."));
    m_disconnect = new QLineEdit(entry.disconnect, this);
    m_disconnect->setPlaceholderText(tr("poff provider"));
    m_disconnectMessage =
        FormFields::addRow(form, tr("&Disconnect command:"), m_disconnect,
                           tr("The program that takes the link down again (may be empty)."),
                           tr("Run when Sluice hangs up, and after a failed attempt so that "
                              "nothing is left half up."));

    auto *probeBox = new QGroupBox(tr("Test whether the link is up"), this);
    auto *probeForm = new QFormLayout(probeBox);
    layout->addWidget(probeBox);
    const auto addChoice = [&](const QString &kind, const QString &text, const QString &toolTip) {
        auto *radio = new QRadioButton(text, probeBox);
        radio->setProperty("choice", kind);
        FormFields::describe(radio, toolTip, {});
        m_probe->addButton(radio);
        return radio;
    };
    probeForm->addRow(addChoice(u"none"_s, tr("N&o test: the connect command's exit status decides"),
                                tr("The link counts as up when the connect command exits with status 0.")));
    m_tcp = new QLineEdit(this);
    m_tcp->setPlaceholderText(tr("mail.provider.example:25"));
    probeForm->addRow(addChoice(u"tcp"_s, tr("Connect to &host and port:"),
                                tr("The link is up when a TCP connection to this host and port succeeds.")),
                      m_tcp);
    FormFields::describe(m_tcp, tr("HOST:PORT to connect to, for example the provider's mail host."), {});
    m_tcp->setAccessibleName(tr("Host and port"));
    m_tcpMessage = new InlineMessage(m_tcp, probeBox);
    probeForm->addRow(QString(), m_tcpMessage);
    m_probeCommand = new QLineEdit(this);
    probeForm->addRow(addChoice(u"command"_s, tr("Run a test co&mmand:"),
                                tr("The link is up when this command exits with status 0.")),
                      m_probeCommand);
    FormFields::describe(m_probeCommand, tr("A program that exits with 0 when the link is up."), {});
    m_probeCommand->setAccessibleName(tr("Test command"));
    m_probeCommandMessage = new InlineMessage(m_probeCommand, probeBox);
    probeForm->addRow(QString(), m_probeCommandMessage);
    m_probeTime = new QSpinBox(this);
    m_probeTime->setRange(1, 600);
    m_probeTime->setSuffix(tr(" s"));
    FormFields::addRow(
        probeForm, tr("Test &time limit:"), m_probeTime, tr("How long one test may take."),
        tr("Seconds one test may take; the test is repeated until the dial time limit is used up."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionProfileDialog::reject);

    QString kind = u"none"_s;
    if (entry.probe.startsWith("tcp:"_L1)) {
        kind = u"tcp"_s;
        m_tcp->setText(entry.probe.mid(4));
    } else if (entry.probe.startsWith("command:"_L1)) {
        kind = u"command"_s;
        m_probeCommand->setText(entry.probe.mid(8));
    }
    probeChoice(kind)->setChecked(true);
    m_probeTime->setValue(entry.probeTimeoutSeconds);
    connect(m_probe, &QButtonGroup::buttonToggled, this, &ConnectionProfileDialog::updateEnabled);
    updateEnabled();
    setTabOrder(probeChoice(u"tcp"_s), m_tcp);
    setTabOrder(m_tcp, probeChoice(u"command"_s));
    setTabOrder(probeChoice(u"command"_s), m_probeCommand);
    setTabOrder(m_probeCommand, m_probeTime);
}

QRadioButton *ConnectionProfileDialog::probeChoice(const QString &kind) const
{
    for (QAbstractButton *button : m_probe->buttons()) {
        if (button->property("choice").toString() == kind)
            return qobject_cast<QRadioButton *>(button);
    }
    return nullptr;
}

void ConnectionProfileDialog::updateEnabled()
{
    m_tcp->setEnabled(probeChoice(u"tcp"_s)->isChecked());
    m_probeCommand->setEnabled(probeChoice(u"command"_s)->isChecked());
}

CustomProfileEntry ConnectionProfileDialog::entry() const
{
    CustomProfileEntry result;
    result.name = m_name->text();
    result.connect = m_connect->text().trimmed();
    result.disconnect = m_disconnect->text().trimmed();
    if (probeChoice(u"tcp"_s)->isChecked())
        result.probe = QString(u"tcp:"_s + m_tcp->text().trimmed());
    else if (probeChoice(u"command"_s)->isChecked())
        result.probe = QString(u"command:"_s + m_probeCommand->text().trimmed());
    result.probeTimeoutSeconds = m_probeTime->value();
    return result;
}

bool ConnectionProfileDialog::validate()
{
    const CustomProfileEntry current = entry();
    // Each field is checked on its own with the table's validate(), so the message names that field.
    CustomProfileEntry one = probeEntry();
    one.name = current.name;
    QString nameProblem = one.validate();
    if (nameProblem.isEmpty() && m_takenNames.contains(current.name))
        nameProblem = tr("There is already a connection profile named %1.").arg(current.name);
    one = probeEntry();
    one.connect = current.connect;
    const QString connectProblem =
        current.connect.isEmpty() ? tr("Enter the command that brings the link up.") : one.validate();
    one = probeEntry();
    one.disconnect = current.disconnect;
    const QString disconnectProblem = one.validate();
    one = probeEntry();
    one.probe = current.probe;
    one.probeTimeoutSeconds = current.probeTimeoutSeconds;
    const QString probeProblem = one.validate();
    const bool tcp = probeChoice(u"tcp"_s)->isChecked();

    m_nameMessage->showProblem(nameProblem);
    m_connectMessage->showProblem(connectProblem);
    m_disconnectMessage->showProblem(disconnectProblem);
    m_tcpMessage->showProblem(tcp ? probeProblem : QString());
    m_probeCommandMessage->showProblem(tcp ? QString() : probeProblem);
    const QList<std::pair<QString, QWidget *>> problems = {{nameProblem, m_name},
                                                           {connectProblem, m_connect},
                                                           {disconnectProblem, m_disconnect},
                                                           {probeProblem, tcp ? m_tcp : m_probeCommand}};
    for (const auto &[problem, field] : problems) {
        if (!problem.isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    // Whatever the field checks missed (nothing, today) still keeps a bad profile out.
    const QString overall = current.validate();
    m_nameMessage->showProblem(overall);
    return overall.isEmpty();
}

void ConnectionProfileDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace Sluice
