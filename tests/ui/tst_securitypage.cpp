// SPDX-License-Identifier: GPL-3.0-or-later
// The Security page in a property sheet on a real configuration database (offscreen): it shows and
// stores the smarthost's security, the server's ETRN/ATRN settings and accounts; passwords reach only
// the secret store, under the keys the engine reads; a missing keychain is asked about, never bypassed.

#include "ConsoleFixture.h"
#include "EmailDomainTable.h"
#include "EngineBinder.h"
#include "FileSecretStore.h"
#include "PropertySheet.h"
#include "ServerAccountModel.h"
#include "ServerAccountTable.h"
#include "SettingKeys.h"
#include "dialogs/AccountDialog.h"
#include "dialogs/AccountsDialog.h"
#include "pages/SecurityPage.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestSecurityPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithStoredValues();
    void applyStoresEdits();
    void cancelDiscards();
    void refusesInvalidFields_data();
    void refusesInvalidFields();
    void smarthostPasswordGoesToSecretStoreOnly();
    void accountsAreAddedWithPasswordAndRemovedWithIt();
    void accountDialogRefusesBadEntries();
    void keychainMissingAnsweredNo();
    void keychainMissingAnsweredYes();
    void switchingToFileStoreAsks();

private:
    struct Sheet
    {
        SecurityPage *page;
        std::unique_ptr<PropertySheet> sheet;
    };
    Sheet makeSheet();
    QByteArray databaseBytes() const;
    AccountDialog *addAccount(AccountsDialog *accounts, const QString &name, const QString &password,
                              const QString &confirmation, const QString &domains);

    std::unique_ptr<ConsoleFixture> m_fx;
};

void TestSecurityPage::init()
{
    m_fx = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fx->open());
    QVERIFY(m_fx->settings->setText(Keys::Smarthost, u"Relay.Example.net:587"_s).isEmpty());
}

void TestSecurityPage::cleanup()
{
    m_fx.reset();
}

TestSecurityPage::Sheet TestSecurityPage::makeSheet()
{
    auto *page = new SecurityPage(m_fx->context.get());
    return {page, std::make_unique<PropertySheet>(m_fx->context.get(), QList<PropertyPage *>{page})};
}

