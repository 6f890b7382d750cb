// SPDX-License-Identifier: GPL-3.0-or-later
// The Sluice menu's Export settings… and Import settings…: the file dialogs answered through the test
// hook, the confirmation before an import replaces the configuration, errors in a message box, and the
// open Properties showing the imported values.

#include "ConfigTransfer.h"
#include "ConsoleFixture.h"
#include "MainWindow.h"
#include "PropertySheet.h"
#include "ServiceConnection.h"
#include "SettingKeys.h"
#include "dialogs/SettingsTransfer.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

class TestConfigTransferUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void exportWritesTheChosenFile();
    void importAsksFirstThenShowsNewValues();
    void cancelledImportChangesNothing();
    void badFileIsReportedAndChangesNothing();

private:
    QAction *action(const QString &text) const;
    QMessageBox *waitForBox() const;
    bool sheetShows(const QString &text) const;

    std::unique_ptr<TestSupport::ConsoleFixture> m_fixture;
    std::unique_ptr<ServiceConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    QString m_chosen;
};

void TestConfigTransferUi::init()
{
    m_fixture = std::make_unique<TestSupport::ConsoleFixture>();
    QVERIFY(m_fixture->open());
    m_connection = std::make_unique<ServiceConnection>(m_fixture->dir.filePath(u"control.sock"_s));
    m_window =
        std::make_unique<MainWindow>(m_connection.get(), m_fixture->context.get(), m_fixture->dir.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    SettingsTransfer::setFileChooserForTesting([this](bool) { return m_chosen; });
}

void TestConfigTransferUi::cleanup()
{
    SettingsTransfer::setFileChooserForTesting({});
    m_window.reset();
    m_connection.reset();
    m_fixture.reset();
}

QAction *TestConfigTransferUi::action(const QString &text) const
{
    for (QAction *candidate : m_window->findChildren<QAction *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

QMessageBox *TestConfigTransferUi::waitForBox() const
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = m_window->findChild<QMessageBox *>();
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

bool TestConfigTransferUi::sheetShows(const QString &text) const
{
    auto *sheet = m_window->findChild<PropertySheet *>();
    if (!sheet)
        return false;
    const auto edits = sheet->findChildren<QLineEdit *>();
    return std::any_of(edits.begin(), edits.end(), [&](QLineEdit *edit) { return edit->text() == text; });
}

void TestConfigTransferUi::exportWritesTheChosenFile()
{
    QVERIFY(m_fixture->settings->setText(Keys::HostName, u"old.example"_s).isEmpty());
    QAction *exportAction = action(u"&Export settings…"_s);
    QVERIFY(exportAction && exportAction->isEnabled());
    QVERIFY(!exportAction->whatsThis().isEmpty());
    m_chosen = m_fixture->dir.filePath(u"backup.json"_s);
    exportAction->trigger();
    QMessageBox *box = waitForBox();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"backup.json"_s), qPrintable(box->text()));
    TestSupport::saveScreenshot(box, u"export-settings-done"_s);
    box->button(QMessageBox::Ok)->click();
    QFile file(m_chosen);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ConfigTransfer::exportConfiguration(*m_fixture->settings));

    // Cancelling the file dialog does nothing.
    m_chosen.clear();
    exportAction->trigger();
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<QMessageBox *>());
}

void TestConfigTransferUi::importAsksFirstThenShowsNewValues()
{
    // Another gateway's configuration, saved to a file.
    QVERIFY(m_fixture->settings->setText(Keys::HostName, u"imported.example"_s).isEmpty());
    m_chosen = m_fixture->dir.filePath(u"other.json"_s);
    QVERIFY(ConfigTransfer::writeFile(m_chosen, ConfigTransfer::exportConfiguration(*m_fixture->settings))
                .isEmpty());
    QVERIFY(m_fixture->settings->setText(Keys::HostName, u"old.example"_s).isEmpty());

    m_window->openProperties();
    QTRY_VERIFY(sheetShows(u"old.example"_s));
    QAction *importAction = action(u"&Import settings…"_s);
    QVERIFY(importAction && importAction->isEnabled());
    importAction->trigger();
    QMessageBox *confirm = waitForBox();
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(u"Replace the whole configuration"_s), qPrintable(confirm->text()));
    TestSupport::saveScreenshot(confirm, u"import-settings-confirm"_s);
    QCOMPARE(m_fixture->settings->text(Keys::HostName), u"old.example"_s); // not before the answer
    QAbstractButton *replace = nullptr;
    for (QAbstractButton *button : confirm->buttons()) {
        if (button->text() == u"&Replace configuration"_s)
            replace = button;
    }
    QVERIFY(replace);
    const QPointer<QMessageBox> asked = confirm;
    QVERIFY(replace->text().contains(u"&R"_s)); // reachable from the keyboard by its mnemonic
    replace->click();
    QTRY_VERIFY(!asked);
    QTRY_COMPARE(m_fixture->settings->text(Keys::HostName), u"imported.example"_s);
    QTRY_VERIFY(sheetShows(u"imported.example"_s));
    QMessageBox *done = waitForBox();
    QVERIFY(done);
    QVERIFY2(done->informativeText().contains(u"Settings set: general.hostname."_s),
             qPrintable(done->informativeText()));
    done->button(QMessageBox::Ok)->click();
}

void TestConfigTransferUi::cancelledImportChangesNothing()
{
    m_chosen = m_fixture->dir.filePath(u"other.json"_s);
    QVERIFY(m_fixture->settings->setText(Keys::HostName, u"imported.example"_s).isEmpty());
    QVERIFY(ConfigTransfer::writeFile(m_chosen, ConfigTransfer::exportConfiguration(*m_fixture->settings))
                .isEmpty());
    QVERIFY(m_fixture->settings->setText(Keys::HostName, u"old.example"_s).isEmpty());
    action(u"&Import settings…"_s)->trigger();
    QMessageBox *confirm = waitForBox();
    QVERIFY(confirm);
    QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
    QTest::keyClick(confirm, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>());
    QCOMPARE(m_fixture->settings->text(Keys::HostName), u"old.example"_s);
}

void TestConfigTransferUi::badFileIsReportedAndChangesNothing()
{
    const QByteArray before = ConfigTransfer::exportConfiguration(*m_fixture->settings);
    m_chosen = m_fixture->dir.filePath(u"bad.json"_s);
    QVERIFY(ConfigTransfer::writeFile(m_chosen, "{\"format\": \"sluice-configuration\", \"version\": 9}")
                .isEmpty());
    action(u"&Import settings…"_s)->trigger();
    QMessageBox *confirm = waitForBox();
    QVERIFY(confirm);
    const QPointer<QMessageBox> asked = confirm;
    for (QAbstractButton *button : confirm->buttons()) {
        if (button->text() == u"&Replace configuration"_s)
            button->click();
    }
    QTRY_VERIFY(!asked);
    QMessageBox *error = waitForBox();
    QVERIFY(error);
    QCOMPARE(error->icon(), QMessageBox::Warning);
    QVERIFY2(error->text().contains(u"Nothing was imported"_s), qPrintable(error->text()));
    QVERIFY2(error->informativeText().contains(u"newer Sluice"_s), qPrintable(error->informativeText()));
    TestSupport::saveScreenshot(error, u"import-settings-error"_s);
    error->button(QMessageBox::Ok)->click();
    QCOMPARE(ConfigTransfer::exportConfiguration(*m_fixture->settings), before);
}

QTEST_MAIN(TestConfigTransferUi)
#include "tst_configtransferui.moc"
