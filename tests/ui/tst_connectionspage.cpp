// SPDX-License-Identifier: GPL-3.0-or-later
// The Connections page on a real configuration store: stored values shown, edits applied (settings and
// both staged lists), each refusal with its message and focus, Cancel discarding fields and list rows,
// and "Test connection" trying the smarthost as typed.

#include "ConsoleFixture.h"
#include "EmailDomainModel.h"
#include "HostRuleModel.h"
#include "PropertySheet.h"
#include "SettingKeys.h"
#include "dialogs/ConnectionTestDialog.h"
#include "dialogs/EmailDomainDialog.h"
#include "dialogs/EmailDomainListDialog.h"
#include "dialogs/HostRuleDialog.h"
#include "dialogs/HostsDialog.h"
#include "pages/ConnectionsPage.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

namespace {

EmailDomainEntry domain(const QString &name, bool hold = false)
{
    EmailDomainEntry entry;
    entry.domain = name;
    entry.hold = hold;
    return entry;
}

HostRuleEntry rule(const QString &network, bool accept, bool relay = false)
{
    HostRuleEntry entry;
    entry.network = network;
    entry.accept = accept;
    entry.relay = relay;
    return entry;
}

QStringList networks(const QList<HostRuleEntry> &entries)
{
    QStringList list;
    for (const HostRuleEntry &entry : entries)
        list.append(entry.network);
    return list;
}

} // namespace

class TestConnectionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithStoredValues();
    void applyFollowsEditsAndStores();
    void refusesBadRetryList();
    void refusesForwardWithoutHost();
    void cancelDiscardsFieldsAndRows();
    void hostsOrderIsSaved();
    void testConnectionTriesTheTypedHost();
};

void TestConnectionsPage::opensWithStoredValues()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    Settings &settings = *fixture.settings;
    QVERIFY(settings.setText(Keys::TransferMode, u"inbound_only"_s).isEmpty());
    QVERIFY(settings.setText(Keys::DeliveryMode, u"smarthost"_s).isEmpty());
    QVERIFY(settings.setText(Keys::Smarthost, u"mail.provider.example:587"_s).isEmpty());
    QVERIFY(settings.setText(Keys::AcceptFrom, u"authenticated"_s).isEmpty());
    QVERIFY(settings.setText(Keys::MaxConnections, u"12"_s).isEmpty());
    QVERIFY(settings.setText(Keys::MaxConnectionsPerHost, u"3"_s).isEmpty());
    QVERIFY(settings.setText(Keys::OutboundMaxConnections, u"5"_s).isEmpty());
    QVERIFY(settings.setText(Keys::OutboundMessagesPerConnection, u"20"_s).isEmpty());
    QVERIFY(settings.setText(Keys::RetryHours, u"1, 2, 8"_s).isEmpty());
    QVERIFY(settings.setText(Keys::MessageTimeoutHours, u"72"_s).isEmpty());
    QVERIFY(fixture.context->emailDomains()->put(domain(u"branch.example"_s, true)).isEmpty());
    QVERIFY(fixture.context->hostRules()->setEntries({rule(u"192.168.1.0/24"_s, true, true)}).isEmpty());

    ConnectionsPage page(fixture.context.get());
    page.load();
    QVERIFY(page.transferModeButton(u"inbound_only"_s)->isChecked());
    QVERIFY(!page.transferModeButton(u"inbound_outbound"_s)->isChecked());
    QVERIFY(page.forwardButton()->isChecked());
    QVERIFY(!page.dnsButton()->isChecked());
    QCOMPARE(page.smarthostField()->text(), u"mail.provider.example:587"_s);
    QVERIFY(page.smarthostField()->isEnabled());
    QVERIFY(page.acceptFromButton(u"authenticated"_s)->isChecked());
    QCOMPARE(page.maxConnectionsField()->value(), 12);
    QCOMPARE(page.maxPerHostField()->value(), 3);
    QCOMPARE(page.outboundConnectionsField()->value(), 5);
    QCOMPARE(page.messagesPerConnectionField()->value(), 20);
    QCOMPARE(page.retryField()->text(), u"1, 2, 8"_s);
    QCOMPARE(page.timeoutField()->value(), 72);
    QCOMPARE(page.emailDomainModel()->rowCount(), 1);
    QCOMPARE(page.emailDomainModel()->index(0, EmailDomainModel::HoldColumn).data().toString(), u"Yes"_s);
    QCOMPARE(page.hostRuleModel()->rowCount(), 1);
    QVERIFY(!page.hasChanges());
    QVERIFY(saveScreenshot(&page, u"page-connections"_s));

    QVERIFY(settings.setText(Keys::DeliveryMode, u"dns"_s).isEmpty());
    page.load();
    QVERIFY(page.dnsButton()->isChecked());
    QVERIFY(!page.smarthostField()->isEnabled());
    QVERIFY(!page.testButton()->isEnabled());
}

