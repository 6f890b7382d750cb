// SPDX-License-Identifier: GPL-3.0-or-later
// Inbound SMTP sessions in the connection log, over a real socket to the real engine: the client logs
// in with AUTH PLAIN (initial response) or AUTH LOGIN (334 exchange) and sends a message. At every
// level the AUTH payload and the password are absent; the level decides what is kept (none: no row;
// minimum: the row only; medium: commands and replies; maximum: and the header lines, never the
// body). The log verbs and the "log-changed" event are checked through the ControlServer.

#include "control/ControlServer.h"
#include "control/LogControl.h"
#include "core/Engine.h"
#include "log/ConnectionLog.h"

#include <QDir>
#include <QLocalSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Password = "Wh1sper-Secret";
const QByteArray PlainPayload = QByteArray("\0alice\0Wh1sper-Secret", 21).toBase64();
const QByteArray BodyMarker = "body-only-text-7731";

EngineConfig config(const QString &dir, LogLevel level)
{
    EngineConfig config;
    config.smtp.hostName = u"gateway.office.test"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.smtp.plaintextAuth = true;
    config.smtp.accounts.insert(u"alice"_s, {QString::fromLatin1(Password), {}});
    config.local.localDomains = {u"office.test"_s};
    config.local.mailRoot = dir + u"/mail"_s;
    config.logLevel = level;
    return config;
}

int finalReplyLines(const QByteArray &replies)
{
    int finals = 0;
    for (const QByteArray &line : replies.split('\n'))
        finals += line.size() > 3 && line.at(3) == ' ' ? 1 : 0;
    return finals;
}

/// One conversation, one command at a time (each waits for its reply; the message content with its
/// final dot counts as one); true when it ended with 221.
bool converse(quint16 port, const QList<QByteArray> &commands)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    QByteArray replies;
    int expected = 1; // the greeting
    for (int i = 0; i <= commands.size(); ++i) {
        if (!QTest::qWaitFor(
                [&] {
                    replies += client.readAll();
                    return finalReplyLines(replies) >= expected;
                },
                5000))
            return false;
        if (i < commands.size())
            client.write(commands.at(i) + "\r\n");
        ++expected;
    }
    return replies.contains("221 ") &&
           QTest::qWaitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 5000);
}

const QList<QByteArray> PlainSession{"EHLO client.office.test",
                                     "AUTH PLAIN " + PlainPayload,
                                     "MAIL FROM:<alice@office.test>",
                                     "RCPT TO:<bob@office.test>",
                                     "DATA",
                                     "Subject: inbound log test\r\nX-Tag: level\r\n\r\n" + BodyMarker +
                                         "\r\n.",
                                     "QUIT"};

struct Office
{
    QTemporaryDir dir;
    Engine engine;
    ControlServer control;