QByteArray TestSecurityPage::databaseBytes() const
{
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-journal"_s}) {
        QFile file(m_fx->dir.filePath(u"config.db"_s + suffix));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

AccountDialog *TestSecurityPage::addAccount(AccountsDialog *accounts, const QString &name,
                                            const QString &password, const QString &confirmation,
                                            const QString &domains)
{
    accounts->addButton()->click();
    AccountDialog *dialog = accounts->entryDialog();
    if (!dialog)
        return nullptr;
    dialog->nameField()->setText(name);
    dialog->passwordField()->setText(password);
    dialog->confirmationField()->setText(confirmation);
    dialog->domainsField()->setText(domains);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    return dialog;
}

void TestSecurityPage::opensWithStoredValues()
{
    Settings &s = *m_fx->settings;
    QVERIFY(s.setText(Keys::SmarthostTls, u"required"_s).isEmpty());
    QVERIFY(s.setText(Keys::SmarthostPin, QString(64, u'a')).isEmpty());
    QVERIFY(s.setText(Keys::SmarthostAuth, u"cram-md5"_s).isEmpty());
    QVERIFY(s.setText(Keys::SmarthostAccount, u"office"_s).isEmpty());
    QVERIFY(s.setText(Keys::SmtpPlaintextAuth, u"true"_s).isEmpty());
    QVERIFY(s.setText(Keys::EtrnAccess, u"listed"_s).isEmpty());
    QVERIFY(s.setText(Keys::EtrnHosts, u"192.0.2.7, 198.51.100.0/24"_s).isEmpty());
    QVERIFY(s.setText(Keys::HoldTimeoutHours, u"48"_s).isEmpty());
    QVERIFY(s.setText(Keys::AtrnListen, u"*:366"_s).isEmpty());
    m_fx->secrets->secrets().insert(SecretKey::smtpAuth(u"relay.example.net"_s, u"office"_s), u"s3cret"_s);
    ServerAccountTable(m_fx->settings.get()).put({u"branch"_s, {u"branch.example"_s}});

    auto [page, sheet] = makeSheet();
    QCOMPARE(page->smarthostTlsField()->currentData().toString(), u"required"_s);
    QCOMPARE(page->smarthostPinField()->text(), QString(64, u'a'));
    QCOMPARE(page->smarthostAuthField()->currentData().toString(), u"cram-md5"_s);
    QCOMPARE(page->smarthostAccountField()->text(), u"office"_s);
    QVERIFY(page->smarthostPasswordField()->text().isEmpty());
    QTRY_COMPARE(page->smarthostPasswordField()->placeholderText(), u"(stored)"_s);
    QVERIFY(page->serverPlaintextField()->isChecked());
    QVERIFY(page->etrnAccessButton(u"listed"_s)->isChecked());
    QVERIFY(page->etrnHostsField()->isEnabled());
    QCOMPARE(page->etrnHostsField()->text(), u"192.0.2.7, 198.51.100.0/24"_s);
    QCOMPARE(page->holdTimeoutField()->value(), 48);
    QVERIFY(page->atrnEnabledField()->isChecked());
    QCOMPARE(page->atrnListenField()->text(), u"*:366"_s);
    QVERIFY(page->keychainButton()->isChecked());
    QCOMPARE(page->accountModel()->rowCount(), 1);
    QVERIFY(!sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    sheet->resize(900, 640);
    QVERIFY(saveScreenshot(sheet.get(), u"page-security"_s));
}

void TestSecurityPage::applyStoresEdits()
{
    auto [page, sheet] = makeSheet();
    page->smarthostTlsField()->setCurrentIndex(page->smarthostTlsField()->findData(u"required"_s));
    page->smarthostPinField()->setText(u"AB:"_s.repeated(31) + u"AB"_s);
    page->smarthostAuthField()->setCurrentIndex(page->smarthostAuthField()->findData(u"login"_s));
    page->smarthostAccountField()->setText(u"office"_s);
    page->smarthostPlaintextField()->setChecked(true);
    page->serverPlaintextField()->setChecked(true);
    page->etrnAccessButton(u"authenticated"_s)->setChecked(true);
    page->holdTimeoutField()->setValue(72);
    page->atrnEnabledField()->setChecked(true);
    page->atrnListenField()->setText(u"127.0.0.1:1366"_s);
    QVERIFY(sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));

    const Settings &s = *m_fx->settings;
    QCOMPARE(s.stringValue(Keys::SmarthostTls), u"required"_s);
    QCOMPARE(s.stringValue(Keys::SmarthostPin), u"ab"_s.repeated(32));
    QCOMPARE(s.stringValue(Keys::SmarthostAuth), u"login"_s);
    QCOMPARE(s.stringValue(Keys::SmarthostAccount), u"office"_s);
    QVERIFY(s.boolValue(Keys::SmarthostPlaintextAuth));
    QVERIFY(s.boolValue(Keys::SmtpPlaintextAuth));
    QCOMPARE(s.stringValue(Keys::EtrnAccess), u"authenticated"_s);
    QCOMPARE(s.intValue(Keys::HoldTimeoutHours), 72);
    QCOMPARE(s.stringValue(Keys::AtrnListen), u"127.0.0.1:1366"_s);

    // Turning ATRN off stores "off" (empty), whatever the field still shows.
    page->atrnEnabledField()->setChecked(false);
    QVERIFY(sheet->apply());
    QCOMPARE(s.stringValue(Keys::AtrnListen), QString());
}

void TestSecurityPage::cancelDiscards()
{
    auto [page, sheet] = makeSheet();
    sheet->show();
    page->etrnEnabledField()->setChecked(false);
    page->smarthostPasswordField()->setText(u"typed"_s);
    AccountsDialog *accounts = page->openAccounts();
    QVERIFY(addAccount(accounts, u"temp"_s, u"pw"_s, u"pw"_s, QString()));
    accounts->accept();
    QCOMPARE(page->accountModel()->rowCount(), 1);
    sheet->buttons()->button(QDialogButtonBox::Cancel)->click();

    QVERIFY(m_fx->settings->boolValue(Keys::EtrnEnabled));
    QVERIFY(page->etrnEnabledField()->isChecked());
    QVERIFY(page->smarthostPasswordField()->text().isEmpty());
    QCOMPARE(page->accountModel()->rowCount(), 0);
    QVERIFY(ServerAccountTable::read(*m_fx->settings).isEmpty());
    QTest::qWait(50);
    QVERIFY(m_fx->secrets->secrets().isEmpty());
}

void TestSecurityPage::refusesInvalidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("bad pin") << u"pin"_s << u"not-a-fingerprint"_s;
    QTest::newRow("bad ETRN host list") << u"etrnHosts"_s << u"192.0.2.7, not/an/address"_s;
    QTest::newRow("listed without hosts") << u"etrnHosts"_s << QString();
    QTest::newRow("bad ATRN listen") << u"atrn"_s << u"everywhere"_s;
    QTest::newRow("ATRN without address") << u"atrn"_s << QString();
    QTest::newRow("auth without account") << u"account"_s << QString();
}

