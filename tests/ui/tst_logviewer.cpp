// SPDX-License-Identifier: GPL-3.0-or-later
// The connection log viewer against a real engine (EngineHost on a temporary data folder, reached over
// its control socket like the console does): a real link cycle against the scripted provider, with
// AUTH PLAIN to the smarthost, then the viewer's rows, details, filters and export.

#include "../link/ProviderPeer.h"
#include "ConsoleFixture.h"
#include "ControlCommand.h"

#include "DataDirectory.h"
#include "EngineHost.h"
#include "FileSecretStore.h"
#include "SecretStore.h"
#include "SecretStoreFactory.h"
#include "ServiceConnection.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "control/ControlServer.h"
#include "core/Engine.h"
#include "log/LogDetailsDialog.h"
#include "log/LogViewer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Account = "office-account";
constexpr auto Password = "S3cret-Pa55word";

/// The provider's smarthost with AUTH: a relay in front of ProviderPeer that adds "AUTH PLAIN" to its
/// EHLO reply and accepts the login itself, remembering what the client sent.
class AuthFront : public QObject
{
public:
    bool listen(quint16 providerPort)
    {
        m_providerPort = providerPort;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }
    QList<QByteArray> authLines() const { return m_authLines; }

private:
    void relay(QTcpSocket *client)
    {
        auto *provider = new QTcpSocket(client);
        auto fromClient = std::make_shared<QByteArray>();
        auto fromProvider = std::make_shared<QByteArray>();
        auto awaitingPayload = std::make_shared<bool>(false);
        connect(
            client, &QTcpSocket::readyRead, client, [this, client, provider, fromClient, awaitingPayload] {
                *fromClient += client->readAll();
                qsizetype end;
                while ((end = fromClient->indexOf("\r\n")) >= 0) {
                    const QByteArray line = fromClient->left(end);
                    fromClient->remove(0, end + 2);
                    if (*awaitingPayload || line.toUpper().startsWith("AUTH ")) {
                        m_authLines << line;
                        const bool needsPayload =
                            !*awaitingPayload && line.trimmed().toUpper() == "AUTH PLAIN";
                        *awaitingPayload = needsPayload;
                        client->write(needsPayload ? "334 \r\n" : "235 2.7.0 Authentication successful\r\n");
                        continue;
                    }
                    provider->write(line + "\r\n");
                }
            });
        connect(provider, &QTcpSocket::readyRead, client, [client, provider, fromProvider] {
            *fromProvider += provider->readAll();
            qsizetype end;
            while ((end = fromProvider->indexOf("\r\n")) >= 0) {
                const QByteArray line = fromProvider->left(end);
                fromProvider->remove(0, end + 2);
                client->write(line + "\r\n");
                if (line.startsWith("250-provider.test"))
                    client->write("250-AUTH PLAIN\r\n");
            }
        });
        connect(provider, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
        provider->connectToHost(QHostAddress::LocalHost, m_providerPort);
    }

    QTcpServer m_server;
    quint16 m_providerPort = 0;
    QList<QByteArray> m_authLines;
};

bool submit(quint16 port, const QByteArray &recipient, const QByteArray &subject)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    client.write("EHLO client.office.test\r\nMAIL FROM:<boss@office.test>\r\nRCPT TO:<" + recipient +
                 ">\r\nDATA\r\nSubject: " + subject + "\r\n\r\nbody\r\n.\r\nQUIT\r\n");
    QByteArray replies;
    return QTest::qWaitFor(
               [&] {
                   replies += client.readAll();
                   return replies.contains("221 ");
               },
               5000) &&
           replies.contains("250 2.0.0 Ok: queued");
}

/// The rows the viewer's model holds now (loading each page first).
QList<LogEntrySummary> rowsOf(ConnectionLogModel *model)
{
    QList<LogEntrySummary> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const LogEntrySummary *entry = nullptr;
        (void)QTest::qWaitFor([&] { return (entry = model->entryAt(row)) != nullptr; }, 5000);
        if (entry)
            rows << *entry;
    }
    return rows;
}

int rowOf(ConnectionLogModel *model, const QString &entry)
{
    const QList<LogEntrySummary> rows = rowsOf(model);
    for (int row = 0; row < rows.size(); ++row)
        if (rows.at(row).entry == entry)
            return row;
    return -1;
}

