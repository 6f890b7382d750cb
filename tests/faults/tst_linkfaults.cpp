// SPDX-License-Identifier: GPL-3.0-or-later
// The provider drops the connection at every step of ETRN, TURN and ATRN, inside whole link cycles
// through the real engine: the opening (greeting, EHLO, STARTTLS, AUTH), the retrieval command and
// its reply, and for TURN/ATRN every step of the reversed session (our 220, MAIL, RCPT, the middle of
// DATA, the final dot before our reply). Each cut must end the cycle with a clear error in its
// record, hang up (the disconnect command runs), leave the outbound queue as it was, store no part
// of a message cut short, and the next cycle must succeed.

#include "FakeSmtpPeer.h"
#include "FaultOffice.h"
#include "RetrievalRunner.h"
#include "TestCertificates.h"

#include "link/LinkController.h"
#include "queue/MessageQueue.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

using Method = RetrievalSettings::Method;

Q_DECLARE_METATYPE(Sluice::RetrievalSettings::Method)

namespace {

QByteArray keyword(Method method)
{
    return method == Method::Etrn ? "ETRN"_ba : method == Method::Turn ? "TURN"_ba : "ATRN"_ba;
}

/// Greeting, EHLO, STARTTLS, EHLO again, CRAM-MD5: the opening all three methods share. cut names
/// the step after which the provider hangs up ("" = none).
QByteArray opening(Method method, const QByteArray &cut)
{
    QByteArray script;
    if (cut == "before greeting")
        return "X:\n";
    script += "S: 220 provider.example ESMTP\n";
    if (cut == "after greeting")
        return script + "X:\n";
    script += "C: EHLO gateway.office.test\nS: 250-provider.example\nS: 250-STARTTLS\nS: 250 " +
              keyword(method) + "\n";
    if (cut == "after EHLO")
        return script + "X:\n";
    script += "C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nTLS:\n";
    if (cut == "after STARTTLS")
        return script + "X:\n";
    script += "C: EHLO gateway.office.test\nS: 250-provider.example\nS: 250-AUTH CRAM-MD5\nS: 250 " +
              keyword(method) + "\n" + CramExchange;
    if (cut == "after AUTH")
        return script + "X:\n";
    return script;
}

QByteArray command(Method method)
{
    switch (method) {
    case Method::Etrn:
        return "C: ETRN @office.test\n";
    case Method::Atrn:
        return "C: ATRN office.test\n";
    default:
        return "C: TURN\n";
    }
}

/// The provider's whole conversation, cut after the named step.
QByteArray script(Method method, const QByteArray &cut)
{
    QByteArray text = opening(method, cut);
    if (text.endsWith("X:\n"))
        return text;
    text += command(method);
    if (cut == "after the command")
        return text + "X:\n";
    if (method == Method::Etrn) {
        // Two nodes: a cut after the first 250 leaves the second unanswered.
        text += "S: 250 OK, queuing for node started\n";
        if (cut == "after its 250")
            return text + "X:\n";
        text += "C: ETRN lists.office.test\nS: 251 OK, no messages waiting\n";
        if (cut == "before the reply to QUIT")
            return text + "C: QUIT\nX:\n";
        return text + "C: QUIT\nS: 221 Bye\n";
    }
    text += "S: 250 OK, now reversing the connection\n";
    if (cut == "after its 250")
        return text + "X:\n";
    text += "A: 220\n";
    if (cut == "after our 220")
        return text + "X:\n";
    text += "S: EHLO provider.example\nA: 250\nS: MAIL FROM:<news@far.example>\nA: 250\n";
    if (cut == "after MAIL")
        return text + "X:\n";
    text += "S: RCPT TO:<alice@office.test>\nA: 250\n";
    if (cut == "after RCPT")
        return text + "X:\n";
    text += "S: DATA\nA: 354\nS: Subject: held at the provider\nS:\nS: first half of the body\n";
    if (cut == "in the middle of DATA")
        return text + "X:\n";
    text += "S: second half\nS: .\n";
    if (cut == "after the final dot")
        return text + "X:\n";
    return text + "A: 250\nS: QUIT\nA: 221\n";
}

} // namespace

class TestLinkFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void providerDrops_data();
    void providerDrops();

private:
    TestCertificates m_certificates;
};