void TestConnectionsPage::applyFollowsEditsAndStores()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    auto *page = new ConnectionsPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    QPushButton *apply = sheet.buttons()->button(QDialogButtonBox::Apply);
    QVERIFY(!apply->isEnabled());
    page->transferModeButton(u"outbound_only"_s)->setChecked(true);
    QVERIFY(apply->isEnabled());
    page->transferModeButton(u"inbound_outbound"_s)->setChecked(true);
    QVERIFY(!apply->isEnabled());
    page->retryField()->setText(u".5, 2"_s);
    QVERIFY(apply->isEnabled());
    page->retryField()->setText(u".25, .5, 1, 4"_s);
    QVERIFY(!apply->isEnabled());

    // A staged list row counts as a change; it is saved with the page.
    page->emailDomainModel()->putEntry(domain(u"branch.example"_s));
    QTRY_VERIFY(apply->isEnabled());

    page->transferModeButton(u"none"_s)->setChecked(true);
    page->forwardButton()->setChecked(true);
    page->smarthostField()->setText(u"relay.provider.example:2525"_s);
    page->acceptFromButton(u"authenticated_tls"_s)->setChecked(true);
    page->maxConnectionsField()->setValue(40);
    page->maxPerHostField()->setValue(4);
    page->outboundConnectionsField()->setValue(8);
    page->messagesPerConnectionField()->setValue(100);
    page->retryField()->setText(u".5, 2"_s);
    page->timeoutField()->setValue(96);
    QTest::mouseClick(apply, Qt::LeftButton);
    Settings &settings = *fixture.settings;
    QCOMPARE(settings.text(Keys::TransferMode), u"none"_s);
    QCOMPARE(settings.text(Keys::DeliveryMode), u"smarthost"_s);
    QCOMPARE(settings.text(Keys::Smarthost), u"relay.provider.example:2525"_s);
    QCOMPARE(settings.text(Keys::AcceptFrom), u"authenticated_tls"_s);
    QCOMPARE(settings.text(Keys::MaxConnections), u"40"_s);
    QCOMPARE(settings.text(Keys::MaxConnectionsPerHost), u"4"_s);
    QCOMPARE(settings.text(Keys::OutboundMaxConnections), u"8"_s);
    QCOMPARE(settings.text(Keys::OutboundMessagesPerConnection), u"100"_s);
    QCOMPARE(settings.text(Keys::RetryHours), u".5, 2"_s);
    QCOMPARE(settings.text(Keys::MessageTimeoutHours), u"96"_s);
    QCOMPARE(fixture.context->emailDomains()->entries().size(), 1);
    QCOMPARE(fixture.context->emailDomains()->entries().constFirst().domain, u"branch.example"_s);
    QVERIFY(!apply->isEnabled());
}

void TestConnectionsPage::refusesBadRetryList()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    auto *page = new ConnectionsPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    sheet.show();
    sheet.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&sheet));
    page->maxConnectionsField()->setValue(44); // valid, and not saved either
    page->retryField()->setText(u"1, x"_s);
    page->maxConnectionsField()->setFocus();
    QVERIFY(!sheet.apply());
    QTRY_COMPARE(QApplication::focusWidget(), page->retryField());
    const InlineMessage *message = nullptr;
    for (InlineMessage *candidate : page->findChildren<InlineMessage *>())
        message = candidate->field() == page->retryField() ? candidate : message;
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"\"x\""_s), qPrintable(message->text()));
    QCOMPARE(fixture.settings->text(Keys::RetryHours), u".25, .5, 1, 4"_s);
    QCOMPARE(fixture.settings->text(Keys::MaxConnections), u"30"_s);
}

void TestConnectionsPage::refusesForwardWithoutHost()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    auto *page = new ConnectionsPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    sheet.show();
    sheet.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&sheet));
    page->forwardButton()->setChecked(true);
    QVERIFY(page->smarthostField()->isEnabled());
    page->retryField()->setFocus();
    QVERIFY(!sheet.apply());
    QTRY_COMPARE(QApplication::focusWidget(), page->smarthostField());
    const InlineMessage *message = nullptr;
    for (InlineMessage *candidate : page->findChildren<InlineMessage *>())
        message = candidate->field() == page->smarthostField() ? candidate : message;
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(u"forward"_s), qPrintable(message->text()));
    QCOMPARE(fixture.settings->text(Keys::DeliveryMode), u"dns"_s);

    // With a host it is accepted; DNS needs none.
    page->smarthostField()->setText(u"mail.provider.example"_s);
    QVERIFY(sheet.apply());
    QVERIFY(!message->isVisible());
    QCOMPARE(fixture.settings->text(Keys::DeliveryMode), u"smarthost"_s);
    page->smarthostField()->clear();
    page->dnsButton()->setChecked(true);
    QVERIFY(sheet.apply());
    QCOMPARE(fixture.settings->text(Keys::DeliveryMode), u"dns"_s);
}

