// SPDX-License-Identifier: GPL-3.0-or-later
// The Dial-up Connections page on a real configuration database: it shows the stored values, stores
// edits (custom profiles included) on Apply and forgets them on Cancel, refuses what could never work,
// keeps the logon password in the secret store only, and dials for real with "Dial now".

#include "ConnectionProfileModel.h"
#include "ConnectionProfileTable.h"
#include "ConsoleFixture.h"
#include "DialogDriver.h"
#include "PropertySheet.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "dialogs/ConnectionProfileDialog.h"
#include "dialogs/DialNowDialog.h"
#include "dialogs/LogonInformationDialog.h"
#include "dialogs/ScheduleDialog.h"
#include "pages/DialupPage.h"
#include "widgets/InlineMessage.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTreeView>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestDialupPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithStoredValues();
    void applyStoresEdits();
    void cancelDiscards();
    void refusesScheduleThatNeverFires();
    void scheduleDialogChangesTheSchedule();
    void refusesRemovedProfile();
    void customProfileAddEditRemove();
    void profileDialogRefusals_data();
    void profileDialogRefusals();
    void logonPasswordGoesToSecretStoreOnly();
    void dialNowSucceeds();
    void dialNowReportsFailureWithOutput();
    void dialNowUsesStoredPasswordAndHangsUp();

private:
    PropertySheet *openSheet();
    void addProfile(const CustomProfileEntry &entry, bool choose = true);

    std::unique_ptr<ConsoleFixture> m_fixture;
    DialupPage *m_page = nullptr;
    std::unique_ptr<PropertySheet> m_sheet;
};

void TestDialupPage::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->open());
}

void TestDialupPage::cleanup()
{
    m_sheet.reset();
    m_fixture.reset();
}

PropertySheet *TestDialupPage::openSheet()
{
    m_page = new DialupPage(m_fixture->context.get());
    m_sheet = showSheetWith(m_fixture->context.get(), m_page);
    return m_sheet.get();
}

void TestDialupPage::addProfile(const CustomProfileEntry &entry, bool choose)
{
    QCOMPARE(m_fixture->context->profiles()->put(entry), QString());
    if (choose)
        QCOMPARE(m_fixture->settings->setText(Keys::DialupProfile, QString(u"custom:"_s + entry.name)),
                 QString());
}

namespace {

CustomProfileEntry profile(const QString &name, const QString &connect, const QString &probe = {},
                           const QString &disconnect = {})
{
    CustomProfileEntry entry;
    entry.name = name;
    entry.connect = connect;
    entry.disconnect = disconnect;
    entry.probe = probe;
    entry.probeTimeoutSeconds = 5;
    return entry;
}

bool applyEnabled(PropertySheet *sheet)
{
    return sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled();
}

void select(DialupPage *page, const QString &id)
{
    const int row = page->model()->rowOfKey(id);
    QVERIFY2(row >= 0, qPrintable(id));
    page->connectionList()->setCurrentIndex(page->model()->index(row, 0));
}

DialNowDialog *waitForDialNow(DialupPage *page)
{
    DialNowDialog *dialog = nullptr;
    const bool done = QTest::qWaitFor(
        [&] {
            dialog = page->findChild<DialNowDialog *>();
            return dialog && dialog->isDone();
        },
        20000);
    return done ? dialog : nullptr;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when server goes
}

} // namespace

