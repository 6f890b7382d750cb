// SPDX-License-Identifier: GPL-3.0-or-later
// The queue viewer's reads on a real queue: the three sections and their groups, search, every sort
// key both ways, paging, and one message's details; and changed() after writes.

#include "QueueFixtures.h"

#include "hold/HeldDomains.h"
#include "queue/MessageQueue.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;
using QueueFixtures::enqueue;
using QueueFixtures::message;

namespace {

QueueQuery sectionQuery(QueueSection section, const QString &search = {})
{
    QueueQuery query;
    query.section = section;
    query.search = search;
    return query;
}

QStringList ids(const QueuePage &page)
{
    QStringList ids;
    for (const QueueRow &row : page.rows)
        ids.append(row.queueId);
    return ids;
}

QStringList pick(const QStringList &all, const QList<int> &order)
{
    QStringList picked;
    for (int index : order)
        picked.append(all.at(index));
    return picked;
}

/// The recipient ids of a message, from the due list (every new recipient is due).
QList<qint64> recipientIds(MessageQueue &queue, const QString &queueId)
{
    QList<qint64> ids;
    for (const DueRemoteMessage &due :
         queue.dueRemoteMessages(QDateTime::currentDateTimeUtc().addSecs(5), 1000))
        if (due.queueId == queueId)
            for (const DueRemoteRecipient &recipient : due.recipients)
                ids.append(recipient.recipientId);
    return ids;
}

} // namespace

class TestQueueBrowse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sectionsAndGroups();
    void searchMatchesIdSenderRecipientAndReply();
    void everySortKeyBothWays();
    void pagesThroughTheQueue();
    void detailsOfOneMessage();
    void changedFollowsWrites();
};

void TestQueueBrowse::sectionsAndGroups()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s}));
    const NewMessage a = message("a@origin.example", {"x@One.example", "y@two.example"});
    const NewMessage b = message("b@origin.example", {"local:me@local.example"});
    const NewMessage c = message("", {"c@customer.example", "w@one.example"});
    const NewMessage d = message("d@origin.example", {"z@one.example", "local:you@local.example"});
    for (const NewMessage &m : {a, b, c, d})
        QVERIFY(enqueue(queue, m));

    const QList<QueueGroup> groups = queue.groups();
    QCOMPARE(groups.size(), 4);
    QCOMPARE(groups[0].section, QueueSection::Outbound);
    QCOMPARE(groups[0].name, u"one.example"_s);
    QCOMPARE(groups[0].messages, 3);
    QCOMPARE(groups[0].bytes, a.content.size() + c.content.size() + d.content.size());
    QCOMPARE(groups[1].name, u"two.example"_s);
    QCOMPARE(groups[1].messages, 1);
    QCOMPARE(groups[2].section, QueueSection::Held);
    QCOMPARE(groups[2].name, u"customer.example"_s);
    QCOMPARE(groups[2].messages, 1);
    QCOMPARE(groups[3].section, QueueSection::Inbound);
    QCOMPARE(groups[3].name, QString());
    QCOMPARE(groups[3].messages, 2);

    QueuePage outbound = queue.browse(sectionQuery(QueueSection::Outbound));
    QCOMPARE(outbound.total, 3);
    QCOMPARE(ids(outbound), (QStringList{a.queueId, c.queueId, d.queueId}));
    QCOMPARE(outbound.rows[2].recipients, QList<QByteArray>{"z@one.example"}); // not the local one
    QCOMPARE(outbound.rows[0].state, QueueRowState::Queued);
    QCOMPARE(outbound.rows[0].size, a.content.size());
    QCOMPARE(outbound.rows[0].receivedAt, a.receivedAt);

    QueueQuery group = sectionQuery(QueueSection::Outbound);
    group.hasGroup = true;
    group.group = u"two.example"_s;
    const QueuePage two = queue.browse(group);
    QCOMPARE(ids(two), QStringList{a.queueId});
    QCOMPARE(two.rows[0].recipients, QList<QByteArray>{"y@two.example"});

    const QueuePage held = queue.browse(sectionQuery(QueueSection::Held));
    QCOMPARE(ids(held), QStringList{c.queueId});
    QCOMPARE(held.rows[0].recipients, QList<QByteArray>{"c@customer.example"});
    QCOMPARE(held.rows[0].state, QueueRowState::Held);
    QCOMPARE(held.rows[0].sender, QByteArray());

    const QueuePage inbound = queue.browse(sectionQuery(QueueSection::Inbound));
    QCOMPARE(ids(inbound), (QStringList{b.queueId, d.queueId}));
    QCOMPARE(inbound.rows[1].recipients, QList<QByteArray>{"you@local.example"});

    const QueuePage all = queue.browse(sectionQuery(QueueSection::All));
    QCOMPARE(all.total, 4);
    QCOMPARE(all.rows[2].recipients, (QList<QByteArray>{"c@customer.example", "w@one.example"}));
    QCOMPARE(all.rows[2].state, QueueRowState::Queued); // one recipient waits for ETRN, one does not
}

