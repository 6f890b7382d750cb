// SPDX-License-Identifier: GPL-3.0-or-later
// The Mail Retrieval page on a real configuration database: stored values shown, edits stored on
// Apply and forgotten on Cancel, each refusal (no host to talk to, bad or duplicate domains, empty
// command) with focus on the field, and the retrieval password kept in the secret store only.

#include "ConsoleFixture.h"
#include "DialogDriver.h"
#include "LinkBinder.h"
#include "PropertySheet.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "dialogs/RetrievalDomainDialog.h"
#include "pages/RetrievalPage.h"
#include "widgets/DomainListEditor.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestRetrievalPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithStoredValues();
    void applyStoresEdits();
    void cancelDiscards();
    void controlsFollowTheMethod();
    void refusals_data();
    void refusals();
    void refusesStoredDuplicateDomain();
    void domainDialogRefusals_data();
    void domainDialogRefusals();
    void domainListEditing();
    void passwordGoesToSecretStoreOnly();
    void testRequests();

private:
    PropertySheet *openSheet();
    void set(QLatin1StringView key, const QString &value)
    {
        QCOMPARE(m_fixture->settings->setText(key, value), QString());
    }

    std::unique_ptr<ConsoleFixture> m_fixture;
    RetrievalPage *m_page = nullptr;
    std::unique_ptr<PropertySheet> m_sheet;
};

void TestRetrievalPage::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->open());
}

void TestRetrievalPage::cleanup()
{
    m_sheet.reset();
    m_fixture.reset();
}

PropertySheet *TestRetrievalPage::openSheet()
{
    m_page = new RetrievalPage(m_fixture->context.get());
    m_sheet = showSheetWith(m_fixture->context.get(), m_page);
    return m_sheet.get();
}

