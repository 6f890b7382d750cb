// SPDX-License-Identifier: GPL-3.0-or-later
// The queue viewer against a real engine in a temporary data folder: mail for several domains stays
// queued (the smarthost is a closed port), one domain is held for ETRN, one message waits for a local
// mailbox that cannot be written. The viewer talks to the engine through ServiceConnection like the
// console does; the real queue is checked with the engine's own "queue-show" / "queue-list".

#include "ConsoleFixture.h"
#include "ControlCommand.h"
#include "DataDirectory.h"
#include "EmailDomainTable.h"
#include "EngineHost.h"
#include "QueueGroupModel.h"
#include "QueueTableModel.h"
#include "ServiceConnection.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "control/ControlProtocol.h"
#include "control/ControlServer.h"
#include "core/Engine.h"
#include "queue/MessageDetailsDialog.h"
#include "queue/MessageQueue.h"
#include "queue/QueueId.h"
#include "queue/QueueViewer.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace Sluice;
using namespace Qt::StringLiterals;

class TestQueueViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void populatedFromTheRealQueue();
    void filtersBySectionGroupAndSearch();
    void sortsByAgeAndSizeBothWays();
    void detailsShowEnvelopeHeadersAndRecipients();
    void retryMakesTheMessageDueNow();
    void holdAndReleaseSeveralMessages();
    void releaseSendsEtrnHeldMailOnItsWay();
    void deleteWithAndWithoutAFailureReport();
    void newMailAppearsWithoutAReset();
    void everyControlIsDescribed();
    void cleanupTestCase();
    void saysWhenTheEngineIsUnreachableAndRecovers();

private:
    QString enqueue(const QByteArray &sender, const QList<NewRecipient> &recipients, int size,
                    int ageSeconds);
    QHash<QString, QString> show(const QString &id, QList<QStringList> *recipients = nullptr) const;
    int listTotal(const QString &options) const;
    bool waitLoaded(int rows);
    bool select(const QStringList &ids);
    void click(QAction *action);
    QStringList shownIds() const;

    QTemporaryDir m_dir;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<ServiceConnection> m_connection;
    std::unique_ptr<QueueViewer> m_viewer;
    QString m_a, m_b, m_c, m_d, m_e; // see initTestCase
};

namespace {
NewRecipient remote(const char *address)
{
    NewRecipient recipient;
    recipient.address = address;
    return recipient;
}
} // namespace

QString TestQueueViewer::enqueue(const QByteArray &sender, const QList<NewRecipient> &recipients, int size,
                                 int ageSeconds)
{
    NewMessage message;
    message.queueId = nextQueueId();
    message.sender = sender;
    message.recipients = recipients;
    const QByteArray headers = "Received: from client.test by gw.example\r\nSubject: Test " +
                               message.queueId.toLatin1() + "\r\nFrom: <" + sender + ">\r\n\r\n";
    message.content = headers + QByteArray(qMax(0, size - int(headers.size())), 'x');
    message.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
    message.clientAddress = u"127.0.0.1"_s;
    message.heloName = u"client.test"_s;
    const QString id = message.queueId;
    bool done = false;
    bool ok = false;
    m_host->engine()->queue()->enqueue(std::move(message), this, [&](const EnqueueResult &result) {
        ok = result.ok;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
        return {};
    return id;
}

QHash<QString, QString> TestQueueViewer::show(const QString &id, QList<QStringList> *recipients) const
{
    ControlRequest request;
    request.verb = "queue-show";
    request.arguments = {id};
    const QList<QByteArray> lines = m_host->control()->answer(request.toLine()).split('\n');
    if (lines.isEmpty() || lines.first() != "ok")
        return {};
    if (recipients) {
        recipients->clear();
        for (const QByteArray &line : lines) {
            if (const QStringList row = parseRow(line); row.size() >= 8 && row.first() == "recipient"_L1)
                recipients->append(row.mid(1));
        }
    }
    return parsePairs(lines.mid(1));
}

int TestQueueViewer::listTotal(const QString &options) const
{
    const QByteArray answer = m_host->control()->answer("queue-list " + options.toUtf8());
    const QList<QByteArray> lines = answer.split('\n');
    if (lines.size() < 2 || lines.first() != "ok" || !lines.at(1).startsWith("total="))
        return -1;
    return lines.at(1).mid(6).toInt();
}

bool TestQueueViewer::waitLoaded(int rows)
{
    QueueTableModel *model = m_viewer->tableModel();
    return QTest::qWaitFor(
        [&] {
            if (!model->isLoaded() || model->rowCount() != rows)
                return false;
            for (int row = 0; row < rows; ++row) {
                if (model->queueIdAt(row).isEmpty()) {
                    model->index(row, 0).data(); // asks for the page
                    return false;
                }
            }
            return true;
        },
        10000);
}

QStringList TestQueueViewer::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < m_viewer->tableModel()->rowCount(); ++row)
        ids.append(m_viewer->tableModel()->queueIdAt(row));
    return ids;
}

