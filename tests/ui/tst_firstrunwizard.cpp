// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run wizard end to end on the offscreen platform: typing into every page, choosing radio
// buttons, Finish, and what lands in the settings and the secret store; the refusals that keep Next
// disabled; running it again over stored values; and when the console should offer it at all.

#include "ConsoleFixture.h"
#include "EmailDomainTable.h"
#include "EngineBinder.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "widgets/InlineMessage.h"
#include "wizard/ConnectionWizardPage.h"
#include "wizard/DomainsWizardPage.h"
#include "wizard/FirstRun.h"
#include "wizard/FirstRunWizard.h"
#include "wizard/ProviderWizardPage.h"
#include "wizard/RetrievalWizardPage.h"
#include "wizard/SummaryWizardPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endToEnd();
    void etrnThroughProviderAndAlwaysConnected();
    void refusesMissingOrBadDomains();
    void refusesBadHostAndMissingLogin();
    void refusesAtrnWithoutHostAndEtrnWithoutProvider();
    void runAgainIsPrefilled();
    void passwordFailureKeepsWizardOpen();
    void shouldRunOnlyOnDefaultConfig();
    void everyFieldIsDescribed();
};

namespace {

const QList<ConnectionProfile> profiles{ConnectionProfile::networkManager(u"Office DSL"_s),
                                        ConnectionProfile::pppd(u"provider"_s)};

/// Clicks the radio button or check box on its indicator, as a user would, and checks it took effect.
bool choose(QAbstractButton *button, bool checked = true)
{
    if (button->isChecked() != checked)
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    return button->isChecked() == checked;
}

/// Clicks Next, which must be enabled; true when the wizard moved on.
bool clickNext(QWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!next->isVisible() || !next->isEnabled()) {
        qWarning("Next is disabled on page %d", wizard.currentId());
        return false;
    }
    const int before = wizard.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard.currentId() == before + 1;
}