void TestQueueBrowse::searchMatchesIdSenderRecipientAndReply()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const NewMessage alice = message("Alice@Origin.example", {"one@far.example"});
    const NewMessage bob = message("bob@origin.example", {"Carol@Far.example", "dave@else.example"});
    const NewMessage eve = message("eve@origin.example", {"frank@else.example"});
    for (const NewMessage &m : {alice, bob, eve})
        QVERIFY(enqueue(queue, m));
    queue.markDeferred(recipientIds(queue, eve.queueId).first(), u"451 4.2.0 Mailbox 100% busy"_s,
                       QDateTime::currentDateTimeUtc().addSecs(600));

    QCOMPARE(ids(queue.browse(sectionQuery(QueueSection::All, u"alice@origin"_s))),
             QStringList{alice.queueId});
    QCOMPARE(ids(queue.browse(sectionQuery(QueueSection::All, u"CAROL"_s))), QStringList{bob.queueId});
    QCOMPARE(ids(queue.browse(sectionQuery(QueueSection::All, bob.queueId.toLower()))),
             QStringList{bob.queueId});
    QCOMPARE(ids(queue.browse(sectionQuery(QueueSection::All, u"mailbox 100%"_s))), QStringList{eve.queueId});
    QCOMPARE(ids(queue.browse(sectionQuery(QueueSection::All, u"else.example"_s))),
             (QStringList{bob.queueId, eve.queueId}));
    // LIKE's wildcards are plain characters in a search.
    QCOMPARE(queue.browse(sectionQuery(QueueSection::All, u"a%e"_s)).total, 0);
    QCOMPARE(queue.browse(sectionQuery(QueueSection::All, u"_"_s)).total, 0);
    QCOMPARE(queue.browse(sectionQuery(QueueSection::All, u"nobody"_s)).total, 0);
    // The search and the section together: the inbound queue is empty.
    QCOMPARE(queue.browse(sectionQuery(QueueSection::Inbound, u"carol"_s)).total, 0);

    const QueuePage deferred = queue.browse(sectionQuery(QueueSection::All, u"frank"_s));
    QCOMPARE(deferred.rows[0].state, QueueRowState::Deferred);
    QCOMPARE(deferred.rows[0].attempts, 1);
    QCOMPARE(deferred.rows[0].lastReply, u"451 4.2.0 Mailbox 100% busy"_s);
    QVERIFY(deferred.rows[0].nextAttempt > QDateTime::currentDateTimeUtc());
}

void TestQueueBrowse::everySortKeyBothWays()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<int> hoursAgo = {3, 1, 2, 0};
    const QList<QByteArray> senders = {"d@s.example", "b@s.example", "a@s.example", "c@s.example"};
    const QList<int> bodySizes = {10, 40, 20, 30};
    const QList<QByteArray> recipients = {"m@r.example", "z@r.example", "a@r.example", "q@r.example"};
    const QList<int> deferrals = {2, 0, 1, 3};
    const QList<int> nextHours = {3, 0, 1, 2};
    const QStringList replies = {u"451 b"_s, QString(), u"451 a"_s, u"451 c"_s};
    QStringList queueIds;
    for (int i = 0; i < 4; ++i) {
        const NewMessage m = message(senders[i], {recipients[i]}, now.addSecs(-3600 * hoursAgo[i]),
                                     QByteArray(bodySizes[i], 'x'));
        QVERIFY(enqueue(queue, m));
        queueIds.append(m.queueId);
    }
    for (int i = 0; i < 4; ++i) {
        const qint64 recipient = recipientIds(queue, queueIds[i]).first();
        for (int n = 0; n < deferrals[i]; ++n)
            queue.markDeferred(recipient, replies[i], now.addSecs(3600 * nextHours[i]));
    }
    QStringList sortedIds = queueIds;
    sortedIds.sort();
    const auto reversed = [](QStringList list) {
        std::reverse(list.begin(), list.end());
        return list;
    };
    struct Case
    {
        QueueSortKey key;
        QStringList ascending;
        QStringList descending;
    };
    const QList<Case> cases = {
        {QueueSortKey::Id, sortedIds, reversed(sortedIds)},
        {QueueSortKey::Age, pick(queueIds, {0, 2, 1, 3}), pick(queueIds, {3, 1, 2, 0})},
        {QueueSortKey::Sender, pick(queueIds, {2, 1, 3, 0}), pick(queueIds, {0, 3, 1, 2})},
        {QueueSortKey::Size, pick(queueIds, {0, 2, 3, 1}), pick(queueIds, {1, 3, 2, 0})},
        {QueueSortKey::Recipients, pick(queueIds, {2, 0, 3, 1}), pick(queueIds, {1, 3, 0, 2})},
        {QueueSortKey::Attempts, pick(queueIds, {1, 2, 0, 3}), pick(queueIds, {3, 0, 2, 1})},
        // Nothing scheduled (never tried) comes last both ways.
        {QueueSortKey::Next, pick(queueIds, {2, 3, 0, 1}), pick(queueIds, {0, 3, 2, 1})},
        {QueueSortKey::Reply, pick(queueIds, {1, 2, 0, 3}), pick(queueIds, {3, 0, 2, 1})},
    };
    for (const Case &test : cases) {
        QueueQuery query = sectionQuery(QueueSection::Outbound);
        query.sort = test.key;
        QCOMPARE(ids(queue.browse(query)), test.ascending);
        query.descending = true;
        QCOMPARE(ids(queue.browse(query)), test.descending);
    }
}

