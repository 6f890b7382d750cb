// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionWizardPage.h"

#include "ConnectionProfileTable.h"
#include "ConsoleContext.h"
#include "FirstRunPlan.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

ConnectionWizardPage::ConnectionWizardPage(ConsoleContext *context, const QList<ConnectionProfile> &profiles,
                                           QWidget *parent)
    : FirstRunPage(context, parent)
{
    setTitle(tr("Connection"));
    setSubTitle(
        tr("How this machine reaches the Internet, and when Sluice exchanges mail with your provider."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildLink(profiles));
    layout->addWidget(buildSchedule());
    layout->addStretch();
    prefill();
    connect(m_always, &QRadioButton::toggled, this, [this] {
        onEdited();
        markEdited();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] { markEdited(); });
    connect(m_schedule, &QButtonGroup::idToggled, this, [this] {
        onEdited();
        markEdited();
    });
    onEdited();
}

QWidget *ConnectionWizardPage::buildLink(const QList<ConnectionProfile> &found)
{
    auto *group = new QGroupBox(tr("Connection to the Internet"), this);
    auto *grid = new QGridLayout(group);
    m_always = new QRadioButton(tr("&Always connected (DSL, cable or a leased line)"), group);
    m_dial = new QRadioButton(tr("D&ial this connection:"), group);
    FormFields::describe(m_always, tr("The Internet link is always up; Sluice never dials."), QString());
    FormFields::describe(
        m_dial,
        tr("Sluice brings this connection up when it exchanges mail, and hangs up "
           "when the link has been idle."),
        tr("The connections NetworkManager and pppd know on this machine. Logon information, "
           "retries and the idle time-out are on the Dial-up Connections page."));
    auto *links = new QButtonGroup(group);
    links->addButton(m_always);
    links->addButton(m_dial);
    m_profile = new QComboBox(group);
    m_profile->setToolTip(tr("The connection to dial."));
    m_profile->setWhatsThis(m_dial->whatsThis());
    m_profile->setAccessibleName(tr("Connection to dial"));
    QList<ConnectionProfile> profiles = found;
    for (const CustomProfileEntry &entry : context()->profiles()->entries())
        profiles.append(entry.toProfile());
    for (const ConnectionProfile &profile : std::as_const(profiles)) {
        if (profile.kind != ConnectionProfile::Kind::AlwaysConnected && m_profile->findData(profile.id()) < 0)
            m_profile->addItem(profile.displayName(), profile.id());
    }
    grid->addWidget(m_always, 0, 0, 1, 2);
    grid->addWidget(m_dial, 1, 0);
    grid->addWidget(m_profile, 1, 1);
    auto *message = new InlineMessage(m_profile, group);
    grid->addWidget(message, 2, 1);
    addMessage(m_profile, message);
    if (m_profile->count() == 0) {
        auto *none =
            new QLabel(tr("No dial-up connection was found on this machine (NetworkManager or pppd). "
                          "You can add one later on the Dial-up Connections page."),
                       group);
        none->setWordWrap(true);
        grid->addWidget(none, 3, 0, 1, 2);
    }
    grid->setColumnStretch(1, 1);
    return group;
}

QRadioButton *ConnectionWizardPage::addSchedule(const QString &mode, const QString &text,
                                                const QString &toolTip)
{
    auto *button = new QRadioButton(text, this);
    FormFields::describe(button, toolTip, QString());
    m_schedule->addButton(button, int(m_modes.size()));
    m_modes << mode;
    return button;
}

QSpinBox *ConnectionWizardPage::minutesBox(QLatin1StringView key, const QString &accessibleName)
{
    const SettingDefinition *definition = context()->settings()->definition(key);
    auto *box = new QSpinBox(this);
    box->setRange(definition->minimum, definition->maximum);
    box->setSuffix(tr(" minutes"));
    box->setToolTip(definition->description);
    box->setWhatsThis(definition->description);
    box->setAccessibleName(accessibleName);
    return box;
}

QWidget *ConnectionWizardPage::buildSchedule()
{
    auto *group = new QGroupBox(tr("When to connect"), this);
    auto *grid = new QGridLayout(group);
    m_schedule = new QButtonGroup(group);
    QRadioButton *every =
        addSchedule(u"every"_s, tr("&Every"), tr("Connect at regular intervals, and at start."));
    m_everyMinutes = minutesBox(Keys::ScheduleEveryMinutes, tr("Minutes between connections"));
    QRadioButton *queued =
        addSchedule(u"when_queued"_s, tr("&When outgoing mail has waited"),
                    tr("Connect only when there is mail to send and it has waited this long."));
    m_queuedMinutes = minutesBox(Keys::ScheduleQueuedMinutes, tr("Minutes outgoing mail waits"));
    QRadioButton *always = addSchedule(u"always"_s, tr("&Stay connected all the time"),
                                       tr("Keep the connection up and exchange mail as it comes."));
    QRadioButton *manual = addSchedule(u"manual"_s, tr("&Only when I ask (Connect now)"),
                                       tr("Connect only when you click Connect now in the console."));
    grid->addWidget(every, 0, 0);
    grid->addWidget(m_everyMinutes, 0, 1);
    grid->addWidget(queued, 1, 0);
    grid->addWidget(m_queuedMinutes, 1, 1);
    grid->addWidget(always, 2, 0, 1, 2);
    grid->addWidget(manual, 3, 0, 1, 2);
    // Times of day are edited in the schedule editor; when they are set, running the wizard again keeps them.
    const QString times = context()->settings()->stringValue(Keys::ScheduleTimes);
    if (context()->settings()->stringValue(Keys::ScheduleMode) == "at"_L1) {
        QRadioButton *at = addSchedule(u"at"_s, tr("At the &times set in the Properties (%1)").arg(times),
                                       tr("Keep the times of day chosen on the Dial-up Connections page."));
        grid->addWidget(at, 4, 0, 1, 2);
    }
    grid->setColumnStretch(2, 1);
    setTabOrder(every, m_everyMinutes);
    setTabOrder(m_everyMinutes, queued);
    setTabOrder(queued, m_queuedMinutes);
    setTabOrder(m_queuedMinutes, always);
    return group;
}

void ConnectionWizardPage::prefill()
{
    const Settings *settings = context()->settings();
    const QString profile = settings->stringValue(Keys::DialupProfile);
    if (profile != "always"_L1 && m_profile->findData(profile) < 0)
        m_profile->addItem(profile, profile); // no longer found on this machine: kept as it was
    m_always->setChecked(profile == "always"_L1);
    m_dial->setChecked(profile != "always"_L1);
    m_dial->setEnabled(m_profile->count() > 0);
    if (profile != "always"_L1)
        m_profile->setCurrentIndex(m_profile->findData(profile));
    const qsizetype mode = m_modes.indexOf(settings->stringValue(Keys::ScheduleMode));
    m_schedule->button(mode < 0 ? 0 : int(mode))->setChecked(true);
    m_everyMinutes->setValue(settings->intValue(Keys::ScheduleEveryMinutes));
    m_queuedMinutes->setValue(settings->intValue(Keys::ScheduleQueuedMinutes));
}

QRadioButton *ConnectionWizardPage::scheduleButton(const QString &mode) const
{
    const qsizetype id = m_modes.indexOf(mode);
    return id < 0 ? nullptr : qobject_cast<QRadioButton *>(m_schedule->button(int(id)));
}

QString ConnectionWizardPage::scheduleMode() const
{
    return m_modes.value(m_schedule->checkedId(), u"every"_s);
}

void ConnectionWizardPage::onEdited()
{
    m_profile->setEnabled(m_dial->isChecked());
    m_everyMinutes->setEnabled(scheduleMode() == "every"_L1);
    m_queuedMinutes->setEnabled(scheduleMode() == "when_queued"_L1);
    revalidate();
}

QList<WizardProblem> ConnectionWizardPage::problems() const
{
    if (m_dial->isChecked() && m_profile->currentIndex() < 0)
        return {{m_profile, tr("Choose the connection to dial."), false}};
    return {};
}

void ConnectionWizardPage::addTo(FirstRunPlan *plan) const
{
    if (m_dial->isChecked())
        plan->set(Keys::DialupProfile, m_profile->currentData().toString(), tr("Connection"),
                  m_profile->currentText());
    else
        plan->set(Keys::DialupProfile, u"always"_s, tr("Connection"), tr("always connected"));
    const QString mode = scheduleMode();
    const QString label = tr("When to connect");
    if (mode == "every"_L1) {
        plan->set(Keys::ScheduleMode, mode, label,
                  tr("every %n minute(s)", nullptr, m_everyMinutes->value()));
        plan->set(Keys::ScheduleEveryMinutes, QString::number(m_everyMinutes->value()),
                  tr("Minutes between connections"));
    } else if (mode == "when_queued"_L1) {
        plan->set(Keys::ScheduleMode, mode, label,
                  tr("when outgoing mail has waited %n minute(s)", nullptr, m_queuedMinutes->value()));
        plan->set(Keys::ScheduleQueuedMinutes, QString::number(m_queuedMinutes->value()),
                  tr("Minutes outgoing mail waits"));
    } else if (mode == "always"_L1) {
        plan->set(Keys::ScheduleMode, mode, label, tr("stay connected"));
    } else if (mode == "manual"_L1) {
        plan->set(Keys::ScheduleMode, mode, label, tr("only when asked"));
    } else {
        plan->set(Keys::ScheduleMode, mode, label, tr("at the times set in the Properties"));
    }
}

} // namespace Sluice
