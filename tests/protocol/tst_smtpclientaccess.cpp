// SPDX-License-Identifier: GPL-3.0-or-later
// The Connections page on the server side: the Hosts list (first matching row decides; reject is 521
// and nothing else; accept may grant relaying) and "Accept connections" (smtp.accept_from: MAIL only
// after AUTH, or after STARTTLS and AUTH). Clients connect from 127.0.0.1 or 127.0.0.2 (bound before
// connecting), so rows for a single address and for the /24 around it can be told apart. Sluice's
// own reversed connections (TURN/ATRN pulls) are not subject to either.

#include "SmtpTestHarness.h"
#include "TestCertificates.h"
#include "smtp/SmtpServer.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

namespace {

const QHostAddress Loopback1(u"127.0.0.1"_s);
const QHostAddress Loopback2(u"127.0.0.2"_s);

/// A client from a chosen source address that can switch to TLS on the same connection.
class Client
{
public:
    Client(quint16 port, const QHostAddress &from)
    {
        m_socket.bind(from);
        m_socket.connectToHost(Loopback1, port);
        m_connected =
            QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    bool isConnected() const { return m_connected; }
    QHostAddress localAddress() const { return m_socket.localAddress(); }
    /// The next reply's first wire line, or "" on time-out; the whole reply is in last().
    QByteArray reply(int timeoutMs = 5000)
    {
        std::optional<SmtpReply> reply;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                qsizetype end;
                while (!reply && (end = m_buffer.indexOf("\r\n")) >= 0) {
                    const QByteArray line = m_buffer.left(end);
                    m_buffer.remove(0, end + 2);
                    if (m_reader.feedLine(line) == SmtpReplyReader::Status::Complete)
                        reply = m_reader.takeReply();
                }
                return reply.has_value();
            },
            timeoutMs);
        if (!reply)
            return {};
        m_last = *reply;
        return firstWireLine(*reply);
    }
    QByteArray command(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        m_socket.flush();
        return reply();
    }
    const SmtpReply &last() const { return m_last; }
    bool startTls(const QSslCertificate &trusted)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({trusted});
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(configuration);
        m_socket.setPeerVerifyName(u"localhost"_s);
        m_buffer.clear();
        m_socket.startClientEncryption();
        return QTest::qWaitFor([&] { return m_socket.isEncrypted(); }, 10000);
    }
    /// Waits for the server to close; whatever arrived meanwhile is in unread().
    bool waitForClose()
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
    }
    QByteArray unread() const { return m_buffer; }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
    SmtpReplyReader m_reader;
    SmtpReply m_last;
    bool m_connected = false;
};

HostRule hostRule(const QString &network, bool accept, bool relay = false)
{
    HostRule rule;
    rule.accept = accept;
    rule.relay = relay;
    [[maybe_unused]] const bool ok = NetworkList::parse({network}, &rule.network);
    Q_ASSERT(ok);
    return rule;
}

QByteArray plain(const QByteArray &user, const QByteArray &password)
{
    return QByteArray('\0' + user + '\0' + password).toBase64();
}

/// MAIL to the final dot for alice@test.example; "" when every reply was as expected, else the reply.
QByteArray sendOneMessage(Client &client)
{
    for (const QByteArray &step : {"MAIL FROM:<someone@example.org>"_ba, "RCPT TO:<alice@test.example>"_ba}) {
        const QByteArray reply = client.command(step);
        if (!reply.startsWith("250"))
            return step + " -> " + reply;
    }
    QByteArray reply = client.command("DATA");
    if (!reply.startsWith("354"))
        return "DATA -> " + reply;
    reply = client.command("Subject: access\r\n\r\nbody\r\n.");
    return reply.startsWith("250") ? QByteArray() : ". -> " + reply;
}

} // namespace

class TestSmtpClientAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rejectedNetworkGets521AndNothingElse();
    void firstMatchWins_data();
    void firstMatchWins();
    void relayFromTheHostsList_data();
    void relayFromTheHostsList();
    void authenticatedPolicy();
    void authenticatedTlsPolicy();
    void reversedSessionsAreExempt();

private:
    TestCertificates m_certificates;
};

void TestSmtpClientAccess::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    // The tests need a second loopback source address.
    QTcpSocket probe;
    QVERIFY2(probe.bind(Loopback2), qPrintable(probe.errorString()));
}