QString cell(ConnectionLogModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

/// Waits until the engine answers "log-list" (another part of the project implements it).
bool logVerbsAnswer(ServiceConnection *connection)
{
    bool answered = false;
    QString error;
    connection->request("log-list", {}, {{u"limit"_s, u"1"_s}}, connection, [&](const ControlAnswer &answer) {
        answered = true;
        error = answer.ok ? QString() : answer.error;
    });
    (void)QTest::qWaitFor([&] { return answered; }, 10000);
    if (!error.isEmpty())
        qWarning("log-list: %s", qPrintable(error));
    return answered && error.isEmpty();
}

} // namespace

class TestLogViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realCycleIsShownFilteredAndExported();
    void showsWhenTheEngineCannotBeReachedAndRecovers();
    void pagesAreFetchedOnDemandAndBounded();
};

void TestLogViewer::realCycleIsShownFilteredAndExported()
{
    QTemporaryDir dir;
    ProviderPeer provider;
    AuthFront front;
    QVERIFY(dir.isValid() && provider.listen() && front.listen(provider.port()));
    const QString smarthost = u"127.0.0.1:%1"_s.arg(front.port());
    {
        QString error;
        auto settings =
            Settings::open(configDatabasePath(dir.path()), {dir.path(), u"gateway.office.test"_s}, &error);
        QVERIFY2(settings, qPrintable(error));
        const QList<QPair<QLatin1StringView, QString>> values{
            {Keys::SmtpListen, u"127.0.0.1:0"_s},
            {Keys::HostName, u"gateway.office.test"_s},
            {Keys::LocalDomains, u"office.test"_s},
            {Keys::MailRoot, dir.path() + u"/mail"_s},
            {Keys::DeliveryMode, u"smarthost"_s},
            {Keys::Smarthost, smarthost},
            {Keys::SmarthostAuth, u"plain"_s},
            {Keys::SmarthostAccount, QString::fromLatin1(Account)},
            {Keys::SmarthostPlaintextAuth, u"true"_s},
            {Keys::DialupProfile, u"always"_s},
            {Keys::ScheduleMode, u"manual"_s},
            {Keys::RetrievalMethod, u"etrn"_s},
            {Keys::RetrievalDomains, u"@office.test"_s},
            {Keys::IdleTimeout, u"1"_s},
            {Keys::FirstDeliveryGrace, u"5"_s},
            {Keys::LogLevel, u"medium"_s},
            {Keys::SecretsStore, u"file"_s},
        };
        for (const auto &[key, value] : values) {
            const QString problem = settings->setText(key, value);
            QVERIFY2(problem.isEmpty(), qPrintable(QString(key + u": "_s + problem)));
        }
        QString warning;
        std::unique_ptr<SecretStore> secrets = createSecretStore(*settings, &warning);
        bool stored = false;
        secrets->writeSecret(SecretKey::smtpAuth(u"127.0.0.1"_s, QString::fromLatin1(Account)),
                             QString::fromLatin1(Password), this,
                             [&stored](bool ok, const SecretError &) { stored = ok; });
        QTRY_VERIFY(stored);
    }
    QDir().mkpath(dir.path() + u"/mail/alice"_s);

    EngineHost host(dir.path());
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    provider.setOfficePort(host.engine()->smtpPort());
    provider.hold({"news@far.test", "alice@office.test", "Subject: held\r\n\r\nheld at the provider"});
    ServiceConnection connection(controlSocketPath(dir.path()));
    connection.open();
    QTRY_VERIFY(connection.isConnected());
    // The log verbs are written by another part of the project at the same time: wait for them.
    QVERIFY2(QTest::qWaitFor([&] { return logVerbsAnswer(&connection); }, 240000),
             "the engine does not answer log-list");

    LogViewer viewer(&connection);
    viewer.resize(1100, 500);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    ConnectionLogModel *model = viewer.model();
    QTRY_VERIFY(!model->isLoading());
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    // A real cycle: the outbound message goes to the smarthost with AUTH PLAIN, ETRN brings one back.
    QVERIFY(submit(host.engine()->smtpPort(), "partner@far.test", "outbound one"));
    bool started = false;
    connection.request("connect-now", {}, {}, this,
                       [&started](const ControlAnswer &answer) { started = answer.ok; });
    QTRY_VERIFY(started);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const LogEntrySummary &row : rowsOf(model))
                if (row.kind == "cycle"_L1 && row.result != "running"_L1)
                    return true;
            return false;
        }(),
        30000);
    QCOMPARE(provider.receivedData().size(), 1);
    QVERIFY(!front.authLines().isEmpty());
    QCOMPARE(resets.size(), 0); // the new rows came in by refresh, not by a reset

    QString cycleEntry;
    for (const LogEntrySummary &row : rowsOf(model))
        if (row.kind == "cycle"_L1)
            cycleEntry = row.entry;
    const int cycleRow = rowOf(model, cycleEntry);
    QVERIFY(cycleRow >= 0);
    const LogEntrySummary cycle = rowsOf(model).at(cycleRow);
    QVERIFY2(cycle.result == "ok"_L1, qPrintable(cycle.result + u" "_s + cycle.summary));
    QCOMPARE(cycle.sent, 1);
    QCOMPARE(cycle.received, 1);
    QCOMPARE(cell(model, cycleRow, ConnectionLogModel::Result), u"Succeeded"_s);
    QVERIFY2(cell(model, cycleRow, ConnectionLogModel::TriggerOrPeer).contains(u"manual"_s),
             qPrintable(cell(model, cycleRow, ConnectionLogModel::TriggerOrPeer)));
    QVERIFY2(cell(model, cycleRow, ConnectionLogModel::Retrieval).contains(u"250"_s),
             qPrintable(cell(model, cycleRow, ConnectionLogModel::Retrieval)));
    QCOMPARE(cell(model, cycleRow, ConnectionLogModel::Sent), u"1"_s);
    QCOMPARE(cell(model, cycleRow, ConnectionLogModel::Received), u"1"_s);
    QVERIFY(!cell(model, cycleRow, ConnectionLogModel::Time).isEmpty());
    QVERIFY(cell(model, cycleRow, ConnectionLogModel::Duration).endsWith(u" s"_s));
    QCOMPARE(model->headerData(ConnectionLogModel::Retrieval, Qt::Horizontal).toString(),
             u"Retrieval reply"_s);

    // Details: Enter on the row opens them; the transcript has the AUTH, redacted, and no password.
    viewer.table()->setFocus();
    viewer.table()->setCurrentIndex(model->index(cycleRow, 0));
    QTest::keyClick(viewer.table(), Qt::Key_Return);
    LogDetailsDialog *details = nullptr;
    QTRY_VERIFY((details = viewer.findChild<LogDetailsDialog *>()) != nullptr);
    QTRY_VERIFY(details->isLoaded());
    const QString transcript = details->transcriptText();
    const QByteArray payload = QByteArray(QByteArray(Account) + '\0' + Account + '\0' + Password).toBase64();
    const QByteArray payloadNoAuthzid = QByteArray('\0' + QByteArray(Account) + '\0' + Password).toBase64();
    QVERIFY2(transcript.contains(u"AUTH PLAIN"_s), qPrintable(transcript));
    QVERIFY2(transcript.contains(u"[redacted]"_s), qPrintable(transcript));
    QVERIFY(transcript.contains(u"ETRN @office.test"_s));
    QVERIFY(!transcript.contains(QString::fromLatin1(Password)));
    QVERIFY(!transcript.contains(QString::fromLatin1(payload)));
    QVERIFY(!transcript.contains(QString::fromLatin1(payloadNoAuthzid)));
    // ... while the smarthost did get the real payload (so the redaction is not the absence of AUTH).
    const QByteArray sentAuth = front.authLines().join(' ');
    QVERIFY2(sentAuth.contains(payload) || sentAuth.contains(payloadNoAuthzid), sentAuth.constData());
    QCOMPARE(details->fieldText(u"Result"_s), u"Succeeded"_s);
    QVERIFY2(details->details().levelNote().startsWith(u"Logging level now: Medium."_s),
             qPrintable(details->details().levelNote()));
    TestSupport::saveScreenshot(details, u"log-details"_s);
    details->close();

    // Export of the selected row: the details and the transcript, as text, without the password.
    const QString selectedPath = dir.filePath(u"selected.txt"_s);
    QSignalSpy exported(&viewer, &LogViewer::exportFinished);
    viewer.table()->selectRow(cycleRow);
    viewer.exportTo(selectedPath, true);
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
    QFile selectedFile(selectedPath);
    QVERIFY(selectedFile.open(QIODevice::ReadOnly));
    const QString selectedText = QString::fromUtf8(selectedFile.readAll());
    QVERIFY(selectedText.startsWith(u"Sluice connection log, exported "_s));
    QVERIFY(selectedText.contains(u"Selected entries: 1"_s));
    QVERIFY(selectedText.contains(u"=== Entry %1 ==="_s.arg(cycleEntry)));
    QVERIFY(selectedText.contains(u"Result: Succeeded"_s));
    QVERIFY(selectedText.contains(u"ETRN @office.test"_s));
    QVERIFY(selectedText.contains(u"AUTH PLAIN [redacted]"_s) || selectedText.contains(u"[redacted]"_s));
    QVERIFY(!selectedText.contains(QString::fromLatin1(Password)));
    QCOMPARE(selectedText.count(u"=== Entry "_s), 1);

    // A failing cycle: the smarthost is gone. Its row arrives by refresh, still without a reset.
    front.close();
    const int rowsBefore = model->rowCount();
    started = false;
    connection.request("connect-now", {}, {}, this,
                       [&started](const ControlAnswer &answer) { started = answer.ok; });
    QTRY_VERIFY(started);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const LogEntrySummary &row : rowsOf(model))
                if (row.kind == "cycle"_L1 && row.result == "failed"_L1)
                    return true;
            return false;
        }(),
        30000);
    QVERIFY(model->rowCount() > rowsBefore);
    QCOMPARE(resets.size(), 0);
    TestSupport::saveScreenshot(&viewer, u"log-viewer"_s);

    // Result filter.
    auto *result = viewer.findChild<QComboBox *>(u"resultFilter"_s);
    QVERIFY(result);
    result->setCurrentIndex(result->findText(u"Failed"_s));
    QTRY_VERIFY(!model->isLoading());
    QTRY_VERIFY(model->rowCount() >= 1);
    for (const LogEntrySummary &row : rowsOf(model))
        QCOMPARE(row.result, u"failed"_s);
    QCOMPARE(rowOf(model, cycleEntry), -1);
    // Export of everything the filter shows: the failed entries only.
    const QString failedPath = dir.filePath(u"failed.txt"_s);
    viewer.exportTo(failedPath, false);
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
    QFile failedFile(failedPath);
    QVERIFY(failedFile.open(QIODevice::ReadOnly));
    const QString failedText = QString::fromUtf8(failedFile.readAll());
    QVERIFY2(failedText.contains(u"(failed entries)"_s), qPrintable(failedText.left(300)));
    QCOMPARE(failedText.count(u"=== Entry "_s), model->rowCount());
    QVERIFY(!failedText.contains(u"=== Entry %1 ==="_s.arg(cycleEntry)));
    QVERIFY(failedText.contains(u"Result: Failed"_s));

    result->setCurrentIndex(result->findText(u"Succeeded"_s));
    QTRY_VERIFY(!model->isLoading());
    QTRY_VERIFY(rowOf(model, cycleEntry) >= 0);
    for (const LogEntrySummary &row : rowsOf(model))
        QCOMPARE(row.result, u"ok"_s);
    result->setCurrentIndex(result->findText(u"All"_s));
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), rowsOf(model).size());
    const int allRows = model->rowCount();
    QVERIFY(allRows >= 2);

    // Text filter, typed (debounced): the retrieval reply of the good cycle.
    auto *search = viewer.findChild<QLineEdit *>(u"searchText"_s);
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, u"queuing for node"_s);
    QTRY_VERIFY(model->filter().search == u"queuing for node"_s);
    QTRY_VERIFY(!model->isLoading());
    QTRY_VERIFY(rowOf(model, cycleEntry) >= 0);
    QVERIFY(model->rowCount() < allRows);
    search->clear();
    QTest::keyClicks(search, u"no such text anywhere"_s);
    QTRY_VERIFY(model->filter().search == u"no such text anywhere"_s);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(model->rowCount(), allRows);

    // Date filter: days long past show nothing, today shows everything again.
    auto *period = viewer.findChild<QComboBox *>(u"periodFilter"_s);
    auto *from = viewer.findChild<QDateEdit *>(u"fromDate"_s);
    auto *to = viewer.findChild<QDateEdit *>(u"toDate"_s);
    QVERIFY(period && from && to);
    period->setCurrentIndex(period->findText(u"Between dates"_s));
    QVERIFY(from->isEnabled() && to->isEnabled());
    from->setDate(QDate(2001, 1, 1));
    to->setDate(QDate(2001, 1, 2));
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->filter().to, QDate(2001, 1, 3).startOfDay().toUTC());
    to->setDate(QDate::currentDate());
    QTRY_COMPARE(model->rowCount(), allRows);
    period->setCurrentIndex(period->findText(u"Last 24 hours"_s));
    QVERIFY(!from->isEnabled());
    QTRY_COMPARE(model->rowCount(), allRows);
    QVERIFY(viewer.problemText().isEmpty());
}

