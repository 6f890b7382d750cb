// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirstRunPage.h"

#include "dial/ConnectionProfile.h"

class QButtonGroup;
class QComboBox;
class QRadioButton;
class QSpinBox;

namespace Sluice {

/// Step 5: how this machine is connected (dialup.profile: always connected, or one of the connections
/// found on the machine) and when Sluice exchanges mail with the provider (schedule.mode: every N
/// minutes, when mail has waited X minutes, always, or only when asked).
class ConnectionWizardPage : public FirstRunPage
{
    Q_OBJECT
public:
    /// profiles: the connections found on this machine (ProfileDiscovery); the custom profiles of the
    /// Dial-up Connections page are added to them.
    ConnectionWizardPage(ConsoleContext *context, const QList<ConnectionProfile> &profiles,
                         QWidget *parent = nullptr);

    QRadioButton *alwaysConnectedButton() const { return m_always; }
    QRadioButton *dialButton() const { return m_dial; }
    QComboBox *profileBox() const { return m_profile; }
    /// The radio button of a schedule.mode value ("every", "when_queued", "always", "manual", "at").
    QRadioButton *scheduleButton(const QString &mode) const;
    QSpinBox *everyMinutesBox() const { return m_everyMinutes; }
    QSpinBox *queuedMinutesBox() const { return m_queuedMinutes; }

    QList<WizardProblem> problems() const override;
    void addTo(FirstRunPlan *plan) const override;

private:
    QWidget *buildLink(const QList<ConnectionProfile> &profiles);
    QWidget *buildSchedule();
    QRadioButton *addSchedule(const QString &mode, const QString &text, const QString &toolTip);
    QSpinBox *minutesBox(QLatin1StringView key, const QString &accessibleName);
    void prefill();
    void onEdited();
    QString scheduleMode() const;

    QRadioButton *m_always = nullptr;
    QRadioButton *m_dial = nullptr;
    QComboBox *m_profile = nullptr;
    QButtonGroup *m_schedule = nullptr;
    QStringList m_modes; ///< schedule.mode values, by button id
    QSpinBox *m_everyMinutes = nullptr;
    QSpinBox *m_queuedMinutes = nullptr;
};

} // namespace Sluice