void TestQueueBrowse::pagesThroughTheQueue()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    QStringList byAge;
    for (int i = 0; i < 25; ++i) {
        const NewMessage m = message("s@origin.example", {"r@far.example"}, start.addSecs(60 * i));
        QVERIFY(enqueue(queue, m));
        byAge.append(m.queueId);
    }
    QueueQuery query = sectionQuery(QueueSection::Outbound);
    query.limit = 10;
    QCOMPARE(ids(queue.browse(query)), byAge.mid(0, 10));
    query.offset = 10;
    QCOMPARE(ids(queue.browse(query)), byAge.mid(10, 10));
    query.offset = 20;
    const QueuePage last = queue.browse(query);
    QCOMPARE(last.total, 25);
    QCOMPARE(ids(last), byAge.mid(20));
    query.offset = 30;
    QCOMPARE(queue.browse(query).rows.size(), 0);
    query.offset = 0;
    query.limit = 5000; // at most 1000 per page
    QCOMPARE(queue.browse(query).rows.size(), 25);
}

void TestQueueBrowse::detailsOfOneMessage()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    queue.setHeldDomains(HeldDomains({u"customer.example"_s}));
    const NewMessage m =
        message("s@origin.example", {"r@far.example", "h@customer.example", "local:me@here.example"}, {},
                QByteArray(200000, 'b'));
    QVERIFY(enqueue(queue, m));
    QVERIFY(!queue.details(u"NOSUCHID"_s).found);
    const QueueMessageDetails details = queue.details(m.queueId);
    QVERIFY(details.found);
    QCOMPARE(details.queueId, m.queueId);
    QCOMPARE(details.sender, QByteArray("s@origin.example"));
    QCOMPARE(details.receivedAt, m.receivedAt);
    QCOMPARE(details.clientAddress, u"127.0.0.1"_s);
    QCOMPARE(details.heloName, u"client.example"_s);
    QCOMPARE(details.size, m.content.size());
    QVERIFY(!details.onHold);
    QCOMPARE(details.headers, QByteArray("Received: from client\r\nSubject: test\r\n\r\n")); // not the body
    QCOMPARE(details.recipients.size(), 3);
    QCOMPARE(details.recipients[0].address, QByteArray("r@far.example"));
    QCOMPARE(details.recipients[0].state, RecipientState::Queued);
    QCOMPARE(details.recipients[1].state, RecipientState::Held);
    QCOMPARE(details.recipients[1].node, u"customer.example"_s);
    QCOMPARE(details.recipients[2].route, RecipientRoute::Local);
    QVERIFY(!details.recipients[2].nextAttempt.isValid());
}

void TestQueueBrowse::changedFollowsWrites()
{
    QTemporaryDir dir;
    MessageQueue queue;
    QVERIFY(queue.open(dir.filePath(u"queue.db"_s), nullptr));
    QSignalSpy changed(&queue, &MessageQueue::changed);
    const NewMessage m = message("s@origin.example", {"r@far.example"});
    QVERIFY(enqueue(queue, m));
    QTRY_VERIFY(changed.count() >= 1);
    changed.clear();
    queue.markDeferred(recipientIds(queue, m.queueId).first(), u"451 later"_s,
                       QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(changed.wait(5000));
    changed.clear();
    QCOMPARE(queue.hold({m.queueId}).count, 1);
    QVERIFY(changed.wait(5000));
    changed.clear();
    // Nothing changed, nothing said.
    QCOMPARE(queue.hold({m.queueId}).count, 0);
    QVERIFY(!changed.wait(300));
}

QTEST_GUILESS_MAIN(TestQueueBrowse)
#include "tst_queuebrowse.moc"
