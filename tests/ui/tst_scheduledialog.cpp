// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule editor of the Dial-up Connections page: it shows the stored schedule, refuses every
// schedule that could never start a connection (with the reason under the field, which gets focus),
// and hands back what the admin chose.

#include "ConsoleFixture.h"
#include "DialogDriver.h"
#include "dialogs/ScheduleDialog.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestScheduleDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheSchedule();
    void refusesEveryZeroMinutes();
    void refusesAtWithoutTimes();
    void refusesTimesThatDoNotParse_data();
    void refusesTimesThatDoNotParse();
    void acceptsTimesPerWeekday();
    void acceptsTheOtherChoices_data();
    void acceptsTheOtherChoices();
    void summariesInPlainWords();
    void onlyTheChosenFieldsAreEnabled();
};

namespace {

QStringList shownProblems(const QDialog &dialog)
{
    QStringList problems;
    for (const InlineMessage *message : dialog.findChildren<InlineMessage *>()) {
        if (message->hasProblem())
            problems << message->text();
    }
    return problems;
}

bool showActive(QDialog *dialog)
{
    dialog->show();
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog);
}

} // namespace

void TestScheduleDialog::showsTheSchedule()
{
    ScheduleSettings schedule;
    schedule.mode = u"every"_s;
    schedule.everyMinutes = 150;
    schedule.times = u"mon-fri 08:00"_s;
    schedule.queuedMinutes = 45;
    ScheduleDialog dialog(schedule);
    QVERIFY(dialog.choice(u"every"_s)->isChecked());
    QCOMPARE(dialog.hoursField()->value(), 2);
    QCOMPARE(dialog.minutesField()->value(), 30);
    QCOMPARE(dialog.timesField()->text(), u"mon-fri 08:00"_s);
    QCOMPARE(dialog.queuedField()->value(), 45);
    QCOMPARE(dialog.schedule().everyMinutes, 150);
    QCOMPARE(dialog.schedule().mode, u"every"_s);
    QVERIFY(saveScreenshot(&dialog, u"dialog-schedule"_s));
}

void TestScheduleDialog::refusesEveryZeroMinutes()
{
    ScheduleDialog dialog(ScheduleSettings{});
    QVERIFY(showActive(&dialog));
    dialog.hoursField()->setValue(0);
    dialog.minutesField()->setValue(0);
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(shownProblems(dialog).size(), 1);
    QVERIFY2(shownProblems(dialog).constFirst().contains(u"never"_s),
             qPrintable(shownProblems(dialog).join(u'|')));
    QCOMPARE(QApplication::focusWidget(), dialog.hoursField());

    dialog.minutesField()->setValue(5);
    clickOk(&dialog);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.schedule().everyMinutes, 5);
}

void TestScheduleDialog::refusesAtWithoutTimes()
{
    ScheduleDialog dialog(ScheduleSettings{});
    QVERIFY(showActive(&dialog));
    dialog.choice(u"at"_s)->setChecked(true);
    dialog.timesField()->clear();
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(shownProblems(dialog).size(), 1);
    QCOMPARE(QApplication::focusWidget(), dialog.timesField());
}

void TestScheduleDialog::refusesTimesThatDoNotParse_data()
{
    QTest::addColumn<QString>("times");
    QTest::newRow("not a weekday") << u"mon-fry 08:00"_s;
    QTest::newRow("not a time") << u"mon 25:00"_s;
    QTest::newRow("no time at all") << u"mon-fri"_s;
    QTest::newRow("words") << u"every morning"_s;
}

void TestScheduleDialog::refusesTimesThatDoNotParse()
{
    QFETCH(QString, times);
    ScheduleDialog dialog(ScheduleSettings{});
    QVERIFY(showActive(&dialog));
    dialog.choice(u"at"_s)->setChecked(true);
    dialog.timesField()->setText(times);
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    const QStringList problems = shownProblems(dialog);
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.constFirst().isEmpty());
    QCOMPARE(QApplication::focusWidget(), dialog.timesField());
    QVERIFY(!ScheduleSettings({u"at"_s, 60, times, 15}).problem().isEmpty());
}

void TestScheduleDialog::acceptsTimesPerWeekday()
{
    ScheduleDialog dialog(ScheduleSettings{});
    dialog.choice(u"at"_s)->setChecked(true);
    QTest::keyClicks(dialog.timesField(), u"mon-fri 08:00,12:30; sat 10:00"_s);
    // The preview shows what the engine understood, day by day.
    const QString preview = ScheduleSettings::timesPreview(dialog.timesField()->text());
    QVERIFY2(preview.contains(u"Monday: 08:00, 12:30"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"Saturday: 10:00"_s), qPrintable(preview));
    QVERIFY(!preview.contains(u"Sunday"_s));
    bool previewShown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        previewShown = previewShown || label->text() == preview;
    QVERIFY(previewShown);
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.schedule().mode, u"at"_s);
    QCOMPARE(dialog.schedule().times, u"mon-fri 08:00,12:30; sat 10:00"_s);
}

void TestScheduleDialog::acceptsTheOtherChoices_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("when queued") << u"when_queued"_s;
    QTest::newRow("always") << u"always"_s;
    QTest::newRow("manual") << u"manual"_s;
}

void TestScheduleDialog::acceptsTheOtherChoices()
{
    QFETCH(QString, mode);
    // Fields of other choices do not matter: an empty time list is fine when "at" is not chosen.
    ScheduleDialog dialog(ScheduleSettings{u"at"_s, 60, QString(), 15});
    dialog.choice(mode)->setChecked(true);
    dialog.queuedField()->setValue(30);
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.schedule().mode, mode);
    QCOMPARE(dialog.schedule().queuedMinutes, 30);
}

void TestScheduleDialog::summariesInPlainWords()
{
    const QString every = ScheduleSettings({u"every"_s, 90, {}, 15}).summary();
    QVERIFY2(every.startsWith(u"Connect every 1 hour"_s) && every.contains(u"30 minute"_s),
             qPrintable(every));
    QVERIFY(ScheduleSettings({u"every"_s, 120, {}, 15}).summary().contains(u"2 hour"_s));
    QVERIFY(ScheduleSettings({u"at"_s, 60, u"sat 10:00"_s, 15}).summary().contains(u"sat 10:00"_s));
    QVERIFY(ScheduleSettings({u"when_queued"_s, 60, {}, 20}).summary().contains(u"20 minute"_s));
    QVERIFY(ScheduleSettings({u"manual"_s, 60, {}, 15}).summary().contains(u"Connect now"_s));
    QVERIFY(ScheduleSettings({u"always"_s, 60, {}, 15}).problem().isEmpty());
}

void TestScheduleDialog::onlyTheChosenFieldsAreEnabled()
{
    ScheduleDialog dialog(ScheduleSettings{});
    QVERIFY(dialog.hoursField()->isEnabled());
    QVERIFY(!dialog.timesField()->isEnabled());
    dialog.choice(u"at"_s)->setChecked(true);
    QVERIFY(!dialog.hoursField()->isEnabled());
    QVERIFY(dialog.timesField()->isEnabled());
    QVERIFY(!dialog.queuedField()->isEnabled());
    dialog.choice(u"when_queued"_s)->setChecked(true);
    QVERIFY(dialog.queuedField()->isEnabled());
}

QTEST_MAIN(TestScheduleDialog)
#include "tst_scheduledialog.moc"