bool TestQueueViewer::select(const QStringList &ids)
{
    QTableView *view = m_viewer->tableView();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (ids.contains(m_viewer->tableModel()->queueIdAt(row))) {
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
            view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                    QItemSelectionModel::NoUpdate);
        }
    }
    return m_viewer->selectedQueueIds().size() == ids.size();
}

void TestQueueViewer::click(QAction *action)
{
    auto *toolBar = m_viewer->findChild<QToolBar *>();
    QVERIFY(toolBar);
    QWidget *button = toolBar->widgetForAction(action);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestQueueViewer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.path();
    {
        QTcpServer closed; // a port nothing listens on once closed: the smarthost is unreachable
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QFile blocker(m_dir.filePath(u"not-a-folder"_s)); // the mail root cannot be created under a file
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        QString error;
        auto settings = Settings::open(configDatabasePath(data), {data, u"gw.example"_s}, &error);
        QVERIFY2(settings, qPrintable(error));
        for (const auto &[key, value] : QList<std::pair<QLatin1StringView, QString>>{
                 {Keys::SmtpListen, u"127.0.0.1:0"_s},
                 {Keys::DeliveryMode, u"smarthost"_s},
                 {Keys::Smarthost, u"127.0.0.1:%1"_s.arg(port)},
                 {Keys::LocalDomains, u"office.example"_s},
                 {Keys::MailRoot, m_dir.filePath(u"not-a-folder/mail"_s)}}) {
            const QString problem = settings->setText(key, value);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        EmailDomainTable domains(settings.get());
        EmailDomainEntry held;
        held.domain = u"held.example"_s;
        held.hold = true;
        QCOMPARE(domains.put(held), QString());
    }
    m_host = std::make_unique<EngineHost>(data);
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));

    NewRecipient local;
    local.address = "frank@office.example";
    local.route = RecipientRoute::Local;
    local.mailbox = u"frank"_s;
    m_a = enqueue("alice@sender.example", {remote("bob@dest-a.example")}, 1500, 3 * 3600);
    m_b = enqueue("brian@sender.example", {remote("carol@dest-b.example"), remote("dave@dest-a.example")},
                  5500, 2 * 3600);
    m_c = enqueue("cathy@sender.example", {remote("erin@held.example")}, 3500, 3600);
    m_d = enqueue("dora@sender.example", {local}, 2500, 1800);
    m_e = enqueue("", {remote("grace@dest-b.example")}, 4500, 4 * 3600);
    for (const QString &id : {m_a, m_b, m_c, m_d, m_e})
        QVERIFY(!id.isEmpty());
    QCOMPARE(listTotal(u"section=all"_s), 5);

    m_connection = std::make_unique<ServiceConnection>(controlSocketPath(data));
    m_connection->open();
    m_viewer = std::make_unique<QueueViewer>(m_connection.get());
    m_viewer->resize(1100, 520);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

