// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a real SmtpServerSession fed the input as arbitrary bytes over a real loopback TCP
// connection. The listener, queue and ETRN service are made once per process; every input gets a new
// connection, a new session and a new AUTH throttle, and everything of it is freed before the next.
//
// The session is configured so that every state can be reached: AUTH (PLAIN, LOGIN, CRAM-MD5) with the
// account alice / secret, STARTTLS (a self-signed certificate), ETRN for held.example, ATRN and TURN
// for alice, the local domain test.example (mailbox alice), a 2 KiB message size limit, four
// recipients, short time-outs and a real MessageQueue (DATA is really stored). The client is outside
// the relay networks, as a stranger on port 25 is. An input whose first line is "#odmr" is served as on
// the ATRN listener (RFC 2645: EHLO, AUTH, STARTTLS, ATRN and QUIT only).
//
// Checks beyond "no crash": every reply line the session writes is a well-formed SMTP reply line
// (three digits 2xx-5xx, then space, '-' or nothing, at most 512 octets, no bare CR or LF).

#include "FuzzCheck.h"
#include "hold/EtrnService.h"
#include "queue/MessageQueue.h"
#include "smtp/AuthThrottle.h"
#include "smtp/RecipientPolicy.h"
#include "smtp/ServerTls.h"
#include "smtp/SmtpReply.h"
#include "smtp/SmtpServerSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using Sluice::Fuzz::check;

namespace {

/// After the last byte was written, the session is done when it has had no traffic for this long and is
/// not inside a transaction (DATA, or storing the message: that waits for the queue thread, not for us).
constexpr int IdleMs = 30;
/// No input holds the connection longer than this (a session left in DATA ends with its 300 ms time-out).
constexpr int MaxInputMs = 3000;
constexpr QByteArrayView OdmrMarker = "#odmr\n";

/// Hands out QSslSocket objects, as SmtpServer does, so that STARTTLS can switch the same socket.
class SslListener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

/// What lives for the whole fuzzing run.
struct World
{
    QTemporaryDir dir{QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/sluice-fuzz-XXXXXX"_s : QString()};
    Sluice::MessageQueue queue;
    Sluice::EtrnService etrn{&queue};
    std::shared_ptr<const Sluice::SmtpServerConfig> config;
    std::shared_ptr<const Sluice::RecipientPolicy> policy;
    SslListener listener;
};

World *world = nullptr;

void fatal(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_serversession: %s %s\n", what, qPrintable(detail));
    std::abort();
}

void setUpWorld()
{
    world = new World;
    if (!world->dir.isValid())
        fatal("no temporary directory");
    QString error;
    if (!world->queue.open(world->dir.filePath(u"queue.db"_s), &error))
        fatal("queue:", error);

    Sluice::HoldConfig hold;
    hold.domains = {u"held.example"_s};
    hold.requestsPerMinute = 1000 * 1000; // the fuzzer's ETRNs all come from 127.0.0.1
    world->etrn.configure(hold);
    world->queue.setHeldDomains(Sluice::HeldDomains(hold.domains));

    Sluice::LocalDeliveryConfig local;
    local.localDomains = {u"test.example"_s};
    local.mailRoot = world->dir.filePath(u"mail"_s);
    QDir().mkpath(local.mailRoot + u"/alice"_s);
    world->policy = std::make_shared<Sluice::RecipientPolicy>(local, hold.domains, &world->etrn);

    Sluice::SmtpServerConfig config;
    config.hostName = u"mx.test.example"_s;
    config.maxMessageSize = 2048;
    config.maxRecipients = 4;
    config.errorLimit = 10;
    config.commandTimeoutMs = 300;
    config.greetingDelayMs = 0;
    config.relayNetworks = Sluice::NetworkList(); // a stranger: no relaying
    config.plaintextAuth = true;
    config.accounts.insert(u"alice"_s, Sluice::ServerAccount{u"secret"_s, {u"held.example"_s}});
    config.atrnEnabled = true;
    config.authFirstDelayMs = 1;
    config.authMaxDelayMs = 4;
    const QString tlsDir = world->dir.filePath(u"tls"_s);
    // RSA key generation takes a fraction of a second, unless the machine is very busy.
    if (!Sluice::ServerTls::generateSelfSigned(tlsDir, config.hostName, &error, 10 * 60 * 1000))
        fatal("certificate:", error);
    const Sluice::TlsIdentity identity =
        Sluice::ServerTls::load(tlsDir + u"/cert.pem"_s, tlsDir + u"/key.pem"_s, &error);
    if (!identity.isValid())
        fatal("certificate:", error);
    config.tlsCertificate = identity.certificate;
    config.tlsKey = identity.key;
    world->config = std::make_shared<const Sluice::SmtpServerConfig>(std::move(config));

    if (!world->listener.listen(QHostAddress::LocalHost, 0))
        fatal("listen:", world->listener.errorString());
}

/// Checks that what the server wrote is a sequence of well-formed reply lines (TLS records after a 220
/// to STARTTLS are not looked at).
void checkServerOutput(const QByteArray &output, const QByteArray &input)
{
    qsizetype start = 0;
    while (start < output.size()) {
        const qsizetype end = output.indexOf("\r\n", start);
        if (end < 0)
            return; // cut off when the connection ended
        const QByteArray line = output.mid(start, end - start);
        start = end + 2;
        check(!line.contains('\r') && !line.contains('\n'), "no bare CR or LF in a reply", input);
        check(line.size() + 2 <= 512, "a reply line fits 512 octets", input);
        Sluice::SmtpReplyReader reader;
        check(reader.feedLine(line) != Sluice::SmtpReplyReader::Status::Error,
              "a reply line has a 2xx-5xx code", input);
        if (line.startsWith("220 ") && line.contains("TLS"))
            return; // the handshake follows
    }
}

/// Runs the event loop until done() or timeoutMs; a ticking timer wakes it to look at done() and the clock.
void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(2);
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    if (!qEnvironmentVariableIsSet("SLUICE_FUZZ_VERBOSE"))
        qputenv("QT_LOGGING_RULES", "*.debug=false\nsluice.*=false\nqt.*=false");
    new QCoreApplication(*argc, *argv); // lives as long as the process
    setUpWorld();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool odmr = input.startsWith(OdmrMarker);
    if (odmr)
        input.remove(0, OdmrMarker.size());