void retype(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

bool nextEnabled(QWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

/// The problem shown under field (empty when none is shown).
QString shownProblem(QWidget *page, QWidget *field)
{
    for (InlineMessage *message : page->findChildren<InlineMessage *>()) {
        if (message->field() == field)
            return message->isVisible() ? message->text() : QString();
    }
    return u"(no message row)"_s;
}

QByteArray databaseBytes(const QString &folder)
{
    QByteArray bytes;
    for (const QString &name : QDir(folder).entryList({u"config.db*"_s}, QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

void TestFirstRunWizard::endToEnd()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(shouldRunFirstRunWizard(*fixture.settings));
    FirstRunWizard wizard(fixture.context.get(), profiles);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(saveScreenshot(&wizard, u"wizard-1-welcome"_s));
    QVERIFY(clickNext(wizard));

    // 2. Domains
    QCOMPARE(wizard.domainsPage()->domainsField()->text(), QString()); // "localhost" is not shown
    QVERIFY(!nextEnabled(wizard));
    wizard.domainsPage()->domainsField()->setFocus();
    QTest::keyClicks(wizard.domainsPage()->domainsField(), u"Example.com, example.org"_s);
    QVERIFY(nextEnabled(wizard));
    QVERIFY(saveScreenshot(&wizard, u"wizard-2-domains"_s));
    QVERIFY(clickNext(wizard));

    // 3. Provider: smarthost with a login
    ProviderWizardPage *provider = wizard.providerPage();
    QVERIFY(!nextEnabled(wizard));
    provider->hostField()->setFocus();
    QTest::keyClicks(provider->hostField(), u"smtp.provider.example:587"_s);
    QVERIFY(choose(provider->throughProviderButton()));
    QVERIFY(choose(provider->loginBox()));
    QVERIFY(!nextEnabled(wizard)); // account and password missing
    provider->accountField()->setFocus();
    QTest::keyClicks(provider->accountField(), u"office"_s);
    QVERIFY(!nextEnabled(wizard));
    provider->passwordField()->setFocus();
    QTest::keyClicks(provider->passwordField(), u"Smarthost-Secret-1"_s);
    QVERIFY(nextEnabled(wizard));
    QVERIFY(saveScreenshot(&wizard, u"wizard-3-provider"_s));
    QVERIFY(clickNext(wizard));

    // 4. Retrieval: ATRN at the provider's host, port 366 by default, with its own login
    RetrievalWizardPage *retrieval = wizard.retrievalPage();
    QVERIFY(choose(retrieval->methodButton(RetrievalWizardPage::Atrn)));
    QCOMPARE(retrieval->atrnHostField()->text(), u"smtp.provider.example:366"_s);
    QVERIFY(choose(retrieval->ownLoginButton()));
    QVERIFY(!nextEnabled(wizard));
    retrieval->accountField()->setFocus();
    QTest::keyClicks(retrieval->accountField(), u"odmr-user"_s);
    retrieval->passwordField()->setFocus();
    QTest::keyClicks(retrieval->passwordField(), u"Odmr-Secret-2"_s);
    QVERIFY(nextEnabled(wizard));
    QVERIFY(saveScreenshot(&wizard, u"wizard-4-retrieval"_s));
    QVERIFY(clickNext(wizard));

    // 5. Connection: dial the pppd peer when mail has waited 30 minutes
    ConnectionWizardPage *connection = wizard.connectionPage();
    QVERIFY(choose(connection->dialButton()));
    connection->profileBox()->setCurrentIndex(connection->profileBox()->findData(u"ppp:provider"_s));
    QVERIFY(choose(connection->scheduleButton(u"when_queued"_s)));
    QVERIFY(connection->queuedMinutesBox()->isEnabled());
    QVERIFY(!connection->everyMinutesBox()->isEnabled());
    connection->queuedMinutesBox()->setFocus();
    connection->queuedMinutesBox()->selectAll();
    QTest::keyClicks(connection->queuedMinutesBox(), u"30"_s);
    QCOMPARE(connection->queuedMinutesBox()->value(), 30);
    QVERIFY(saveScreenshot(&wizard, u"wizard-5-connection"_s));
    QVERIFY(clickNext(wizard));

    // 6. Summary: lists what will be written, never a password
    const QString summary = wizard.summaryPage()->summaryText();
    for (const QString &expected :
         {u"routing.local_domains = example.com, example.org, localhost"_s, u"delivery.mode = smarthost"_s,
          u"delivery.smarthost = smtp.provider.example:587"_s, u"retrieval.method = atrn"_s,
          u"dialup.profile = ppp:provider"_s, u"schedule.mode = when_queued"_s,
          u"schedule.queued_minutes = 30"_s})
        QVERIFY2(summary.contains(expected), qPrintable(expected + u" missing in:\n"_s + summary));
    QVERIFY(!summary.contains(u"Smarthost-Secret-1"_s));
    QVERIFY(!summary.contains(u"Odmr-Secret-2"_s));
    QVERIFY(saveScreenshot(&wizard, u"wizard-6-summary"_s));
    QVERIFY(!fixture.settings->boolValue(Keys::FirstRunDone)); // nothing written before Finish

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(!wizard.isVisible());

    const Settings &settings = *fixture.settings;
    QCOMPARE(settings.text(Keys::LocalDomains), u"example.com, example.org, localhost"_s);
    QCOMPARE(settings.stringValue(Keys::DeliveryMode), u"smarthost"_s);
    QCOMPARE(settings.stringValue(Keys::Smarthost), u"smtp.provider.example:587"_s);
    QCOMPARE(settings.stringValue(Keys::SmarthostAuth), u"any"_s);
    QCOMPARE(settings.stringValue(Keys::SmarthostAccount), u"office"_s);
    QCOMPARE(settings.stringValue(Keys::RetrievalMethod), u"atrn"_s);
    QCOMPARE(settings.stringValue(Keys::RetrievalAtrnHost), u"smtp.provider.example:366"_s);
    QCOMPARE(settings.stringValue(Keys::RetrievalAuth), u"any"_s);
    QCOMPARE(settings.stringValue(Keys::RetrievalAccount), u"odmr-user"_s);
    QCOMPARE(settings.stringValue(Keys::DialupProfile), u"ppp:provider"_s);
    QCOMPARE(settings.stringValue(Keys::ScheduleMode), u"when_queued"_s);
    QCOMPARE(settings.intValue(Keys::ScheduleQueuedMinutes), 30);
    QVERIFY(settings.boolValue(Keys::FirstRunDone));
    QVERIFY(!shouldRunFirstRunWizard(settings));

    // The passwords are where the engine looks for them, and nowhere in the configuration database.
    const QString smarthostKey = SecretKey::smtpAuth(u"smtp.provider.example"_s, u"office"_s);
    const QString odmrKey = SecretKey::smtpAuth(u"smtp.provider.example"_s, u"odmr-user"_s);
    QCOMPARE(fixture.secrets->secrets().value(smarthostKey), u"Smarthost-Secret-1"_s);
    QCOMPARE(fixture.secrets->secrets().value(odmrKey), u"Odmr-Secret-2"_s);
    const QStringList needed = EngineBinder::neededSecretKeys(settings, fixture.context->emailDomains());
    QVERIFY2(needed.contains(smarthostKey) && needed.contains(odmrKey), qPrintable(needed.join(u' ')));
    const QByteArray bytes = databaseBytes(fixture.dir.path());
    QVERIFY(bytes.contains("smtp.provider.example")); // the check below reads the right files
    QVERIFY(!bytes.contains("Smarthost-Secret-1"));
    QVERIFY(!bytes.contains("Odmr-Secret-2"));
}

void TestFirstRunWizard::etrnThroughProviderAndAlwaysConnected()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.settings->setText(Keys::RetrievalEtrnHost, u"old-etrn.example"_s).isEmpty());
    FirstRunWizard wizard(fixture.context.get(), profiles);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(clickNext(wizard));
    QTest::keyClicks(wizard.domainsPage()->domainsField(), u"office.example"_s);
    QVERIFY(clickNext(wizard));
    QTest::keyClicks(wizard.providerPage()->hostField(), u"mail.isp.example"_s);
    QVERIFY(!wizard.providerPage()->loginBox()->isChecked());
    QVERIFY(clickNext(wizard));
    QVERIFY(choose(wizard.retrievalPage()->methodButton(RetrievalWizardPage::Etrn)));
    // ETRN asks for the domains of step 2.
    QVERIFY(wizard.retrievalPage()
                ->methodButton(RetrievalWizardPage::Etrn)
                ->toolTip()
                .contains(u"office.example"_s));
    QVERIFY(clickNext(wizard));
    QVERIFY(choose(wizard.connectionPage()->alwaysConnectedButton()));
    QVERIFY(choose(wizard.connectionPage()->scheduleButton(u"every"_s)));
    wizard.connectionPage()->everyMinutesBox()->selectAll();
    QTest::keyClicks(wizard.connectionPage()->everyMinutesBox(), u"20"_s);
    QVERIFY(clickNext(wizard));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));

    const Settings &settings = *fixture.settings;
    QCOMPARE(settings.text(Keys::LocalDomains), u"office.example, localhost"_s);
    QCOMPARE(settings.stringValue(Keys::DeliveryMode), u"smarthost"_s);
    QCOMPARE(settings.stringValue(Keys::SmarthostAuth), u"none"_s);
    QCOMPARE(settings.stringValue(Keys::RetrievalMethod), u"etrn"_s);
    QCOMPARE(settings.text(Keys::RetrievalDomains), QString()); // = the local domains
    QCOMPARE(settings.stringValue(Keys::RetrievalEtrnHost), QString());
    QCOMPARE(settings.stringValue(Keys::RetrievalAuth), u"smarthost"_s);
    QCOMPARE(settings.stringValue(Keys::DialupProfile), u"always"_s);
    QCOMPARE(settings.stringValue(Keys::ScheduleMode), u"every"_s);
    QCOMPARE(settings.intValue(Keys::ScheduleEveryMinutes), 20);
    QVERIFY(fixture.secrets->secrets().isEmpty());
}