void TestQueueViewer::populatedFromTheRealQueue()
{
    QVERIFY(waitLoaded(5));
    QueueGroupModel *groups = m_viewer->groupModel();
    QTRY_COMPARE(groups->sectionMessages(QueueGroupModel::AllSection), 5);
    QTRY_COMPARE(groups->sectionMessages(QueueGroupModel::OutboundSection), 3);
    QCOMPARE(groups->sectionMessages(QueueGroupModel::HeldSection), 1);
    QCOMPARE(groups->sectionMessages(QueueGroupModel::InboundSection), 1);
    const QModelIndex destA = groups->groupIndex(QueueGroupModel::OutboundSection, u"dest-a.example"_s);
    const QModelIndex destB = groups->groupIndex(QueueGroupModel::OutboundSection, u"dest-b.example"_s);
    const QModelIndex held = groups->groupIndex(QueueGroupModel::HeldSection, u"held.example"_s);
    QVERIFY(destA.isValid() && destB.isValid() && held.isValid());
    QCOMPARE(destA.data(QueueGroupModel::MessagesRole).toInt(), 2);
    QCOMPARE(destB.data(QueueGroupModel::MessagesRole).toInt(), 2);
    QCOMPARE(held.data(QueueGroupModel::MessagesRole).toInt(), 1);

    // Default order: the oldest first. Columns carry readable text and the raw value.
    QCOMPARE(shownIds(), (QStringList{m_e, m_a, m_b, m_c, m_d}));
    QueueTableModel *model = m_viewer->tableModel();
    QCOMPARE(model->index(0, QueueTableModel::SenderColumn).data().toString(), u"<>"_s);
    QCOMPARE(model->index(1, QueueTableModel::SenderColumn).data().toString(), u"alice@sender.example"_s);
    QCOMPARE(model->index(2, QueueTableModel::RecipientsColumn).data().toString(),
             u"carol@dest-b.example, dave@dest-a.example"_s);
    QCOMPARE(model->index(2, QueueTableModel::SizeColumn).data(Qt::UserRole).toLongLong(), 5500);
    QCOMPARE(model->index(2, QueueTableModel::SizeColumn).data().toString(), u"5.4 kB"_s);
    QCOMPARE(model->index(2, QueueTableModel::AgeColumn).data().toString(), u"2 h 0 min"_s);
    QVERIFY(qAbs(model->index(2, QueueTableModel::AgeColumn).data(Qt::UserRole).toLongLong() - 7200) < 60);
    QVERIFY(!model->index(2, QueueTableModel::AgeColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model->index(3, QueueTableModel::StateColumn).data().toString(), u"Held for ETRN"_s);
    QTRY_VERIFY2(m_viewer->statusText().startsWith(u"5 message"_s), qPrintable(m_viewer->statusText()));
    QVERIFY(m_viewer->problemText().isEmpty());
}

void TestQueueViewer::filtersBySectionGroupAndSearch()
{
    QueueGroupModel *groups = m_viewer->groupModel();
    QTreeView *tree = m_viewer->groupView();
    const auto choose = [&](const QModelIndex &item) {
        tree->setCurrentIndex(item);
    };

    choose(groups->groupIndex(QueueGroupModel::OutboundSection, u"dest-b.example"_s));
    QVERIFY(waitLoaded(2));
    QCOMPARE(shownIds(), (QStringList{m_e, m_b}));
    // Only the recipients in the group are listed.
    QCOMPARE(m_viewer->tableModel()->index(1, QueueTableModel::RecipientsColumn).data().toString(),
             u"carol@dest-b.example"_s);

    choose(groups->sectionIndex(QueueGroupModel::HeldSection));
    QVERIFY(waitLoaded(1));
    QCOMPARE(shownIds(), QStringList{m_c});
    choose(groups->sectionIndex(QueueGroupModel::InboundSection));
    QVERIFY(waitLoaded(1));
    QCOMPARE(shownIds(), QStringList{m_d});
    choose(groups->sectionIndex(QueueGroupModel::OutboundSection));
    QVERIFY(waitLoaded(3));
    QCOMPARE(shownIds(), (QStringList{m_e, m_a, m_b}));

    // Search as you type, debounced: one filter change for the whole word.
    choose(groups->sectionIndex(QueueGroupModel::AllSection));
    QVERIFY(waitLoaded(5));
    QSignalSpy resets(m_viewer->tableModel(), &QAbstractItemModel::modelReset);
    m_viewer->searchField()->setFocus();
    QTest::keyClicks(m_viewer->searchField(), u"DAVE@"_s);
    QVERIFY(waitLoaded(1));
    QCOMPARE(shownIds(), QStringList{m_b});
    QCOMPARE(resets.count(), 1);
    m_viewer->searchField()->clear();
    QVERIFY(waitLoaded(5));
}

void TestQueueViewer::sortsByAgeAndSizeBothWays()
{
    QHeaderView *header = m_viewer->tableView()->horizontalHeader();
    const auto clickColumn = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
    };
    clickColumn(QueueTableModel::SizeColumn);
    QVERIFY(waitLoaded(5));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QCOMPARE(header->sortIndicatorSection(), int(QueueTableModel::SizeColumn));
    const QStringList ascending{m_a, m_d, m_c, m_e, m_b};
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(shownIds(), first == Qt::AscendingOrder ? ascending : reversed);
    clickColumn(QueueTableModel::SizeColumn);
    QVERIFY(waitLoaded(5));
    QVERIFY(header->sortIndicatorOrder() != first);
    QCOMPARE(shownIds(), first == Qt::AscendingOrder ? reversed : ascending);

    m_viewer->tableView()->sortByColumn(QueueTableModel::AgeColumn, Qt::AscendingOrder); // youngest first
    QVERIFY(waitLoaded(5));
    QCOMPARE(shownIds(), (QStringList{m_d, m_c, m_b, m_a, m_e}));
    clickColumn(QueueTableModel::AgeColumn);
    QVERIFY(waitLoaded(5));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(shownIds(), (QStringList{m_e, m_a, m_b, m_c, m_d}));
}

