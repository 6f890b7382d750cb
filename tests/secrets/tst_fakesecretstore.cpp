// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretCalls.h"

#include "FakeSecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;

// The fake stands in for the keychain in other layers' tests, so it must keep the same contract.
class TestFakeSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void injectedFailure();
    void callbackRunsLaterAndOnlyForLiveContext();
};

void TestFakeSecretStore::roundTrip()
{
    FakeSecretStore store;
    QCOMPARE(readSecretNow(store, u"a"_s).error.kind, SecretError::Kind::NotFound);
    QVERIFY(writeSecretNow(store, u"a"_s, u"secret"_s).ok);
    QCOMPARE(store.secrets().value(u"a"_s), u"secret"_s);
    QCOMPARE(readSecretNow(store, u"a"_s).secret, u"secret"_s);
    QVERIFY(deleteSecretNow(store, u"a"_s).ok);
    QVERIFY(deleteSecretNow(store, u"a"_s).ok);
    QCOMPARE(readSecretNow(store, u"a"_s).error.kind, SecretError::Kind::NotFound);
}

void TestFakeSecretStore::injectedFailure()
{
    FakeSecretStore store;
    store.secrets().insert(u"a"_s, u"secret"_s);
    store.setFailure(SecretError::Kind::NoBackend);
    const SecretOutcome read = readSecretNow(store, u"a"_s);
    QVERIFY(!read.ok);
    QVERIFY(read.secret.isEmpty());
    QCOMPARE(read.error.kind, SecretError::Kind::NoBackend);
    QCOMPARE(writeSecretNow(store, u"a"_s, u"other"_s).error.kind, SecretError::Kind::NoBackend);
    QCOMPARE(deleteSecretNow(store, u"a"_s).error.kind, SecretError::Kind::NoBackend);
    store.setFailure(SecretError::Kind::None);
    QCOMPARE(readSecretNow(store, u"a"_s).secret, u"secret"_s);
}

void TestFakeSecretStore::callbackRunsLaterAndOnlyForLiveContext()
{
    FakeSecretStore store;
    bool called = false;
    QObject context;
    store.writeSecret(u"a"_s, u"x"_s, &context, [&called](bool, const SecretError &) { called = true; });
    QVERIFY2(!called, "the callback ran inside writeSecret()");
    QTRY_VERIFY(called);

    bool calledForGone = false;
    auto *gone = new QObject;
    store.readSecret(u"a"_s, gone,
                     [&calledForGone](bool, const QString &, const SecretError &) { calledForGone = true; });
    delete gone;
    QTest::qWait(50);
    QVERIFY(!calledForGone);
}

QTEST_GUILESS_MAIN(TestFakeSecretStore)
#include "tst_fakesecretstore.moc"