namespace {

bool applyEnabled(PropertySheet *sheet)
{
    return sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled();
}

void choose(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

void TestRetrievalPage::opensWithStoredValues()
{
    set(Keys::RetrievalMethod, u"etrn"_s);
    set(Keys::RetrievalDomains, u"example.com, @corp.example"_s);
    set(Keys::RetrievalEtrnHost, u"in.provider.example:2525"_s);
    set(Keys::RetrievalAtrnHost, u"odmr.provider.example"_s);
    set(Keys::RetrievalAuth, u"login"_s);
    set(Keys::RetrievalAccount, u"acme"_s);
    set(Keys::RetrievalTls, u"required"_s);
    set(Keys::RetrievalCommand, u"fetch-mail --now"_s);
    set(Keys::RetrievalCommandTimeout, u"120"_s);
    PropertySheet *sheet = openSheet();
    QVERIFY(m_page->methodChoice(u"etrn"_s)->isChecked());
    QVERIFY(m_page->theseDomainsChoice()->isChecked());
    QCOMPARE(m_page->domainList()->domains(), (QStringList{u"example.com"_s, u"@corp.example"_s}));
    QVERIFY(m_page->etrnHostChoice()->isChecked());
    QCOMPARE(m_page->etrnHostField()->text(), u"in.provider.example:2525"_s);
    QCOMPARE(m_page->atrnHostField()->text(), u"odmr.provider.example"_s);
    QCOMPARE(m_page->authField()->currentData().toString(), u"login"_s);
    QCOMPARE(m_page->accountField()->text(), u"acme"_s);
    QCOMPARE(m_page->tlsField()->currentData().toString(), u"required"_s);
    QCOMPARE(m_page->commandField()->text(), u"fetch-mail --now"_s);
    QCOMPARE(m_page->commandTimeField()->value(), 120);
    QVERIFY(m_page->passwordField()->text().isEmpty());
    QVERIFY(!applyEnabled(sheet));
    QVERIFY(saveScreenshot(sheet, u"page-retrieval"_s));
}

void TestRetrievalPage::applyStoresEdits()
{
    Settings *settings = m_fixture->settings.get();
    PropertySheet *sheet = openSheet();
    QVERIFY(m_page->methodChoice(u"none"_s)->isChecked());
    QVERIFY(m_page->routingDomainsChoice()->isChecked());
    m_page->methodChoice(u"atrn"_s)->setChecked(true);
    QTest::keyClicks(m_page->atrnHostField(), u"odmr.provider.example"_s);
    m_page->theseDomainsChoice()->setChecked(true);
    m_page->domainList()->setDomains({u"example.com"_s, u"@corp.example"_s});
    choose(m_page->authField(), u"plain"_s);
    QTest::keyClicks(m_page->accountField(), u"acme"_s);
    QVERIFY(applyEnabled(sheet));
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QCOMPARE(settings->stringValue(Keys::RetrievalMethod), u"atrn"_s);
    QCOMPARE(settings->stringValue(Keys::RetrievalAtrnHost), u"odmr.provider.example"_s);
    QCOMPARE(settings->listValue(Keys::RetrievalDomains),
             (QStringList{u"example.com"_s, u"@corp.example"_s}));
    QCOMPARE(settings->stringValue(Keys::RetrievalAuth), u"plain"_s);
    QCOMPARE(settings->stringValue(Keys::RetrievalAccount), u"acme"_s);

    // Back to the Routing page's domains: the list setting is emptied.
    m_page->routingDomainsChoice()->setChecked(true);
    m_page->methodChoice(u"command"_s)->setChecked(true);
    QTest::keyClicks(m_page->commandField(), u"ssh provider sendmail -q"_s);
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QVERIFY(settings->listValue(Keys::RetrievalDomains).isEmpty());
    QCOMPARE(settings->stringValue(Keys::RetrievalMethod), u"command"_s);
    QCOMPARE(settings->stringValue(Keys::RetrievalCommand), u"ssh provider sendmail -q"_s);
}

void TestRetrievalPage::cancelDiscards()
{
    Settings *settings = m_fixture->settings.get();
    set(Keys::Smarthost, u"smtp.provider.example"_s);
    PropertySheet *sheet = openSheet();
    m_page->methodChoice(u"etrn"_s)->setChecked(true);
    m_page->theseDomainsChoice()->setChecked(true);
    m_page->domainList()->setDomains({u"example.com"_s});
    QTest::keyClicks(m_page->passwordField(), u"pw"_s);
    QVERIFY(applyEnabled(sheet));
    sheet->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(settings->stringValue(Keys::RetrievalMethod), u"none"_s);
    QVERIFY(settings->listValue(Keys::RetrievalDomains).isEmpty());
    QVERIFY(m_fixture->secrets->secrets().isEmpty());
    QVERIFY(m_page->methodChoice(u"none"_s)->isChecked());
    QVERIFY(m_page->domainList()->domains().isEmpty());
    QVERIFY(m_page->passwordField()->text().isEmpty());
}

void TestRetrievalPage::controlsFollowTheMethod()
{
    openSheet();
    QVERIFY(!m_page->etrnHostChoice()->isEnabled());
    QVERIFY(!m_page->atrnHostField()->isEnabled());
    QVERIFY(!m_page->commandField()->isEnabled());
    QVERIFY(!m_page->authField()->isEnabled());
    m_page->methodChoice(u"etrn"_s)->setChecked(true);
    QVERIFY(m_page->etrnHostChoice()->isEnabled());
    QVERIFY(!m_page->etrnHostField()->isEnabled()); // until "send ETRN to this host" is ticked
    m_page->etrnHostChoice()->setChecked(true);
    QVERIFY(m_page->etrnHostField()->isEnabled());
    QVERIFY(m_page->authField()->isEnabled());
    QVERIFY(!m_page->accountField()->isEnabled()); // as for the outbound mail host
    choose(m_page->authField(), u"cram-md5"_s);
    QVERIFY(m_page->accountField()->isEnabled());
    QVERIFY(m_page->passwordField()->isEnabled());
    m_page->methodChoice(u"atrn"_s)->setChecked(true);
    QVERIFY(m_page->atrnHostField()->isEnabled());
    QVERIFY(!m_page->etrnHostField()->isEnabled());
    m_page->methodChoice(u"command"_s)->setChecked(true);
    QVERIFY(m_page->commandField()->isEnabled());
    QVERIFY(!m_page->authField()->isEnabled());
    QVERIFY(!m_page->domainList()->isEnabled());
}

void TestRetrievalPage::refusals_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("smarthost");
    QTest::addColumn<QString>("etrnHost"); // "-" leaves "send ETRN to this host" unticked
    QTest::addColumn<QString>("field");
    QTest::newRow("ETRN, no host at all") << u"etrn"_s << QString() << u"-"_s << u"etrnChoice"_s;
    QTest::newRow("ETRN host ticked but empty")
        << u"etrn"_s << u"smtp.example"_s << QString() << u"etrnHost"_s;
    QTest::newRow("bad ETRN host") << u"etrn"_s << u"smtp.example"_s << u"mail..example"_s << u"etrnHost"_s;
    QTest::newRow("bad ETRN port") << u"etrn"_s << QString() << u"in.example:99999"_s << u"etrnHost"_s;
    QTest::newRow("TURN, no smarthost") << u"turn"_s << QString() << u"-"_s << u"turnChoice"_s;
    QTest::newRow("ATRN without host") << u"atrn"_s << u"smtp.example"_s << u"-"_s << u"atrnHost"_s;
    QTest::newRow("command without command") << u"command"_s << QString() << u"-"_s << u"command"_s;
    QTest::newRow("use these domains, none") << u"etrn"_s << u"smtp.example"_s << u"-"_s << u"domains"_s;
}

void TestRetrievalPage::refusals()
{
    QFETCH(QString, method);
    QFETCH(QString, smarthost);
    QFETCH(QString, etrnHost);
    QFETCH(QString, field);
    if (!smarthost.isEmpty())
        set(Keys::Smarthost, smarthost);
    PropertySheet *sheet = openSheet();
    m_page->methodChoice(method)->setChecked(true);
    if (etrnHost != "-"_L1) {
        m_page->etrnHostChoice()->setChecked(true);
        m_page->etrnHostField()->setText(etrnHost);
    }
    if (field == "domains"_L1)
        m_page->theseDomainsChoice()->setChecked(true);
    QVERIFY(!sheet->apply());
    QCOMPARE(m_fixture->settings->stringValue(Keys::RetrievalMethod), u"none"_s); // nothing saved
    QWidget *expected = field == "etrnChoice"_L1   ? static_cast<QWidget *>(m_page->etrnHostChoice())
                        : field == "etrnHost"_L1   ? static_cast<QWidget *>(m_page->etrnHostField())
                        : field == "turnChoice"_L1 ? static_cast<QWidget *>(m_page->methodChoice(u"turn"_s))
                        : field == "atrnHost"_L1   ? static_cast<QWidget *>(m_page->atrnHostField())
                        : field == "command"_L1    ? static_cast<QWidget *>(m_page->commandField())
                                                   : static_cast<QWidget *>(m_page->domainList()->view());
    QCOMPARE(QApplication::focusWidget(), expected);
    QVERIFY(sheet->statusText().startsWith(u"Nothing was saved"_s));
}

void TestRetrievalPage::refusesStoredDuplicateDomain()
{
    set(Keys::RetrievalMethod, u"etrn"_s);
    set(Keys::Smarthost, u"smtp.example"_s);
    set(Keys::RetrievalDomains, u"example.com, example.com"_s);
    PropertySheet *sheet = openSheet();
    QVERIFY(!sheet->apply());
    QCOMPARE(QApplication::focusWidget(), m_page->domainList()->view());
    QVERIFY2(sheet->statusText().contains(u"twice"_s), qPrintable(sheet->statusText()));
}

void TestRetrievalPage::domainDialogRefusals_data()
{
    QTest::addColumn<QString>("domain");
    QTest::newRow("empty") << QString();
    QTest::newRow("double dot") << u"mail..example"_s;
    QTest::newRow("space") << u"my domain.example"_s;
    QTest::newRow("trailing dot") << u"example.com."_s;
    QTest::newRow("duplicate") << u"Example.COM"_s;
    QTest::newRow("duplicate with @") << u"@corp.example"_s;
}

void TestRetrievalPage::domainDialogRefusals()
{
    QFETCH(QString, domain);
    RetrievalDomainDialog dialog(QString(), {u"example.com"_s, u"@corp.example"_s});
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.domainField()->setText(domain);
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog.domainField());
    QVERIFY(dialog.findChild<InlineMessage *>()->hasProblem());
    dialog.domainField()->setText(u"@other.example"_s);
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.domain(), u"@other.example"_s);
}