void TestQueueViewer::detailsShowEnvelopeHeadersAndRecipients()
{
    QVERIFY(select({m_b}));
    m_viewer->tableView()->setFocus();
    QTest::keyClick(m_viewer->tableView(), Qt::Key_Return);
    MessageDetailsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_viewer->findChild<MessageDetailsDialog *>()) && dialog->isLoaded());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(), QString());
    QCOMPARE(dialog->envelopeText(u"queue-id"_s), m_b);
    QCOMPARE(dialog->envelopeText(u"sender"_s), u"brian@sender.example"_s);
    QCOMPARE(dialog->envelopeText(u"helo"_s), u"client.test"_s);
    QVERIFY2(dialog->envelopeText(u"size"_s).contains(QLocale().toString(5500) + u" bytes"_s),
             qPrintable(dialog->envelopeText(u"size"_s)));
    QVERIFY(dialog->envelopeText(u"on-hold"_s).startsWith(u"No"_s));
    QVERIFY2(dialog->headersText().contains(u"Subject: Test "_s + m_b), qPrintable(dialog->headersText()));
    const QList<QStringList> recipients = dialog->recipientRows();
    QCOMPARE(recipients.size(), 2);
    QStringList addresses{recipients.at(0).at(0), recipients.at(1).at(0)};
    addresses.sort();
    QCOMPARE(addresses, (QStringList{u"carol@dest-b.example"_s, u"dave@dest-a.example"_s}));
    QCOMPARE(recipients.at(0).at(1), u"remote"_s);
    TestSupport::saveScreenshot(dialog, u"queue-message-details"_s);
    dialog->close();
    QTRY_VERIFY(!m_viewer->findChild<MessageDetailsDialog *>());
    // A double-click opens it too.
    const QRect rect = m_viewer->tableView()->visualRect(m_viewer->tableView()->currentIndex());
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_viewer->tableView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_viewer->tableView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY((dialog = m_viewer->findChild<MessageDetailsDialog *>()));
    QCOMPARE(dialog->queueId(), m_b);
    dialog->close();
}

void TestQueueViewer::retryMakesTheMessageDueNow()
{
    QList<QStringList> recipients;
    // The smarthost refused the first attempt: deferred, next retry in the future.
    QTRY_VERIFY((show(m_a, &recipients), recipients.size() == 1 && recipients.at(0).at(2) == "deferred"_L1));
    const int attempts = recipients.at(0).at(3).toInt();
    const QDateTime next = QDateTime::fromString(recipients.at(0).at(4), Qt::ISODate);
    QVERIFY2(next > QDateTime::currentDateTimeUtc().addSecs(30), qPrintable(recipients.at(0).at(4)));
    QVERIFY(waitLoaded(5));
    QVERIFY(select({m_a}));
    QSignalSpy finished(m_viewer.get(), &QueueViewer::actionFinished);
    m_viewer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
    m_viewer->tableView()->setFocus();
    QTest::keyClick(m_viewer->tableView(), Qt::Key_R, Qt::ControlModifier); // the shortcut
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), u"queue-retry"_s);
    QVERIFY(finished.at(0).at(1).toBool());
    QVERIFY2(m_viewer->statusText().contains(u"made due now"_s), qPrintable(m_viewer->statusText()));
    // Tried again at once: one more attempt.
    QTRY_VERIFY(
        (show(m_a, &recipients), recipients.size() == 1 && recipients.at(0).at(3).toInt() > attempts));
}