    bool start(LogLevel level)
    {
        QDir().mkpath(dir.path() + u"/mail/bob"_s);
        QString error;
        if (!engine.start(dir.path() + u"/queue"_s, config(dir.path(), level), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        registerLogCommands(control, &engine);
        return true;
    }
};

QList<QByteArray> bodyLines(const QByteArray &answer)
{
    QList<QByteArray> lines = answer.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestInboundLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelIsRespectedAndAuthNeverKept_data();
    void levelIsRespectedAndAuthNeverKept();
    void authLoginExchangeIsRedacted();
    void failedSessionIsLoggedAsFailed();
    void logVerbsAnswer();
    void logChangedReachesWatchers();
};

void TestInboundLog::levelIsRespectedAndAuthNeverKept_data()
{
    QTest::addColumn<LogLevel>("level");
    QTest::newRow("none") << LogLevel::None;
    QTest::newRow("minimum") << LogLevel::Minimum;
    QTest::newRow("medium") << LogLevel::Medium;
    QTest::newRow("maximum") << LogLevel::Maximum;
}

void TestInboundLog::levelIsRespectedAndAuthNeverKept()
{
    QFETCH(LogLevel, level);
    Office office;
    QVERIFY(office.start(level));
    QVERIFY(converse(office.engine.smtpPort(), PlainSession));
    ConnectionLog *log = office.engine.connectionLog();
    if (level == LogLevel::None) {
        QTest::qWait(300);
        QCOMPARE(log->latest(10).size(), 0);
        return;
    }
    QTRY_COMPARE(log->latest(10).size(), 1);
    const ConnectionRecord record = log->latest(10).first();
    QCOMPARE(record.kind, u"inbound"_s);
    QVERIFY2(record.peer.startsWith(u"[127.0.0.1]:"_s), qPrintable(record.peer));
    QVERIFY2(record.peer.endsWith(u" client.office.test"_s), qPrintable(record.peer));
    QVERIFY(record.ok);
    QCOMPARE(record.messages, 1);
    QCOMPARE(record.cycleId, 0);
    const QByteArray &text = record.transcript;
    QVERIFY(!text.contains(PlainPayload));
    QVERIFY(!text.contains(Password));
    QVERIFY(!text.contains(BodyMarker));
    // The whole file, not just the rows: no secret anywhere on disk.
    QFile file(log->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll() + [&] {
        QFile wal(log->path() + u"-wal"_s);
        return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    }();
    QVERIFY(!onDisk.contains(PlainPayload));
    QVERIFY(!onDisk.contains(Password));
    if (level == LogLevel::Minimum) {
        QVERIFY2(text.isEmpty(), text.constData());
        return;
    }
    QVERIFY2(text.contains("C: EHLO client.office.test"), text.constData());
    QVERIFY2(text.contains("C: AUTH PLAIN [redacted]"), text.constData());
    QVERIFY2(text.contains("S: 235 "), text.constData());
    QVERIFY(text.contains("C: MAIL FROM:<alice@office.test>"));
    QVERIFY(text.contains("S: 250 2.0.0 Ok: queued"));
    QVERIFY(text.contains("C: QUIT"));
    QCOMPARE(text.contains("H: Subject: inbound log test"), level == LogLevel::Maximum);
    QCOMPARE(text.contains("H: X-Tag: level"), level == LogLevel::Maximum);
}

void TestInboundLog::authLoginExchangeIsRedacted()
{
    Office office;
    QVERIFY(office.start(LogLevel::Maximum));
    const QByteArray user = QByteArray("alice").toBase64();
    const QByteArray secret = Password.toBase64();
    QVERIFY(
        converse(office.engine.smtpPort(), {"EHLO client.office.test", "AUTH LOGIN", user, secret, "QUIT"}));
    QTRY_COMPARE(office.engine.connectionLog()->latest(10).size(), 1);
    const QByteArray text = office.engine.connectionLog()->latest(10).first().transcript;
    QVERIFY2(text.contains("C: AUTH LOGIN\n"), text.constData());
    QCOMPARE(text.count("C: [redacted]"), 2);
    QVERIFY(text.contains("S: 235 "));
    QVERIFY(!text.contains(secret));
    QVERIFY(!text.contains(Password));
    QVERIFY(!text.contains(QByteArray(user + '\n')));
}

void TestInboundLog::failedSessionIsLoggedAsFailed()
{
    Office office;
    QVERIFY(office.start(LogLevel::Medium));
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, office.engine.smtpPort());
        QVERIFY(client.waitForConnected(5000));
        QByteArray replies;
        QTRY_VERIFY((replies += client.readAll()).contains("220 "));
        client.write("EHLO quitter.test\r\nRCPT TO:<x@office.test>\r\n");
        QTRY_VERIFY((replies += client.readAll()).contains("503 "));
        client.abort(); // gone without QUIT
    }
    QTRY_COMPARE(office.engine.connectionLog()->latest(10).size(), 1);
    const ConnectionRecord record = office.engine.connectionLog()->latest(10).first();
    QVERIFY(!record.ok);
    QVERIFY2(record.error.startsWith(u"503"_s), qPrintable(record.error));
    const QByteArray answer = office.control.answer("log-list result=failed");
    QVERIFY2(answer.startsWith("ok\ntotal=1\n"), answer.constData());
}

void TestInboundLog::logVerbsAnswer()
{
    Office office;
    QVERIFY(office.start(LogLevel::Medium));
    QVERIFY(converse(office.engine.smtpPort(), PlainSession));
    QTRY_COMPARE(office.engine.connectionLog()->latest(10).size(), 1);

    const QList<QByteArray> list = bodyLines(office.control.answer("log-list kind=sessions"));
    QCOMPARE(list.value(0), "ok");
    QCOMPARE(list.value(1), "total=1");
    const QStringList row = parseRow(list.value(2));
    QCOMPARE(row.size(), 11);
    QVERIFY(row.at(0).startsWith(u's'));
    QVERIFY(QDateTime::fromString(row.at(1), Qt::ISODate).isValid());
    QCOMPARE(row.at(2), u"inbound"_s);
    QVERIFY(row.at(3).endsWith(u"client.office.test"_s));
    QCOMPARE(row.at(5), u"0"_s); // sent
    QCOMPARE(row.at(6), u"1"_s); // received
    QCOMPARE(row.at(8), u"ok"_s);
    QCOMPARE(bodyLines(office.control.answer("log-list kind=cycles")).value(1), "total=0");
    QCOMPARE(bodyLines(office.control.answer("log-list search=CLIENT.office")).value(1), "total=1");
    QCOMPARE(bodyLines(office.control.answer("log-list search=absent%20text")).value(1), "total=0");
    QCOMPARE(bodyLines(office.control.answer("log-list from=2000-01-01T00:00:00Z to=2001-01-01T00:00:00Z"))
                 .value(1),
             "total=0");

    const QByteArray show = office.control.answer("log-show " + row.at(0).toUtf8());
    QVERIFY2(show.startsWith("ok\n"), show.constData());
    const QHash<QString, QString> pairs = parsePairs(bodyLines(show));
    QCOMPARE(pairs.value(u"entry"_s), row.at(0));
    QCOMPARE(pairs.value(u"kind"_s), u"inbound"_s);
    QCOMPARE(pairs.value(u"result"_s), u"ok"_s);
    QCOMPARE(pairs.value(u"received"_s), u"1"_s);
    QCOMPARE(pairs.value(u"level"_s), u"medium"_s);
    const QString transcript = pairs.value(u"transcript"_s);
    QVERIFY2(transcript.contains(u"C: AUTH PLAIN [redacted]"_s), qPrintable(transcript));
    QVERIFY(!transcript.contains(QString::fromLatin1(PlainPayload)));
    QVERIFY(!transcript.contains(QString::fromLatin1(Password)));

    // Refusals in plain words.
    QVERIFY(office.control.answer("log-show s99999").startsWith("error: no entry s99999"));
    QVERIFY(office.control.answer("log-show").startsWith("error: "));
    QVERIFY(office.control.answer("log-list result=maybe").startsWith("error: result must be"));
    QVERIFY(office.control.answer("log-list limit=5000").startsWith("error: limit must be"));
    QVERIFY(office.control.answer("log-list from=yesterday").startsWith("error: from is not"));
}

void TestInboundLog::logChangedReachesWatchers()
{
    Office office;
    QVERIFY(office.start(LogLevel::Medium));
    QString error;
    QVERIFY2(office.control.listen(office.dir.path() + u"/control.sock"_s, &error), qPrintable(error));
    QLocalSocket watcher;
    watcher.connectToServer(office.dir.path() + u"/control.sock"_s);
    QVERIFY(watcher.waitForConnected(5000));
    watcher.write("watch\n");
    QByteArray events;
    QTRY_VERIFY((events += watcher.readAll()).startsWith("ok\n"));
    QVERIFY(converse(office.engine.smtpPort(), PlainSession));
    QTRY_VERIFY((events += watcher.readAll()).contains("event\tlog-changed"));
}

QTEST_GUILESS_MAIN(TestInboundLog)
#include "tst_inboundlog.moc"
