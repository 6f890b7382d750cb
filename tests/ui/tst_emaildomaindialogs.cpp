// SPDX-License-Identifier: GPL-3.0-or-later
// The E-Mail Domain and Hosts dialogs of the Connections page: entries added, edited and removed reach
// the tables when the page is saved, a typed password reaches the secret store and never the database,
// and the entry dialogs refuse OK while a field is invalid or the entry is already listed.

#include "ConsoleFixture.h"
#include "EmailDomainModel.h"
#include "HostRuleModel.h"
#include "PropertySheet.h"
#include "dialogs/EmailDomainDialog.h"
#include "dialogs/EmailDomainListDialog.h"
#include "dialogs/HostRuleDialog.h"
#include "dialogs/HostsDialog.h"
#include "pages/ConnectionsPage.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString TypedPassword = u"Typed-Secret-4711"_s;

InlineMessage *messageFor(QWidget *dialog, QWidget *field)
{
    for (InlineMessage *message : dialog->findChildren<InlineMessage *>()) {
        if (message->field() == field)
            return message;
    }
    return nullptr;
}

/// Every byte Sluice's database files hold (the database, its journal and WAL).
QByteArray databaseBytes(const QString &folder)
{
    QByteArray bytes;
    QDirIterator files(folder, {u"config.db*"_s}, QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

struct PageUnderTest
{
    ConsoleFixture fixture;
    ConnectionsPage *page = nullptr;
    std::unique_ptr<PropertySheet> sheet;

    bool open()
    {
        if (!fixture.open())
            return false;
        page = new ConnectionsPage(fixture.context.get());
        sheet = std::make_unique<PropertySheet>(fixture.context.get(), QList<PropertyPage *>{page});
        sheet->show();
        return true;
    }
};

} // namespace

class TestEmailDomainDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addEditRemoveReachTheTable();
    void typedPasswordGoesToTheSecretStoreOnly();
    void domainDialogRefusesInvalidEntries_data();
    void domainDialogRefusesInvalidEntries();
    void hostRuleDialogBuildsNetworks();
    void hostRuleDialogRefusesInvalidEntries_data();
    void hostRuleDialogRefusesInvalidEntries();
    void hostEditKeepsItsPlace();
};