void TestQueueViewer::holdAndReleaseSeveralMessages()
{
    QVERIFY(select({m_b, m_e}));
    QSignalSpy finished(m_viewer.get(), &QueueViewer::actionFinished);
    click(m_viewer->holdAction());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(show(m_b).value(u"on-hold"_s), u"yes"_s);
    QCOMPARE(show(m_e).value(u"on-hold"_s), u"yes"_s);
    QCOMPARE(show(m_a).value(u"on-hold"_s), u"no"_s);
    QVERIFY2(m_viewer->statusText().contains(u"2 message"_s) && m_viewer->statusText().contains(u"on hold"_s),
             qPrintable(m_viewer->statusText()));
    // The table follows without a reset, showing the state.
    const int row = int(shownIds().indexOf(m_b));
    QTRY_COMPARE(m_viewer->tableModel()->index(row, QueueTableModel::StateColumn).data().toString(),
                 u"On hold"_s);

    QVERIFY(select({m_b, m_e}));
    // From the context menu's action (the same QAction as the toolbar's).
    QVERIFY(m_viewer->tableView()->actions().contains(m_viewer->releaseAction()));
    m_viewer->releaseAction()->trigger();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(finished.at(1).at(1).toBool());
    QCOMPARE(show(m_b).value(u"on-hold"_s), u"no"_s);
    QCOMPARE(show(m_e).value(u"on-hold"_s), u"no"_s);
}

void TestQueueViewer::releaseSendsEtrnHeldMailOnItsWay()
{
    QList<QStringList> recipients;
    show(m_c, &recipients);
    QCOMPARE(recipients.size(), 1);
    QCOMPARE(recipients.at(0).at(2), u"held"_s);
    QVERIFY(select({m_c}));
    QSignalSpy finished(m_viewer.get(), &QueueViewer::actionFinished);
    click(m_viewer->releaseAction());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(1).toBool());
    // The engine counts the message as released (its ETRN-held recipient made due); refused again by
    // the unreachable route, the recipient goes back on hold for its domain, as after a real ETRN.
    QVERIFY2(m_viewer->statusText().contains(u"1 message"_s) &&
                 m_viewer->statusText().contains(u"released"_s),
             qPrintable(m_viewer->statusText()));
}

