// SPDX-License-Identifier: GPL-3.0-or-later
// STARTTLS (RFC 3207) on the server, with a QSslSocket client that trusts only the test CA (or the
// generated self-signed certificate): the handshake, what the session forgets, the command injection
// case, AUTH PLAIN under TLS, and the self-signed identity made with openssl.

#include "SmtpTestHarness.h"
#include "TestCertificates.h"
#include "smtp/ServerTls.h"
#include "smtp/SmtpServer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace Sluice::Test;

namespace {

/// A client that can switch to TLS on the same connection.
class TlsClient
{
public:
    explicit TlsClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        m_connected =
            QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    bool isConnected() const { return m_connected; }
    bool isEncrypted() const { return m_socket.isEncrypted(); }
    void send(const QByteArray &raw)
    {
        m_socket.write(raw);
        m_socket.flush();
    }
    /// The next reply's first wire line and its other lines after "|", or "" on time-out.
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
    QByteArray command(const QByteArray &line) { return send(line + "\r\n"), reply(); }
    SmtpReply last() const { return m_last; }
    bool startTls(const QSslCertificate &trusted, const QString &name = u"localhost"_s)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({trusted});
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(configuration);
        m_socket.setPeerVerifyName(name);
        m_buffer.clear();
        m_socket.startClientEncryption();
        return QTest::qWaitFor([&] { return m_socket.isEncrypted(); }, 10000);
    }
    bool waitForClose()
    {
        return QTest::qWaitFor(
            [&] {
                m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
    }
    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
    SmtpReplyReader m_reader;
    SmtpReply m_last;
    bool m_connected = false;
};

bool hasLine(const SmtpReply &reply, const QByteArray &wanted)
{
    return reply.lines.contains(wanted);
}

} // namespace

class TestSmtpStarttls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notOfferedWithoutIdentity();
    void syntaxErrors();
    void handshakeAndFreshStart();
    void pipelinedCommandsAfterStarttlsAreDiscarded();
    void injectedEhloAndMailAreDiscarded();
    void plainAuthOfferedAndAcceptedUnderTls();
    void receivedHeaderSaysEsmtps();
    void failedHandshakeCloses();
    void selfSignedIdentityIsGenerated();
    void unreadableIdentityIsAnError();

private:
    TestEngine::Customise withIdentity(bool accounts = false) const
    {
        return [this, accounts](EngineConfig &config) {
            config.smtp.tlsCertificate = m_certificates.server;
            config.smtp.tlsKey = m_certificates.serverKey;
            if (accounts)
                config.smtp.accounts.insert(u"alice"_s, {u"s3cret"_s, {}});
        };
    }
    TestCertificates m_certificates;
};

void TestSmtpStarttls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

void TestSmtpStarttls::notOfferedWithoutIdentity()
{
    TestEngine engine;
    QVERIFY(engine.isRunning());
    TlsClient client(engine.port());
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(!hasLine(client.last(), "STARTTLS"));
    QCOMPARE(client.command("STARTTLS").left(9), "454 4.7.0"_ba);
    QVERIFY(client.command("NOOP").startsWith("250")); // still talking in clear text
}

void TestSmtpStarttls::syntaxErrors()
{
    TestEngine engine(withIdentity());
    QVERIFY(engine.isRunning());
    TlsClient client(engine.port());
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(hasLine(client.last(), "STARTTLS"));
    QCOMPARE(client.command("STARTTLS now").left(9), "501 5.5.4"_ba);
    QCOMPARE(client.command("STARTTLS").left(9), "220 2.0.0"_ba);
    QVERIFY(client.startTls(m_certificates.ca));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QCOMPARE(client.command("STARTTLS").left(9), "503 5.5.1"_ba);
}

void TestSmtpStarttls::handshakeAndFreshStart()
{
    TestEngine engine(withIdentity());
    TlsClient client(engine.port());
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(client.command("MAIL FROM:<a@example.org>").startsWith("250"));
    QCOMPARE(client.command("STARTTLS").left(3), "220"_ba);
    QVERIFY(client.startTls(m_certificates.ca));
    QVERIFY(client.isEncrypted());
    // Forgotten: the EHLO and the transaction.
    QCOMPARE(client.command("MAIL FROM:<a@example.org>").left(3), "503"_ba);
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(!hasLine(client.last(), "STARTTLS"));
    QCOMPARE(client.command("RCPT TO:<alice@test.example>").left(3), "503"_ba);
    QVERIFY(client.command("MAIL FROM:<a@example.org>").startsWith("250"));
    QVERIFY(client.command("RCPT TO:<alice@test.example>").startsWith("250"));
}

void TestSmtpStarttls::pipelinedCommandsAfterStarttlsAreDiscarded()
{
    TestEngine engine(withIdentity());
    TlsClient client(engine.port());
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    client.send("STARTTLS\r\nMAIL FROM:<evil@x>\r\n");
    QCOMPARE(client.reply().left(3), "220"_ba);
    QVERIFY(client.startTls(m_certificates.ca));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    // Had MAIL survived, this would be 250 (or 554 relay denied, after a sender was accepted).
    QCOMPARE(client.command("RCPT TO:<alice@test.example>").left(9), "503 5.5.1"_ba);
}

void TestSmtpStarttls::injectedEhloAndMailAreDiscarded()
{
    // The injected commands include their own EHLO, so a later EHLO from the client cannot hide
    // them: the client's first command after the handshake is RCPT.
    TestEngine engine(withIdentity());
    TlsClient client(engine.port());
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    client.send("STARTTLS\r\nEHLO evil\r\nMAIL FROM:<evil@x>\r\n");
    QCOMPARE(client.reply().left(3), "220"_ba);
    QVERIFY(client.startTls(m_certificates.ca));
    QCOMPARE(client.command("RCPT TO:<alice@test.example>").left(9), "503 5.5.1"_ba);
    QCOMPARE(client.command("NOOP").left(3), "250"_ba); // no stray replies queued behind
}

