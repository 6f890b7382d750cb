// SPDX-License-Identifier: GPL-3.0-or-later
// The Diagnostics page in a property sheet on a real configuration database (offscreen): the logging
// level and the server's protocol limits load and save; the data, log and queue paths are shown
// read-only where the engine keeps them.

#include "ConsoleFixture.h"
#include "PropertySheet.h"
#include "SettingKeys.h"
#include "pages/DiagnosticsPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestDiagnosticsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithStoredValues();
    void showsWhereFilesAre();
    void applyStoresEdits();
    void cancelDiscards();
    void controlsAreDescribed();

private:
    std::unique_ptr<ConsoleFixture> m_fx;
    DiagnosticsPage *m_page = nullptr;
    std::unique_ptr<PropertySheet> m_sheet;
};

void TestDiagnosticsPage::init()
{
    m_fx = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fx->open());
    QVERIFY(m_fx->settings->setText(Keys::LogLevel, u"maximum"_s).isEmpty());
    QVERIFY(m_fx->settings->setText(Keys::CommandTimeout, u"120"_s).isEmpty());
    QVERIFY(m_fx->settings->setText(Keys::BareLineEndings, u"normalise"_s).isEmpty());
    QVERIFY(m_fx->settings->setText(Keys::LogRetentionDays, u"45"_s).isEmpty());
    m_page = new DiagnosticsPage(m_fx->context.get());
    m_sheet = std::make_unique<PropertySheet>(m_fx->context.get(), QList<PropertyPage *>{m_page});
}

void TestDiagnosticsPage::cleanup()
{
    m_sheet.reset();
    m_fx.reset();
}

void TestDiagnosticsPage::opensWithStoredValues()
{
    QVERIFY(m_page->levelButton(u"maximum"_s)->isChecked());
    QVERIFY(!m_page->levelButton(u"medium"_s)->isChecked());
    QCOMPARE(m_page->commandTimeoutField()->value(), 120);
    QCOMPARE(m_page->errorLimitField()->value(), 20);
    QCOMPARE(m_page->greetingDelayField()->value(), 0);
    QCOMPARE(m_page->bareLineEndingsField()->currentData().toString(), u"normalise"_s);
    QCOMPARE(m_page->retentionDaysField()->value(), 45);
    QCOMPARE(m_page->maxSizeField()->value(), 100); // the default
    QVERIFY(!m_sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    m_sheet->resize(720, 640);
    QVERIFY(saveScreenshot(m_sheet.get(), u"page-diagnostics"_s));
}

void TestDiagnosticsPage::showsWhereFilesAre()
{
    const QString data = QFileInfo(m_fx->settings->databasePath()).absolutePath();
    QCOMPARE(data, QFileInfo(m_fx->dir.path()).absoluteFilePath());
    QCOMPARE(m_page->dataFolderField()->text(), QDir::toNativeSeparators(data));
    QCOMPARE(m_page->logDatabaseField()->text(), QDir::toNativeSeparators(data + u"/log.db"_s));
    QCOMPARE(m_page->queueField()->text(), QDir::toNativeSeparators(data + u"/queue"_s));
    for (QLineEdit *field : {m_page->dataFolderField(), m_page->logDatabaseField(), m_page->queueField()})
        QVERIFY(field->isReadOnly());
    // Typing into a read-only path is impossible; the sheet has nothing to save.
    QTest::keyClicks(m_page->queueField(), u"x"_s);
    QCOMPARE(m_page->queueField()->text(), QDir::toNativeSeparators(data + u"/queue"_s));
    QVERIFY(!m_page->hasChanges());
}

void TestDiagnosticsPage::applyStoresEdits()
{
    m_page->levelButton(u"minimum"_s)->setChecked(true);
    m_page->errorLimitField()->setValue(5);
    m_page->greetingDelayField()->setValue(10);
    m_page->bareLineEndingsField()->setCurrentIndex(m_page->bareLineEndingsField()->findData(u"refuse"_s));
    QVERIFY(m_sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY2(m_sheet->apply(), qPrintable(m_sheet->statusText()));
    QCOMPARE(m_fx->settings->stringValue(Keys::LogLevel), u"minimum"_s);
    QCOMPARE(m_fx->settings->intValue(Keys::ErrorLimit), 5);
    QCOMPARE(m_fx->settings->intValue(Keys::GreetingDelay), 10);
    QCOMPARE(m_fx->settings->stringValue(Keys::BareLineEndings), u"refuse"_s);
    QCOMPARE(m_fx->settings->intValue(Keys::CommandTimeout), 120);

    // Retention: typed like a user would, stored as days and MB.
    m_page->retentionDaysField()->selectAll();
    QTest::keyClicks(m_page->retentionDaysField(), u"7"_s);
    m_page->maxSizeField()->selectAll();
    QTest::keyClicks(m_page->maxSizeField(), u"20"_s);
    QVERIFY(m_sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY2(m_sheet->apply(), qPrintable(m_sheet->statusText()));
    QCOMPARE(m_fx->settings->intValue(Keys::LogRetentionDays), 7);
    QCOMPARE(m_fx->settings->intValue(Keys::LogMaxSizeMb), 20);

    m_page->levelButton(u"none"_s)->setChecked(true);
    QVERIFY(m_sheet->apply());
    QCOMPARE(m_fx->settings->stringValue(Keys::LogLevel), u"none"_s);
}

void TestDiagnosticsPage::cancelDiscards()
{
    m_page->levelButton(u"none"_s)->setChecked(true);
    m_page->commandTimeoutField()->setValue(30);
    m_page->retentionDaysField()->setValue(3);
    m_sheet->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(m_fx->settings->intValue(Keys::LogRetentionDays), 45);
    QCOMPARE(m_fx->settings->stringValue(Keys::LogLevel), u"maximum"_s);
    QCOMPARE(m_fx->settings->intValue(Keys::CommandTimeout), 120);
    QVERIFY(m_page->levelButton(u"maximum"_s)->isChecked());
    QCOMPARE(m_page->commandTimeoutField()->value(), 120);
}

void TestDiagnosticsPage::controlsAreDescribed()
{
    const QList<QWidget *> controls{m_page->levelButton(u"none"_s), m_page->levelButton(u"maximum"_s),
                                    m_page->dataFolderField(),      m_page->commandTimeoutField(),
                                    m_page->bareLineEndingsField(), m_page->queueField(),
                                    m_page->retentionDaysField(),   m_page->maxSizeField()};
    for (QWidget *control : controls) {
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
        QVERIFY(!control->whatsThis().isEmpty());
        QVERIFY(!control->accessibleName().isEmpty());
    }
    // The explanation of each level says that passwords are never logged.
    const auto labels = m_page->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text().contains(u"Passwords and AUTH data are never"_s);
    }));
    // Every labelled field has its label as buddy, for the mnemonic.
    int buddies = 0;
    for (QLabel *label : labels)
        buddies += label->buddy() ? 1 : 0;
    QVERIFY(buddies >= 9);
    for (QSpinBox *field : {m_page->retentionDaysField(), m_page->maxSizeField()}) {
        const auto label =
            std::find_if(labels.begin(), labels.end(), [field](QLabel *l) { return l->buddy() == field; });
        QVERIFY(label != labels.end());
        QVERIFY((*label)->text().contains(u'&'));
    }
    // The registry's range reaches the spin boxes: no log kept for 0 days, no 0 MB limit.
    QCOMPARE(m_page->retentionDaysField()->minimum(), 1);
    QCOMPARE(m_page->maxSizeField()->minimum(), 1);
}

QTEST_MAIN(TestDiagnosticsPage)
#include "tst_diagnosticspage.moc"
