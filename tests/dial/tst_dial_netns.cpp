// SPDX-License-Identifier: GPL-3.0-or-later
// A real link: a custom profile whose connect script builds a "provider" in a network namespace
// (veth pair, addresses, a TCP listener on port 2525) and whose disconnect script tears it down.
// The dialer's TcpConnect probe must see the provider come up; before dialing and after hanging up
// the provider's address is unreachable. Needs root for `ip netns` (CI and the container run as root).
//
// The test process first moves into a network namespace of its own, with no interfaces but a downed
// loopback: the machine's own routes (a default route to a proxy that answers any address, as some
// CI machines have) must not reach the provider. As on a dial-up gateway, only the dialed link does.
// The provider's namespace name, interfaces and addresses come from the PID, so parallel runs do
// not meet.

#include "TestScripts.h"
#include "dial/LinkDialer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sched.h>

using namespace Sluice;
using namespace SluiceTest;
using namespace Qt::StringLiterals;

namespace {

constexpr quint16 ProviderPort = 2525;
const QString Ip = u"/usr/sbin/ip"_s;

/// What one run's provider is called and where it lives.
struct Provider
{
    QString ns, hostIf, peerIf, hostAddress, peerAddress;

    explicit Provider(const QString &tag)
    {
        const qint64 pid = QCoreApplication::applicationPid();
        ns = u"sluice-dial-%1-%2"_s.arg(pid).arg(tag);
        // Interface names: at most 15 characters.
        hostIf = u"sdh%1%2"_s.arg(pid % 1000000).arg(tag.left(1));
        peerIf = u"sdp%1%2"_s.arg(pid % 1000000).arg(tag.left(1));
        // 10.X.Y.0/30 from the PID and the tag: X in 100..199, Y in 0..252 stepping by 4.
        const int block = int(pid % 6400) * 4 + (tag == u"up"_s ? 0 : 1);
        const int x = 100 + (block / 64) % 100;
        const int y = (block % 64) * 4;
        hostAddress = u"10.%1.%2.1"_s.arg(x).arg(y);
        peerAddress = u"10.%1.%2.2"_s.arg(x).arg(y);
    }

    QStringList arguments() const { return {ns, hostIf, peerIf, hostAddress, peerAddress}; }

    /// Whatever the scripts left: processes in the namespace, the veth pair, the namespace.
    void removeAll() const
    {
        const auto run = [](const QString &program, const QStringList &arguments) {
            QProcess process;
            process.start(program, arguments);
            process.waitForFinished(10000);
            return process.readAllStandardOutput();
        };
        const QList<QByteArray> pids = run(Ip, {u"netns"_s, u"pids"_s, ns}).split('\n');
        for (const QByteArray &pid : pids) {
            if (!pid.trimmed().isEmpty())
                run(u"kill"_s, {u"-9"_s, QString::fromLatin1(pid.trimmed())});
        }
        run(Ip, {u"link"_s, u"del"_s, hostIf});
        run(Ip, {u"netns"_s, u"del"_s, ns});
    }

    bool namespaceExists() const
    {
        QProcess process;
        process.start(Ip, {u"netns"_s, u"list"_s});
        process.waitForFinished(10000);
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.split(' ').first() == ns.toUtf8())
                return true;
        }
        return false;
    }
};

/// Removes the provider however the test ends.
struct Cleanup
{
    const Provider &provider;
    ~Cleanup() { provider.removeAll(); }
};

// $1 namespace, $2 host-side interface, $3 provider-side interface, $4 host address, $5 provider address,
// $6 the listener script.
const QByteArray ConnectScript = R"(set -e
ip=/usr/sbin/ip
$ip netns add "$1"
$ip link add "$2" type veth peer name "$3" netns "$1"
$ip addr add "$4/30" dev "$2"
$ip link set "$2" up
$ip -n "$1" link set lo up
$ip -n "$1" addr add "$5/30" dev "$3"
$ip -n "$1" link set "$3" up
# The provider's listener stays after this script: its own session, no pipe back to Sluice.
$ip netns exec "$1" setsid /usr/bin/python3 "$6" "$5" 2525 </dev/null >/dev/null 2>&1 &
echo "provider $1 dialed"
)";

const QByteArray DisconnectScript = R"(ip=/usr/sbin/ip
for pid in $($ip netns pids "$1" 2>/dev/null); do kill -9 "$pid"; done
$ip link del "$2" 2>/dev/null
$ip netns del "$1"
echo "provider $1 hung up"
)";

const QByteArray ListenerScript = R"(import socket, sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((sys.argv[1], int(sys.argv[2])))
server.listen(16)
while True:
    client, _ = server.accept()
    client.sendall(b"220 provider.test ESMTP\r\n")
    client.close()
)";

/// Connects to the provider: the greeting, or empty when unreachable. *elapsedMs says how long it took.
QByteArray greeting(const Provider &provider, int waitMs, qint64 *elapsedMs = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(provider.peerAddress, ProviderPort);
    QByteArray answer;
    if (socket.waitForConnected(waitMs)) {
        while (!answer.contains('\n') && socket.waitForReadyRead(waitMs))
            answer += socket.readAll();
    }
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return answer;
}

