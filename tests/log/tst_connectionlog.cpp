// SPDX-License-Identifier: GPL-3.0-or-later
// The connection log on its own file: the viewer's listing (one entry per cycle or stray session,
// filters, paging, total), an entry's details with its sessions' transcripts in order, and retention
// by age (at open and on prune) and by size (the file shrinks under the limit, the newest survive).

#include "client/Transcript.h"
#include "log/ConnectionLog.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

Transcript transcriptOf(const QByteArray &text)
{
    Transcript transcript;
    for (const QByteArray &line : text.split('\n'))
        transcript.add(Transcript::Direction::Sent, line);
    return transcript;
}

CycleRecord cycleRecord(const QString &trigger)
{
    CycleRecord record;
    record.trigger = trigger;
    record.started = QDateTime::currentDateTimeUtc();
    return record;
}

/// Moves every row's time back by days, as if it had been written then (the log has no clock seam).
void age(const QString &path, int days)
{
    const qint64 shift = qint64(days) * 24 * 3600 * 1000;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ager"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE connections SET time = time - %1"_s.arg(shift)));
        QVERIFY(query.exec(u"UPDATE cycles SET started = started - %1"_s.arg(shift)));
    }
    QSqlDatabase::removeDatabase(u"ager"_s);
}

QStringList entries(const LogPage &page)
{
    QStringList names;
    for (const LogEntry &entry : page.entries)
        names << entry.entry;
    return names;
}

} // namespace

class TestConnectionLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsCyclesAndStraySessionsNewestFirst();
    void filtersAndPages();
    void detailsOfACycleAndASession();
    void retentionByAgeAtOpenAndOnPrune();
    void retentionBySizeShrinksTheFileAndKeepsTheNewest();
    void levelMinimumKeepsNoTranscript();

private:
    /// s1 inbound ok, c1 (outbound ok + retrieval failed; cycle failed), s4 outbound failed, c2 ok
    /// (running until finished), in that order.
    void fill(ConnectionLog &log);
};

void TestConnectionLog::fill(ConnectionLog &log)
{
    SessionSummary inbound;
    inbound.kind = u"inbound"_s;
    inbound.peer = u"[192.0.2.7]:4000 lan-pc.office.test"_s;
    inbound.ok = true;
    inbound.messages = 2;
    inbound.started = QDateTime::currentDateTimeUtc().addSecs(-3);
    QVERIFY(log.record(inbound, transcriptOf("EHLO lan-pc.office.test\nQUIT")));
    QTest::qWait(5);

    CycleRecord first = cycleRecord(u"schedule"_s);
    first.id = log.beginCycle(first);
    QVERIFY(first.id > 0);
    QVERIFY(log.record(u"outbound"_s, u"smarthost.example"_s, true, QString(),
                       transcriptOf("MAIL FROM:<boss@office.test>\nRCPT TO:<partner@far.example>")));
    QVERIFY(log.record(u"retrieval"_s, u"provider.example"_s, false, u"ETRN refused"_s,
                       transcriptOf("ETRN @office.test")));
    first.finished = QDateTime::currentDateTimeUtc();
    first.ok = false;
    first.result = u"1 message(s) sent, 0 received; ETRN refused"_s;
    first.dialResult = u"dialed (1 attempt)"_s;
    first.messagesSent = 1;
    first.errors = {u"ETRN refused"_s};
    first.retrievalReplies = {u"ETRN @office.test: 459 (refused)"_s};
    first.phases = {{u"dial"_s, first.started, first.started.addSecs(1), u"dialed"_s}};
    first.details = "dial command output\n";
    QVERIFY(log.finishCycle(first));
    QTest::qWait(5);

    QVERIFY(log.record(u"outbound"_s, u"mx.far.example"_s, false, u"connection refused"_s, Transcript()));
    QTest::qWait(5);
    CycleRecord second = cycleRecord(u"manual"_s);
    second.id = log.beginCycle(second);
    QVERIFY(second.id > first.id);
}