void TestSecurityPage::refusesInvalidFields()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    auto [page, sheet] = makeSheet();
    QWidget *target = nullptr;
    if (field == u"pin"_s) {
        target = page->smarthostPinField();
        page->smarthostPinField()->setText(text);
    } else if (field == u"etrnHosts"_s) {
        target = page->etrnHostsField();
        page->etrnAccessButton(u"listed"_s)->setChecked(true);
        page->etrnHostsField()->setText(text);
    } else if (field == u"atrn"_s) {
        target = page->atrnListenField();
        page->atrnEnabledField()->setChecked(true);
        page->atrnListenField()->setText(text);
    } else {
        target = page->smarthostAccountField();
        page->smarthostAuthField()->setCurrentIndex(page->smarthostAuthField()->findData(u"plain"_s));
    }
    page->holdTimeoutField()->setValue(12); // a valid edit that must not be saved either
    QVERIFY(!sheet->apply());
    QCOMPARE(sheet->focusWidget(), target);
    QVERIFY(sheet->statusText().startsWith(u"Nothing was saved"_s));
    const auto messages = page->findChildren<InlineMessage *>();
    QVERIFY(std::any_of(messages.begin(), messages.end(),
                        [target](InlineMessage *m) { return m->field() == target && m->hasProblem(); }));
    QCOMPARE(m_fx->settings->intValue(Keys::HoldTimeoutHours), 120);
    QCOMPARE(m_fx->settings->stringValue(Keys::AtrnListen), QString());
}

void TestSecurityPage::smarthostPasswordGoesToSecretStoreOnly()
{
    auto [page, sheet] = makeSheet();
    page->smarthostAuthField()->setCurrentIndex(page->smarthostAuthField()->findData(u"any"_s));
    page->smarthostAccountField()->setText(u"office@example.org"_s);
    page->smarthostPasswordField()->setText(u"Sm4rtPassw0rd"_s);
    QVERIFY(sheet->apply());
    // The key the engine reads for the smarthost (host without port, lower case).
    const QStringList needed = EngineBinder::neededSecretKeys(*m_fx->settings, nullptr);
    const QString key = SecretKey::smtpAuth(u"relay.example.net"_s, u"office@example.org"_s);
    QVERIFY(needed.contains(key));
    QTRY_COMPARE(m_fx->secrets->secrets().value(key), u"Sm4rtPassw0rd"_s);
    QCOMPARE(m_fx->secrets->secrets().size(), 1);
    QVERIFY(page->smarthostPasswordField()->text().isEmpty());
    QTRY_COMPARE(page->smarthostPasswordField()->placeholderText(), u"(stored)"_s);
    QVERIFY(!databaseBytes().contains("Sm4rtPassw0rd"));
    QVERIFY(!sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());

    // Nothing typed: the stored password is kept.
    page->smarthostPlaintextField()->setChecked(true);
    QVERIFY(sheet->apply());
    QTest::qWait(50);
    QCOMPARE(m_fx->secrets->secrets().value(key), u"Sm4rtPassw0rd"_s);
}

