// SPDX-License-Identifier: GPL-3.0-or-later
// The listener's life: falling back from an unavailable port, rebinding on a settings change,
// stopping gracefully without cutting off a message in flight.

#include "SmtpTestHarness.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Sluice;
using namespace Sluice::Test;
using namespace Qt::StringLiterals;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestSmtpLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fallsBackWhenThePortIsTaken();
    void refusesToStartWithoutFallback();
    void rebindsWhenTheEndpointChanges();
    void keepsOldListenerWhenTheNewOneFails();
    void newLimitsApplyToNewSessions();
    void stopClosesIdleSessions();
    void stopLetsAMessageInFlightFinish();
};

void TestSmtpLifecycle::fallsBackWhenThePortIsTaken()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const quint16 fallback = freePort();
    TestEngine server([&](EngineConfig &config) {
        config.smtp.listenPort = occupant.serverPort();
        config.smtp.fallbackPort = fallback;
    });
    QVERIFY2(server.isRunning(), qPrintable(server.startError()));
    QCOMPARE(server.port(), fallback);
    SmtpTestClient client(fallback);
    QVERIFY(client.run("S: 220").isEmpty());
}

void TestSmtpLifecycle::refusesToStartWithoutFallback()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    TestEngine server([&](EngineConfig &config) { config.smtp.listenPort = occupant.serverPort(); });
    QVERIFY(!server.isRunning());
    QVERIFY2(server.startError().contains(QString::number(occupant.serverPort())),
             qPrintable(server.startError()));
}

void TestSmtpLifecycle::rebindsWhenTheEndpointChanges()
{
    TestEngine server;
    const quint16 before = server.port();
    const quint16 wanted = freePort();
    EngineConfig changed = server.config();
    changed.smtp.listenPort = wanted;
    QString error;
    QVERIFY2(server.engine().applyConfig(changed, &error), qPrintable(error));
    QCOMPARE(server.port(), wanted);
    SmtpTestClient client(wanted);
    QVERIFY(client.run("S: 220").isEmpty());
    QTcpSocket old;
    old.connectToHost(QHostAddress::LocalHost, before);
    QVERIFY(!old.waitForConnected(1000)); // the old port no longer answers
}

void TestSmtpLifecycle::keepsOldListenerWhenTheNewOneFails()
{
    TestEngine server;
    const quint16 before = server.port();
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    EngineConfig changed = server.config();
    changed.smtp.listenPort = occupant.serverPort();
    QString error;
    QVERIFY(!server.engine().applyConfig(changed, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(server.port(), before);
    SmtpTestClient client(before);
    QVERIFY(client.run("S: 220").isEmpty());
}

void TestSmtpLifecycle::newLimitsApplyToNewSessions()
{
    TestEngine server;
    SmtpTestClient before(server.port());
    QVERIFY(before.run("S: 220").isEmpty());
    EngineConfig changed = server.config();
    changed.smtp.listenPort = server.port(); // same endpoint: no rebinding
    changed.smtp.transferMode = TransferMode::None;
    QString error;
    QVERIFY(server.engine().applyConfig(changed, &error));
    SmtpTestClient after(server.port());
    QVERIFY(after.run("S: 421 4.3.2\nX:").isEmpty());
    QVERIFY(before.run("C: NOOP\nS: 250").isEmpty()); // the running session keeps its settings
}

void TestSmtpLifecycle::stopClosesIdleSessions()
{
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(client.run("S: 220\nC: EHLO c\nS: 250").isEmpty());
    QSignalSpy stopped(&server.engine(), &Engine::stopped);
    server.engine().stop(5000);
    QVERIFY(client.run("S: 421 4.3.2\nX:").isEmpty());
    QVERIFY(stopped.wait(5000) || stopped.size() == 1);
}

void TestSmtpLifecycle::stopLetsAMessageInFlightFinish()
{
    TestEngine server;
    SmtpTestClient client(server.port());
    QVERIFY(client
                .run("S: 220\nC: EHLO c\nS: 250\nC: MAIL FROM:<a@example.org>\nS: 250\n"
                     "C: RCPT TO:<alice@test.example>\nS: 250\nC: DATA\nS: 354\nR: half of it\\r\\n")
                .isEmpty());
    QSignalSpy stopped(&server.engine(), &Engine::stopped);
    server.engine().stop(5000);
    QTest::qWait(200);
    QCOMPARE(stopped.size(), 0); // waiting for the transaction
    // The message completes, is acknowledged, and only then the session is closed.
    QVERIFY(client.run("R: the rest\\r\\n.\\r\\n\nS: 250 2.0.0\nS: 421 4.3.2\nX:").isEmpty());
    QTRY_COMPARE(stopped.size(), 1);
}

QTEST_GUILESS_MAIN(TestSmtpLifecycle)
#include "tst_smtplifecycle.moc"