void TestConnectionLog::listsCyclesAndStraySessionsNewestFirst()
{
    QTemporaryDir dir;
    ConnectionLog log;
    QString error;
    QVERIFY2(log.open(dir.filePath(u"log.db"_s), &error), qPrintable(error));
    fill(log);
    const LogPage page = log.list({});
    QCOMPARE(page.total, 4);
    // The cycle's own sessions are inside its entry, not rows of their own.
    QCOMPARE(entries(page), (QStringList{u"c2"_s, u"s4"_s, u"c1"_s, u"s1"_s}));
    const LogEntry &running = page.entries.at(0);
    QCOMPARE(running.kind, u"cycle"_s);
    QCOMPARE(running.result, u"running"_s);
    QCOMPARE(running.triggerOrPeer, u"manual"_s);
    const LogEntry &cycle = page.entries.at(2);
    QCOMPARE(cycle.result, u"failed"_s);
    QCOMPARE(cycle.dial, u"dialed (1 attempt)"_s);
    QCOMPARE(cycle.sent, 1);
    QCOMPARE(cycle.retrieval, QStringList{u"ETRN @office.test: 459 (refused)"_s});
    QCOMPARE(cycle.summary, u"1 message(s) sent, 0 received; ETRN refused"_s);
    const LogEntry &inbound = page.entries.at(3);
    QCOMPARE(inbound.kind, u"inbound"_s);
    QCOMPARE(inbound.result, u"ok"_s);
    QCOMPARE(inbound.received, 2);
    QVERIFY2(inbound.durationSeconds >= 2.9 && inbound.durationSeconds < 60,
             qPrintable(QString::number(inbound.durationSeconds)));
    // Its time is when it started, not when it was recorded.
    QVERIFY(inbound.time < page.entries.at(2).time);
    QCOMPARE(page.entries.at(1).summary, u"connection refused"_s);
}

void TestConnectionLog::filtersAndPages()
{
    QTemporaryDir dir;
    ConnectionLog log;
    QString error;
    QVERIFY2(log.open(dir.filePath(u"log.db"_s), &error), qPrintable(error));
    fill(log);
    LogQuery query;
    query.kind = LogQuery::Kind::Cycles;
    QCOMPARE(entries(log.list(query)), (QStringList{u"c2"_s, u"c1"_s}));
    query.kind = LogQuery::Kind::Sessions;
    QCOMPARE(entries(log.list(query)), (QStringList{u"s4"_s, u"s1"_s}));

    query = {};
    query.result = LogQuery::Result::Failed;
    QCOMPARE(entries(log.list(query)), (QStringList{u"s4"_s, u"c1"_s}));
    query.result = LogQuery::Result::Ok;
    QCOMPARE(entries(log.list(query)), (QStringList{u"s1"_s})); // a running cycle is neither

    // Text: a cycle matches through its sessions' transcripts; case does not matter.
    query = {};
    query.search = u"PARTNER@far"_s;
    QCOMPARE(entries(log.list(query)), (QStringList{u"c1"_s}));
    query.search = u"lan-pc"_s;
    QCOMPARE(entries(log.list(query)), (QStringList{u"s1"_s}));
    query.search = u"nothing like this"_s;
    QCOMPARE(log.list(query).total, 0);

    // Dates: nothing before an hour from now; everything since an hour ago.
    query = {};
    query.from = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(log.list(query).total, 0);
    query.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    query.to = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(log.list(query).total, 4);
    query.to = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QCOMPARE(log.list(query).total, 0);

    // Paging: the total stays the whole count.
    query = {};
    query.offset = 1;
    query.limit = 2;
    const LogPage page = log.list(query);
    QCOMPARE(page.total, 4);
    QCOMPARE(entries(page), (QStringList{u"s4"_s, u"c1"_s}));
}

void TestConnectionLog::detailsOfACycleAndASession()
{
    QTemporaryDir dir;
    ConnectionLog log;
    QString error;
    QVERIFY2(log.open(dir.filePath(u"log.db"_s), &error), qPrintable(error));
    fill(log);
    const std::optional<LogEntryDetails> cycle = log.details(u"c1"_s);
    QVERIFY(cycle);
    QCOMPARE(cycle->entry.entry, u"c1"_s);
    QCOMPARE(cycle->errors, QStringList{u"ETRN refused"_s});
    QCOMPARE(cycle->phases.size(), 1);
    QVERIFY(cycle->phases.first().startsWith(u"dial "_s));
    const QByteArray text = cycle->transcript;
    // The cycle's details, then each session with a heading, in the order they ran.
    const qsizetype details = text.indexOf("dial command output");
    const qsizetype outbound = text.indexOf("== outbound smarthost.example");
    const qsizetype retrieval = text.indexOf("== retrieval provider.example");
    QVERIFY2(details >= 0 && outbound > details && retrieval > outbound, text.constData());
    QVERIFY(text.indexOf("C: RCPT TO:<partner@far.example>") > outbound);
    QVERIFY(text.indexOf("C: ETRN @office.test") > retrieval);
    QVERIFY(text.contains("failed: ETRN refused"));

    const std::optional<LogEntryDetails> session = log.details(u"s1"_s);
    QVERIFY(session);
    QVERIFY(session->transcript.contains("C: EHLO lan-pc.office.test"));
    QVERIFY(!session->transcript.contains("ETRN"));
    QVERIFY(!log.details(u"s999"_s));
    QVERIFY(!log.details(u"x1"_s));
    QVERIFY(!log.details(u"c"_s));
}