ConnectionProfile profileFor(const Provider &provider, const QTemporaryDir &dir)
{
    const QString listener = dir.filePath(u"listener.py"_s);
    QFile file(listener);
    if (file.open(QIODevice::WriteOnly))
        file.write(ListenerScript);
    file.close();
    QStringList connectArguments = provider.arguments();
    connectArguments.append(listener);
    ConnectionProfile profile = ConnectionProfile::custom(
        u"Provider"_s, {writeScript(dir, u"connect.sh"_s, ConnectScript), connectArguments},
        {writeScript(dir, u"disconnect.sh"_s, DisconnectScript), provider.arguments()},
        LinkProbe::tcpConnect(provider.peerAddress, ProviderPort));
    profile.probe.timeLimitMs = 1000;
    profile.dialTimeLimitMs = 20000;
    profile.retries = 0;
    profile.retryDelayMs = 100;
    return profile;
}

} // namespace

class TestDialNetns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialAndHangUpARealLink()
    {
        const Provider provider(u"up"_s);
        provider.removeAll(); // a leftover of a crashed run with the same PID
        Cleanup cleanup{provider};
        QTemporaryDir dir;
        const ConnectionProfile profile = profileFor(provider, dir);

        // Before dialing: no route to the provider, and the connect fails at once.
        qint64 elapsed = 0;
        QCOMPARE(greeting(provider, 5000, &elapsed), QByteArray());
        QVERIFY2(elapsed < 2000, QByteArray::number(elapsed).constData());
        QVERIFY(!provider.namespaceExists());

        LinkDialer dialer;
        dialer.setProbeIntervalMs(50);
        QSignalSpy dialed(&dialer, &LinkDialer::dialed);
        dialer.dial(profile, {u"gateway"_s, u"secret"_s, {}});
        QVERIFY(dialed.wait(30000));
        const DialResult result = dialed.first().first().value<DialResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.alreadyUp);
        QVERIFY(result.initialProbe.startsWith(u"could not connect to "_s));
        QCOMPARE(result.attempts.size(), 1);
        QVERIFY2(result.attempts.first().connect.ok(), result.attempts.first().connect.output.constData());
        QCOMPARE(result.attempts.first().connect.output,
                 QByteArray("provider " + provider.ns.toUtf8() + " dialed\n"));
        QCOMPARE(result.attempts.first().probe,
                 u"%1 port %2 answered"_s.arg(provider.peerAddress).arg(ProviderPort));
        QVERIFY(dialer.broughtLinkUp());
        QVERIFY(provider.namespaceExists());

        // The link carries traffic.
        QCOMPARE(greeting(provider, 5000), "220 provider.test ESMTP\r\n"_ba);

        QSignalSpy hungUp(&dialer, &LinkDialer::hungUp);
        dialer.hangUp();
        QVERIFY(hungUp.wait(30000));
        QVERIFY(hungUp.first().at(0).toBool());
        const CommandResult hangUpResult = hungUp.first().at(1).value<CommandResult>();
        QVERIFY2(hangUpResult.ok(), hangUpResult.output.constData());
        QVERIFY(!dialer.broughtLinkUp());

        // Gone again: unreachable, no namespace left.
        QCOMPARE(greeting(provider, 5000, &elapsed), QByteArray());
        QVERIFY2(elapsed < 2000, QByteArray::number(elapsed).constData());
        QVERIFY(!provider.namespaceExists());
    }

    void providerThatNeverAnswersIsTakenDown()
    {
        // The connect script builds the namespace but its listener never starts (python3 is given a
        // missing script): the probe never passes, and the disconnect after each attempt leaves
        // nothing behind.
        const Provider provider(u"dead"_s);
        provider.removeAll();
        Cleanup cleanup{provider};
        QTemporaryDir dir;
        ConnectionProfile profile = profileFor(provider, dir);
        profile.connect.arguments.last() = dir.filePath(u"missing-listener.py"_s);
        profile.dialTimeLimitMs = 1500;
        profile.retries = 1;

        LinkDialer dialer;
        dialer.setProbeIntervalMs(50);
        QSignalSpy dialed(&dialer, &LinkDialer::dialed);
        dialer.dial(profile, {});
        QVERIFY(dialed.wait(30000));
        const DialResult result = dialed.first().first().value<DialResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.attempts.size(), 2);
        for (const DialAttempt &attempt : result.attempts) {
            QVERIFY2(attempt.connect.ok(), attempt.connect.output.constData());
            QVERIFY(attempt.disconnectRan);
            QVERIFY2(attempt.disconnect.ok(), attempt.disconnect.output.constData());
        }
        QVERIFY2(result.error.startsWith(u"The link did not come up within 1.5 s"_s),
                 qPrintable(result.error));
        QVERIFY(!provider.namespaceExists());
        QVERIFY(!dialer.broughtLinkUp());
    }
};

int main(int argc, char *argv[])
{
    // Before Qt starts any thread: unshare() moves only the calling thread.
    if (::unshare(CLONE_NEWNET) != 0) {
        std::perror("tst_dial_netns: unshare(CLONE_NEWNET), which needs root");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestDialNetns test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_dial_netns.moc"