void TestRetrievalPage::domainListEditing()
{
    set(Keys::Smarthost, u"smtp.example"_s);
    PropertySheet *sheet = openSheet();
    m_page->methodChoice(u"etrn"_s)->setChecked(true);
    m_page->theseDomainsChoice()->setChecked(true);
    bool shot = false;
    onNextDialog<RetrievalDomainDialog>([&shot](RetrievalDomainDialog *dialog) {
        QTest::keyClicks(dialog->domainField(), u"Example.com"_s);
        shot = saveScreenshot(dialog, u"dialog-retrieval-domains"_s);
        clickOk(dialog);
    });
    m_page->domainList()->addButton()->click();
    QVERIFY(shot);
    onNextDialog<RetrievalDomainDialog>([](RetrievalDomainDialog *dialog) {
        dialog->domainField()->setText(u"@corp.example"_s);
        clickOk(dialog);
    });
    m_page->domainList()->addDomain();
    QCOMPARE(m_page->domainList()->domains(), (QStringList{u"example.com"_s, u"@corp.example"_s}));
    // Edit the first one; a duplicate is refused in the dialog, then a new name taken.
    m_page->domainList()->view()->setCurrentIndex(m_page->domainList()->view()->model()->index(0, 0));
    bool refused = false;
    onNextDialog<RetrievalDomainDialog>([&refused](RetrievalDomainDialog *dialog) {
        dialog->domainField()->setText(u"@corp.example"_s);
        clickOk(dialog);
        refused = dialog->isVisible();
        dialog->domainField()->setText(u"office.example"_s);
        clickOk(dialog);
    });
    m_page->domainList()->editButton()->click();
    QVERIFY(refused);
    QCOMPARE(m_page->domainList()->domains(), (QStringList{u"office.example"_s, u"@corp.example"_s}));
    m_page->domainList()->view()->setCurrentIndex(m_page->domainList()->view()->model()->index(1, 0));
    m_page->domainList()->removeButton()->click();
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    QCOMPARE(m_fixture->settings->listValue(Keys::RetrievalDomains), QStringList{u"office.example"_s});
}