void TestConnectionLog::retentionByAgeAtOpenAndOnPrune()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.db"_s);
    QString error;
    {
        ConnectionLog log;
        QVERIFY2(log.open(path, &error), qPrintable(error));
        fill(log);
    }
    age(path, 40); // everything is 40 days old now
    {
        ConnectionLog log;
        log.setRetention(30, 0);
        QVERIFY2(log.open(path, &error), qPrintable(error));
        QVERIFY(log.record(u"outbound"_s, u"new.example"_s, true, QString(), transcriptOf("NOOP")));
        const LogPage page = log.list({});
        QCOMPARE(page.total, 1); // pruned at open; the fresh one stays
        QCOMPARE(page.entries.first().triggerOrPeer, u"new.example"_s);
    }
    age(path, 10);
    {
        // Ten days old is within 30 days; a shorter retention set live removes it.
        ConnectionLog log;
        QVERIFY2(log.open(path, &error), qPrintable(error));
        QCOMPARE(log.list({}).total, 1);
        log.setRetention(7, 0);
        QCOMPARE(log.list({}).total, 0);
        QCOMPARE(log.latest(10).size(), 0);
    }
}

void TestConnectionLog::retentionBySizeShrinksTheFileAndKeepsTheNewest()
{
    QTemporaryDir dir;
    ConnectionLog log;
    QString error;
    log.setRetention(30, 0); // no size limit while filling
    QVERIFY2(log.open(dir.filePath(u"log.db"_s), &error), qPrintable(error));
    QByteArray filler;
    for (int i = 0; i < 100; ++i)
        filler += "S: 250-" + QByteArray::number(i * 7919) + " a line of a long conversation\n";
    constexpr int Sessions = 600;
    for (int i = 0; i < Sessions; ++i)
        QVERIFY(log.record(u"inbound"_s, u"client-%1"_s.arg(i), true, QString(), transcriptOf(filler)));
    const qint64 full = log.fileSize();
    constexpr qint64 Limit = 1024 * 1024;
    QVERIFY2(full > 2 * Limit, qPrintable(QString::number(full)));

    log.setRetention(30, Limit);
    const qint64 pruned = log.fileSize();
    QVERIFY2(pruned <= Limit, qPrintable(QString::number(pruned)));
    QVERIFY(QFileInfo(dir.filePath(u"log.db"_s)).size() <= Limit);     // the file itself gave the space back
    QVERIFY2(pruned > Limit / 2, qPrintable(QString::number(pruned))); // not emptied: ~90% of the limit
    LogQuery query;
    query.limit = 1000;
    const LogPage page = log.list(query);
    QVERIFY(page.total < Sessions && page.total > 10);
    QCOMPARE(page.entries.first().triggerOrPeer, u"client-%1"_s.arg(Sessions - 1));         // newest kept
    QCOMPARE(page.entries.last().triggerOrPeer, u"client-%1"_s.arg(Sessions - page.total)); // oldest gone

    // Writing on stays under the limit: pruned cheaply after writes.
    for (int i = Sessions; i < 2 * Sessions; ++i) {
        QVERIFY(log.record(u"inbound"_s, u"client-%1"_s.arg(i), true, QString(), transcriptOf(filler)));
        QVERIFY2(log.fileSize() <= Limit, qPrintable(QString::number(log.fileSize())));
    }
    QCOMPARE(log.list({}).entries.first().triggerOrPeer, u"client-%1"_s.arg(2 * Sessions - 1));
}

void TestConnectionLog::levelMinimumKeepsNoTranscript()
{
    QTemporaryDir dir;
    ConnectionLog log;
    QString error;
    QVERIFY2(log.open(dir.filePath(u"log.db"_s), &error), qPrintable(error));
    log.setLevel(LogLevel::Minimum);
    QVERIFY(log.record(u"inbound"_s, u"a"_s, true, QString(), transcriptOf("EHLO a")));
    log.setLevel(LogLevel::None);
    QVERIFY(log.record(u"inbound"_s, u"b"_s, true, QString(), transcriptOf("EHLO b")));
    const LogPage page = log.list({});
    QCOMPARE(page.total, 1);
    const std::optional<LogEntryDetails> details = log.details(page.entries.first().entry);
    QVERIFY(details);
    QVERIFY(!details->transcript.contains("EHLO"));
}

QTEST_GUILESS_MAIN(TestConnectionLog)
#include "tst_connectionlog.moc"