void TestSecurityPage::accountsAreAddedWithPasswordAndRemovedWithIt()
{
    EmailDomainEntry held;
    held.domain = u"branch.example"_s;
    held.hold = true;
    QVERIFY(m_fx->context->emailDomains()->put(held).isEmpty());
    auto [page, sheet] = makeSheet();
    AccountsDialog *accounts = page->openAccounts();
    AccountDialog *dialog =
        addAccount(accounts, u"branch"_s, u"Acc0untPw"_s, u"Acc0untPw"_s, u"Branch.example, other.example"_s);
    QVERIFY(dialog);
    // Not an E-Mail Domain held for ETRN: warned about, not refused.
    QVERIFY(dialog->domainWarning().contains(u"other.example"_s));
    QVERIFY(!dialog->domainWarning().contains(u"branch.example"_s));
    QTRY_VERIFY(!accounts->entryDialog());
    QCOMPARE(page->accountModel()->rowCount(), 1);
    accounts->resize(560, 300);
    QVERIFY(saveScreenshot(accounts, u"dialog-accounts"_s));
    accounts->accept();
    QVERIFY(sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY(sheet->apply());

    const QList<ServerAccountEntry> stored = ServerAccountTable::read(*m_fx->settings);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, u"branch"_s);
    QCOMPARE(stored.first().domains, (QStringList{u"branch.example"_s, u"other.example"_s}));
    const QString key = SecretKey::serverAccount(u"branch"_s);
    QVERIFY(EngineBinder::neededSecretKeys(*m_fx->settings, nullptr).contains(key));
    QTRY_COMPARE(m_fx->secrets->secrets().value(key), u"Acc0untPw"_s);
    QVERIFY(!databaseBytes().contains("Acc0untPw"));

    // Editing without typing a password keeps it; the dialog shows that one is stored.
    accounts = page->openAccounts();
    accounts->view()->selectRow(0);
    accounts->editButton()->click();
    dialog = accounts->entryDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->passwordField()->placeholderText(), u"(stored)"_s);
    dialog->domainsField()->setText(u"branch.example"_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!accounts->entryDialog());

    // Removing the account deletes its password with it.
    accounts->view()->selectRow(0);
    accounts->removeButton()->click();
    QCOMPARE(page->accountModel()->rowCount(), 0);
    accounts->accept();
    QVERIFY(sheet->apply());
    QVERIFY(ServerAccountTable::read(*m_fx->settings).isEmpty());
    QTRY_VERIFY(!m_fx->secrets->secrets().contains(key));
}

void TestSecurityPage::accountDialogRefusesBadEntries()
{
    ServerAccountTable(m_fx->settings.get()).put({u"taken"_s, {}});
    auto [page, sheet] = makeSheet();
    AccountsDialog *accounts = page->openAccounts();
    AccountDialog *dialog = addAccount(accounts, u"bad name!"_s, u"pw"_s, u"pw"_s, QString());
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->nameField());

    dialog->nameField()->setText(u"taken"_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->nameField());

    dialog->nameField()->setText(u"newone"_s);
    dialog->confirmationField()->setText(u"pW"_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->confirmationField());

    dialog->passwordField()->clear();
    dialog->confirmationField()->clear();
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible()); // a new account needs a password
    QCOMPARE(dialog->focusWidget(), dialog->passwordField());

    dialog->passwordField()->setText(u"pw"_s);
    dialog->confirmationField()->setText(u"pw"_s);
    dialog->domainsField()->setText(u"fine.example, bad..example"_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->domainsField());
    QVERIFY(saveScreenshot(dialog, u"dialog-account"_s));
    QCOMPARE(page->accountModel()->rowCount(), 1);
    QVERIFY(!page->hasChanges());
}