void TestEmailDomainDialogs::addEditRemoveReachTheTable()
{
    PageUnderTest test;
    QVERIFY(test.open());
    EmailDomainListDialog *list = test.page->openEmailDomains();
    QVERIFY(QTest::qWaitForWindowExposed(list));
    QVERIFY(!list->editButton()->isEnabled());

    EmailDomainDialog *add = list->openEditor(-1);
    QVERIFY(QTest::qWaitForWindowExposed(add));
    QTest::keyClicks(add->domainField(), u"Branch.Example"_s);
    add->forwardButton()->setChecked(true);
    QTest::keyClicks(add->hostField(), u"mail.branch.example:2525"_s);
    add->holdBox()->setChecked(true);
    add->tlsBox()->setCurrentIndex(add->tlsBox()->findData(u"required"_s));
    add->authBox()->setCurrentIndex(add->authBox()->findData(u"login"_s));
    QTest::keyClicks(add->accountField(), u"office"_s);
    QVERIFY(saveScreenshot(add, u"dialog-email-domain"_s));
    QTest::mouseClick(add->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(test.page->emailDomainModel()->rowCount(), 1);
    QCOMPARE(list->view()->model()->index(0, 1).data().toString(), u"mail.branch.example:2525"_s);

    EmailDomainDialog *second = list->openEditor(-1);
    second->domainField()->setText(u"other.example"_s);
    second->accept();
    QCOMPARE(test.page->emailDomainModel()->rowCount(), 2);
    QVERIFY(saveScreenshot(list, u"dialog-email-domains"_s));

    // Edit the first row: the dialog shows it as stored in the model.
    list->view()->selectRow(0);
    QVERIFY(list->editButton()->isEnabled());
    EmailDomainDialog *edit = list->openEditor(0);
    QCOMPARE(edit->domainField()->text(), u"branch.example"_s);
    QVERIFY(edit->forwardButton()->isChecked());
    QCOMPARE(edit->hostField()->text(), u"mail.branch.example:2525"_s);
    QVERIFY(edit->holdBox()->isChecked());
    QCOMPARE(edit->accountField()->text(), u"office"_s);
    edit->holdBox()->setChecked(false);
    edit->accept();

    list->view()->selectRow(test.page->emailDomainModel()->rowOfKey(u"other.example"_s));
    QTest::mouseClick(list->removeButton(), Qt::LeftButton);
    QCOMPARE(test.page->emailDomainModel()->rowCount(), 1);
    list->close();
    QVERIFY(test.fixture.context->emailDomains()->entries().isEmpty()); // staged until saved

    QVERIFY(test.sheet->apply());
    const QList<EmailDomainEntry> stored = test.fixture.context->emailDomains()->entries();
    QCOMPARE(stored.size(), 1);
    const EmailDomainEntry &entry = stored.constFirst();
    QCOMPARE(entry.domain, u"branch.example"_s);
    QVERIFY(entry.forward);
    QCOMPARE(entry.host, u"mail.branch.example"_s);
    QCOMPARE(entry.port, quint16(2525));
    QVERIFY(!entry.hold);
    QCOMPARE(entry.tls, u"required"_s);
    QCOMPARE(entry.auth, u"login"_s);
    QCOMPARE(entry.account, u"office"_s);
}

void TestEmailDomainDialogs::typedPasswordGoesToTheSecretStoreOnly()
{
    PageUnderTest test;
    QVERIFY(test.open());
    EmailDomainListDialog *list = test.page->openEmailDomains();
    EmailDomainDialog *add = list->openEditor(-1);
    QVERIFY(add->passwordField()->placeholderText().isEmpty());
    add->domainField()->setText(u"branch.example"_s);
    add->authBox()->setCurrentIndex(add->authBox()->findData(u"plain"_s));
    add->accountField()->setText(u"office"_s);
    QCOMPARE(add->passwordField()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(add->passwordField(), TypedPassword);
    add->accept();
    list->close();
    const QString key = test.page->emailDomainModel()->entryAt(0).secretKey();
    QVERIFY(test.fixture.secrets->secrets().isEmpty()); // nothing stored before the page is saved
    QTRY_VERIFY(test.sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());

    QVERIFY(test.sheet->apply());
    QTRY_COMPARE(test.fixture.secrets->secrets().value(key), TypedPassword);
    QCOMPARE(test.fixture.secrets->secrets().size(), 1);
    QVERIFY(!databaseBytes(test.fixture.dir.path()).isEmpty());
    QVERIFY(!databaseBytes(test.fixture.dir.path()).contains(TypedPassword.toUtf8()));

    // Opened again, the field stays empty and says a password is stored; OK without typing keeps it.
    list = test.page->openEmailDomains();
    EmailDomainDialog *edit = list->openEditor(0);
    QVERIFY(edit->passwordField()->text().isEmpty());
    QTRY_COMPARE(edit->passwordField()->placeholderText(), u"(stored)"_s);
    edit->accept();
    QVERIFY(test.sheet->apply());
    QCOMPARE(test.fixture.secrets->secrets().value(key), TypedPassword);

    // Removing the entry removes its password from the store once the page is saved.
    list = test.page->openEmailDomains();
    list->removeRow(0);
    list->close();
    QCOMPARE(test.fixture.secrets->secrets().value(key), TypedPassword);
    QVERIFY(test.sheet->apply());
    QTRY_VERIFY(!test.fixture.secrets->secrets().contains(key));

    // A password typed for an entry removed again before saving is never stored.
    list = test.page->openEmailDomains();
    EmailDomainDialog *again = list->openEditor(-1);
    again->domainField()->setText(u"gone.example"_s);
    again->authBox()->setCurrentIndex(again->authBox()->findData(u"plain"_s));
    again->accountField()->setText(u"office"_s);
    QTest::keyClicks(again->passwordField(), TypedPassword);
    again->accept();
    list->removeRow(0);
    list->close();
    QVERIFY(test.sheet->apply());
    QTest::qWait(50);
    QVERIFY(test.fixture.secrets->secrets().isEmpty());
}

void TestEmailDomainDialogs::domainDialogRefusesInvalidEntries_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("host");    // empty: use DNS
    QTest::addColumn<QString>("account"); // with AUTH LOGIN when not "-"
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("badField"); // domain | host | account | pin
    QTest::addColumn<QString>("message");
    QTest::newRow("bad domain") << u"bad..example"_s << QString() << u"-"_s << QString() << u"domain"_s
                                << u"bad..example"_s;
    QTest::newRow("trailing dot") << u"branch.example."_s << QString() << u"-"_s << QString() << u"domain"_s
                                  << u"dot"_s;
    QTest::newRow("empty domain") << QString() << QString() << u"-"_s << QString() << u"domain"_s
                                  << u"Enter the domain"_s;
    QTest::newRow("duplicate domain")
        << u"KEPT.example"_s << QString() << u"-"_s << QString() << u"domain"_s << u"already in the list"_s;
    QTest::newRow("forward without host")
        << u"new.example"_s << u" "_s << u"-"_s << QString() << u"host"_s << u"Enter the host"_s;
    QTest::newRow("bad host") << u"new.example"_s << u"mail..provider"_s << u"-"_s << QString() << u"host"_s
                              << u"mail..provider"_s;
    QTest::newRow("bad port") << u"new.example"_s << u"mail.provider.example:99999"_s << u"-"_s << QString()
                              << u"host"_s << u"port"_s;
    QTest::newRow("auth without account")
        << u"new.example"_s << QString() << QString() << QString() << u"account"_s << u"account"_s;
    QTest::newRow("bad pin") << u"new.example"_s << QString() << u"-"_s << u"abcd"_s << u"pin"_s << u"64"_s;
}

void TestEmailDomainDialogs::domainDialogRefusesInvalidEntries()
{
    QFETCH(QString, domain);
    QFETCH(QString, host);
    QFETCH(QString, account);
    QFETCH(QString, pin);
    QFETCH(QString, badField);
    QFETCH(QString, message);
    PageUnderTest test;
    QVERIFY(test.open());
    EmailDomainEntry kept;
    kept.domain = u"kept.example"_s;
    QVERIFY(test.fixture.context->emailDomains()->put(kept).isEmpty());
    test.sheet->reload();
    EmailDomainListDialog *list = test.page->openEmailDomains();
    EmailDomainDialog *dialog = list->openEditor(-1);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->domainField()->setText(domain);
    if (!host.isEmpty()) {
        dialog->forwardButton()->setChecked(true);
        dialog->hostField()->setText(host);
    }
    if (account != "-"_L1) {
        dialog->authBox()->setCurrentIndex(dialog->authBox()->findData(u"login"_s));
        dialog->accountField()->setText(account);
    }
    dialog->pinField()->setText(pin);
    QWidget *field = badField == "domain"_L1 ? static_cast<QWidget *>(dialog->domainField())
                     : badField == "host"_L1 ? dialog->hostField()
                     : badField == "pin"_L1  ? dialog->pinField()
                                             : dialog->accountField();
    dialog->tlsBox()->setFocus();
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // OK refused
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    InlineMessage *inline_ = messageFor(dialog, field);
    QVERIFY(inline_);
    QVERIFY(inline_->isVisible());
    QVERIFY2(inline_->text().contains(message, Qt::CaseInsensitive), qPrintable(inline_->text()));
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QCOMPARE(test.page->emailDomainModel()->rowCount(), 1);
    dialog->reject();
    QVERIFY(!test.page->hasChanges());
}

void TestEmailDomainDialogs::hostRuleDialogBuildsNetworks()
{
    HostRuleDialog dialog(HostRuleEntry(), {});
    dialog.addressField()->setText(u"192.168.1.7"_s);
    dialog.maskField()->setText(u"255.255.255.0"_s);
    QCOMPARE(dialog.entry().network, u"192.168.1.0/24"_s);
    dialog.maskField()->setText(u"16"_s);
    QCOMPARE(dialog.entry().network, u"192.168.0.0/16"_s);
    dialog.maskField()->clear();
    QCOMPARE(dialog.entry().network, u"192.168.1.7"_s);
    dialog.addressField()->setText(u"2001:db8::1"_s);
    dialog.maskField()->setText(u"32"_s);
    QCOMPARE(dialog.entry().network, u"2001:db8::/32"_s);
    dialog.relayBox()->setChecked(true);
    QVERIFY(dialog.entry().relay);
    dialog.rejectButton()->setChecked(true);
    QVERIFY(!dialog.relayBox()->isEnabled());
    QVERIFY(!dialog.entry().accept);
    QVERIFY(!dialog.entry().relay); // reject rows never relay

    HostRuleEntry stored;
    stored.network = u"10.0.0.0/8"_s;
    stored.relay = true;
    HostRuleDialog edit(stored, {});
    QCOMPARE(edit.addressField()->text(), u"10.0.0.0"_s);
    QCOMPARE(edit.maskField()->text(), u"8"_s);
    QVERIFY(edit.acceptButton()->isChecked());
    QVERIFY(edit.relayBox()->isChecked());
    QVERIFY(saveScreenshot(&edit, u"dialog-host-rule"_s));
}

void TestEmailDomainDialogs::hostRuleDialogRefusesInvalidEntries_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad address") << u"10.0.0.300"_s << QString() << u"10.0.0.300"_s;
    QTest::newRow("name instead of address") << u"mail.example"_s << QString() << u"not an IP address"_s;
    QTest::newRow("bad prefix") << u"10.0.0.0"_s << u"33"_s << u"10.0.0.0/33"_s;
    QTest::newRow("bad mask") << u"10.0.0.0"_s << u"255.0.255.0"_s << u"255.0.255.0"_s;
    QTest::newRow("empty") << QString() << QString() << u"Enter an IP address"_s;
    QTest::newRow("duplicate network") << u"10.0.0.7"_s << QString() << u"already in the list"_s;
    QTest::newRow("duplicate, other spelling")
        << u"192.168.1.9"_s << u"255.255.255.0"_s << u"already in the list"_s;
}

