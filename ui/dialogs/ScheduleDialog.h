// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Sluice {

class InlineMessage;

/// The schedule.* settings as the Dial-up Connections page holds them until it is saved.
struct ScheduleSettings
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ScheduleDialog)
public:
    QString mode = QStringLiteral("every"); ///< every | at | when_queued | always | manual
    int everyMinutes = 60;
    QString times; ///< "mon-fri 08:00,12:30; sat 10:00"
    int queuedMinutes = 15;

    /// One line in plain words for the page ("Connect every 2 hours 30 minutes and when Sluice starts.").
    QString summary() const;
    /// Empty when the schedule can start a connection by itself (or is not meant to: manual, always);
    /// else why it never could, in the engine's words (Schedule::parseTimes, Schedule::canEverFire).
    QString problem() const;
    /// The times as a readable list per weekday ("Monday: 08:00, 12:30"); empty when they do not parse.
    static QString timesPreview(const QString &times);
};

/// The IMS schedule choices: every H hours M minutes, at these times per weekday, when outbound mail has
/// waited, always connected, or only on "Connect now". OK is refused while the schedule could never
/// fire; the problem is shown under the field that causes it.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScheduleDialog(const ScheduleSettings &schedule, QWidget *parent = nullptr);

    ScheduleSettings schedule() const;
    /// Shows the problems inline; true when the schedule may be accepted.
    bool validate();
    void accept() override;

    QLineEdit *timesField() const { return m_times; }
    QSpinBox *hoursField() const { return m_hours; }
    QSpinBox *minutesField() const { return m_minutes; }
    QSpinBox *queuedField() const { return m_queued; }
    QRadioButton *choice(const QString &mode) const;

private:
    QRadioButton *addChoice(const QString &mode, const QString &text, const QString &toolTip);
    void updateEnabled();
    void updatePreview();

    QButtonGroup *m_group;
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QLineEdit *m_times;
    QLabel *m_preview;
    QSpinBox *m_queued;
    InlineMessage *m_everyMessage;
    InlineMessage *m_timesMessage;
    InlineMessage *m_queuedMessage;
};

} // namespace Sluice
