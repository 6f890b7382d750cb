// SPDX-License-Identifier: GPL-3.0-or-later
// Retry schedule, message time-out, delay warnings and the settings parser.

#include "outbound/RetryPolicy.h"

#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schedule_data();
    void schedule();
    void expiry_data();
    void expiry();
    void delayWarning();
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

namespace {
const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

void TestRetryPolicy::schedule_data()
{
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<int>("attemptsSoFar");
    QTest::addColumn<qint64>("expectedSeconds");
    const QList<double> ims{0.25, 0.5, 1, 4};
    QTest::newRow("first failure: 15 min") << ims << 0 << 15 * 60LL;
    QTest::newRow("second: 30 min") << ims << 1 << 30 * 60LL;
    QTest::newRow("third: 1 h") << ims << 2 << 3600LL;
    QTest::newRow("fourth: 4 h") << ims << 3 << 4 * 3600LL;
    QTest::newRow("last repeats") << ims << 4 << 4 * 3600LL;
    QTest::newRow("last repeats for ever") << ims << 40 << 4 * 3600LL;
    QTest::newRow("single interval") << QList<double>{2} << 5 << 2 * 3600LL;
    QTest::newRow("minute fraction") << QList<double>{1.0 / 60} << 0 << 60LL;
    QTest::newRow("negative attempts count as none") << ims << -1 << 15 * 60LL;
}

void TestRetryPolicy::schedule()
{
    QFETCH(QList<double>, hours);
    QFETCH(int, attemptsSoFar);
    QFETCH(qint64, expectedSeconds);
    const RetryPolicy policy(hours, 48);
    QCOMPARE(Now.secsTo(policy.nextAttempt(attemptsSoFar, Now)), expectedSeconds);
}

void TestRetryPolicy::expiry_data()
{
    QTest::addColumn<int>("timeoutHours");
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<bool>("expired");
    QTest::newRow("fresh") << 48 << 0LL << false;
    QTest::newRow("one second short") << 48 << 48 * 3600LL - 1 << false;
    QTest::newRow("exactly the time-out") << 48 << 48 * 3600LL << true;
    QTest::newRow("long past") << 48 << 100 * 3600LL << true;
    QTest::newRow("one hour") << 1 << 3601LL << true;
    QTest::newRow("no time-out") << 0 << 1000 * 3600LL << false;
}

void TestRetryPolicy::expiry()
{
    QFETCH(int, timeoutHours);
    QFETCH(qint64, ageSeconds);
    QFETCH(bool, expired);
    const RetryPolicy policy({0.25}, timeoutHours);
    QCOMPARE(policy.isExpired(Now.addSecs(-ageSeconds), Now), expired);
    if (timeoutHours > 0)
        QCOMPARE(policy.expiresAt(Now), Now.addSecs(timeoutHours * 3600LL));
    else
        QVERIFY(!policy.expiresAt(Now).isValid());
}

void TestRetryPolicy::delayWarning()
{
    const RetryPolicy off({1}, 48, 0);
    QVERIFY(!off.isWarningDue(Now.addSecs(-47 * 3600), Now));
    const RetryPolicy four({1}, 48, 4);
    QVERIFY(!four.isWarningDue(Now.addSecs(-4 * 3600 + 1), Now));
    QVERIFY(four.isWarningDue(Now.addSecs(-4 * 3600), Now));
}

void TestRetryPolicy::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("IMS default") << u".25,.5,1,4"_s << QList<double>{0.25, 0.5, 1, 4};
    QTest::newRow("leading zeros") << u"0.25,0.5,1,4"_s << QList<double>{0.25, 0.5, 1, 4};
    QTest::newRow("spaces") << u" .25 , 0.5,  1 "_s << QList<double>{0.25, 0.5, 1};
    QTest::newRow("one value") << u"2"_s << QList<double>{2};
    QTest::newRow("a week is allowed") << u"168"_s << QList<double>{168};
}

void TestRetryPolicy::parses()
{
    QFETCH(QString, text);
    QFETCH(QList<double>, expected);
    QList<double> hours;
    QString error;
    QVERIFY2(RetryPolicy::parseRetryHours(text, &hours, &error), qPrintable(error));
    QCOMPARE(hours, expected);
}

void TestRetryPolicy::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustMention"); // the bad item, so the user knows what to fix
    QTest::newRow("empty") << QString() << u"at least one"_s;
    QTest::newRow("blank") << u"   "_s << u"at least one"_s;
    QTest::newRow("empty item") << u".25,,1"_s << u"interval 2 is empty"_s;
    QTest::newRow("trailing comma") << u".25,"_s << u"interval 2 is empty"_s;
    QTest::newRow("word") << u".25,soon"_s << u"\"soon\""_s;
    QTest::newRow("unit given") << u"1h"_s << u"\"1h\""_s;
    QTest::newRow("semicolons") << u"2;4"_s << u"\"2;4\""_s;
    QTest::newRow("zero") << u".25,0"_s << u"\"0\""_s;
    QTest::newRow("negative") << u"-1"_s << u"\"-1\""_s;
    QTest::newRow("absurd") << u".25,1000"_s << u"\"1000\""_s;
    QTest::newRow("infinity") << u"inf"_s << u"\"inf\""_s;
    QTest::newRow("not a number") << u"nan"_s << u"\"nan\""_s;
}

void TestRetryPolicy::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, mustMention);
    QList<double> hours{42};
    QString error;
    QVERIFY(!RetryPolicy::parseRetryHours(text, &hours, &error));
    QVERIFY2(error.contains(mustMention), qPrintable(error));
    QCOMPARE(hours, QList<double>{42}); // untouched on error
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
