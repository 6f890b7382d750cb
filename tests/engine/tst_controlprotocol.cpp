// SPDX-License-Identifier: GPL-3.0-or-later
// The control socket's wire format and server: requests with arguments survive encoding, rows never
// break their framing, handlers answer, unknown verbs and oversized commands are refused, and watchers
// get broadcast events while one-shot clients get one answer and the close.

#include "control/ControlProtocol.h"
#include "control/ControlServer.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

class TestControlProtocol : public QObject
{
    Q_OBJECT

private:
    static QByteArray exchange(const QString &path, const QByteArray &line)
    {
        QLocalSocket socket;
        socket.connectToServer(path);
        if (!socket.waitForConnected(5000))
            return "not connected";
        socket.write(line);
        QByteArray answer;
        // The server runs on this thread: wait with the event loop turning, never block in the socket.
        const bool closed = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QLocalSocket::UnconnectedState;
            },
            5000);
        if (!closed)
            return "no close: " + answer;
        return answer + socket.readAll();
    }

private Q_SLOTS:
    void requestRoundTrip()
    {
        ControlRequest request;
        request.verb = "queue-list";
        request.arguments = {u"A1B2"_s, u"x=y has spaces"_s, u"ünïcode"_s};
        request.options = {{u"search"_s, u"alice smith%20=\t"_s}, {u"limit"_s, u"200"_s}};
        const QByteArray line = request.toLine();
        QVERIFY(!line.contains('\n'));
        QVERIFY(!line.contains('\t'));
        const ControlRequest parsed = ControlRequest::parse(line);
        QCOMPARE(parsed.verb, request.verb);
        QCOMPARE(parsed.arguments, request.arguments);
        QCOMPARE(parsed.options, request.options);
        QCOMPARE(parsed.option(u"missing"_s, u"fallback"_s), u"fallback"_s);
    }

    void rowsKeepTheirFraming()
    {
        const QStringList fields{u"id"_s, u"line one\nline two"_s, u"tab\there"_s, u"100% sure\r"_s,
                                 QString()};
        const QByteArray row = formatRow(fields);
        QVERIFY(row.endsWith('\n'));
        QCOMPARE(row.count('\n'), 1);
        QCOMPARE(row.count('\t'), 4);
        QCOMPARE(parseRow(row.chopped(1)), fields);
        // Readable text stays readable: only framing characters and '%' are escaped.
        QCOMPARE(formatRow({u"alice@example.org"_s, u"250 2.0.0 Ok: queued"_s}),
                 "alice@example.org\t250 2.0.0 Ok: queued\n"_ba);
    }

    void pairsSkipRows()
    {
        const QList<QByteArray> lines{formatPair("total", u"12"_s).chopped(1),
                                      formatPair("headers", u"Subject: a=b\nFrom: x"_s).chopped(1),
                                      formatRow({u"recipient"_s, u"k=v"_s}).chopped(1)};
        const QHash<QString, QString> pairs = parsePairs(lines);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs.value(u"total"_s), u"12"_s);
        QCOMPARE(pairs.value(u"headers"_s), u"Subject: a=b\nFrom: x"_s);
    }

    void serverAnswersAndCloses()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"control.sock"_s);
        ControlServer server;
        QString error;
        QVERIFY2(server.listen(path, &error), qPrintable(error));
        server.addHandler("echo", [](const ControlRequest &request) {
            return ControlReply::success(formatRow(request.arguments) +
                                         formatPair("search", request.option(u"search"_s)));
        });
        server.addHandler("fail", [](const ControlRequest &) {
            return ControlReply::failure(u"no message 42\nin the queue"_s);
        });
        ControlRequest echo;
        echo.verb = "echo";
        echo.arguments = {u"a b"_s, u"c"_s};
        echo.options = {{u"search"_s, u"x y"_s}};
        QCOMPARE(exchange(path, echo.toLine() + '\n'), "ok\na b\tc\nsearch=x y\n"_ba);
        // An error stays on one line whatever the reason says.
        QCOMPARE(exchange(path, "fail\n"), "error: no message 42%0Ain the queue\n"_ba);
        QCOMPARE(exchange(path, "bogus\n"), "error: unknown command\n"_ba);
        QCOMPARE(exchange(path, QByteArray(5000, 'x')), "error: command too long\n"_ba);
        QCOMPARE(server.answer("echo z"), "ok\nz\nsearch=\n"_ba);
    }

    void watchersGetEvents()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"control.sock"_s);
        ControlServer server;
        QString error;
        QVERIFY2(server.listen(path, &error), qPrintable(error));
        QLocalSocket watcher;
        watcher.connectToServer(path);
        QVERIFY(watcher.waitForConnected(5000));
        watcher.write("watch\n");
        QByteArray received;
        QTRY_VERIFY((received += watcher.readAll()).startsWith("ok\n"));
        QTRY_COMPARE(server.watcherCount(), 1);
        server.broadcast("queue-changed");
        server.broadcast("notify", {u"dial-failed"_s, u"The modem\tdid not answer"_s});
        QTRY_VERIFY((received += watcher.readAll()).count('\n') == 3);
        QCOMPARE(received,
                 "ok\nevent\tqueue-changed\nevent\tnotify\tdial-failed\tThe modem%09did not answer\n"_ba);
        // The watcher stays connected; a one-shot request meanwhile is answered on its own.
        QCOMPARE(watcher.state(), QLocalSocket::ConnectedState);
        QCOMPARE(exchange(path, "bogus\n"), "error: unknown command\n"_ba);
        watcher.disconnectFromServer();
        server.broadcast("queue-changed");
        QTRY_COMPARE(server.watcherCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestControlProtocol)
#include "tst_controlprotocol.moc"