void TestQueueViewer::deleteWithAndWithoutAFailureReport()
{
    const int before = listTotal(u"section=all"_s);
    QVERIFY(select({m_a}));
    click(m_viewer->deleteAction());
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_viewer->findChild<QMessageBox *>(u"deleteQuestion"_s)) &&
                question->isVisible());
    // Cancel keeps it.
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!m_viewer->findChild<QMessageBox *>(u"deleteQuestion"_s));
    QVERIFY(!show(m_a).isEmpty());

    QSignalSpy finished(m_viewer.get(), &QueueViewer::actionFinished);
    click(m_viewer->deleteAction());
    QTRY_VERIFY((question = m_viewer->findChild<QMessageBox *>(u"deleteQuestion"_s)) &&
                question->isVisible());
    QTest::mouseClick(question->findChild<QPushButton *>(u"deleteWithReport"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(1).toBool());
    QVERIFY(show(m_a).isEmpty());
    // The report to alice is queued in its place (from <>).
    QCOMPARE(listTotal(u"section=all"_s), before);
    QCOMPARE(listTotal(u"section=all search=alice@sender.example"_s), 1);
    const QByteArray reportRow =
        m_host->control()->answer("queue-list search=alice@sender.example").split('\n').value(2);
    QCOMPARE(parseRow(reportRow).value(1), u"<>"_s); // the null sender

    QVERIFY(waitLoaded(before));
    QVERIFY(select({m_d}));
    m_viewer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_viewer.get()));
    m_viewer->tableView()->setFocus();
    QTest::keyClick(m_viewer->tableView(), Qt::Key_Delete); // the shortcut
    QTRY_VERIFY((question = m_viewer->findChild<QMessageBox *>(u"deleteQuestion"_s)) &&
                question->isVisible());
    QTest::mouseClick(question->findChild<QPushButton *>(u"deleteSilently"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(show(m_d).isEmpty());
    QCOMPARE(listTotal(u"section=all search=dora@sender.example"_s), 0); // no report
    QCOMPARE(listTotal(u"section=all"_s), before - 1);
    QVERIFY(waitLoaded(before - 1));
    QVERIFY(!shownIds().contains(m_a) && !shownIds().contains(m_d));
    QVERIFY2(m_viewer->statusText().contains(u"1 message"_s) &&
                 m_viewer->statusText().endsWith(u"deleted."_s),
             qPrintable(m_viewer->statusText()));
}

void TestQueueViewer::newMailAppearsWithoutAReset()
{
    QueueTableModel *model = m_viewer->tableModel();
    const int rows = model->rowCount();
    QVERIFY(waitLoaded(rows));
    QVERIFY(select({m_b}));
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    const int outbound = m_viewer->groupModel()->sectionMessages(QueueGroupModel::OutboundSection);
    const QString id = enqueue("zoe@sender.example", {remote("yann@dest-c.example")}, 800, 0);
    QVERIFY(!id.isEmpty());
    QVERIFY(waitLoaded(rows + 1));
    QCOMPARE(model->queueIdAt(rows), id); // the youngest, last in the oldest-first order
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_viewer->selectedQueueIds(), QStringList{m_b}); // the selection stays
    QTRY_COMPARE(m_viewer->groupModel()->sectionMessages(QueueGroupModel::OutboundSection), outbound + 1);
    QTRY_VERIFY(
        m_viewer->groupModel()->groupIndex(QueueGroupModel::OutboundSection, u"dest-c.example"_s).isValid());
    QVERIFY(TestSupport::saveScreenshot(m_viewer.get(), u"queue-viewer"_s));
}

void TestQueueViewer::everyControlIsDescribed()
{
    for (QWidget *widget : m_viewer->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(m_viewer.get()) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (widget->parentWidget() && qobject_cast<QAbstractScrollArea *>(widget->parentWidget()))
            continue; // a view's viewport: described by the view
        const QString name =
            QString(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(name));
        QVERIFY2(!widget->whatsThis().isEmpty(), qPrintable(name));
    }
    for (QAction *action : m_viewer->actions()) {
        QVERIFY2(!action->toolTip().isEmpty() && !action->whatsThis().isEmpty(), qPrintable(action->text()));
        QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
    }
}

void TestQueueViewer::cleanupTestCase()
{
    m_viewer.reset();
    m_connection.reset();
    if (m_host)
        m_host->stop(0);
    m_host.reset();
}

void TestQueueViewer::saysWhenTheEngineIsUnreachableAndRecovers()
{
    QTemporaryDir dir;
    {
        QString error;
        auto settings = Settings::open(configDatabasePath(dir.path()), {dir.path(), u"gw.example"_s}, &error);
        QVERIFY2(settings, qPrintable(error));
        QVERIFY(settings->setText(Keys::SmtpListen, u"127.0.0.1:0"_s).isEmpty());
    }
    ServiceConnection connection(controlSocketPath(dir.path()));
    connection.open();
    QueueViewer viewer(&connection);
    viewer.show();
    QTRY_VERIFY2(viewer.problemText().contains(u"cannot be reached"_s), qPrintable(viewer.problemText()));
    QVERIFY(!viewer.retryAction()->isEnabled());

    EngineHost host(dir.path());
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), 10000);
    QTRY_VERIFY(viewer.problemText().isEmpty());
    QTRY_VERIFY(viewer.tableModel()->isLoaded());
    QCOMPARE(viewer.tableModel()->rowCount(), 0);
    QTRY_VERIFY2(viewer.statusText().startsWith(u"0 message"_s), qPrintable(viewer.statusText()));
    host.stop(0);
}

QTEST_MAIN(TestQueueViewer)
#include "tst_queueviewer.moc"