void TestDialupPage::opensWithStoredValues()
{
    Settings *settings = m_fixture->settings.get();
    addProfile(profile(u"modem"_s, u"pon modem"_s, u"tcp:127.0.0.1:25"_s));
    for (const auto &[key, value] : QList<std::pair<QLatin1StringView, QString>>{
             {Keys::DialupRetries, u"3"_s},
             {Keys::DialupRetryDelay, u"45"_s},
             {Keys::DialupTimeLimit, u"90"_s},
             {Keys::IdleTimeout, u"600"_s},
             {Keys::FirstDeliveryGrace, u"90"_s}, // not whole minutes: kept as it is
             {Keys::ScheduleMode, u"every"_s},
             {Keys::ScheduleEveryMinutes, u"90"_s},
             {Keys::DialupAccount, u"acme"_s}})
        QCOMPARE(settings->setText(key, value), QString());
    PropertySheet *sheet = openSheet();
    QCOMPARE(m_page->selectedProfileId(), u"custom:modem"_s);
    QCOMPARE(m_page->connectionList()->currentIndex().data(ConnectionProfileModel::IdRole).toString(),
             u"custom:modem"_s);
    QCOMPARE(m_page->model()->index(0, 0).data().toString(), u"Always connected (no dialing)"_s);
    QCOMPARE(m_page->retriesField()->value(), 3);
    QCOMPARE(m_page->idleField()->value(), 10);
    QCOMPARE(m_page->graceField()->value(), 2); // 90 s shown rounded
    QVERIFY2(m_page->scheduleSummary().contains(u"1 hour"_s), qPrintable(m_page->scheduleSummary()));
    QVERIFY(!applyEnabled(sheet)); // opening changes nothing, not even the 90 s
    QVERIFY(sheet->apply());
    QCOMPARE(settings->text(Keys::FirstDeliveryGrace), u"90"_s);
    QVERIFY(saveScreenshot(sheet, u"page-dialup"_s));
}

void TestDialupPage::applyStoresEdits()
{
    Settings *settings = m_fixture->settings.get();
    addProfile(profile(u"modem"_s, u"pon modem"_s));
    PropertySheet *sheet = openSheet();
    m_page->retriesField()->setValue(5);
    m_page->idleField()->setValue(20);
    m_page->graceField()->setValue(15);
    select(m_page, u"always"_s);
    QVERIFY(applyEnabled(sheet));
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QCOMPARE(settings->intValue(Keys::DialupRetries), 5);
    QCOMPARE(settings->intValue(Keys::IdleTimeout), 1200);
    QCOMPARE(settings->intValue(Keys::FirstDeliveryGrace), 900);
    QCOMPARE(settings->stringValue(Keys::DialupProfile), u"always"_s);
    QVERIFY(!applyEnabled(sheet));
}

void TestDialupPage::cancelDiscards()
{
    Settings *settings = m_fixture->settings.get();
    PropertySheet *sheet = openSheet();
    m_page->retriesField()->setValue(7);
    onNextDialog<ConnectionProfileDialog>([](ConnectionProfileDialog *dialog) {
        dialog->nameField()->setText(u"isdn"_s);
        dialog->connectField()->setText(u"/bin/true"_s);
        clickOk(dialog);
    });
    m_page->newProfile();
    QCOMPARE(m_page->selectedProfileId(), u"custom:isdn"_s);
    QVERIFY(applyEnabled(sheet));
    sheet->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(settings->intValue(Keys::DialupRetries), 2);
    QVERIFY(m_fixture->context->profiles()->entries().isEmpty());
    QCOMPARE(settings->stringValue(Keys::DialupProfile), u"always"_s);
    // The page shows the store again.
    QCOMPARE(m_page->retriesField()->value(), 2);
    QCOMPARE(m_page->model()->rowOfKey(u"custom:isdn"_s), -1);
    QCOMPARE(m_page->selectedProfileId(), u"always"_s);
}

void TestDialupPage::refusesScheduleThatNeverFires()
{
    Settings *settings = m_fixture->settings.get();
    // Written with the command line: "at" without any time is a valid setting but can never fire.
    QCOMPARE(settings->setText(Keys::ScheduleMode, u"at"_s), QString());
    PropertySheet *sheet = openSheet();
    m_page->retriesField()->setValue(4);
    QVERIFY(!sheet->apply());
    QCOMPARE(settings->intValue(Keys::DialupRetries), 2); // nothing saved
    QCOMPARE(QApplication::focusWidget(), m_page->scheduleButton());
    QVERIFY2(sheet->statusText().contains(u"never"_s), qPrintable(sheet->statusText()));
    bool shown = false;
    for (const InlineMessage *message : m_page->findChildren<InlineMessage *>())
        shown = shown || (message->hasProblem() && message->field() == m_page->scheduleButton());
    QVERIFY(shown);
}

