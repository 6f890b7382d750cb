// SPDX-License-Identifier: GPL-3.0-or-later
// ATRN and TURN served, Sluice to Sluice: a provider engine holds mail for customer.test; a customer
// engine asks for it with its own retrieval client (ATRN on the On-Demand Mail Relay listener, TURN on
// the main one), the roles reverse, and the mail lands in the customer's Maildir. Plus the refusals,
// over a raw connection.

#include "core/Engine.h"
#include "retrieval/ProviderRetrieval.h"
#include "smtp/SmtpServer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

struct Site
{
    QTemporaryDir dir;
    Engine engine;

    bool start(const std::function<void(EngineConfig &)> &adjust)
    {
        EngineConfig config;
        config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.smtp.listenPort = 0;
        config.smtp.relayNetworks = NetworkList();
        config.local.mailRoot = dir.path() + u"/mail"_s;
        config.link.schedule.kind = Schedule::Kind::Manual;
        adjust(config);
        QString error;
        const bool ok = engine.start(dir.path() + u"/queue"_s, config, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
};

void providerConfig(EngineConfig &config)
{
    config.smtp.hostName = u"mx.provider.test"_s;
    config.local.localDomains = {u"provider.test"_s};
    config.hold.domains = {u"customer.test"_s, u"other.test"_s};
    config.smtp.accounts.insert(u"customer"_s, {u"s3cret"_s, {u"customer.test"_s}});
    config.smtp.plaintextAuth = true;
    config.smtp.atrnEnabled = true;
    config.smtp.atrnAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.atrnPort = 0;
}

void customerConfig(EngineConfig &config)
{
    config.smtp.hostName = u"gw.customer.test"_s;
    config.local.localDomains = {u"customer.test"_s};
}

/// One SMTP conversation, line by line: sends each command and returns every reply line.
QByteArray talk(quint16 port, const QList<QByteArray> &commands)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray all;
    auto readReply = [&] {
        QByteArray reply;
        while (QTest::qWaitFor(
            [&] { return socket.canReadLine() || socket.state() != QAbstractSocket::ConnectedState; },
            5000)) {
            if (!socket.canReadLine())
                break;
            const QByteArray line = socket.readLine();
            reply += line;
            if (line.size() > 3 && line.at(3) == ' ')
                break;
        }
        return reply;
    };
    all += readReply();
    for (const QByteArray &command : commands) {
        socket.write(command + "\r\n");
        all += readReply();
    }
    return all;
}

bool submit(quint16 port, const QByteArray &recipient)
{
    return talk(port, {"EHLO origin.test", "MAIL FROM:<news@origin.test>", "RCPT TO:<" + recipient + ">",
                       "DATA", "Subject: for " + recipient + "\r\n\r\nheld at the provider\r\n.", "QUIT"})
        .contains("250 2.0.0 Ok: queued");
}

int held(Engine &engine, const QString &node)
{
    for (const HeldDomainCount &count : engine.heldDomains())
        if (count.node == node)
            return count.messages;
    return 0;
}

int maildirCount(const QString &root, const QString &mailbox)
{
    return int(QDir(root + u"/mail/"_s + mailbox + u"/new"_s).entryList(QDir::Files).size());
}

RetrievalOutcome retrieve(RetrievalSettings::Method method, quint16 port, const QStringList &domains,
                          Engine &customer)
{
    RetrievalSettings settings;
    settings.method = method;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.domains = domains;
    settings.heloName = u"gw.customer.test"_s;
    settings.security.auth = ClientSecurity::Auth::CramMd5;
    settings.security.account = u"customer"_s;
    settings.security.password = u"s3cret"_s;
    ProviderRetrieval retrieval;
    QSignalSpy finished(&retrieval, &ProviderRetrieval::finished);
    retrieval.start(settings, customer.smtpServer());
    if (!finished.wait(20000)) {
        RetrievalOutcome timedOut;
        timedOut.error = u"no answer within 20 s"_s;
        return timedOut;
    }
    return finished.first().first().value<RetrievalOutcome>();
}

} // namespace

class TestAtrnTurnServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RetrievalOutcome>(); }
    void atrnPullsHeldMailOverTheCustomersConnection();
    void turnAfterAuthPullsTheAccountsDomains();
    void atrnForAForeignDomainSendsNothing();
    void refusals();
};

