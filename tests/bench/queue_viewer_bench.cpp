// SPDX-License-Identifier: GPL-3.0-or-later
// Queue viewer benchmark (run by hand, not by ctest): 100,000 queued messages, a real engine
// (EngineHost) on them, and the QueueViewer talking to it over the control socket, offscreen.
// Prints the time to the table's first paint with rows, the time to sort by age until the first page
// is painted, and the peak RSS, each next to its target; and, as the floor no viewer can beat, the
// same first page and sort read by a direct QSqlQuery on queue.db.
//
//   build/tests/bench/queue_viewer_bench [MESSAGES]      (default 100000)
//
// The queue is written by a child process (the same program with --fill) so that the SQLite cache of
// the fill does not count in the viewer's peak RSS.

#include "ControlCommand.h"
#include "DataDirectory.h"
#include "EngineHost.h"
#include "QueueTableModel.h"
#include "ServiceConnection.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "queue/QueueDatabase.h"
#include "queue/QueueViewer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 FirstPaintTargetMs = 1000;
constexpr long RssTargetMb = 200;
constexpr int Domains = 100;
constexpr int Batch = 5000;

int fillQueue(const QString &path, int count)
{
    QueueDatabase database(u"bench-fill"_s);
    QString error;
    if (!database.open(path, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray body(400, 'x');
    for (int first = 0; first < count; first += Batch) {
        QList<NewMessage> messages;
        for (int i = first; i < qMin(count, first + Batch); ++i) {
            NewMessage message;
            message.queueId = u"BENCH%1"_s.arg(i, 7, 10, QLatin1Char('0'));
            message.sender = "user" + QByteArray::number(i % 997) + "@sender.example";
            NewRecipient recipient;
            recipient.address =
                "rcpt" + QByteArray::number(i % 13) + "@dest" + QByteArray::number(i % Domains) + ".example";
            message.recipients = {recipient};
            message.content = "Received: from bench\r\nSubject: bench " + message.queueId.toLatin1() +
                              "\r\n\r\n" + body.left(100 + (i * 37) % 300);
            // Arrival times in a scrambled order, so that sorting by age has work to do.
            message.receivedAt = now.addSecs(-qint64((i * 7919LL) % count) * 10 - 60);
            message.clientAddress = u"127.0.0.1"_s;
            message.heloName = u"bench.client"_s;
            messages.append(std::move(message));
        }
        QList<const NewMessage *> pointers;
        for (const NewMessage &message : std::as_const(messages))
            pointers.append(&message);
        bool diskFull = false;
        if (!database.insertMessages(pointers, &error, &diskFull)) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

/// Records when the watched viewport is first painted while test() holds.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *viewport, std::function<bool()> test)
        : m_test(std::move(test))
    {
        viewport->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted && m_test())
            painted = true;
        return false;
    }
    bool painted = false;

private:
    std::function<bool()> m_test;
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

/// The floor: the first page (200 messages in the order asked for, with their recipients) and the
/// total, read straight from queue.db with no protocol, no model and no view.
qint64 directPage(const QString &path, const char *order)
{
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-direct"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return -1;
        QSqlQuery count(u"SELECT count(*) FROM messages"_s, db);
        count.next();
        QSqlQuery page(db);
        page.exec(
            u"SELECT m.queue_id, m.sender, group_concat(r.address, ', '), m.size, m.received_at,"
            " max(r.attempts), min(r.next_attempt), max(r.last_reply)"
            " FROM (SELECT * FROM messages ORDER BY received_at %1, id LIMIT 200) m"
            " JOIN recipients r ON r.message_id = m.id GROUP BY m.id ORDER BY m.received_at %1, m.id"_s.arg(
                QString::fromLatin1(order)));
        int rows = 0;
        while (page.next())
            ++rows;
        if (rows != 200 && rows != count.value(0).toInt())
            std::fprintf(stderr, "direct query returned %d rows\n", rows);
    }
    QSqlDatabase::removeDatabase(u"bench-direct"_s);
    return timer.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--fill") == 0) {
        QCoreApplication app(argc, argv);
        return fillQueue(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString data = dir.path();
    {
        QString error;
        auto settings = Settings::open(configDatabasePath(data), {data, u"gw.example"_s}, &error);
        if (!settings || !settings->setText(Keys::SmtpListen, u"127.0.0.1:0"_s).isEmpty() ||
            !settings->setText(Keys::TransferMode, u"inbound_only"_s).isEmpty()) {
            std::fprintf(stderr, "cannot configure: %s\n", qPrintable(error));
            return 2;
        }
    }
    const QString queuePath = data + u"/queue/queue.db"_s;
    QDir().mkpath(data + u"/queue"_s);
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {u"--fill"_s, queuePath, QString::number(count)}) != 0)
        return 3;
    std::printf("queue filled: %d messages in %.1f s (child process)\n", count, fillTimer.elapsed() / 1000.0);

    EngineHost host(data);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(error));
        return 3;
    }
    ServiceConnection connection(controlSocketPath(data));
    connection.open();
    if (!waitFor([&] { return connection.isConnected(); }, 10000)) {
        std::fprintf(stderr, "the control socket did not answer\n");
        return 3;
    }
    // What the engine adds at start-up (indexes on an older queue, counts) is not the viewer's.
    const qint64 directFirst = directPage(queuePath, "ASC");

    QElapsedTimer timer;
    timer.start();
    QueueViewer viewer(&connection);
    QueueTableModel *model = viewer.tableModel();
    QWidget *viewport = viewer.tableView()->viewport();
    auto firstPaint =
        std::make_unique<PaintWatch>(viewport, [model] { return !model->queueIdAt(0).isEmpty(); });
    viewer.resize(1200, 800);
    viewer.show();
    if (!waitFor([&] { return firstPaint->painted; }))
        return 4;
    const qint64 firstPaintMs = timer.elapsed();
    const int rows = model->rowCount();

    const auto timeSort = [&](Qt::SortOrder order) -> qint64 {
        timer.restart();
        // sortByColumn() resets the model and asks for page 0 at once; the clock runs to its paint.
        auto watch =
            std::make_unique<PaintWatch>(viewport, [model] { return !model->queueIdAt(0).isEmpty(); });
        viewer.tableView()->sortByColumn(QueueTableModel::AgeColumn, order);
        if (!waitFor([&] { return watch->painted; }))
            return -1;
        return timer.elapsed();
    };
    timeSort(Qt::AscendingOrder); // from the default (oldest first) to youngest first, untimed warm-up
    const qint64 sortDescMs = timeSort(Qt::DescendingOrder);
    const QString oldestShown = model->queueIdAt(0);
    const qint64 sortAscMs = timeSort(Qt::AscendingOrder);
    const qint64 directDesc = directPage(queuePath, "ASC"); // age descending: oldest first
    const qint64 directAsc = directPage(queuePath, "DESC"); // age ascending: youngest first

    // Scrolling to the end loads only the pages shown; the cache stays bounded.
    viewer.tableView()->scrollToBottom();
    waitFor([&] { return !model->queueIdAt(rows - 1).isEmpty(); });

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const long rssMb = usage.ru_maxrss / 1024;
    const bool paintOk = firstPaintMs < FirstPaintTargetMs;
    const bool rssOk = rssMb < RssTargetMb;
    std::printf("rows in the table: %d (cached pages: %d of %d rows each)\n", rows, model->cachedPageCount(),
                QueueTableModel::PageSize);
    std::printf(
        "first paint with rows:          %6lld ms   (target < %lld ms: %s)   direct SQL first page: %lld "
        "ms\n",
        firstPaintMs, FirstPaintTargetMs, paintOk ? "PASS" : "MISS", directFirst);
    std::printf("sort by age descending (oldest): %6lld ms   (first row %s)            direct SQL: %lld ms\n",
                sortDescMs, qPrintable(oldestShown), directDesc);
    std::printf(
        "sort by age ascending (youngest):%6lld ms                                direct SQL: %lld ms\n",
        sortAscMs, directAsc);
    std::printf("peak RSS (viewer and engine in one process): %ld MB   (target < %ld MB: %s)\n", rssMb,
                RssTargetMb, rssOk ? "PASS" : "MISS");
    host.stop(0);
    return paintOk && rssOk ? 0 : 1;
}