void TestDialupPage::scheduleDialogChangesTheSchedule()
{
    Settings *settings = m_fixture->settings.get();
    PropertySheet *sheet = openSheet();
    bool refused = false;
    onNextDialog<ScheduleDialog>([&refused](ScheduleDialog *dialog) {
        dialog->choice(u"at"_s)->setChecked(true);
        dialog->timesField()->setText(u"sat,sun"_s);
        clickOk(dialog);
        refused = dialog->isVisible();
        dialog->timesField()->setText(u"Mon-Fri 8:00, 17:30"_s);
        clickOk(dialog);
    });
    m_page->editSchedule();
    QVERIFY(refused);
    QVERIFY2(m_page->scheduleSummary().contains(u"8:00"_s), qPrintable(m_page->scheduleSummary()));
    QVERIFY(applyEnabled(sheet));
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QCOMPARE(settings->stringValue(Keys::ScheduleMode), u"at"_s);
    QCOMPARE(settings->stringValue(Keys::ScheduleTimes), u"mon-fri 08:00,17:30"_s);
}

void TestDialupPage::refusesRemovedProfile()
{
    Settings *settings = m_fixture->settings.get();
    addProfile(profile(u"modem"_s, u"pon modem"_s));
    PropertySheet *sheet = openSheet();
    m_page->removeProfile(); // the chosen one is selected
    QCOMPARE(m_page->model()->rowOfKey(u"custom:modem"_s), -1);
    QCOMPARE(m_page->selectedProfileId(), u"custom:modem"_s); // not silently another one
    QVERIFY(!sheet->apply());
    QCOMPARE(QApplication::focusWidget(), m_page->connectionList());
    QCOMPARE(m_fixture->context->profiles()->entries().size(), 1);
    select(m_page, u"always"_s);
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QVERIFY(m_fixture->context->profiles()->entries().isEmpty());
    QCOMPARE(settings->stringValue(Keys::DialupProfile), u"always"_s);
}

void TestDialupPage::customProfileAddEditRemove()
{
    ConnectionProfileTable *table = m_fixture->context->profiles();
    PropertySheet *sheet = openSheet();
    bool shot = false;
    onNextDialog<ConnectionProfileDialog>([&shot](ConnectionProfileDialog *dialog) {
        QTest::keyClicks(dialog->nameField(), u"isdn"_s);
        QTest::keyClicks(dialog->connectField(), u"/usr/bin/isdnctrl dial ippp0"_s);
        QTest::keyClicks(dialog->disconnectField(), u"/usr/bin/isdnctrl hangup ippp0"_s);
        dialog->probeChoice(u"tcp"_s)->setChecked(true);
        QTest::keyClicks(dialog->tcpField(), u"mail.provider.example:25"_s);
        dialog->probeTimeField()->setValue(20);
        shot = saveScreenshot(dialog, u"dialog-connection-profile"_s);
        clickOk(dialog);
    });
    m_page->newProfile();
    QVERIFY(shot);
    QVERIFY(table->entries().isEmpty()); // staged until Apply
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QCOMPARE(table->entries().size(), 1);
    CustomProfileEntry stored = table->entries().constFirst();
    QCOMPARE(stored.name, u"isdn"_s);
    QCOMPARE(stored.connect, u"/usr/bin/isdnctrl dial ippp0"_s);
    QCOMPARE(stored.disconnect, u"/usr/bin/isdnctrl hangup ippp0"_s);
    QCOMPARE(stored.probe, u"tcp:mail.provider.example:25"_s);
    QCOMPARE(stored.probeTimeoutSeconds, 20);
    QCOMPARE(m_fixture->settings->stringValue(Keys::DialupProfile), u"custom:isdn"_s);

    // Edit, renaming it: the page keeps dialing it under its new name.
    select(m_page, u"custom:isdn"_s);
    onNextDialog<ConnectionProfileDialog>([](ConnectionProfileDialog *dialog) {
        QCOMPARE(dialog->connectField()->text(), u"/usr/bin/isdnctrl dial ippp0"_s);
        dialog->nameField()->setText(u"isdn2"_s);
        dialog->probeChoice(u"none"_s)->setChecked(true);
        clickOk(dialog);
    });
    m_page->editProfile();
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QCOMPARE(table->entries().size(), 1);
    stored = table->entries().constFirst();
    QCOMPARE(stored.name, u"isdn2"_s);
    QCOMPARE(stored.probe, QString());
    QCOMPARE(m_fixture->settings->stringValue(Keys::DialupProfile), u"custom:isdn2"_s);

    // Remove: choose another connection first, or the page refuses (see refusesRemovedProfile).
    select(m_page, u"custom:isdn2"_s);
    m_page->removeProfile();
    select(m_page, u"always"_s);
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QVERIFY(table->entries().isEmpty());
}

