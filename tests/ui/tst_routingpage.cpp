// SPDX-License-Identifier: GPL-3.0-or-later
// The Routing page in a property sheet on a real configuration database (offscreen): the one "Sent to"
// -> "Route to" table stores its local domains in routing.local_domains and its reroutes in the routes
// table; the route dialog refuses what the engine could not route by.

#include "ConsoleFixture.h"
#include "PropertySheet.h"
#include "RouteModel.h"
#include "RouteTable.h"
#include "SettingKeys.h"
#include "dialogs/RouteDialog.h"
#include "pages/RoutingPage.h"
#include "widgets/InlineMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace Sluice;
using namespace Sluice::TestSupport;
using namespace Qt::StringLiterals;

class TestRoutingPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithStoredValues();
    void applyStoresLocalDomainsAndRoutes();
    void cancelDiscards();
    void routeDialogRefuses_data();
    void routeDialogRefuses();
    void relayHostRequired();
    void badMailRootRefused();

private:
    struct Sheet
    {
        RoutingPage *page;
        std::unique_ptr<PropertySheet> sheet;
    };
    Sheet makeSheet();
    /// Fills and confirms the route dialog for row (-1: Add…); returns it (still open when refused).
    RouteDialog *enterRoute(RoutingPage *page, int row, const QString &sentTo, const QString &routeTo);

    std::unique_ptr<ConsoleFixture> m_fx;
};

void TestRoutingPage::init()
{
    m_fx = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fx->open());
    QVERIFY(m_fx->settings->setText(Keys::LocalDomains, u"office.example, branch.example"_s).isEmpty());
    QVERIFY(m_fx->context->routes()->put({u"partner.example"_s, u"relay.partner.example:2525"_s}).isEmpty());
    QVERIFY(m_fx->context->routes()->put({u"#exact.example"_s, u"other.example"_s}).isEmpty());
}

void TestRoutingPage::cleanup()
{
    m_fx.reset();
}

TestRoutingPage::Sheet TestRoutingPage::makeSheet()
{
    auto *page = new RoutingPage(m_fx->context.get());
    return {page, std::make_unique<PropertySheet>(m_fx->context.get(), QList<PropertyPage *>{page})};
}

RouteDialog *TestRoutingPage::enterRoute(RoutingPage *page, int row, const QString &sentTo,
                                         const QString &routeTo)
{
    RouteDialog *dialog = page->openRouteDialog(row);
    dialog->sentToField()->setText(sentTo);
    if (routeTo.isEmpty()) {
        dialog->inboundButton()->setChecked(true);
    } else {
        dialog->rerouteButton()->setChecked(true);
        dialog->routeToField()->setText(routeTo);
    }
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    return dialog;
}

void TestRoutingPage::opensWithStoredValues()
{
    QVERIFY(m_fx->settings->setText(Keys::Reroute, u"true"_s).isEmpty());
    QVERIFY(m_fx->settings->setText(Keys::LocalTarget, u"lmtp"_s).isEmpty());
    QVERIFY(m_fx->settings->setText(Keys::LocalRelay, u"127.0.0.1:24"_s).isEmpty());
    QVERIFY(m_fx->settings->setText(Keys::CatchAll, u"postmaster"_s).isEmpty());
    auto [page, sheet] = makeSheet();
    QVERIFY(page->rerouteButton()->isChecked());
    const RouteModel *model = page->routeModel();
    QCOMPARE(model->rowCount(), 4);
    const auto cellText = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cellText(0, 0), u"office.example"_s);
    QCOMPARE(cellText(0, 1), u"(accepted as inbound)"_s);
    QCOMPARE(cellText(1, 0), u"branch.example"_s);
    QCOMPARE(cellText(2, 0), u"#exact.example"_s);
    QCOMPARE(cellText(2, 1), u"other.example"_s);
    QCOMPARE(cellText(3, 0), u"partner.example"_s);
    QCOMPARE(cellText(3, 1), u"relay.partner.example:2525"_s);
    QVERIFY(page->relayButton()->isChecked());
    QCOMPARE(page->relayProtocolField()->currentData().toString(), u"lmtp"_s);
    QCOMPARE(page->relayField()->text(), u"127.0.0.1:24"_s);
    QVERIFY(page->relayField()->isEnabled());
    QVERIFY(!page->mailRootField()->isEnabled());
    QCOMPARE(page->catchAllField()->text(), u"postmaster"_s);
    QVERIFY(!sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    sheet->resize(760, 600);
    QVERIFY(saveScreenshot(sheet.get(), u"page-routing"_s));
}