void TestFirstRunWizard::refusesMissingOrBadDomains()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    FirstRunWizard wizard(fixture.context.get(), profiles);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(clickNext(wizard));
    DomainsWizardPage *page = wizard.domainsPage();
    QLineEdit *field = page->domainsField();
    // Fresh: nothing typed yet, Next disabled without shouting.
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(shownProblem(page, field), QString());

    field->setFocus();
    QTest::keyClicks(field, u"mail..example"_s);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(shownProblem(page, field).contains(u"mail..example"_s), qPrintable(shownProblem(page, field)));

    retype(field, u"example.com, EXAMPLE.com"_s);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(shownProblem(page, field).contains(u"twice"_s), qPrintable(shownProblem(page, field)));

    retype(field, u"example.com"_s);
    QVERIFY(nextEnabled(wizard));
    QCOMPARE(shownProblem(page, field), QString());

    retype(field, QString()); // cleared: the missing answer is now shown
    QVERIFY(!nextEnabled(wizard));
    QVERIFY2(shownProblem(page, field).contains(u"at least one"_s), qPrintable(shownProblem(page, field)));
    retype(field, u"localhost"_s);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(saveScreenshot(&wizard, u"wizard-2-domains-refused"_s));
}

void TestFirstRunWizard::refusesBadHostAndMissingLogin()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    FirstRunWizard wizard(fixture.context.get(), profiles);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(clickNext(wizard));
    QTest::keyClicks(wizard.domainsPage()->domainsField(), u"example.com"_s);
    QVERIFY(clickNext(wizard));
    ProviderWizardPage *page = wizard.providerPage();
    page->hostField()->setFocus();
    QTest::keyClicks(page->hostField(), u"smtp provider.example"_s);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(shownProblem(page, page->hostField()).contains(u"not a valid host"_s));
    retype(page->hostField(), u"smtp.provider.example:99999"_s);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(shownProblem(page, page->hostField()).contains(u"port"_s));
    retype(page->hostField(), u"smtp.provider.example"_s);
    QVERIFY(nextEnabled(wizard));

    // Through the provider, the host is required; delivering directly, it is not.
    retype(page->hostField(), QString());
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(shownProblem(page, page->hostField()).contains(u"Enter your provider's mail host"_s));
    QVERIFY(choose(page->directButton()));
    QVERIFY(nextEnabled(wizard));
    QVERIFY(choose(page->throughProviderButton()));
    QTest::keyClicks(page->hostField(), u"smtp.provider.example"_s);

    QVERIFY(choose(page->loginBox()));
    QVERIFY(page->accountField()->isEnabled());
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!shownProblem(page, page->accountField()).isEmpty());
    QTest::keyClicks(page->accountField(), u"office"_s);
    QVERIFY(!nextEnabled(wizard)); // no password stored or typed
    QVERIFY(!shownProblem(page, page->passwordField()).isEmpty());
    QVERIFY(saveScreenshot(&wizard, u"wizard-3-provider-refused"_s));
    QVERIFY(choose(page->loginBox(), false));
    QVERIFY(!page->accountField()->isEnabled());
    QVERIFY(nextEnabled(wizard));
}