void TestDialupPage::profileDialogRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("connect");
    QTest::addColumn<QString>("tcp");
    QTest::addColumn<QString>("field");
    QTest::newRow("no connect command") << u"isdn"_s << QString() << QString() << u"connect"_s;
    QTest::newRow("unbalanced quote") << u"isdn"_s << u"pon \"provider"_s << QString() << u"connect"_s;
    QTest::newRow("colon in name") << u"a:b"_s << u"pon"_s << QString() << u"name"_s;
    QTest::newRow("name taken") << u"modem"_s << u"pon"_s << QString() << u"name"_s;
    QTest::newRow("probe without port") << u"isdn"_s << u"pon"_s << u"mail.example"_s << u"tcp"_s;
}

void TestDialupPage::profileDialogRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, connect);
    QFETCH(QString, tcp);
    QFETCH(QString, field);
    ConnectionProfileDialog dialog(CustomProfileEntry(), {u"modem"_s});
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.nameField()->setText(name);
    dialog.connectField()->setText(connect);
    if (!tcp.isEmpty()) {
        dialog.probeChoice(u"tcp"_s)->setChecked(true);
        dialog.tcpField()->setText(tcp);
    }
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QWidget *expected = field == "connect"_L1 ? static_cast<QWidget *>(dialog.connectField())
                        : field == "name"_L1  ? static_cast<QWidget *>(dialog.nameField())
                                              : static_cast<QWidget *>(dialog.tcpField());
    QCOMPARE(QApplication::focusWidget(), expected);
    bool shown = false;
    for (const InlineMessage *message : dialog.findChildren<InlineMessage *>())
        shown = shown || (message->hasProblem() && message->field() == expected);
    QVERIFY(shown);
}

void TestDialupPage::logonPasswordGoesToSecretStoreOnly()
{
    Settings *settings = m_fixture->settings.get();
    addProfile(profile(u"modem"_s, u"pon modem"_s));
    PropertySheet *sheet = openSheet();
    bool shot = false;
    onNextDialog<LogonInformationDialog>([&shot](LogonInformationDialog *dialog) {
        QTest::keyClicks(dialog->accountField(), u"acme"_s);
        QTest::keyClicks(dialog->domainField(), u"ISP"_s);
        shot = saveScreenshot(dialog, u"dialog-logon"_s); // before the password is typed
        QTest::keyClicks(dialog->passwordField(), u"s3cret-Pw"_s);
        clickOk(dialog);
    });
    m_page->editLogon();
    QVERIFY(shot);
    QVERIFY(applyEnabled(sheet));
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    const QString key = SecretKey::dialup(u"custom:modem"_s, u"acme"_s);
    QTRY_COMPARE(m_fixture->secrets->secrets().value(key), u"s3cret-Pw"_s);
    QCOMPARE(settings->stringValue(Keys::DialupAccount), u"acme"_s);
    QCOMPARE(settings->stringValue(Keys::DialupDomain), u"ISP"_s);
    for (const QString &settingKey : settings->keys())
        QVERIFY(!settings->text(settingKey).contains(u"s3cret"_s));
    QFile database(settings->databasePath());
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains("s3cret"));
    QFile wal(QString(settings->databasePath() + u"-wal"_s));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("s3cret"));

    // Opened again: the field stays empty and says a password is stored.
    QString placeholder = u"unset"_s;
    QString text = u"unset"_s;
    onNextDialog<LogonInformationDialog>([&](LogonInformationDialog *dialog) {
        QTRY_VERIFY(!dialog->passwordField()->placeholderText().isEmpty());
        placeholder = dialog->passwordField()->placeholderText();
        text = dialog->passwordField()->text();
    });
    m_page->editLogon();
    QCOMPARE(placeholder, u"(stored)"_s);
    QCOMPARE(text, QString());
    QVERIFY(!applyEnabled(sheet)); // cancelled: nothing changed
}