void TestSmtpClientAccess::rejectedNetworkGets521AndNothingElse()
{
    TestEngine engine(
        [](EngineConfig &config) { config.smtp.hostRules = {hostRule(u"127.0.0.2"_s, false)}; });
    QVERIFY2(engine.isRunning(), qPrintable(engine.startError()));

    Client rejected(engine.port(), Loopback2);
    QVERIFY(rejected.isConnected());
    QCOMPARE(rejected.reply(), "521 5.7.1 mx.test.example does not accept mail from you"_ba);
    QVERIFY(rejected.waitForClose());
    QCOMPARE(rejected.unread(), QByteArray()); // no greeting, nothing after the 521

    // Another address is not touched by the row.
    Client other(engine.port(), Loopback1);
    QVERIFY(other.reply().startsWith("220 mx.test.example"));
    QVERIFY(other.command("EHLO c").startsWith("250"));
    QVERIFY(engine.engine().smtpServer()->sessionCount() >= 1);
    QTRY_COMPARE(engine.engine().smtpServer()->sessionCount(), 1); // the rejected one is gone
}

void TestSmtpClientAccess::firstMatchWins_data()
{
    QTest::addColumn<QList<HostRule>>("rules");
    QTest::addColumn<QByteArray>("greeting");
    QTest::newRow("reject /32 above accept /24")
        << QList<HostRule>{hostRule(u"127.0.0.2/32"_s, false), hostRule(u"127.0.0.0/24"_s, true)} << "521"_ba;
    QTest::newRow("accept /24 above reject /32")
        << QList<HostRule>{hostRule(u"127.0.0.0/24"_s, true), hostRule(u"127.0.0.2/32"_s, false)} << "220"_ba;
    QTest::newRow("accept address above reject everything")
        << QList<HostRule>{hostRule(u"127.0.0.2"_s, true), hostRule(u"0.0.0.0/0"_s, false)} << "220"_ba;
    QTest::newRow("reject everything above accept address")
        << QList<HostRule>{hostRule(u"0.0.0.0/0"_s, false), hostRule(u"127.0.0.2"_s, true)} << "521"_ba;
    QTest::newRow("no row matches") << QList<HostRule>{hostRule(u"10.0.0.0/8"_s, false)} << "220"_ba;
}

void TestSmtpClientAccess::firstMatchWins()
{
    QFETCH(QList<HostRule>, rules);
    QFETCH(QByteArray, greeting);
    TestEngine engine([&](EngineConfig &config) { config.smtp.hostRules = rules; });
    QVERIFY(engine.isRunning());
    Client client(engine.port(), Loopback2);
    QCOMPARE(client.reply().left(3), greeting);
}

void TestSmtpClientAccess::relayFromTheHostsList_data()
{
    QTest::addColumn<QList<HostRule>>("rules");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("accept with relay")
        << QList<HostRule>{hostRule(u"127.0.0.0/24"_s, true, true)} << "250 2.1.5"_ba;
    QTest::newRow("accept without relay")
        << QList<HostRule>{hostRule(u"127.0.0.0/24"_s, true, false)} << "554 5.7.1"_ba;
    QTest::newRow("first match without relay")
        << QList<HostRule>{hostRule(u"127.0.0.2"_s, true, false), hostRule(u"127.0.0.0/8"_s, true, true)}
        << "554 5.7.1"_ba;
    QTest::newRow("first match with relay")
        << QList<HostRule>{hostRule(u"127.0.0.2"_s, true, true), hostRule(u"127.0.0.0/8"_s, true, false)}
        << "250 2.1.5"_ba;
    QTest::newRow("no row") << QList<HostRule>{} << "554 5.7.1"_ba;
}

void TestSmtpClientAccess::relayFromTheHostsList()
{
    QFETCH(QList<HostRule>, rules);
    QFETCH(QByteArray, reply);
    TestEngine engine([&](EngineConfig &config) {
        config.smtp.relayNetworks = NetworkList(); // loopback would relay by default
        config.smtp.hostRules = rules;
    });
    QVERIFY(engine.isRunning());
    Client client(engine.port(), Loopback2);
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(client.command("MAIL FROM:<someone@test.example>").startsWith("250"));
    QCOMPARE(client.command("RCPT TO:<someone@remote.example>").left(9), reply);
    QVERIFY(client.command("RCPT TO:<alice@test.example>").startsWith("250")); // local: always
}