void TestFirstRunWizard::refusesAtrnWithoutHostAndEtrnWithoutProvider()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    FirstRunWizard wizard(fixture.context.get(), profiles);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(clickNext(wizard));
    QTest::keyClicks(wizard.domainsPage()->domainsField(), u"example.com"_s);
    QVERIFY(clickNext(wizard));
    QVERIFY(choose(wizard.providerPage()->directButton())); // no provider host at all
    QVERIFY(clickNext(wizard));

    RetrievalWizardPage *page = wizard.retrievalPage();
    QVERIFY(choose(page->methodButton(RetrievalWizardPage::Etrn)));
    QVERIFY(!nextEnabled(wizard));
    QWidget *methods = page->methodButton(RetrievalWizardPage::Etrn)->parentWidget();
    QVERIFY(shownProblem(page, methods).contains(u"provider's mail host"_s));

    QVERIFY(choose(page->methodButton(RetrievalWizardPage::Atrn)));
    QCOMPARE(page->atrnHostField()->text(), QString()); // no provider host to default to
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(shownProblem(page, page->atrnHostField()).contains(u"On-Demand Mail Relay host"_s));
    // The login of step 3 was not given: ATRN cannot use it.
    QVERIFY(page->sameLoginButton()->isChecked());
    QVERIFY(shownProblem(page, page->sameLoginButton()).contains(u"ATRN needs a login"_s));
    page->atrnHostField()->setFocus();
    QTest::keyClicks(page->atrnHostField(), u"odmr.provider.example"_s);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(choose(page->ownLoginButton()));
    QTest::keyClicks(page->accountField(), u"user"_s);
    QTest::keyClicks(page->passwordField(), u"pw"_s);
    QVERIFY(nextEnabled(wizard));
    retype(page->atrnHostField(), u"odmr..example"_s);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!shownProblem(page, page->atrnHostField()).isEmpty());

    QVERIFY(choose(page->methodButton(RetrievalWizardPage::Command)));
    QVERIFY(!nextEnabled(wizard));
    page->commandField()->setFocus();
    QTest::keyClicks(page->commandField(), u"fetchmail \"unclosed"_s);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(!shownProblem(page, page->commandField()).isEmpty());
    retype(page->commandField(), u"fetchmail --silent"_s);
    QVERIFY(nextEnabled(wizard));
    QVERIFY(choose(page->methodButton(RetrievalWizardPage::None)));
    QVERIFY(nextEnabled(wizard));
}

