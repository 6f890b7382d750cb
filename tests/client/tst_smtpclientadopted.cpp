// SPDX-License-Identifier: GPL-3.0-or-later
// The client on a connection that is already open: after 250 to ATRN or TURN the provider delivers on
// the connection its customer opened. The scripted peer plays the customer, now the server.

#include "ClientRunner.h"
#include "TestCertificates.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

namespace {

const QByteArray Delivery = R"(
    S: 220 customer.example ESMTP
    C: EHLO sluice.test.example
    S: 250-customer.example
    S: 250 8BITMIME
    C: MAIL FROM:<news@far.example>
    S: 250 Ok
    C: RCPT TO:<alice@customer.example>
    S: 250 Ok
    C: DATA
    S: 354 go
    D:
    S: 250 Ok
    C: QUIT
    S: 221 Bye
)"_ba;

struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString error;
    QList<MessageResult> results;
    QByteArray transcript;
};

Outcome runOn(QSslSocket *socket, const SmtpClientConfig &config)
{
    Outcome outcome;
    SmtpClientSession session(config);
    QObject::connect(&session, &SmtpClientSession::messageFinished, &session,
                     [&](const MessageResult &result) { outcome.results.append(result); });
    QSignalSpy finished(&session, &SmtpClientSession::finished);
    session.startOnSocket(socket,
                          {makeMessage(1, "news@far.example", {"alice@customer.example"}, simpleContent())});
    outcome.finished = finished.wait(15000);
    if (outcome.finished) {
        outcome.ok = finished.first().at(0).toBool();
        outcome.error = finished.first().at(1).toString();
    }
    outcome.transcript = session.transcript().toText();
    return outcome;
}

SmtpClientConfig reversedConfig(ClientSecurity::Tls tls)
{
    SmtpClientConfig config = clientConfig(0);
    config.host = u"unused.invalid"_s; // the connection exists: nothing is looked up or dialled
    config.security.tls = tls;
    return config;
}

} // namespace

class TestSmtpClientAdopted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_certificates.create(&error), qPrintable(error));
    }
    void deliversOverAnOpenConnection();
    void keepsTheTlsAlreadyInPlace();

private:
    TestCertificates m_certificates;
};

void TestSmtpClientAdopted::deliversOverAnOpenConnection()
{
    FakeSmtpPeer peer(Delivery);
    QVERIFY(peer.start());
    auto *socket = new QSslSocket;
    socket->connectToHost(QHostAddress::LocalHost, peer.port());
    QVERIFY(socket->waitForConnected(5000));
    const Outcome outcome = runOn(socket, reversedConfig(ClientSecurity::Tls::Opportunistic));
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QCOMPARE(outcome.results.size(), 1);
    QCOMPARE(outcome.results.first().recipients.first().outcome, RecipientResult::Outcome::Delivered);
    QVERIFY(outcome.transcript.contains("roles reversed"));
    QVERIFY(!outcome.transcript.contains("connecting to"));
}

void TestSmtpClientAdopted::keepsTheTlsAlreadyInPlace()
{
    // The customer's connection was encrypted before ATRN: TLS required is satisfied without a
    // second STARTTLS (the customer no longer offers one).
    FakeSmtpPeer peer("TLS:\n" + Delivery);
    peer.setTlsIdentity(m_certificates.server, m_certificates.serverKey);
    QVERIFY(peer.start());
    auto *socket = new QSslSocket;
    QSslConfiguration tls = socket->sslConfiguration();
    tls.addCaCertificate(m_certificates.ca);
    socket->setSslConfiguration(tls);
    // The peer runs in this thread: wait with the event loop, not with waitForEncrypted().
    QSignalSpy encrypted(socket, &QSslSocket::encrypted);
    socket->connectToHostEncrypted(u"localhost"_s, peer.port());
    QVERIFY2(encrypted.wait(10000), qPrintable(socket->errorString()));
    const Outcome outcome = runOn(socket, reversedConfig(ClientSecurity::Tls::Required));
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY2(peer.isAllScenarioDone(), peer.report().constData());
    QVERIFY(peer.isTlsEstablished());
    QCOMPARE(outcome.results.first().recipients.first().outcome, RecipientResult::Outcome::Delivered);
    QVERIFY(outcome.transcript.contains("(TLS)"));
}

QTEST_GUILESS_MAIN(TestSmtpClientAdopted)
#include "tst_smtpclientadopted.moc"