void TestSmtpStarttls::plainAuthOfferedAndAcceptedUnderTls()
{
    TestEngine engine(withIdentity(true));
    TlsClient client(engine.port());
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(hasLine(client.last(), "AUTH CRAM-MD5"));
    const QByteArray good = QByteArray("\0alice\0s3cret", 13).toBase64();
    QCOMPARE(client.command("AUTH PLAIN " + good).left(3), "538"_ba);
    QVERIFY(client.command("STARTTLS").startsWith("220"));
    QVERIFY(client.startTls(m_certificates.ca));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(hasLine(client.last(), "AUTH PLAIN LOGIN CRAM-MD5"));
    QCOMPARE(client.command("AUTH PLAIN " + good).left(9), "235 2.7.0"_ba);
}

void TestSmtpStarttls::receivedHeaderSaysEsmtps()
{
    TestEngine engine(withIdentity());
    TlsClient client(engine.port());
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(client.command("STARTTLS").startsWith("220"));
    QVERIFY(client.startTls(m_certificates.ca));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(client.command("MAIL FROM:<a@example.org>").startsWith("250"));
    QVERIFY(client.command("RCPT TO:<alice@test.example>").startsWith("250"));
    QVERIFY(client.command("DATA").startsWith("354"));
    QVERIFY(client.command("Subject: tls\r\n\r\nbody\r\n.").startsWith("250"));
    QVERIFY(engine.waitForMaildir(u"alice"_s, 1));
    const QByteArray message = engine.maildirMessages(u"alice"_s).first();
    QVERIFY2(message.contains("with ESMTPS id"), message.constData());
}

void TestSmtpStarttls::failedHandshakeCloses()
{
    TestEngine engine(withIdentity());
    TlsClient client(engine.port());
    QVERIFY(client.reply().startsWith("220"));
    QVERIFY(client.command("EHLO c").startsWith("250"));
    QVERIFY(client.command("STARTTLS").startsWith("220"));
    client.send("this is not a TLS ClientHello\r\n\r\n\r\n");
    QVERIFY(client.waitForClose());
    QVERIFY(QTest::qWaitFor([&] { return engine.engine().smtpServer()->sessionCount() == 0; }, 5000));
}

void TestSmtpStarttls::selfSignedIdentityIsGenerated()
{
    QTemporaryDir data;
    const QString directory = data.filePath(u"tls"_s);
    QString error;
    bool generated = false;
    const TlsIdentity identity = ServerTls::prepare({}, {}, directory, u"localhost"_s, &error, &generated);
    QVERIFY2(identity.isValid(), qPrintable(error));
    QVERIFY(generated);
    QVERIFY(QFile::exists(directory + u"/cert.pem"_s));
    struct stat keyStat = {};
    QCOMPARE(::stat(QFile::encodeName(directory + u"/key.pem"_s).constData(), &keyStat), 0);
    QCOMPARE(keyStat.st_mode & 0777, 0600u);
    QCOMPARE(identity.certificate.subjectInfo(QSslCertificate::CommonName), QStringList{u"localhost"_s});

    // Second use: the same certificate, not a new one.
    const TlsIdentity again = ServerTls::prepare({}, {}, directory, u"localhost"_s, &error, &generated);
    QVERIFY(!generated);
    QCOMPARE(again.certificate, identity.certificate);

    // The server logs its fingerprint and a client that trusts the certificate completes STARTTLS.
    QStringList log;
    static QStringList *s_log = nullptr;
    s_log = &log;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { s_log->append(message); });
    {
        TestEngine engine([&](EngineConfig &config) {
            config.smtp.tlsCertificate = identity.certificate;
            config.smtp.tlsKey = identity.key;
        });
        QVERIFY(engine.isRunning());
        TlsClient client(engine.port());
        QVERIFY(client.reply().startsWith("220"));
        QVERIFY(client.command("EHLO c").startsWith("250"));
        QVERIFY(client.command("STARTTLS").startsWith("220"));
        QVERIFY(client.startTls(identity.certificate));
        QCOMPARE(client.socket().peerCertificate(), identity.certificate);
    }
    qInstallMessageHandler(previous);
    s_log = nullptr;
    const QString fingerprint = ServerTls::fingerprint(identity.certificate);
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    QVERIFY2(log.join(u'\n').contains(fingerprint), qPrintable(log.join(u'\n')));
}

void TestSmtpStarttls::unreadableIdentityIsAnError()
{
    QTemporaryDir data;
    QString error;
    TlsIdentity identity = ServerTls::prepare(u"/nonexistent/cert.pem"_s, u"/nonexistent/key.pem"_s,
                                              data.path(), u"localhost"_s, &error);
    QVERIFY(!identity.isValid());
    QVERIFY2(error.contains("/nonexistent/cert.pem"_L1), qPrintable(error));

    QFile garbage(data.filePath(u"cert.pem"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate\n");
    garbage.close();
    error.clear();
    identity =
        ServerTls::prepare(garbage.fileName(), garbage.fileName(), data.path(), u"localhost"_s, &error);
    QVERIFY(!identity.isValid());
    QVERIFY2(error.contains("no PEM certificate"_L1), qPrintable(error));

    error.clear();
    identity = ServerTls::prepare(garbage.fileName(), {}, data.path(), u"localhost"_s, &error);
    QVERIFY(!identity.isValid());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpStarttls)
#include "tst_smtpstarttls.moc"
