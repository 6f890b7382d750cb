// SPDX-License-Identifier: GPL-3.0-or-later
// The queue viewer's reads at 100,000 messages: the answers are right, and the time each took is
// printed (a check to read, not a timed assertion): queue-list's first page sorted by age, a page at
// offset 90,000, a sort by a recipient column, a search, and queue-groups.

#include "queue/MessageQueue.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {
constexpr int Messages = 100000;
constexpr int Domains = 50;
} // namespace

class TestQueueScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesAndGroupsAtOneHundredThousand();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QSet<QString> m_domains; ///< outbound destinations written
};

void TestQueueScale::initTestCase()
{
    m_path = m_dir.filePath(u"queue.db"_s);
    {
        MessageQueue schema; // the real schema and indexes
        QVERIFY(schema.open(m_path, nullptr));
    }
    // Written directly: a hundred thousand SMTP sessions would test the listener, not the viewer.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fill"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QVERIFY(db.transaction());
        QSqlQuery message(db);
        QVERIFY(
            message.prepare(u"INSERT INTO messages (id, queue_id, sender, received_at, client, helo, size,"
                            " content) VALUES (?, ?, ?, ?, '127.0.0.1', 'client', ?, ?)"_s));
        QSqlQuery recipient(db);
        QVERIFY(recipient.prepare(
            u"INSERT INTO recipients (message_id, address, route, mailbox, state, attempts,"
            " next_attempt, last_reply, hold_node) VALUES (?, ?, ?, '', ?, ?, ?, COALESCE(?, ''),"
            " COALESCE(?, ''))"_s));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(Messages) * 1000;
        const QByteArray content = "Subject: load\r\n\r\n" + QByteArray(400, 'x');
        for (int i = 1; i <= Messages; ++i) {
            message.addBindValue(i);
            message.addBindValue(u"Q%1"_s.arg(i, 8, 10, QChar(u'0')));
            message.addBindValue(u"sender%1@origin.example"_s.arg(i % 997));
            message.addBindValue(start + qint64(i) * 1000);
            message.addBindValue(content.size());
            message.addBindValue(content);
            QVERIFY(message.exec());
            const auto add = [&](const QString &address, RecipientRoute route, RecipientState state,
                                 const QString &node) {
                const int attempts = i % 7;
                recipient.addBindValue(i);
                recipient.addBindValue(address);
                recipient.addBindValue(int(route));
                recipient.addBindValue(int(state));
                recipient.addBindValue(attempts);
                recipient.addBindValue(attempts ? start + qint64(Messages + i) * 1000 : 0);
                recipient.addBindValue(attempts ? u"451 4.4.1 try %1"_s.arg(i % 13) : QString());
                recipient.addBindValue(node);
                return recipient.exec();
            };
            if (i % 10 == 0) { // inbound
                QVERIFY(add(u"user%1@local.example"_s.arg(i % 20), RecipientRoute::Local,
                            RecipientState::Queued, {}));
            } else if (i % 10 == 1) { // held for a customer's ETRN
                const QString node = u"customer%1.example"_s.arg((i / 10) % 5);
                QVERIFY(add(u"a%1@"_s.arg(i) + node, RecipientRoute::Remote, RecipientState::Held, node));
            } else { // outbound, some with two recipients
                const auto state = i % 7 ? RecipientState::Deferred : RecipientState::Queued;
                QVERIFY(
                    add(u"r%1@dest%2.example"_s.arg(i).arg(i % Domains), RecipientRoute::Remote, state, {}));
                m_domains.insert(u"dest%1.example"_s.arg(i % Domains));
                if (i % 3 == 0) {
                    QVERIFY(add(u"s%1@dest%2.example"_s.arg(i).arg((i + 1) % Domains), RecipientRoute::Remote,
                                state, {}));
                    m_domains.insert(u"dest%1.example"_s.arg((i + 1) % Domains));
                }
            }
        }
        QVERIFY(db.commit());
        message = QSqlQuery();
        recipient = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fill"_s);
}

void TestQueueScale::pagesAndGroupsAtOneHundredThousand()
{
    MessageQueue queue;
    QVERIFY(queue.open(m_path, nullptr));
    QElapsedTimer timer;
    QueueQuery query; // section all, sort age ascending, 200 rows

    timer.start();
    const QueuePage first = queue.browse(query);
    const qint64 firstMs = timer.elapsed();
    QCOMPARE(first.total, Messages);
    QCOMPARE(first.rows.size(), 200);
    QCOMPARE(first.rows.first().queueId, u"Q00000001"_s);

    query.offset = 90000;
    timer.restart();
    const QueuePage deep = queue.browse(query);
    const qint64 deepMs = timer.elapsed();
    QCOMPARE(deep.rows.size(), 200);
    QCOMPARE(deep.rows.first().queueId, u"Q00090001"_s);

    QueueQuery outbound;
    outbound.section = QueueSection::Outbound;
    outbound.sort = QueueSortKey::Age;
    outbound.descending = true;
    timer.restart();
    const QueuePage newestOutbound = queue.browse(outbound);
    const qint64 outboundMs = timer.elapsed();
    QCOMPARE(newestOutbound.total, Messages * 8 / 10);
    QCOMPARE(newestOutbound.rows.first().queueId, u"Q00099999"_s);

    outbound.offset = 70000;
    timer.restart();
    const QueuePage deepOutbound = queue.browse(outbound);
    const qint64 deepOutboundMs = timer.elapsed();
    QCOMPARE(deepOutbound.rows.size(), 200);

    QueueQuery byAttempts;
    byAttempts.sort = QueueSortKey::Attempts;
    byAttempts.descending = true;
    timer.restart();
    const QueuePage attempts = queue.browse(byAttempts);
    const qint64 attemptsMs = timer.elapsed();
    QCOMPARE(attempts.rows.first().attempts, 6);

    QueueQuery search;
    search.search = u"try 12"_s;
    timer.restart();
    const QueuePage found = queue.browse(search);
    const qint64 searchMs = timer.elapsed();
    QVERIFY(found.total > 0);
    QVERIFY(found.rows.first().lastReply.contains(u"try 12"_s));

    timer.restart();
    const QList<QueueGroup> groups = queue.groups();
    const qint64 groupsMs = timer.elapsed();
    QCOMPARE(groups.size(), m_domains.size() + 5 + 1);
    int inbound = 0;
    for (const QueueGroup &group : groups)
        if (group.section == QueueSection::Inbound)
            inbound = group.messages;
    QCOMPARE(inbound, Messages / 10);

    qInfo("queue of %d messages: queue-list first page (sort=age) %lld ms, offset 90000 %lld ms;"
          " outbound newest first %lld ms, outbound offset 70000 %lld ms; sort=attempts %lld ms;"
          " search %lld ms; queue-groups %lld ms",
          Messages, firstMs, deepMs, outboundMs, deepOutboundMs, attemptsMs, searchMs, groupsMs);
}

QTEST_GUILESS_MAIN(TestQueueScale)
#include "tst_queuescale.moc"