void TestEmailDomainDialogs::hostRuleDialogRefusesInvalidEntries()
{
    QFETCH(QString, address);
    QFETCH(QString, mask);
    QFETCH(QString, message);
    PageUnderTest test;
    QVERIFY(test.open());
    HostRuleEntry single;
    single.network = u"10.0.0.7/32"_s;
    HostRuleEntry network;
    network.network = u"192.168.1.0/24"_s;
    QVERIFY(test.fixture.context->hostRules()->setEntries({single, network}).isEmpty());
    test.sheet->reload();
    HostsDialog *hosts = test.page->openHosts();
    HostRuleDialog *dialog = hosts->openEditor(-1);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->addressField()->setText(address);
    dialog->maskField()->setText(mask);
    dialog->maskField()->setFocus();
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    InlineMessage *inline_ = messageFor(dialog, dialog->addressField());
    QVERIFY(inline_ && inline_->isVisible());
    QVERIFY2(inline_->text().contains(message), qPrintable(inline_->text()));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->addressField());
    QCOMPARE(test.page->hostRuleModel()->rowCount(), 2);
    dialog->reject();
    QVERIFY(!test.page->hasChanges());
}

void TestEmailDomainDialogs::hostEditKeepsItsPlace()
{
    PageUnderTest test;
    QVERIFY(test.open());
    HostRuleEntry first;
    first.network = u"10.1.2.3"_s;
    first.accept = false;
    HostRuleEntry second;
    second.network = u"10.0.0.0/8"_s;
    HostRuleEntry third;
    third.network = u"192.168.1.0/24"_s;
    QVERIFY(test.fixture.context->hostRules()->setEntries({first, second, third}).isEmpty());
    test.sheet->reload();
    HostsDialog *hosts = test.page->openHosts();
    HostRuleDialog *edit = hosts->openEditor(1);
    edit->maskField()->setText(u"255.255.0.0"_s);
    edit->addressField()->setText(u"10.9.0.0"_s);
    edit->relayBox()->setChecked(true);
    edit->accept();
    HostRuleDialog *add = hosts->openEditor(-1);
    add->addressField()->setText(u"2001:db8::"_s);
    add->maskField()->setText(u"48"_s);
    add->accept();
    QVERIFY(test.sheet->apply());
    const QList<HostRuleEntry> stored = test.fixture.context->hostRules()->entries();
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.at(0).network, u"10.1.2.3"_s);
    QCOMPARE(stored.at(1).network, u"10.9.0.0/16"_s);
    QVERIFY(stored.at(1).relay);
    QCOMPARE(stored.at(2).network, u"192.168.1.0/24"_s);
    QCOMPARE(stored.at(3).network, u"2001:db8::/48"_s);
}

QTEST_MAIN(TestEmailDomainDialogs)
#include "tst_emaildomaindialogs.moc"
