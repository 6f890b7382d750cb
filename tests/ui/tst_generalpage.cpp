// SPDX-License-Identifier: GPL-3.0-or-later
// The General page on a real configuration store: it opens with the stored values, Apply follows the
// edits and stores them, each invalid field is refused with its message and focus, Cancel discards.

#include "ConsoleFixture.h"
#include "PropertySheet.h"
#include "SettingKeys.h"
#include "pages/GeneralPage.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

namespace {

InlineMessage *messageFor(QWidget *page, QWidget *field)
{
    for (InlineMessage *message : page->findChildren<InlineMessage *>()) {
        if (message->field() == field)
            return message;
    }
    return nullptr;
}

} // namespace

class TestGeneralPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithStoredValues();
    void applyFollowsEditsAndStores();
    void noLimitStoresZero();
    void refusesInvalidFields_data();
    void refusesInvalidFields();
    void cancelDiscards();
    void everyControlIsDescribed();
};

void TestGeneralPage::opensWithStoredValues()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    Settings &settings = *fixture.settings;
    QVERIFY(settings.setText(Keys::HostName, u"mx.office.example"_s).isEmpty());
    QVERIFY(settings.setText(Keys::Postmaster, u"admin@office.example"_s).isEmpty());
    QVERIFY(settings.setText(Keys::MaxMessageSizeKb, u"10240"_s).isEmpty());
    QVERIFY(settings.setText(Keys::SmtpListen, u"127.0.0.1:2525"_s).isEmpty());
    QVERIFY(settings.setText(Keys::SmtpTlsCertificate, u"/etc/sluice/cert.pem"_s).isEmpty());
    QVERIFY(settings.setText(Keys::SmtpTlsKey, u"/etc/sluice/key.pem"_s).isEmpty());
    GeneralPage page(fixture.context.get());
    page.load();
    QCOMPARE(page.hostNameField()->text(), u"mx.office.example"_s);
    QCOMPARE(page.postmasterField()->text(), u"admin@office.example"_s);
    QVERIFY(page.maximumButton()->isChecked());
    QVERIFY(!page.noLimitButton()->isChecked());
    QCOMPARE(page.maximumSizeField()->value(), 10240);
    QVERIFY(page.maximumSizeField()->isEnabled());
    QCOMPARE(page.listenField()->text(), u"127.0.0.1:2525"_s);
    QCOMPARE(page.certificateField()->text(), u"/etc/sluice/cert.pem"_s);
    QCOMPARE(page.keyField()->text(), u"/etc/sluice/key.pem"_s);
    QVERIFY(!page.hasChanges());

    QVERIFY(settings.setText(Keys::MaxMessageSizeKb, u"0"_s).isEmpty());
    page.load();
    QVERIFY(page.noLimitButton()->isChecked());
    QVERIFY(!page.maximumSizeField()->isEnabled());
    QVERIFY(!page.hasChanges());
    QVERIFY(saveScreenshot(&page, u"page-general"_s));
}

void TestGeneralPage::applyFollowsEditsAndStores()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.settings->setText(Keys::HostName, u"mx.office.example"_s).isEmpty());
    auto *page = new GeneralPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    QPushButton *apply = sheet.buttons()->button(QDialogButtonBox::Apply);
    QVERIFY(!apply->isEnabled());
    page->hostNameField()->setText(u"gw.office.example"_s);
    QVERIFY(apply->isEnabled());
    page->hostNameField()->setText(u"mx.office.example"_s);
    QVERIFY(!apply->isEnabled());
    page->maximumSizeField()->setValue(4096);
    QVERIFY(apply->isEnabled());
    page->maximumSizeField()->setValue(25600);
    QVERIFY(!apply->isEnabled());

    page->hostNameField()->setText(u"gw.office.example"_s);
    page->postmasterField()->setText(u"it@office.example"_s);
    page->maximumSizeField()->setValue(4096);
    page->listenField()->setText(u"[::1]:2526"_s);
    page->certificateField()->setText(u"/srv/tls/cert.pem"_s);
    page->keyField()->setText(u"/srv/tls/key.pem"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(fixture.settings->text(Keys::HostName), u"gw.office.example"_s);
    QCOMPARE(fixture.settings->text(Keys::Postmaster), u"it@office.example"_s);
    QCOMPARE(fixture.settings->text(Keys::MaxMessageSizeKb), u"4096"_s);
    QCOMPARE(fixture.settings->text(Keys::SmtpListen), u"[::1]:2526"_s);
    QCOMPARE(fixture.settings->text(Keys::SmtpTlsCertificate), u"/srv/tls/cert.pem"_s);
    QCOMPARE(fixture.settings->text(Keys::SmtpTlsKey), u"/srv/tls/key.pem"_s);
    QVERIFY(!apply->isEnabled());
}