void TestLinkFaults::initTestCase()
{
    qRegisterMetaType<CycleRecord>();
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend");
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestLinkFaults::providerDrops_data()
{
    QTest::addColumn<Method>("method");
    QTest::addColumn<QByteArray>("cut");
    QTest::addColumn<QString>("error");     ///< in the record's errors
    QTest::addColumn<int>("storedInbound"); ///< messages the cut leaves in alice's Maildir

    const QList<QByteArray> opening{"before greeting", "after greeting",    "after EHLO",   "after STARTTLS",
                                    "after AUTH",      "after the command", "after its 250"};
    const QList<QByteArray> reversed{"after our 220", "after MAIL", "after RCPT", "in the middle of DATA",
                                     "after the final dot"};
    for (Method method : {Method::Etrn, Method::Turn, Method::Atrn}) {
        for (const QByteArray &cut : opening) {
            const bool afterReversal = method != Method::Etrn && cut == "after its 250";
            QTest::addRow("%s %s", keyword(method).constData(), cut.constData())
                << method << cut
                << (afterReversal ? u"hung up during the reversed session"_s : u"connection"_s) << 0;
        }
        if (method == Method::Etrn)
            continue;
        for (const QByteArray &cut : reversed) {
            // After the final dot the message is whole: it is ours (the provider may send it again;
            // RFC 5321 6.1 prefers a duplicate to a loss).
            const int stored = cut == "after the final dot" ? 1 : 0;
            QTest::addRow("%s %s", keyword(method).constData(), cut.constData())
                << method << cut << u"hung up during the reversed session"_s << stored;
        }
    }
}

void TestLinkFaults::providerDrops()
{
    QFETCH(Method, method);
    QFETCH(QByteArray, cut);
    QFETCH(QString, error);
    QFETCH(int, storedInbound);

    FakeSmtpPeer faulty(script(method, cut));
    faulty.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    QVERIFY(faulty.start());
    const auto retrieval = [this, method](EngineConfig &config, quint16 port) {
        RetrievalSettings &settings = config.link.retrieval;
        settings.method = method;
        settings.port = port;
        settings.domains = method == Method::Etrn ? QStringList{u"@office.test"_s, u"lists.office.test"_s}
                                                  : QStringList{u"@office.test"_s};
        settings.tlsPeerName = u"localhost"_s;
        settings.extraCaCertificates = {m_certificates.ca};
        settings.security.auth = ClientSecurity::Auth::CramMd5;
        settings.security.account = CramAccount;
        settings.security.password = CramPassword;
    };
    // The smarthost does not answer: the outbound message stays queued through the faulty cycle.
    FaultOffice office;
    QVERIFY(office.start(0, faulty.port(), [&](EngineConfig &config) { retrieval(config, faulty.port()); }));
    QVERIFY(office.submit("partner@far.test", "outbound"));
    QCOMPARE(office.engine().queueCounts().remotePending, 1);

    const CycleRecord record = office.runCycle();
    QVERIFY(record.id > 0);
    QVERIFY2(faulty.mismatches().isEmpty(), faulty.report().constData());
    const QString errors = record.errors.join(u" | "_s);
    qInfo().noquote() << "cycle errors:" << errors;
    QVERIFY2(!record.ok, qPrintable(errors));
    QVERIFY2(errors.contains(error), qPrintable(errors));
    QVERIFY2(record.result.contains(u"; "_s), qPrintable(record.result)); // the result names the last error
    // Hung up; the link is down.
    QCOMPARE(office.trace(), "connect\ndisconnect\n"_ba);
    QVERIFY(!office.linkUp());
    QCOMPARE(office.engine().link()->status().phase, LinkCycle::Phase::Idle);
    // Nothing acknowledged lost, nothing half-stored.
    QCOMPARE(office.engine().queueCounts().remotePending, 1);
    QTRY_COMPARE(office.engine().queueCounts().localPending, 0);
    QTest::qWait(100);
    QCOMPARE(office.maildirCount(), storedInbound);

    // The next cycle, with a provider that behaves and a smarthost that answers, succeeds.
    FakeSmtpPeer good(script(method, ""));
    good.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    QVERIFY(good.start());
    FakeSmtpPeer smarthost(R"(
        S: 220 smarthost.example ESMTP
        C: EHLO gateway.office.test
        S: 250 smarthost.example
        C~ MAIL FROM:<boss@office.test>.*
        S: 250 2.1.0 Ok
        C: RCPT TO:<partner@far.test>
        S: 250 2.1.5 Ok
        C: DATA
        S: 354 go ahead
        D:
        S: 250 2.0.0 queued
        C: QUIT
        S: 221 Bye
    )"_ba);
    QVERIFY(smarthost.start());
    EngineConfig config = office.config();
    retrieval(config, good.port());
    config.outbound.smarthostPort = smarthost.port();
    QString applyError;
    QVERIFY2(office.engine().applyConfig(config, &applyError), qPrintable(applyError));
    office.engine().retryQueued({});
    const CycleRecord next = office.runCycle();
    QVERIFY2(next.ok, qPrintable(next.result + u" / "_s + next.errors.join(u" | "_s)));
    QVERIFY2(good.isAllScenarioDone(), good.report().constData());
    QVERIFY2(smarthost.isAllScenarioDone(), smarthost.report().constData());
    QCOMPARE(next.messagesSent, 1);
    QCOMPARE(office.engine().queueCounts().remotePending, 0);
    QCOMPARE(office.trace(), "connect\ndisconnect\nconnect\ndisconnect\n"_ba);
    QTRY_COMPARE(office.maildirCount(), storedInbound + (method == Method::Etrn ? 0 : 1));
}

QTEST_GUILESS_MAIN(TestLinkFaults)
#include "tst_linkfaults.moc"
