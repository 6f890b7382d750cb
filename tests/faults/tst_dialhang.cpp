// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that hang, in whole link cycles: the connect command, the disconnect (hang-up) command and
// the retrieval command each as a plain `sleep`, as a script that ignores SIGTERM, and as a script
// whose child holds its output pipe open. The time limit must end the whole process group (SIGKILL
// after the grace), the cycle must fail with plain words, the link state must return to idle, no
// process may be left behind (checked in /proc), and the next cycle must run.

#include "FaultOffice.h"

#include "dial/ExternalCommand.h"
#include "link/LinkController.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

namespace {

enum class Which { Connect, Disconnect, Retrieval };

/// A sleep of its own length: the number is the marker /proc is searched for.
QString uniqueSleep()
{
    return u"%1.%2"_s.arg(2000 + QRandomGenerator::global()->bounded(5000))
        .arg(QRandomGenerator::global()->bounded(100000, 999999));
}

} // namespace

Q_DECLARE_METATYPE(Which)

class TestDialHang : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CycleRecord>(); }
    void commandHangs_data();
    void commandHangs();
};

void TestDialHang::commandHangs_data()
{
    QTest::addColumn<Which>("which");
    QTest::addColumn<QString>("body"); ///< %1: the marker sleep's length
    QTest::addColumn<bool>("ignoresTerm");
    const QList<std::pair<const char *, Which>> commands{
        {"connect", Which::Connect}, {"disconnect", Which::Disconnect}, {"retrieval", Which::Retrieval}};
    for (const auto &[name, which] : commands) {
        QTest::addRow("%s: sleep", name) << which << u"exec sleep %1"_s << false;
        QTest::addRow("%s: ignores SIGTERM", name)
            << which << u"trap '' TERM; sleep %1 & wait; wait; wait"_s << true;
        QTest::addRow("%s: child holds stdout", name)
            << which << u"(trap '' TERM; sleep %1; echo late) & echo started; wait"_s << true;
    }
    // The connect command exits at once but its child, holding the output pipe, lives on and the link
    // never comes up: the dial time limit fails the attempt, and nothing of it may stay behind.
    QTest::addRow("connect: exits, its child lingers")
        << Which::Connect << u"(trap '' TERM; sleep %1; echo late) & echo started"_s << true;
}

void TestDialHang::commandHangs()
{
    QFETCH(Which, which);
    QFETCH(QString, body);
    QFETCH(bool, ignoresTerm);
    const QString marker = uniqueSleep();
    const QString hanging = body.arg(marker);
    constexpr int LimitMs = 400;

    FaultOffice office;
    QVERIFY(office.start(0, 0, [&](EngineConfig &config) {
        LinkConfig &link = config.link;
        const QString dir = office.dir();
        link.retrieval.method = RetrievalSettings::Method::None;
        link.idleTimeoutMs = 100;
        switch (which) {
        case Which::Connect:
            link.profile.connect = shell(u"echo connect >> '%1/trace'; "_s.arg(dir) + hanging);
            link.profile.dialTimeLimitMs = LimitMs;
            break;
        case Which::Disconnect:
            link.profile.disconnect =
                shell(u"echo disconnect >> '%1/trace'; rm -f '%1/up'; "_s.arg(dir) + hanging);
            link.profile.hangUpTimeLimitMs = LimitMs;
            break;
        case Which::Retrieval:
            link.retrieval.method = RetrievalSettings::Method::Command;
            link.retrievalCommand = shell(hanging);
            link.retrievalCommandTimeLimitMs = LimitMs;
            break;
        }
    }));
    QVERIFY(office.submit("partner@far.test", "waits"));

    QElapsedTimer clock;
    clock.start();
    const CycleRecord record = office.runCycle(30000);
    QVERIFY(record.id > 0);
    const qint64 elapsed = clock.elapsed();
    // The time limit, plus the SIGTERM grace when SIGTERM is ignored, plus the cycle's own steps.
    const qint64 bound = LimitMs + (ignoresTerm ? CommandRunner::KillGraceMs : 0) + 4000;
    QVERIFY2(elapsed < bound, qPrintable(u"%1 ms"_s.arg(elapsed)));
    QVERIFY(!record.ok);
    const QString errors = record.errors.join(u" | "_s) + u" | "_s + record.dialResult;
    QVERIFY2(errors.contains(u"within 0.4 s"_s), qPrintable(errors));
    switch (which) {
    case Which::Connect:
        QVERIFY2(record.result.startsWith(u"Dialing failed: The "_s), qPrintable(record.result));
        break;
    case Which::Disconnect:
        QVERIFY2(errors.contains(u"The disconnect command did not finish"_s), qPrintable(errors));
        break;
    case Which::Retrieval:
        QVERIFY2(errors.contains(u"The retrieval command did not finish"_s), qPrintable(errors));
        break;
    }
    QCOMPARE(office.engine().link()->status().phase, LinkCycle::Phase::Idle);
    QTRY_VERIFY2_WITH_TIMEOUT(processesWith(marker.toLatin1()).isEmpty(),
                              qPrintable(u"left behind: %1"_s.arg(processesWith(marker.toLatin1()).size())),
                              3000);
    // The hang-up ran (for a connect that timed out, as the clean-up of the failed attempt).
    QVERIFY2(office.trace().endsWith("disconnect\n"), office.trace().constData());
    QCOMPARE(office.engine().queueCounts().remotePending, 1); // the mail waits for the next cycle

    // The next cycle runs: here with commands that work.
    EngineConfig config = office.config();
    config.link.profile.connect = shell(u"echo connect >> '%1/trace'; touch '%1/up'"_s.arg(office.dir()));
    config.link.profile.disconnect =
        shell(u"echo disconnect >> '%1/trace'; rm -f '%1/up'"_s.arg(office.dir()));
    config.link.retrieval.method = RetrievalSettings::Method::Command;
    config.link.retrievalCommand = shell(u"echo released"_s);
    QString error;
    QVERIFY2(office.engine().applyConfig(config, &error), qPrintable(error));
    const CycleRecord next = office.runCycle(30000);
    QVERIFY(next.id > record.id);
    QVERIFY2(next.dialResult.startsWith(u"dialed"_s), qPrintable(next.dialResult));
    QVERIFY(next.details.contains("released"));
    QVERIFY(!office.linkUp());
    QCOMPARE(office.engine().link()->status().phase, LinkCycle::Phase::Idle);
}

QTEST_GUILESS_MAIN(TestDialHang)
#include "tst_dialhang.moc"
