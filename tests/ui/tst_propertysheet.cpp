// SPDX-License-Identifier: GPL-3.0-or-later
// The property sheet's own behaviour, with small pages bound to real settings: Apply follows changes,
// every page is validated before any is saved, the first invalid field gets focus, Cancel discards, and
// a running engine applies what was saved without a restart (or the sheet says why it could not).

#include "ConsoleFixture.h"
#include "DataDirectory.h"
#include "EngineHost.h"
#include "PropertyPage.h"
#include "PropertySheet.h"
#include "SettingKeys.h"
#include "core/Engine.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

namespace {

/// A page with one text setting and one number setting.
class TextPage : public PropertyPage
{
public:
    TextPage(ConsoleContext *context, QLatin1StringView textKey, const QString &name)
        : PropertyPage(context)
        , m_name(name)
    {
        auto *form = new QFormLayout(this);
        field = new QLineEdit(this);
        bindings()->bind(field, textKey, FormFields::addRow(form, u"&Value:"_s, field, u"tip"_s, QString()));
    }
    QString title() const override { return m_name; }
    QLineEdit *field = nullptr;

private:
    QString m_name;
};

} // namespace

class TestPropertySheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applyIsEnabledOnlyWhileSomethingDiffers();
    void everyPageIsValidatedBeforeAnyIsSaved();
    void cancelDiscardsEdits();
    void okSavesAndCloses();
    void runningEngineAppliesWithoutRestart();
};

void TestPropertySheet::applyIsEnabledOnlyWhileSomethingDiffers()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.settings->setText(Keys::HostName, u"mx.office.example"_s).isEmpty());
    auto *page = new TextPage(fixture.context.get(), Keys::HostName, u"&One"_s);
    PropertySheet sheet(fixture.context.get(), {page});
    QPushButton *apply = sheet.buttons()->button(QDialogButtonBox::Apply);
    QCOMPARE(page->field->text(), u"mx.office.example"_s);
    QVERIFY(!apply->isEnabled());
    page->field->setText(u"mx2.office.example"_s);
    QVERIFY(apply->isEnabled());
    page->field->setText(u"mx.office.example"_s);
    QVERIFY(!apply->isEnabled());
}

void TestPropertySheet::everyPageIsValidatedBeforeAnyIsSaved()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    auto *first = new TextPage(fixture.context.get(), Keys::HostName, u"&One"_s);
    auto *second = new TextPage(fixture.context.get(), Keys::Postmaster, u"&Two"_s);
    PropertySheet sheet(fixture.context.get(), {first, second});
    sheet.show();
    sheet.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&sheet));
    const QString hostBefore = fixture.settings->text(Keys::HostName);
    first->field->setText(u"valid.example"_s);
    second->field->setText(u"not an address"_s);
    QVERIFY(!sheet.apply());
    QCOMPARE(fixture.settings->text(Keys::HostName), hostBefore); // the valid page was not saved either
    QCOMPARE(sheet.tabs()->currentWidget(), second);
    QTRY_COMPARE(QApplication::focusWidget(), second->field);
    const auto messages = second->findChildren<InlineMessage *>();
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first()->isVisible());
    QVERIFY(messages.first()->text().contains(u"not an address"_s));
    QVERIFY(sheet.statusText().contains(u"Nothing was saved"_s));

    second->field->setText(u"postmaster@office.example"_s);
    QVERIFY(sheet.apply());
    QCOMPARE(fixture.settings->text(Keys::HostName), u"valid.example"_s);
    QCOMPARE(fixture.settings->text(Keys::Postmaster), u"postmaster@office.example"_s);
    QVERIFY(!messages.first()->isVisible());
    QVERIFY(!sheet.buttons()->button(QDialogButtonBox::Apply)->isEnabled());
}

void TestPropertySheet::cancelDiscardsEdits()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.settings->setText(Keys::HostName, u"kept.example"_s).isEmpty());
    auto *page = new TextPage(fixture.context.get(), Keys::HostName, u"&One"_s);
    PropertySheet sheet(fixture.context.get(), {page});
    sheet.show();
    page->field->setText(u"discarded.example"_s);
    QTest::mouseClick(sheet.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(sheet.result(), int(QDialog::Rejected));
    QCOMPARE(fixture.settings->text(Keys::HostName), u"kept.example"_s);
    QCOMPARE(page->field->text(), u"kept.example"_s);
}

void TestPropertySheet::okSavesAndCloses()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    auto *page = new TextPage(fixture.context.get(), Keys::HostName, u"&One"_s);
    PropertySheet sheet(fixture.context.get(), {page});
    sheet.show();
    page->field->setText(u"ok.example"_s);
    QTest::mouseClick(sheet.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(sheet.result(), int(QDialog::Accepted));
    QVERIFY(!sheet.isVisible());
    QCOMPARE(fixture.settings->text(Keys::HostName), u"ok.example"_s);
}

void TestPropertySheet::runningEngineAppliesWithoutRestart()
{
    QTemporaryDir dir;
    {
        QString error;
        auto settings = Settings::open(configDatabasePath(dir.path()), {dir.path(), u"gw.example"_s}, &error);
        QVERIFY2(settings, qPrintable(error));
        QVERIFY(settings->setText(Keys::SmtpListen, u"127.0.0.1:0"_s).isEmpty());
    }
    EngineHost host(dir.path());
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QTRY_VERIFY(host.engine()->smtpPort() != 0);
    ConsoleContext context(host.settings(), &host);
    auto *page = new TextPage(&context, Keys::SmtpListen, u"&Listen"_s);
    PropertySheet sheet(&context, {page});

    // A free port: the engine moves its listener there, and the sheet says it applied the change.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 freePort = probe.serverPort();
    probe.close();
    page->field->setText(u"127.0.0.1:%1"_s.arg(freePort));
    QVERIFY(sheet.apply());
    QTRY_COMPARE(host.engine()->smtpPort(), freePort);
    QTRY_VERIFY2(sheet.statusText().contains(u"applied the changes"_s), qPrintable(sheet.statusText()));

    // A port another program holds: saved, but the sheet shows why the engine could not use it.
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    page->field->setText(u"127.0.0.1:%1"_s.arg(holder.serverPort()));
    QVERIFY(sheet.apply());
    QTRY_VERIFY2(sheet.statusText().contains(u"could not apply"_s), qPrintable(sheet.statusText()));
    QVERIFY2(sheet.statusText().contains(QString::number(holder.serverPort())),
             qPrintable(sheet.statusText()));
    host.stop(0);
}

QTEST_MAIN(TestPropertySheet)
#include "tst_propertysheet.moc"