void TestFirstRunWizard::runAgainIsPrefilled()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    Settings &settings = *fixture.settings;
    const QList<std::pair<QLatin1StringView, QString>> stored{
        {Keys::LocalDomains, u"example.com, localhost"_s},
        {Keys::DeliveryMode, u"smarthost"_s},
        {Keys::Smarthost, u"smtp.provider.example"_s},
        {Keys::SmarthostAuth, u"cram-md5"_s},
        {Keys::SmarthostAccount, u"office"_s},
        {Keys::RetrievalMethod, u"etrn"_s},
        {Keys::DialupProfile, u"nm:Gone"_s},
        {Keys::ScheduleMode, u"at"_s},
        {Keys::ScheduleTimes, u"mon-fri 08:00"_s},
        {Keys::FirstRunDone, u"true"_s},
    };
    for (const auto &[key, value] : stored)
        QVERIFY(settings.setText(key, value).isEmpty());
    const QString key = SecretKey::smtpAuth(u"smtp.provider.example"_s, u"office"_s);
    fixture.secrets->secrets().insert(key, u"Stored-Secret"_s);

    FirstRunWizard wizard(fixture.context.get(), profiles);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.domainsPage()->domainsField()->text(), u"example.com"_s);
    ProviderWizardPage *provider = wizard.providerPage();
    QCOMPARE(provider->hostField()->text(), u"smtp.provider.example"_s);
    QVERIFY(provider->throughProviderButton()->isChecked());
    QVERIFY(provider->loginBox()->isChecked());
    QCOMPARE(provider->accountField()->text(), u"office"_s);
    QCOMPARE(provider->passwordField()->text(), QString()); // never loaded
    QTRY_COMPARE(provider->passwordField()->placeholderText(), u"(stored)"_s);
    QVERIFY(wizard.retrievalPage()->methodButton(RetrievalWizardPage::Etrn)->isChecked());
    ConnectionWizardPage *connection = wizard.connectionPage();
    QVERIFY(connection->dialButton()->isChecked());
    QCOMPARE(connection->profileBox()->currentData().toString(), u"nm:Gone"_s);
    QVERIFY(connection->scheduleButton(u"at"_s) && connection->scheduleButton(u"at"_s)->isChecked());

    for (int page = 0; page < FirstRunWizard::SummaryPage; ++page)
        QVERIFY(clickNext(wizard)); // the stored password makes the provider page complete
    // A different account needs its own password.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::ProviderPage));
    retype(provider->accountField(), u"other"_s);
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(provider->passwordField()->placeholderText(), QString());
    retype(provider->accountField(), u"office"_s);
    QVERIFY(nextEnabled(wizard));
    while (wizard.currentId() != FirstRunWizard::SummaryPage)
        QVERIFY(clickNext(wizard));

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
    // Unchanged answers write the same values; the mechanism chosen on the Security page is kept.
    QCOMPARE(settings.text(Keys::LocalDomains), u"example.com, localhost"_s);
    QCOMPARE(settings.stringValue(Keys::SmarthostAuth), u"cram-md5"_s);
    QCOMPARE(settings.stringValue(Keys::DialupProfile), u"nm:Gone"_s);
    QCOMPARE(settings.stringValue(Keys::ScheduleMode), u"at"_s);
    QCOMPARE(settings.stringValue(Keys::ScheduleTimes), u"mon-fri 08:00"_s);
    QCOMPARE(fixture.secrets->secrets().value(key), u"Stored-Secret"_s);
    QCOMPARE(fixture.secrets->secrets().size(), 1);
}