void TestSmtpClientAccess::authenticatedPolicy()
{
    TestEngine engine([](EngineConfig &config) {
        config.smtp.accounts.insert(u"alice"_s, {u"s3cret"_s, {}});
        config.smtp.plaintextAuth = true;
        config.smtp.acceptPolicy = AcceptPolicy::Authenticated;
    });
    QVERIFY(engine.isRunning());
    Client client(engine.port(), Loopback1);
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(client.last().lines.contains("AUTH PLAIN LOGIN CRAM-MD5"));
    QCOMPARE(client.command("MAIL FROM:<someone@example.org>"), "530 5.7.0 Authentication required"_ba);
    QCOMPARE(client.command("RCPT TO:<alice@test.example>").left(3), "503"_ba); // no transaction began
    QCOMPARE(client.command("AUTH PLAIN " + plain("alice", "wrong")).left(3), "535"_ba);
    QCOMPARE(client.command("MAIL FROM:<someone@example.org>").left(9), "530 5.7.0"_ba);
    QCOMPARE(client.command("AUTH PLAIN " + plain("alice", "s3cret")).left(9), "235 2.7.0"_ba);
    const QByteArray problem = sendOneMessage(client);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QVERIFY(engine.waitForMaildir(u"alice"_s, 1));

    // The same conversation under "any host" takes MAIL without AUTH.
    TestEngine anyHost([](EngineConfig &config) {
        config.smtp.accounts.insert(u"alice"_s, {u"s3cret"_s, {}});
    });
    Client anyone(anyHost.port(), Loopback1);
    QVERIFY(anyone.reply().startsWith("220"));
    QVERIFY(anyone.command("EHLO c").startsWith("250"));
    const QByteArray unauthenticated = sendOneMessage(anyone);
    QVERIFY2(unauthenticated.isEmpty(), unauthenticated.constData());
}

void TestSmtpClientAccess::authenticatedTlsPolicy()
{
    TestEngine engine([this](EngineConfig &config) {
        config.smtp.tlsCertificate = m_certificates.server;
        config.smtp.tlsKey = m_certificates.serverKey;
        config.smtp.accounts.insert(u"alice"_s, {u"s3cret"_s, {}});
        config.smtp.plaintextAuth = true; // even so: this policy wants TLS for AUTH
        config.smtp.acceptPolicy = AcceptPolicy::AuthenticatedTls;
    });
    QVERIFY(engine.isRunning());
    Client client(engine.port(), Loopback1);
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(client.last().lines.contains("STARTTLS"));
    for (const QByteArray &line : client.last().lines)
        QVERIFY2(!line.startsWith("AUTH"), line.constData()); // not offered before TLS
    QCOMPARE(client.command("AUTH PLAIN " + plain("alice", "s3cret")).left(10), "538 5.7.11"_ba);
    QCOMPARE(client.command("AUTH CRAM-MD5").left(10), "538 5.7.11"_ba);
    QCOMPARE(client.command("MAIL FROM:<someone@example.org>"),
             "530 5.7.0 Must issue a STARTTLS command first"_ba);

    QVERIFY(client.command("STARTTLS").startsWith("220"));
    QVERIFY(client.startTls(m_certificates.ca));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(client.last().lines.contains("AUTH PLAIN LOGIN CRAM-MD5"));
    QCOMPARE(client.command("MAIL FROM:<someone@example.org>"), "530 5.7.0 Authentication required"_ba);
    QCOMPARE(client.command("AUTH PLAIN " + plain("alice", "s3cret")).left(9), "235 2.7.0"_ba);
    const QByteArray problem = sendOneMessage(client);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QVERIFY(engine.waitForMaildir(u"alice"_s, 1));
    QVERIFY(engine.maildirMessages(u"alice"_s).first().contains("with ESMTPSA id"));
}

void TestSmtpClientAccess::reversedSessionsAreExempt()
{
    // The strictest settings: every loopback client rejected, and only TLS + AUTH may send.
    TestEngine engine([this](EngineConfig &config) {
        config.smtp.tlsCertificate = m_certificates.server;
        config.smtp.tlsKey = m_certificates.serverKey;
        config.smtp.accounts.insert(u"alice"_s, {u"s3cret"_s, {}});
        config.smtp.hostRules = {hostRule(u"127.0.0.0/8"_s, false)};
        config.smtp.acceptPolicy = AcceptPolicy::AuthenticatedTls;
    });
    QVERIFY(engine.isRunning());
    Client outsider(engine.port(), Loopback1);
    QCOMPARE(outsider.reply().left(3), "521"_ba);

    // A connection Sluice made itself (TURN/ATRN) and whose roles reversed: the provider, now the
    // client, delivers without AUTH or TLS and is not held to the Hosts list.
    QTcpServer provider;
    QVERIFY(provider.listen(Loopback1));
    Client providerSide(provider.serverPort(), Loopback1);
    QVERIFY(providerSide.isConnected());
    QVERIFY(QTest::qWaitFor([&] { return provider.hasPendingConnections(); }, 5000));
    QTcpSocket *ours = provider.nextPendingConnection();
    ours->setParent(nullptr);
    QVERIFY(engine.engine().smtpServer()->adoptConnection(ours));
    QVERIFY(providerSide.reply().startsWith("220 mx.test.example"));
    QVERIFY(providerSide.command("EHLO provider.example").startsWith("250"));
    const QByteArray problem = sendOneMessage(providerSide);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QVERIFY(engine.waitForMaildir(u"alice"_s, 1));
}

QTEST_GUILESS_MAIN(TestSmtpClientAccess)
#include "tst_smtpclientaccess.moc"