void TestGeneralPage::noLimitStoresZero()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    auto *page = new GeneralPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    QVERIFY(page->maximumButton()->isChecked()); // the default is 25600 KB
    page->noLimitButton()->setChecked(true);
    QVERIFY(!page->maximumSizeField()->isEnabled());
    QVERIFY(sheet.buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY(sheet.apply());
    QCOMPARE(fixture.settings->text(Keys::MaxMessageSizeKb), u"0"_s);
    page->maximumButton()->setChecked(true);
    QVERIFY(page->maximumSizeField()->isEnabled());
    QVERIFY(sheet.apply());
    QCOMPARE(fixture.settings->text(Keys::MaxMessageSizeKb), u"25600"_s);
}

void TestGeneralPage::refusesInvalidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad host name") << u"host"_s << u"mail..office.example"_s << u"mail..office.example"_s;
    QTest::newRow("empty host name") << u"host"_s << QString() << u"must not be empty"_s;
    QTest::newRow("bad administrator") << u"postmaster"_s << u"nobody"_s << u"name@domain"_s;
    QTest::newRow("listen without port") << u"listen"_s << u"127.0.0.1"_s << u"needs a port"_s;
    QTest::newRow("listen on a name") << u"listen"_s << u"mail.example:25"_s << u"mail.example"_s;
    QTest::newRow("size below 64") << u"size"_s << u"10"_s << u"at least 64"_s;
    QTest::newRow("relative certificate") << u"certificate"_s << u"cert.pem"_s << u"absolute path"_s;
}

void TestGeneralPage::refusesInvalidFields()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    const QString listenBefore = fixture.settings->text(Keys::SmtpListen);
    const QString hostBefore = fixture.settings->text(Keys::HostName);
    auto *page = new GeneralPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    sheet.show();
    sheet.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&sheet));

    QWidget *target = nullptr;
    if (field == "host"_L1) {
        target = page->hostNameField();
        page->hostNameField()->setText(text);
        page->listenField()->setText(u"127.0.0.1:2525"_s); // a valid edit that must not be saved either
    } else if (field == "postmaster"_L1) {
        target = page->postmasterField();
        page->postmasterField()->setText(text);
    } else if (field == "listen"_L1) {
        target = page->listenField();
        page->listenField()->setText(text);
        page->hostNameField()->setText(u"valid.office.example"_s);
    } else if (field == "size"_L1) {
        target = page->maximumSizeField();
        page->maximumButton()->setChecked(true);
        page->maximumSizeField()->setValue(text.toInt());
    } else {
        target = page->certificateField();
        page->certificateField()->setText(text);
    }
    // The sheet must move the focus to the invalid field.
    QWidget *elsewhere = target == page->hostNameField() ? static_cast<QWidget *>(page->postmasterField())
                                                         : page->hostNameField();
    elsewhere->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), elsewhere);
    QVERIFY(!sheet.apply());
    QCOMPARE(sheet.tabs()->currentWidget(), page);
    QTRY_COMPARE(QApplication::focusWidget(), target);
    InlineMessage *inline_ = messageFor(page, target);
    QVERIFY(inline_);
    QVERIFY(inline_->isVisible());
    QVERIFY2(inline_->text().contains(message), qPrintable(inline_->text()));
    QVERIFY(sheet.statusText().contains(u"Nothing was saved"_s));
    QCOMPARE(fixture.settings->text(Keys::SmtpListen), listenBefore);
    QCOMPARE(fixture.settings->text(Keys::HostName), hostBefore);
    QCOMPARE(fixture.settings->text(Keys::MaxMessageSizeKb), u"25600"_s);
}

void TestGeneralPage::cancelDiscards()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.settings->setText(Keys::HostName, u"kept.office.example"_s).isEmpty());
    auto *page = new GeneralPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    sheet.show();
    page->hostNameField()->setText(u"discarded.office.example"_s);
    page->noLimitButton()->setChecked(true);
    QTest::mouseClick(sheet.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(sheet.result(), int(QDialog::Rejected));
    QCOMPARE(fixture.settings->text(Keys::HostName), u"kept.office.example"_s);
    QCOMPARE(fixture.settings->text(Keys::MaxMessageSizeKb), u"25600"_s);
    QCOMPARE(page->hostNameField()->text(), u"kept.office.example"_s);
    QVERIFY(page->maximumButton()->isChecked());
    QVERIFY(!page->hasChanges());
}

void TestGeneralPage::everyControlIsDescribed()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    GeneralPage page(fixture.context.get());
    for (QWidget *control : page.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(control) || qobject_cast<QSpinBox *>(control) ||
                           qobject_cast<QAbstractButton *>(control);
        if (!input || qobject_cast<QLineEdit *>(control->parentWidget()) ||
            qobject_cast<QSpinBox *>(control->parentWidget()))
            continue; // the spin box's own line edit
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->whatsThis().isEmpty(), qPrintable(control->toolTip()));
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->toolTip()));
    }
    QVERIFY(page.title().contains(u'&'));
}

QTEST_MAIN(TestGeneralPage)
#include "tst_generalpage.moc"
