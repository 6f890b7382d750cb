// SPDX-License-Identifier: GPL-3.0-or-later
// AuthThrottle on a clock the test steps: the delays, the lockout and its end, and that one address's
// failures never touch another's.

#include "smtp/AuthThrottle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestAuthThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstFailuresAreAnsweredAtOnce();
    void delayDoublesUpToTheLimit();
    void tenFailuresLockTheAddressOut();
    void lockoutEnds();
    void otherAddressesAreUnaffected();
    void successForgetsFailures();
    void failuresOutsideTheWindowDoNotCount();

private:
    qint64 m_now = 0;
    AuthThrottle makeThrottle()
    {
        return AuthThrottle([this] { return m_now; });
    }
};

void TestAuthThrottle::firstFailuresAreAnsweredAtOnce()
{
    AuthThrottle throttle = makeThrottle();
    for (int i = 0; i < AuthThrottle::FreeFailures; ++i) {
        const AuthThrottle::Verdict verdict = throttle.recordFailure(u"192.0.2.1"_s);
        QCOMPARE(verdict.delayMs, 0);
        QVERIFY(!verdict.lockout);
    }
    QCOMPARE(throttle.recordFailure(u"192.0.2.1"_s).delayMs, 1000);
}

void TestAuthThrottle::delayDoublesUpToTheLimit()
{
    AuthThrottle throttle = makeThrottle();
    QList<int> delays;
    for (int i = 0; i < AuthThrottle::LockoutFailures - 1; ++i)
        delays << throttle.recordFailure(u"192.0.2.1"_s).delayMs;
    QCOMPARE(delays, (QList<int>{0, 0, 0, 1000, 2000, 4000, 8000, 16000, 30000}));
}

void TestAuthThrottle::tenFailuresLockTheAddressOut()
{
    AuthThrottle throttle = makeThrottle();
    for (int i = 0; i < AuthThrottle::LockoutFailures - 1; ++i)
        QVERIFY(!throttle.recordFailure(u"192.0.2.1"_s).lockout);
    QVERIFY(!throttle.isLockedOut(u"192.0.2.1"_s));
    QVERIFY(throttle.recordFailure(u"192.0.2.1"_s).lockout);
    QVERIFY(throttle.isLockedOut(u"192.0.2.1"_s));
}

void TestAuthThrottle::lockoutEnds()
{
    AuthThrottle throttle = makeThrottle();
    for (int i = 0; i < AuthThrottle::LockoutFailures; ++i)
        throttle.recordFailure(u"192.0.2.1"_s);
    m_now += AuthThrottle::LockoutMs - 1;
    QVERIFY(throttle.isLockedOut(u"192.0.2.1"_s));
    m_now += 1;
    QVERIFY(!throttle.isLockedOut(u"192.0.2.1"_s));
    QCOMPARE(throttle.recordFailure(u"192.0.2.1"_s).delayMs, 0); // starts afresh
}

void TestAuthThrottle::otherAddressesAreUnaffected()
{
    AuthThrottle throttle = makeThrottle();
    for (int i = 0; i < AuthThrottle::LockoutFailures; ++i)
        throttle.recordFailure(u"192.0.2.1"_s);
    QVERIFY(throttle.isLockedOut(u"192.0.2.1"_s));
    QVERIFY(!throttle.isLockedOut(u"192.0.2.2"_s));
    const AuthThrottle::Verdict verdict = throttle.recordFailure(u"192.0.2.2"_s);
    QCOMPARE(verdict.delayMs, 0);
    QVERIFY(!verdict.lockout);
    QCOMPARE(throttle.failureCount(u"192.0.2.2"_s), 1);
}

void TestAuthThrottle::successForgetsFailures()
{
    AuthThrottle throttle = makeThrottle();
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(u"192.0.2.1"_s);
    throttle.recordSuccess(u"192.0.2.1"_s);
    QCOMPARE(throttle.failureCount(u"192.0.2.1"_s), 0);
    QCOMPARE(throttle.recordFailure(u"192.0.2.1"_s).delayMs, 0);
}

void TestAuthThrottle::failuresOutsideTheWindowDoNotCount()
{
    AuthThrottle throttle = makeThrottle();
    for (int i = 0; i < AuthThrottle::LockoutFailures - 1; ++i)
        throttle.recordFailure(u"192.0.2.1"_s);
    m_now += AuthThrottle::WindowMs;
    QCOMPARE(throttle.failureCount(u"192.0.2.1"_s), 0);
    const AuthThrottle::Verdict verdict = throttle.recordFailure(u"192.0.2.1"_s);
    QVERIFY(!verdict.lockout);
    QCOMPARE(verdict.delayMs, 0);
}

QTEST_GUILESS_MAIN(TestAuthThrottle)
#include "tst_auththrottle.moc"