void TestFirstRunWizard::passwordFailureKeepsWizardOpen()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    fixture.secrets->setFailure(SecretError::Kind::Failed);
    FirstRunWizard wizard(fixture.context.get(), profiles);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(clickNext(wizard));
    QTest::keyClicks(wizard.domainsPage()->domainsField(), u"example.com"_s);
    QVERIFY(clickNext(wizard));
    QTest::keyClicks(wizard.providerPage()->hostField(), u"smtp.provider.example"_s);
    QVERIFY(choose(wizard.providerPage()->loginBox()));
    QTest::keyClicks(wizard.providerPage()->accountField(), u"office"_s);
    QTest::keyClicks(wizard.providerPage()->passwordField(), u"pw"_s);
    while (wizard.currentId() != FirstRunWizard::SummaryPage)
        QVERIFY(clickNext(wizard));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(wizard.summaryPage()->statusText().contains(u"password was not"_s));
    QVERIFY(wizard.isVisible());
    QVERIFY(!fixture.settings->boolValue(Keys::FirstRunDone)); // so the console offers it again
}

void TestFirstRunWizard::shouldRunOnlyOnDefaultConfig()
{
    {
        ConsoleFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(shouldRunFirstRunWizard(*fixture.settings));
        QVERIFY(fixture.settings->setText(Keys::LocalDomains, u"example.com"_s).isEmpty());
        QVERIFY(!shouldRunFirstRunWizard(*fixture.settings)); // configured on the command line
    }
    {
        ConsoleFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fixture.settings->setText(Keys::DeliveryMode, u"smarthost"_s).isEmpty());
        QVERIFY(!shouldRunFirstRunWizard(*fixture.settings));
    }
    {
        ConsoleFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fixture.settings->setText(Keys::FirstRunDone, u"true"_s).isEmpty());
        QVERIFY(!shouldRunFirstRunWizard(*fixture.settings));
    }
}

void TestFirstRunWizard::everyFieldIsDescribed()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    FirstRunWizard wizard(fixture.context.get(), profiles);
    for (const int id : wizard.pageIds()) {
        QWizardPage *page = wizard.page(id);
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QLineEdit *>(widget) ||
                                 qobject_cast<QAbstractButton *>(widget) ||
                                 qobject_cast<QComboBox *>(widget) || qobject_cast<QSpinBox *>(widget);
            // A spin box's own line edit is described by the spin box.
            if (!control || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->accessibleName()));
            QVERIFY2(!widget->whatsThis().isEmpty(), qPrintable(widget->accessibleName()));
        }
    }
}

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