void TestDialupPage::dialNowSucceeds()
{
    QTcpServer provider;
    QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
    addProfile(profile(u"dsl"_s, u"/bin/true"_s, u"tcp:127.0.0.1:%1"_s.arg(provider.serverPort())));
    openSheet();
    m_page->dialNow();
    DialNowDialog *dialog = waitForDialNow(m_page);
    QVERIFY(dialog);
    QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText() + u'\n' + dialog->progressText()));
    QVERIFY2(!dialog->resultText().contains(u"failed"_s), qPrintable(dialog->resultText()));
    QVERIFY(saveScreenshot(dialog, u"dialog-dial-now"_s));
    dialog->closeButton()->click();
    QTRY_VERIFY(!m_page->findChild<DialNowDialog *>());
}

void TestDialupPage::dialNowReportsFailureWithOutput()
{
    addProfile(profile(u"false"_s, u"/bin/false"_s, u"tcp:127.0.0.1:%1"_s.arg(closedPort())), false);
    addProfile(profile(u"noisy"_s, u"sh -c \"echo NO CARRIER; exit 3\""_s));
    openSheet();
    m_page->retriesField()->setValue(0); // the page's values, saved or not, are what Dial now uses
    select(m_page, u"custom:false"_s);
    m_page->dialNow();
    DialNowDialog *dialog = waitForDialNow(m_page);
    QVERIFY(dialog);
    QVERIFY(!dialog->succeeded());
    QVERIFY2(dialog->resultText().startsWith(u"Dialing failed"_s), qPrintable(dialog->resultText()));
    QVERIFY2(dialog->progressText().contains(u"status 1"_s), qPrintable(dialog->progressText()));
    QVERIFY(!dialog->hangUpButton()->isEnabled());
    dialog->close();
    QTRY_VERIFY(!m_page->findChild<DialNowDialog *>());

    select(m_page, u"custom:noisy"_s);
    m_page->dialNow();
    dialog = waitForDialNow(m_page);
    QVERIFY(dialog);
    QVERIFY(!dialog->succeeded());
    QVERIFY2(dialog->progressText().contains(u"NO CARRIER"_s), qPrintable(dialog->progressText()));
    QVERIFY2(dialog->progressText().contains(u"status 3"_s), qPrintable(dialog->progressText()));
    QCOMPARE(dialog->progressText().count(u"Attempt"_s), 1); // retries 0, as shown on the page
}

void TestDialupPage::dialNowUsesStoredPasswordAndHangsUp()
{
    // The link is "up" while a flag file exists; the connect command only creates it when it got the
    // stored password in SLUICE_PASSWORD.
    const QString flag = m_fixture->dir.filePath(u"link-up"_s);
    addProfile(profile(u"env"_s, u"sh -c \"test \\\"$SLUICE_PASSWORD\\\" = pw-123 && touch %1\""_s.arg(flag),
                       u"command:test -e %1"_s.arg(flag), u"rm -f %1"_s.arg(flag)));
    QCOMPARE(m_fixture->settings->setText(Keys::DialupAccount, u"acme"_s), QString());
    m_fixture->secrets->secrets().insert(SecretKey::dialup(u"custom:env"_s, u"acme"_s), u"pw-123"_s);
    openSheet();
    m_page->retriesField()->setValue(0);
    m_page->dialNow();
    DialNowDialog *dialog = waitForDialNow(m_page);
    QVERIFY(dialog);
    QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText() + u'\n' + dialog->progressText()));
    QVERIFY(QFile::exists(flag));
    QVERIFY(!dialog->progressText().contains(u"pw-123"_s));
    QVERIFY(dialog->hangUpButton()->isEnabled());
    dialog->hangUpButton()->click();
    QTRY_VERIFY(dialog->isDone());
    QCOMPARE(dialog->resultText(), u"Hung up."_s);
    QVERIFY(!QFile::exists(flag));
}

QTEST_MAIN(TestDialupPage)
#include "tst_dialuppage.moc"