void TestSecurityPage::keychainMissingAnsweredNo()
{
    m_fx->secrets->setFailure(SecretError::Kind::NoBackend);
    auto [page, sheet] = makeSheet();
    page->smarthostAuthField()->setCurrentIndex(page->smarthostAuthField()->findData(u"plain"_s));
    page->smarthostAccountField()->setText(u"office"_s);
    page->smarthostPasswordField()->setText(u"NoKeychainPw"_s);
    QVERIFY(sheet->apply());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = sheet->findChild<QMessageBox *>(u"keychainQuestion"_s)));
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(!sheet->statusText().isEmpty() && sheet->statusText().contains(u"not stored"_s));
    QCOMPARE(m_fx->settings->stringValue(Keys::SecretsStore), u"keychain"_s);
    QVERIFY(m_fx->secrets->secrets().isEmpty());
    QVERIFY(!QFile::exists(m_fx->dir.filePath(FileSecretStore::fileName())));
    QVERIFY(page->keychainButton()->isChecked());
}

void TestSecurityPage::keychainMissingAnsweredYes()
{
    m_fx->secrets->setFailure(SecretError::Kind::NoBackend);
    auto [page, sheet] = makeSheet();
    AccountsDialog *accounts = page->openAccounts();
    QVERIFY(addAccount(accounts, u"branch"_s, u"YesFilePw"_s, u"YesFilePw"_s, QString()));
    accounts->accept();
    QVERIFY(sheet->apply());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = sheet->findChild<QMessageBox *>(u"keychainQuestion"_s)));
    m_fx->secrets = nullptr; // replaced by the file store on Yes
    box->button(QMessageBox::Yes)->click();
    const QString path = m_fx->dir.filePath(FileSecretStore::fileName());
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(m_fx->settings->stringValue(Keys::SecretsStore), u"file"_s);
    QCOMPARE(QFile::permissions(path) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(SecretKey::serverAccount(u"branch"_s).toUtf8()));
    QVERIFY(content.contains("YesFilePw"));
    // The page shows the store now in use, and does not offer to switch back.
    QTRY_VERIFY(page->fileStoreButton()->isChecked());
    QVERIFY(!page->hasChanges());
}

void TestSecurityPage::switchingToFileStoreAsks()
{
    auto [page, sheet] = makeSheet();
    page->fileStoreButton()->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(u"fileStoreQuestion"_s)));
    QVERIFY(box->text().contains(u"not encrypted"_s));
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(page->keychainButton()->isChecked());
    QVERIFY(!page->hasChanges());

    page->fileStoreButton()->click();
    QTRY_VERIFY((box = page->findChild<QMessageBox *>(u"fileStoreQuestion"_s)));
    box->button(QMessageBox::Yes)->click();
    QVERIFY(page->fileStoreButton()->isChecked());
    page->smarthostAuthField()->setCurrentIndex(page->smarthostAuthField()->findData(u"login"_s));
    page->smarthostAccountField()->setText(u"office"_s);
    page->smarthostPasswordField()->setText(u"FilePw"_s);
    m_fx->secrets = nullptr; // the page switches the context to the file store
    QVERIFY(sheet->apply());
    QCOMPARE(m_fx->settings->stringValue(Keys::SecretsStore), u"file"_s);
    const QString path = m_fx->dir.filePath(FileSecretStore::fileName());
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(SecretKey::smtpAuth(u"relay.example.net"_s, u"office"_s).toUtf8()));
}

QTEST_MAIN(TestSecurityPage)
#include "tst_securitypage.moc"