void TestConnectionsPage::cancelDiscardsFieldsAndRows()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.context->emailDomains()->put(domain(u"kept.example"_s)).isEmpty());
    QVERIFY(fixture.context->hostRules()->setEntries({rule(u"10.0.0.0/8"_s, true)}).isEmpty());
    auto *page = new ConnectionsPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    sheet.show();

    page->transferModeButton(u"none"_s)->setChecked(true);
    EmailDomainListDialog *domains = page->openEmailDomains();
    EmailDomainDialog *entry = domains->openEditor(-1);
    entry->domainField()->setText(u"added.example"_s);
    entry->accept();
    domains->removeRow(page->emailDomainModel()->rowOfKey(u"kept.example"_s));
    domains->close();
    HostsDialog *hosts = page->openHosts();
    HostRuleDialog *hostRule = hosts->openEditor(-1);
    hostRule->addressField()->setText(u"192.0.2.9"_s);
    hostRule->rejectButton()->setChecked(true);
    hostRule->accept();
    hosts->close();
    QCOMPARE(page->emailDomainModel()->rowCount(), 1);
    QCOMPARE(page->hostRuleModel()->rowCount(), 2);

    QTest::mouseClick(sheet.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(sheet.result(), int(QDialog::Rejected));
    QCOMPARE(fixture.settings->text(Keys::TransferMode), u"inbound_outbound"_s);
    QVERIFY(page->transferModeButton(u"inbound_outbound"_s)->isChecked());
    QCOMPARE(page->emailDomainModel()->rowCount(), 1);
    QCOMPARE(page->emailDomainModel()->entryAt(0).domain, u"kept.example"_s);
    QCOMPARE(networks(page->hostRuleModel()->entries()), QStringList{u"10.0.0.0/8"_s});
    QCOMPARE(fixture.context->emailDomains()->entries().size(), 1);
    QCOMPARE(fixture.context->emailDomains()->entries().constFirst().domain, u"kept.example"_s);
    QCOMPARE(networks(fixture.context->hostRules()->entries()), QStringList{u"10.0.0.0/8"_s});
    QVERIFY(!page->hasChanges());
}

void TestConnectionsPage::hostsOrderIsSaved()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QVERIFY(fixture.context->hostRules()
                ->setEntries({rule(u"10.0.0.0/8"_s, true), rule(u"10.1.2.3"_s, false),
                              rule(u"192.168.1.0/24"_s, true, true)})
                .isEmpty());
    auto *page = new ConnectionsPage(fixture.context.get());
    PropertySheet sheet(fixture.context.get(), QList<PropertyPage *>{page});
    sheet.show();
    HostsDialog *hosts = page->openHosts();
    QVERIFY(QTest::qWaitForWindowExposed(hosts));
    QVERIFY(saveScreenshot(hosts, u"dialog-hosts"_s));
    // The exception must come before the broader row: select it and move it up with the button.
    hosts->view()->selectRow(1);
    QVERIFY(hosts->upButton()->isEnabled());
    QTest::mouseClick(hosts->upButton(), Qt::LeftButton);
    QCOMPARE(networks(page->hostRuleModel()->entries()),
             (QStringList{u"10.1.2.3"_s, u"10.0.0.0/8"_s, u"192.168.1.0/24"_s}));
    QVERIFY(!hosts->upButton()->isEnabled()); // the selection moved with the row, now on top
    hosts->view()->selectRow(1);
    QTest::mouseClick(hosts->downButton(), Qt::LeftButton);
    QCOMPARE(networks(page->hostRuleModel()->entries()),
             (QStringList{u"10.1.2.3"_s, u"192.168.1.0/24"_s, u"10.0.0.0/8"_s}));
    QVERIFY(!hosts->downButton()->isEnabled());
    QTRY_VERIFY(sheet.buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY(fixture.context->hostRules()->entries().constFirst().network == u"10.0.0.0/8"_s); // staged only
    QVERIFY(sheet.apply());
    const QList<HostRuleEntry> stored = fixture.context->hostRules()->entries();
    QCOMPARE(networks(stored), (QStringList{u"10.1.2.3"_s, u"192.168.1.0/24"_s, u"10.0.0.0/8"_s}));
    QVERIFY(!stored.at(0).accept);
    QVERIFY(stored.at(1).relay);
}

void TestConnectionsPage::testConnectionTriesTheTypedHost()
{
    ConsoleFixture fixture;
    QVERIFY(fixture.open());
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ConnectionsPage page(fixture.context.get());
    page.load();
    page.forwardButton()->setChecked(true);
    QVERIFY(!page.testButton()->isEnabled()); // nothing to test yet
    page.smarthostField()->setText(u"127.0.0.1:%1"_s.arg(server.serverPort()));
    QVERIFY(page.testButton()->isEnabled());
    QTest::mouseClick(page.testButton(), Qt::LeftButton);
    // The host as typed, not yet saved, is the one tried.
    QTRY_VERIFY(page.findChild<ConnectionTestDialog *>() != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 10000);
    QCOMPARE(fixture.settings->text(Keys::Smarthost), QString());
}

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
