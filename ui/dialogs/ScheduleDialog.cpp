// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleDialog.h"

#include "schedule/Schedule.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr int MaxMinutes = 7 * 24 * 60; // the registry's limit for both intervals

} // namespace

QString ScheduleSettings::summary() const
{
    if (mode == "every"_L1) {
        const int hours = everyMinutes / 60;
        const int minutes = everyMinutes % 60;
        if (hours == 0)
            return tr("Connect every %n minute(s), and when Sluice starts.", nullptr, minutes);
        if (minutes == 0)
            return tr("Connect every %n hour(s), and when Sluice starts.", nullptr, hours);
        return tr("Connect every %1 and %2, and when Sluice starts.")
            .arg(tr("%n hour(s)", nullptr, hours), tr("%n minute(s)", nullptr, minutes));
    }
    if (mode == "at"_L1)
        return times.trimmed().isEmpty() ? tr("Connect at set times (none set yet).")
                                         : tr("Connect at these times: %1.").arg(times);
    if (mode == "when_queued"_L1)
        return tr("Connect when outbound mail has been queued for %n minute(s).", nullptr, queuedMinutes);
    if (mode == "always"_L1)
        return tr("Stay connected all the time.");
    return tr("Connect only when you click Connect now.");
}

QString ScheduleSettings::problem() const
{
    Schedule schedule;
    schedule.everyMinutes = everyMinutes;
    schedule.queuedMinutes = queuedMinutes;
    if (mode == "every"_L1) {
        schedule.kind = Schedule::Kind::Every;
    } else if (mode == "at"_L1) {
        schedule.kind = Schedule::Kind::AtTimes;
        QString error;
        if (!Schedule::parseTimes(times, &schedule.times, &error))
            return error;
    } else if (mode == "when_queued"_L1) {
        schedule.kind = Schedule::Kind::WhenQueued;
    } else {
        return {};
    }
    QString why;
    if (!schedule.canEverFire(&why))
        return tr("This schedule can never start a connection: %1").arg(why);
    if ((mode == "every"_L1 && everyMinutes > MaxMinutes) ||
        (mode == "when_queued"_L1 && queuedMinutes > MaxMinutes))
        return tr("The interval can be at most 7 days (168 hours).");
    return {};
}

QString ScheduleSettings::timesPreview(const QString &times)
{
    QList<ScheduleTime> parsed;
    QString error;
    if (!Schedule::parseTimes(times, &parsed, &error))
        return {};
    QStringList lines;
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        QStringList clock;
        for (const ScheduleTime &entry : std::as_const(parsed)) {
            if (entry.weekdays & (1u << day))
                clock << entry.time.toString(u"HH:mm"_s);
        }
        if (!clock.isEmpty())
            lines << tr("%1: %2").arg(locale.dayName(day + 1), clock.join(u", "_s));
    }
    return lines.join(u'\n');
}