    QTcpSocket client;
    client.connectToHost(QHostAddress(QHostAddress::LocalHost), world->listener.serverPort());
    waitUntil([&] { return world->listener.hasPendingConnections(); }, 2000);
    QTcpSocket *serverSocket = world->listener.nextPendingConnection();
    if (!serverSocket)
        fatal("no connection");

    Sluice::AuthThrottle throttle;
    throttle.setDelays(world->config->authFirstDelayMs, world->config->authMaxDelayMs);
    auto *session = new Sluice::SmtpServerSession(
        serverSocket, {world->config, world->policy, &world->queue, &throttle, odmr}, nullptr);
    bool finished = false;
    QElapsedTimer lastActivity;
    lastActivity.start();
    QObject::connect(session, &Sluice::SmtpServerSession::finished, session, [&] { finished = true; });
    QObject::connect(session, &Sluice::SmtpServerSession::activity, session, [&] { lastActivity.start(); });
    // ATRN or TURN answered 250: the server would deliver over this socket; here it is simply closed.
    QObject::connect(session, &Sluice::SmtpServerSession::rolesReversed, session,
                     [&](Sluice::SmtpServerSession *s) {
                         if (QTcpSocket *socket = s->releaseSocket()) {
                             socket->flush(); // the 250 to ATRN/TURN
                             socket->abort();
                             socket->deleteLater();
                         }
                         finished = true;
                     });
    QByteArray output;
    QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] {
        output += client.readAll();
        lastActivity.start();
    });
    session->start();
    // The greeting first, so that the input is not an early talker by accident of timing.
    waitUntil([&] { return finished || !output.isEmpty(); }, MaxInputMs);

    // A few chunks, cut where the input says (its length), so that commands arrive split and pipelined.
    QElapsedTimer total;
    total.start();
    const qsizetype chunks = 1 + qsizetype(size % 3);
    const qsizetype chunkSize = (input.size() + chunks - 1) / std::max<qsizetype>(chunks, 1);
    for (qsizetype offset = 0; offset < input.size() && !finished; offset += chunkSize) {
        client.write(input.mid(offset, chunkSize));
        client.flush();
        lastActivity.start();
        waitUntil([&] { return finished || lastActivity.elapsed() > IdleMs / 3; }, MaxInputMs / 4);
    }
    waitUntil([&] { return finished || (lastActivity.elapsed() > IdleMs && !session->isInTransaction()); },
              MaxInputMs - int(total.elapsed()));

    // The last replies (221 after QUIT) may still be on their way.
    waitUntil(
        [&] {
            return client.state() == QAbstractSocket::UnconnectedState || lastActivity.elapsed() > IdleMs;
        },
        MaxInputMs);
    output += client.readAll();
    client.abort();
    waitUntil([&] { return finished; }, 500);
    if (!finished)
        session->abort();
    waitUntil([&] { return finished; }, 500);
    delete session; // its socket with it
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // SLUICE_FUZZ_VERBOSE=1: the conversation, for writing seeds and reading a crash's reproducer.
    if (qEnvironmentVariableIsSet("SLUICE_FUZZ_VERBOSE"))
        std::fprintf(stderr, "--- client:\n%s\n--- server (%s after %lld ms):\n%s\n", input.constData(),
                     finished ? "finished" : "cut", qlonglong(total.elapsed()), output.constData());
    checkServerOutput(output, input);
    check(output.isEmpty() || output.startsWith("220 "), "the session greets first", output);
    return 0;
}