void TestLogViewer::showsWhenTheEngineCannotBeReachedAndRecovers()
{
    QTemporaryDir dir;
    {
        QString error;
        auto settings =
            Settings::open(configDatabasePath(dir.path()), {dir.path(), u"gateway.office.test"_s}, &error);
        QVERIFY2(settings, qPrintable(error));
        QVERIFY(settings->setText(Keys::SmtpListen, u"127.0.0.1:0"_s).isEmpty());
    }
    ServiceConnection connection(controlSocketPath(dir.path()));
    connection.open();
    LogViewer viewer(&connection);
    viewer.show();
    QTRY_VERIFY(!viewer.problemText().isEmpty());
    QVERIFY2(viewer.problemText().contains(u"not running"_s), qPrintable(viewer.problemText()));

    EngineHost host(dir.path());
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QTRY_VERIFY(connection.isConnected());
    QVERIFY2(QTest::qWaitFor([&] { return logVerbsAnswer(&connection); }, 240000),
             "the engine does not answer log-list");
    QTRY_VERIFY_WITH_TIMEOUT(viewer.problemText().isEmpty(), 10000);
    QCOMPARE(viewer.model()->rowCount(), 0);
}

void TestLogViewer::pagesAreFetchedOnDemandAndBounded()
{
    // A scripted control socket with a large log, so that paging is seen request by request.
    QTemporaryDir dir;
    ControlServer server;
    QString error;
    QVERIFY2(server.listen(dir.filePath(u"control.sock"_s), &error), qPrintable(error));
    int total = 5000;
    QList<QHash<QString, QString>> requests;
    server.addHandler("log-list", [&](const ControlRequest &request) {
        requests << request.options;
        const int offset = request.option(u"offset"_s).toInt();
        const int limit = request.option(u"limit"_s).toInt();
        QByteArray body = "total=" + QByteArray::number(total) + '\n';
        for (int i = offset; i < qMin(total, offset + limit); ++i) {
            const int id = total - i; // newest first
            body += formatRow({u"s%1"_s.arg(id), u"2026-11-30T10:00:00Z"_s, u"inbound"_s,
                               u"10.0.0.%1"_s.arg(id % 250), u""_s, u"0"_s, u"1"_s, u""_s, u"ok"_s,
                               u"one message"_s, u"2"_s});
        }
        return ControlReply::success(body);
    });
    ServiceConnection connection(dir.filePath(u"control.sock"_s));
    connection.open();
    QTRY_VERIFY(connection.isConnected());
    ConnectionLogModel model(&connection);
    QTRY_COMPARE(model.rowCount(), total);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().value(u"limit"_s), u"200"_s);
    QCOMPARE(requests.first().value(u"offset"_s), u"0"_s);
    QCOMPARE(model.index(0, ConnectionLogModel::TriggerOrPeer).data().toString(), u"Inbound: 10.0.0.0"_s);
    QCOMPARE(model.index(0, ConnectionLogModel::Duration).data().toString(), u"2 s"_s);

    // A row far down: only its page is asked for, and it shows once it is there.
    QVERIFY(!model.index(4321, 0).data(ConnectionLogModel::LoadedRole).toBool());
    QTRY_VERIFY(model.index(4321, 0).data(ConnectionLogModel::LoadedRole).toBool());
    QCOMPARE(requests.last().value(u"offset"_s), u"4200"_s);
    QCOMPARE(model.index(4321, 0).data(ConnectionLogModel::EntryRole).toString(), u"s%1"_s.arg(total - 4321));
    // The cache stays bounded however far one scrolls.
    for (int page = 0; page < 20; ++page) {
        const int row = page * ConnectionLogModel::PageSize;
        QTRY_VERIFY(model.entryAt(row) != nullptr);
    }
    QVERIFY(model.heldPages() <= ConnectionLogModel::MaxPages);

    // New entries and "log-changed": rows come in at the top without a reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    total += 3;
    server.broadcast("log-changed");
    QTRY_COMPARE(model.rowCount(), total);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QTRY_COMPARE(model.index(0, 0).data(ConnectionLogModel::EntryRole).toString(), u"s%1"_s.arg(total));

    // A filter restarts the listing with the filter's options.
    ConnectionLogModel::Filter filter;
    filter.result = ConnectionLogModel::ResultFilter::Failed;
    filter.search = u"needle in it"_s;
    filter.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    model.setFilter(filter);
    QCOMPARE(resets.size(), 1);
    QTRY_VERIFY(requests.last().value(u"result"_s) == u"failed"_s);
    QCOMPARE(requests.last().value(u"search"_s), u"needle in it"_s);
    QCOMPARE(requests.last().value(u"from"_s), u"2026-11-01T00:00:00Z"_s);
    QCOMPARE(requests.last().value(u"offset"_s), u"0"_s);
}

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