ScheduleDialog::ScheduleDialog(const ScheduleSettings &schedule, QWidget *parent)
    : QDialog(parent)
    , m_group(new QButtonGroup(this))
{
    setWindowTitle(tr("Schedule"));
    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Connect to the provider"), this);
    auto *boxLayout = new QVBoxLayout(box);
    layout->addWidget(box);
    const auto row = [&](QRadioButton *radio, const QList<QWidget *> &fields) {
        auto *line = new QHBoxLayout;
        line->addWidget(radio);
        for (QWidget *field : fields)
            line->addWidget(field);
        line->addStretch();
        boxLayout->addLayout(line);
    };

    m_hours = new QSpinBox(box);
    m_hours->setRange(0, MaxMinutes / 60);
    m_hours->setSuffix(tr(" h"));
    m_minutes = new QSpinBox(box);
    m_minutes->setRange(0, 59);
    m_minutes->setSuffix(tr(" min"));
    FormFields::describe(m_hours, tr("Hours between connections."), {});
    m_hours->setAccessibleName(tr("Hours"));
    FormFields::describe(m_minutes, tr("Minutes between connections, added to the hours."), {});
    m_minutes->setAccessibleName(tr("Minutes"));
    row(addChoice(
            u"every"_s, tr("&Every"),
            tr("Connect at a fixed interval, counted from the last connection; also when Sluice starts.")),
        {m_hours, m_minutes});
    m_everyMessage = new InlineMessage(m_hours, box);
    boxLayout->addWidget(m_everyMessage);

    row(addChoice(u"at"_s, tr("&At these times:"),
                  tr("Connect at set times of day, per weekday (local time).")),
        {});
    m_times = new QLineEdit(box);
    m_times->setPlaceholderText(tr("mon-fri 08:00,12:30; sat 10:00"));
    auto *timesLabel = new QLabel(tr("&Times:"), box);
    FormFields::describe(
        timesLabel, m_times,
        tr("Times of day, each group starting with its weekdays, groups separated by “;”."),
        tr("Write the weekdays (mon, tue, wed, thu, fri, sat, sun, ranges such as mon-fri, or "
           "lists such as sat,sun) and then the times of day separated by commas, for "
           "example “mon-fri 08:00,12:30; sat 10:00”. Times without weekdays apply to "
           "every day. The preview below shows what Sluice understood."));
    auto *timesLine = new QHBoxLayout;
    timesLine->addSpacing(24);
    timesLine->addWidget(timesLabel);
    timesLine->addWidget(m_times, 1);
    boxLayout->addLayout(timesLine);
    m_timesMessage = new InlineMessage(m_times, box);
    boxLayout->addWidget(m_timesMessage);
    m_preview = new QLabel(box);
    m_preview->setAccessibleName(tr("Times preview"));
    m_preview->setContentsMargins(24, 0, 0, 0);
    boxLayout->addWidget(m_preview);

    m_queued = new QSpinBox(box);
    m_queued->setRange(1, MaxMinutes);
    m_queued->setSuffix(tr(" min"));
    FormFields::describe(
        m_queued, tr("How long outbound mail waits before Sluice connects for it."),
        tr("Sluice connects when the oldest outbound message has waited this long, and never "
           "more often than this."));
    m_queued->setAccessibleName(tr("Minutes queued"));
    row(addChoice(u"when_queued"_s, tr("When outbound mail has been &queued for"),
                  tr("Connect only when there is outbound mail that has waited long enough.")),
        {m_queued});
    m_queuedMessage = new InlineMessage(m_queued, box);
    boxLayout->addWidget(m_queuedMessage);

    row(addChoice(u"always"_s, tr("Al&ways connected"),
                  tr("Keep the link up all the time, and bring it up again when it drops.")),
        {});
    row(addChoice(u"manual"_s, tr("&Only when I click Connect now"),
                  tr("Never connect by itself; only when you click Connect now in the console or the tray.")),
        {});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleDialog::reject);

    m_hours->setValue(schedule.everyMinutes / 60);
    m_minutes->setValue(schedule.everyMinutes % 60);
    m_times->setText(schedule.times);
    m_queued->setValue(schedule.queuedMinutes);
    if (QRadioButton *chosen = choice(schedule.mode))
        chosen->setChecked(true);
    connect(m_group, &QButtonGroup::buttonToggled, this, &ScheduleDialog::updateEnabled);
    connect(m_times, &QLineEdit::textChanged, this, &ScheduleDialog::updatePreview);
    updateEnabled();
    updatePreview();

    setTabOrder(choice(u"every"_s), m_hours);
    setTabOrder(m_hours, m_minutes);
    setTabOrder(m_minutes, choice(u"at"_s));
    setTabOrder(choice(u"at"_s), m_times);
    setTabOrder(m_times, choice(u"when_queued"_s));
    setTabOrder(choice(u"when_queued"_s), m_queued);
    setTabOrder(m_queued, choice(u"always"_s));
    setTabOrder(choice(u"always"_s), choice(u"manual"_s));
}

QRadioButton *ScheduleDialog::addChoice(const QString &mode, const QString &text, const QString &toolTip)
{
    auto *radio = new QRadioButton(text, this);
    radio->setProperty("choice", mode);
    FormFields::describe(radio, toolTip, {});
    m_group->addButton(radio);
    return radio;
}

QRadioButton *ScheduleDialog::choice(const QString &mode) const
{
    for (QAbstractButton *button : m_group->buttons()) {
        if (button->property("choice").toString() == mode)
            return qobject_cast<QRadioButton *>(button);
    }
    return nullptr;
}

ScheduleSettings ScheduleDialog::schedule() const
{
    ScheduleSettings result;
    QAbstractButton *checked = m_group->checkedButton();
    result.mode = checked ? checked->property("choice").toString() : u"manual"_s;
    result.everyMinutes = m_hours->value() * 60 + m_minutes->value();
    result.times = m_times->text().trimmed();
    // Stored in the engine's canonical form, as `sluice config get` would print it.
    QList<ScheduleTime> parsed;
    QString error;
    if (!result.times.isEmpty() && Schedule::parseTimes(result.times, &parsed, &error) && !parsed.isEmpty())
        result.times = Schedule::timesToText(parsed);
    result.queuedMinutes = m_queued->value();
    return result;
}

void ScheduleDialog::updateEnabled()
{
    const ScheduleSettings current = schedule();
    m_hours->setEnabled(current.mode == "every"_L1);
    m_minutes->setEnabled(current.mode == "every"_L1);
    m_times->setEnabled(current.mode == "at"_L1);
    m_preview->setEnabled(current.mode == "at"_L1);
    m_queued->setEnabled(current.mode == "when_queued"_L1);
}

void ScheduleDialog::updatePreview()
{
    const QString preview = ScheduleSettings::timesPreview(m_times->text());
    m_preview->setText(preview.isEmpty() && !m_times->text().trimmed().isEmpty() ? tr("(not understood yet)")
                                                                                 : preview);
}

bool ScheduleDialog::validate()
{
    const ScheduleSettings current = schedule();
    const QString problem = current.problem();
    m_everyMessage->showProblem(current.mode == "every"_L1 ? problem : QString());
    m_timesMessage->showProblem(current.mode == "at"_L1 ? problem : QString());
    m_queuedMessage->showProblem(current.mode == "when_queued"_L1 ? problem : QString());
    if (!problem.isEmpty()) {
        QWidget *field = current.mode == "at"_L1      ? static_cast<QWidget *>(m_times)
                         : current.mode == "every"_L1 ? static_cast<QWidget *>(m_hours)
                                                      : static_cast<QWidget *>(m_queued);
        field->setFocus(Qt::OtherFocusReason);
    }
    return problem.isEmpty();
}

void ScheduleDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace Sluice