void TestAtrnTurnServer::atrnPullsHeldMailOverTheCustomersConnection()
{
    Site provider, customer;
    QVERIFY(provider.start(providerConfig));
    QVERIFY(customer.start(customerConfig));
    QDir().mkpath(customer.dir.path() + u"/mail/bob"_s);
    QVERIFY(provider.engine.smtpServer()->atrnPort() != 0);
    QVERIFY(submit(provider.engine.smtpPort(), "bob@customer.test"));
    QVERIFY(submit(provider.engine.smtpPort(), "bob@customer.test"));
    QTRY_COMPARE(held(provider.engine, u"customer.test"_s), 2);

    const RetrievalOutcome outcome =
        retrieve(RetrievalSettings::Method::Atrn, provider.engine.smtpServer()->atrnPort(),
                 {u"customer.test"_s}, customer.engine);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.reversed);
    QCOMPARE(outcome.messagesReceived, 2);
    QTRY_COMPARE(maildirCount(customer.dir.path(), u"bob"_s), 2);
    QTRY_COMPARE(held(provider.engine, u"customer.test"_s), 0);
    QCOMPARE(provider.engine.queueCounts().messages, 0);

    // Nothing left: a second ATRN is told so, and nothing reverses.
    const RetrievalOutcome again =
        retrieve(RetrievalSettings::Method::Atrn, provider.engine.smtpServer()->atrnPort(),
                 {u"customer.test"_s}, customer.engine);
    QCOMPARE(again.replies.size(), 1);
    QCOMPARE(again.replies.first().reply.code, 453);
    QVERIFY(!again.reversed);
}

void TestAtrnTurnServer::turnAfterAuthPullsTheAccountsDomains()
{
    Site provider, customer;
    QVERIFY(provider.start(providerConfig));
    QVERIFY(customer.start(customerConfig));
    QDir().mkpath(customer.dir.path() + u"/mail/bob"_s);
    QVERIFY(submit(provider.engine.smtpPort(), "bob@customer.test"));
    QVERIFY(submit(provider.engine.smtpPort(), "carol@other.test"));
    QTRY_COMPARE(held(provider.engine, u"customer.test"_s), 1);

    const RetrievalOutcome outcome =
        retrieve(RetrievalSettings::Method::Turn, provider.engine.smtpPort(), {}, customer.engine);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.reversed);
    QCOMPARE(outcome.messagesReceived, 1);
    QTRY_COMPARE(maildirCount(customer.dir.path(), u"bob"_s), 1);
    QTRY_COMPARE(held(provider.engine, u"customer.test"_s), 0);
    QCOMPARE(held(provider.engine, u"other.test"_s), 1); // not the account's domain
}

void TestAtrnTurnServer::atrnForAForeignDomainSendsNothing()
{
    Site provider, customer;
    QVERIFY(provider.start(providerConfig));
    QVERIFY(customer.start(customerConfig));
    QVERIFY(submit(provider.engine.smtpPort(), "carol@other.test"));
    QTRY_COMPARE(held(provider.engine, u"other.test"_s), 1);
    const RetrievalOutcome outcome =
        retrieve(RetrievalSettings::Method::Atrn, provider.engine.smtpServer()->atrnPort(),
                 {u"customer.test"_s, u"other.test"_s}, customer.engine);
    QCOMPARE(outcome.replies.size(), 1);
    QCOMPARE(outcome.replies.first().reply.code, 450);
    QVERIFY(!outcome.reversed);
    QCOMPARE(held(provider.engine, u"other.test"_s), 1);
}

void TestAtrnTurnServer::refusals()
{
    Site provider;
    QVERIFY(provider.start(providerConfig));
    const quint16 atrn = provider.engine.smtpServer()->atrnPort();
    // The ODMR port takes only EHLO, AUTH, STARTTLS, ATRN and QUIT; ATRN needs AUTH first.
    QByteArray replies = talk(atrn, {"EHLO c.test", "MAIL FROM:<a@c.test>", "ATRN customer.test", "QUIT"});
    QVERIFY2(replies.contains("250-ATRN") || replies.contains("250 ATRN"), replies.constData());
    QVERIFY2(replies.contains("502 5.5.1"), replies.constData());
    QVERIFY2(replies.contains("530 5.7.0"), replies.constData());
    // The main listener: TURN without AUTH is refused; ATRN belongs to the ODMR port.
    replies = talk(provider.engine.smtpPort(), {"EHLO c.test", "TURN", "ATRN customer.test", "QUIT"});
    QVERIFY2(replies.contains("530 5.7.0 Authentication required"), replies.constData());
    QVERIFY2(replies.contains("502 5.5.1 Error: ATRN"), replies.constData());
    QVERIFY2(!replies.contains("250-ATRN"), replies.constData());
    // After AUTH: nothing waits (453), and a second ATRN on the same connection is refused (450).
    const QByteArray plain = QByteArray("\0customer\0s3cret", 16).toBase64();
    replies = talk(
        atrn, {"EHLO c.test", "AUTH PLAIN " + plain, "ATRN customer.test", "ATRN customer.test", "QUIT"});
    QVERIFY2(replies.contains("235 2.7.0"), replies.constData());
    QVERIFY2(replies.contains("453 4.7.0"), replies.constData());
    QVERIFY2(replies.contains("450 4.7.0 ATRN already requested"), replies.constData());
}

QTEST_GUILESS_MAIN(TestAtrnTurnServer)
#include "tst_atrnturnserver.moc"