void TestRoutingPage::applyStoresLocalDomainsAndRoutes()
{
    auto [page, sheet] = makeSheet();
    page->rerouteButton()->setChecked(true);
    QVERIFY(!enterRoute(page, -1, u"New.Example"_s, QString())->isVisible());
    QVERIFY(!enterRoute(page, -1, u"#x.example"_s, u"MX.y.example:25"_s)->isVisible());
    // branch.example becomes a reroute; partner.example becomes a local domain; exact.example goes.
    const RouteModel *model = page->routeModel();
    QVERIFY(!enterRoute(page, model->rowOfKey(u"branch.example"_s), u"branch.example"_s, u"hq.example"_s)
                 ->isVisible());
    QVERIFY(!enterRoute(page, model->rowOfKey(u"partner.example"_s), u"partner.example"_s, QString())
                 ->isVisible());
    page->routesView()->selectRow(model->rowOfKey(u"#exact.example"_s));
    page->removeButton()->click();
    page->relayButton()->setChecked(true);
    page->relayProtocolField()->setCurrentIndex(page->relayProtocolField()->findData(u"smtp"_s));
    page->relayField()->setText(u"exchange.office.example:25"_s);
    QVERIFY(sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
    QVERIFY2(sheet->apply(), qPrintable(sheet->statusText()));

    const Settings &s = *m_fx->settings;
    QVERIFY(s.boolValue(Keys::Reroute));
    QCOMPARE(s.listValue(Keys::LocalDomains),
             (QStringList{u"office.example"_s, u"new.example"_s, u"partner.example"_s}));
    const QList<RouteEntry> routes = RouteTable::read(s);
    QCOMPARE(routes.size(), 2);
    QCOMPARE(routes.at(0), (RouteEntry{u"#x.example"_s, u"mx.y.example:25"_s}));
    QCOMPARE(routes.at(1), (RouteEntry{u"branch.example"_s, u"hq.example"_s}));
    QCOMPARE(s.stringValue(Keys::LocalTarget), u"smtp"_s);
    QCOMPARE(s.stringValue(Keys::LocalRelay), u"exchange.office.example:25"_s);
    QVERIFY(!sheet->buttons()->button(QDialogButtonBox::Apply)->isEnabled());
}

void TestRoutingPage::cancelDiscards()
{
    auto [page, sheet] = makeSheet();
    QVERIFY(!enterRoute(page, -1, u"temp.example"_s, u"relay.example"_s)->isVisible());
    page->routesView()->selectRow(0);
    page->removeButton()->click();
    page->catchAllField()->setText(u"someone"_s);
    QVERIFY(page->hasChanges());
    sheet->buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(page->routeModel()->rowCount(), 4);
    QCOMPARE(page->routeModel()->rowOfKey(u"temp.example"_s), -1);
    QVERIFY(page->catchAllField()->text().isEmpty());
    QCOMPARE(m_fx->settings->listValue(Keys::LocalDomains),
             (QStringList{u"office.example"_s, u"branch.example"_s}));
    QCOMPARE(RouteTable::read(*m_fx->settings).size(), 2);
    QVERIFY(!page->hasChanges());
}

void TestRoutingPage::routeDialogRefuses_data()
{
    QTest::addColumn<QString>("sentTo");
    QTest::addColumn<QString>("routeTo");
    QTest::addColumn<bool>("sentToFieldRefused");
    QTest::newRow("bad sent to") << u"bad..example"_s << u"relay.example"_s << true;
    QTest::newRow("empty sent to") << QString() << QString() << true;
    QTest::newRow("two domains") << u"a.example b.example"_s << QString() << true;
    QTest::newRow("duplicate local domain") << u"Office.example"_s << QString() << true;
    QTest::newRow("duplicate route") << u"partner.example"_s << u"else.example"_s << true;
    QTest::newRow("inbound with #") << u"#new.example"_s << QString() << true;
    QTest::newRow("bad route target") << u"new.example"_s << u"host:99999"_s << false;
    QTest::newRow("bad route host") << u"new.example"_s << u"not a host"_s << false;
}

void TestRoutingPage::routeDialogRefuses()
{
    QFETCH(QString, sentTo);
    QFETCH(QString, routeTo);
    QFETCH(bool, sentToFieldRefused);
    auto [page, sheet] = makeSheet();
    RouteDialog *dialog = page->openRouteDialog(-1);
    dialog->sentToField()->setText(sentTo);
    if (routeTo.isEmpty()) {
        dialog->inboundButton()->setChecked(true);
    } else {
        dialog->rerouteButton()->setChecked(true);
        dialog->routeToField()->setText(routeTo);
    }
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QWidget *field =
        sentToFieldRefused ? static_cast<QWidget *>(dialog->sentToField()) : dialog->routeToField();
    QCOMPARE(dialog->focusWidget(), field);
    const auto messages = dialog->findChildren<InlineMessage *>();
    QVERIFY(std::any_of(messages.begin(), messages.end(),
                        [field](InlineMessage *m) { return m->field() == field && m->hasProblem(); }));
    QCOMPARE(page->routeModel()->rowCount(), 4);
    QVERIFY(!page->hasChanges());
    if (QByteArray(QTest::currentDataTag()) == "bad route target")
        QVERIFY(saveScreenshot(dialog, u"dialog-route"_s));
}

void TestRoutingPage::relayHostRequired()
{
    auto [page, sheet] = makeSheet();
    page->relayButton()->setChecked(true);
    page->relayField()->clear();
    QVERIFY(!sheet->apply());
    QCOMPARE(sheet->focusWidget(), page->relayField());
    QCOMPARE(m_fx->settings->stringValue(Keys::LocalTarget), u"maildir"_s);
}

void TestRoutingPage::badMailRootRefused()
{
    auto [page, sheet] = makeSheet();
    page->mailRootField()->setText(u"relative/mail"_s);
    QVERIFY(!sheet->apply());
    QCOMPARE(sheet->focusWidget(), page->mailRootField());
}

QTEST_MAIN(TestRoutingPage)
#include "tst_routingpage.moc"