void TestRetrievalPage::passwordGoesToSecretStoreOnly()
{
    Settings *settings = m_fixture->settings.get();
    PropertySheet *sheet = openSheet();
    m_page->methodChoice(u"atrn"_s)->setChecked(true);
    QTest::keyClicks(m_page->atrnHostField(), u"odmr.provider.example"_s);
    choose(m_page->authField(), u"cram-md5"_s);
    QTest::keyClicks(m_page->accountField(), u"acme"_s);
    QTest::keyClicks(m_page->passwordField(), u"odmr-s3cret"_s);
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));
    const QString key = LinkBinder::retrievalSecretKey(*settings);
    QCOMPARE(key, SecretKey::smtpAuth(u"odmr.provider.example"_s, u"acme"_s));
    QTRY_COMPARE(m_fixture->secrets->secrets().value(key), u"odmr-s3cret"_s);
    for (const QString &settingKey : settings->keys())
        QVERIFY(!settings->text(settingKey).contains(u"s3cret"_s));
    QFile database(settings->databasePath());
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains("s3cret"));
    QFile wal(QString(settings->databasePath() + u"-wal"_s));
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("s3cret"));
    // Reloaded after Apply: the field is empty and says a password is stored.
    QVERIFY(m_page->passwordField()->text().isEmpty());
    QTRY_COMPARE(m_page->passwordField()->placeholderText(), u"(stored)"_s);
    QVERIFY(!applyEnabled(sheet));
}

void TestRetrievalPage::testRequests()
{
    set(Keys::Smarthost, u"smtp.provider.example:587"_s);
    set(Keys::SmarthostAuth, u"login"_s);
    set(Keys::SmarthostAccount, u"out-user"_s);
    openSheet();
    m_page->methodChoice(u"etrn"_s)->setChecked(true);
    ConnectionTestRequest etrn = m_page->testRequest(ConnectionTestRequest::Purpose::Etrn);
    QCOMPARE(etrn.purpose, ConnectionTestRequest::Purpose::Etrn);
    QCOMPARE(etrn.hostPort, u"smtp.provider.example:587"_s);
    QCOMPARE(etrn.auth, u"login"_s);
    QCOMPARE(etrn.account, u"out-user"_s);
    QCOMPARE(etrn.secretKey, SecretKey::smtpAuth(u"smtp.provider.example"_s, u"out-user"_s));

    m_page->etrnHostChoice()->setChecked(true);
    m_page->etrnHostField()->setText(u"in.provider.example"_s);
    QCOMPARE(m_page->testRequest(ConnectionTestRequest::Purpose::Etrn).hostPort, u"in.provider.example"_s);

    m_page->methodChoice(u"atrn"_s)->setChecked(true);
    m_page->atrnHostField()->setText(u"odmr.provider.example"_s);
    choose(m_page->authField(), u"plain"_s);
    m_page->accountField()->setText(u"acme"_s);
    QTest::keyClicks(m_page->passwordField(), u"typed"_s);
    const ConnectionTestRequest atrn = m_page->testRequest(ConnectionTestRequest::Purpose::Atrn);
    QCOMPARE(atrn.hostPort, u"odmr.provider.example:366"_s);
    QCOMPARE(atrn.auth, u"plain"_s);
    QCOMPARE(atrn.account, u"acme"_s);
    QCOMPARE(atrn.password, u"typed"_s);
    QCOMPARE(atrn.secretKey, SecretKey::smtpAuth(u"odmr.provider.example"_s, u"acme"_s));
    m_page->atrnHostField()->setText(u"odmr.provider.example:4366"_s);
    QCOMPARE(m_page->testRequest(ConnectionTestRequest::Purpose::Atrn).hostPort,
             u"odmr.provider.example:4366"_s);
}

QTEST_MAIN(TestRetrievalPage)
#include "tst_retrievalpage.moc"
