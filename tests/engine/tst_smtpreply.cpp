// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpReply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Sluice::SmtpReply;
using Sluice::SmtpReplyReader;

Q_DECLARE_METATYPE(Sluice::SmtpReply)

class TestSmtpReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toWire_data();
    void toWire();
    void wrapsLongLines_data();
    void wrapsLongLines();
    void classification();
    void reader_data();
    void reader();
    void readerStartsAfreshAfterErrorAndTake();
    void roundTrip();
};

void TestSmtpReply::toWire_data()
{
    QTest::addColumn<SmtpReply>("reply");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("single line") << SmtpReply::make(250, {}, "OK") << "250 OK\r\n"_ba;
    QTest::newRow("single line, enhanced code")
        << SmtpReply::make(250, "2.1.0", "Sender ok") << "250 2.1.0 Sender ok\r\n"_ba;
    QTest::newRow("multi-line") << SmtpReply::make(250, {}, "mx.example\nPIPELINING\nSIZE 1000")
                                << "250-mx.example\r\n250-PIPELINING\r\n250 SIZE 1000\r\n"_ba;
    QTest::newRow("multi-line, enhanced code on every line")
        << SmtpReply::make(550, "5.7.1", "first\nsecond\nthird")
        << "550-5.7.1 first\r\n550-5.7.1 second\r\n550 5.7.1 third\r\n"_ba;
    QTest::newRow("CRLF separators in text") << SmtpReply::make(214, {}, "a\r\nb") << "214-a\r\n214 b\r\n"_ba;
    QTest::newRow("empty text") << SmtpReply::make(250, {}, "") << "250\r\n"_ba;
    QTest::newRow("empty text, enhanced code") << SmtpReply::make(250, "2.0.0", "") << "250 2.0.0\r\n"_ba;
    QTest::newRow("empty continuation line")
        << SmtpReply::make(250, {}, "\nlast") << "250-\r\n250 last\r\n"_ba;

    SmtpReply injected;
    injected.code = 501;
    injected.lines = {"bad <a\r\n250 fake>"_ba, "x\ry"_ba};
    QTest::newRow("line breaks inside a line cannot inject a reply")
        << injected << "501-bad <a  250 fake>\r\n501 x y\r\n"_ba;
    SmtpReply noLines;
    noLines.code = 221;
    QTest::newRow("no lines at all") << noLines << "221\r\n"_ba;
}

void TestSmtpReply::toWire()
{
    QFETCH(SmtpReply, reply);
    QFETCH(QByteArray, wire);
    QCOMPARE(reply.toWire(), wire);
}

void TestSmtpReply::wrapsLongLines_data()
{
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expectedLines");
    QTest::addColumn<bool>("splitAtSpaces");

    // "250 " + text + CRLF: 506 octets of text fill a wire line exactly.
    QTest::newRow("506 octets fit one line") << QByteArray() << QByteArray(506, 'x') << 1 << false;
    QTest::newRow("507 octets without space are cut hard")
        << QByteArray() << QByteArray(507, 'x') << 2 << false;
    // "250 2.0.0 " leaves 500 octets.
    QTest::newRow("500 octets with enhanced code fit one line")
        << "2.0.0"_ba << QByteArray(500, 'x') << 1 << false;
    QTest::newRow("501 octets with enhanced code are cut hard")
        << "2.0.0"_ba << QByteArray(501, 'x') << 2 << false;
    QTest::newRow("3000 octets without space") << QByteArray() << QByteArray(3000, 'y') << 6 << false;
    QTest::newRow("words wrap at spaces") << QByteArray() << "word "_ba.repeated(300).trimmed() << 3 << true;
    QTest::newRow("words wrap at spaces, enhanced code") << "5.1.1"_ba
                                                         << "word "_ba.repeated(300).trimmed() << 3 << true;
}

void TestSmtpReply::wrapsLongLines()
{
    QFETCH(QByteArray, enhanced);
    QFETCH(QByteArray, text);
    QFETCH(int, expectedLines);
    QFETCH(bool, splitAtSpaces);

    const QByteArray wire = SmtpReply::make(250, enhanced, text).toWire();
    QVERIFY(wire.endsWith("\r\n"));
    QList<QByteArray> lines = wire.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // after the final LF
    QCOMPARE(lines.size(), expectedLines);

    QByteArray rejoined;
    const QByteArray prefix = enhanced.isEmpty() ? QByteArray() : enhanced + ' ';
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        QVERIFY2(line.size() + 1 <= 512, line.left(20).constData());
        QVERIFY(line.endsWith('\r'));
        const bool last = i == lines.size() - 1;
        QCOMPARE(line.left(4), last ? "250 "_ba : "250-"_ba);
        QVERIFY(line.mid(4).startsWith(prefix));
        if (!rejoined.isEmpty() && splitAtSpaces)
            rejoined += ' ';
        rejoined += line.mid(4 + prefix.size()).chopped(1);
    }
    QCOMPARE(rejoined, text);
}

void TestSmtpReply::classification()
{
    QVERIFY(SmtpReply::make(250, {}, "ok").isPositive());
    QVERIFY(SmtpReply::make(354, {}, "go").isPositive());
    QVERIFY(SmtpReply::make(451, {}, "later").isTransientFailure());
    QVERIFY(!SmtpReply::make(451, {}, "later").isPermanentFailure());
    QVERIFY(SmtpReply::make(554, {}, "no").isPermanentFailure());
    QVERIFY(!SmtpReply::make(199, {}, "x").isValid());
    QVERIFY(!SmtpReply::make(600, {}, "x").isValid());
    QCOMPARE(SmtpReply::make(250, {}, "a\nb c").text(), "a b c"_ba);
}

void TestSmtpReply::reader_data()
{
    QTest::addColumn<QList<QByteArray>>("input");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QList<QByteArray>>("lines");

    const int More = int(SmtpReplyReader::Status::NeedMore);
    const int Done = int(SmtpReplyReader::Status::Complete);
    const int Error = int(SmtpReplyReader::Status::Error);
    using L = QList<QByteArray>;
    using S = QList<int>;

    QTest::newRow("single line") << L{"250 OK"} << S{Done} << 250 << QByteArray() << L{"OK"};
    QTest::newRow("multi-line EHLO") << L{"250-mx.example Hello", "250-PIPELINING", "250 SIZE 1000"}
                                     << S{More, More, Done} << 250 << QByteArray()
                                     << L{"mx.example Hello", "PIPELINING", "SIZE 1000"};
    QTest::newRow("enhanced code") << L{"550 5.1.1 No such user"} << S{Done} << 550 << "5.1.1"_ba
                                   << L{"No such user"};
    QTest::newRow("enhanced code with three-digit parts")
        << L{"451 4.123.456 Later"} << S{Done} << 451 << "4.123.456"_ba << L{"Later"};
    QTest::newRow("enhanced code repeated on continuation lines")
        << L{"550-5.7.1 first", "550 5.7.1 second"} << S{More, Done} << 550 << "5.7.1"_ba
        << L{"first", "second"};
    QTest::newRow("enhanced code alone") << L{"250 2.0.0"} << S{Done} << 250 << "2.0.0"_ba << L{""};
    QTest::newRow("enhanced class must match the code")
        << L{"250 5.1.1 odd"} << S{Done} << 250 << QByteArray() << L{"5.1.1 odd"};
    QTest::newRow("version number is not an enhanced code")
        << L{"220 2.0.0.1 ready"} << S{Done} << 220 << QByteArray() << L{"2.0.0.1 ready"};
    QTest::newRow("four-digit subject is not an enhanced code")
        << L{"250 2.1234.0 x"} << S{Done} << 250 << QByteArray() << L{"2.1234.0 x"};
    QTest::newRow("bare code") << L{"250"} << S{Done} << 250 << QByteArray() << L{""};
    QTest::newRow("empty continuation")
        << L{"250-", "250 ok"} << S{More, Done} << 250 << QByteArray() << L{"", "ok"};
    QTest::newRow("line of exactly 510 octets (512 with CRLF)")
        << L{"250 "_ba + QByteArray(506, 'x')} << S{Done} << 250 << QByteArray() << L{QByteArray(506, 'x')};

    QTest::newRow("line over 512 octets")
        << L{"250 "_ba + QByteArray(507, 'x')} << S{Error} << 0 << QByteArray() << L{};
    QTest::newRow("no code") << L{"hello"} << S{Error} << 0 << QByteArray() << L{};
    QTest::newRow("empty line") << L{""} << S{Error} << 0 << QByteArray() << L{};
    QTest::newRow("two-digit code") << L{"25 ok"} << S{Error} << 0 << QByteArray() << L{};
    QTest::newRow("code below 200") << L{"199 x"} << S{Error} << 0 << QByteArray() << L{};
    QTest::newRow("code above 599") << L{"600 x"} << S{Error} << 0 << QByteArray() << L{};
    QTest::newRow("bad separator") << L{"250x"} << S{Error} << 0 << QByteArray() << L{};
    QTest::newRow("four-digit code") << L{"2500 x"} << S{Error} << 0 << QByteArray() << L{};
    QTest::newRow("mismatched continuation code")
        << L{"250-first", "251 second"} << S{More, Error} << 0 << QByteArray() << L{};
    QTest::newRow("malformed continuation line")
        << L{"250-first", "garbage"} << S{More, Error} << 0 << QByteArray() << L{};
}

void TestSmtpReply::reader()
{
    QFETCH(QList<QByteArray>, input);
    QFETCH(QList<int>, statuses);
    QFETCH(int, code);
    QFETCH(QByteArray, enhanced);
    QFETCH(QList<QByteArray>, lines);

    SmtpReplyReader reader;
    for (qsizetype i = 0; i < input.size(); ++i)
        QCOMPARE(int(reader.feedLine(input[i])), statuses[i]);
    if (statuses.last() == int(SmtpReplyReader::Status::Error)) {
        QVERIFY(!reader.errorString().isEmpty());
        return;
    }
    const SmtpReply reply = reader.takeReply();
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.enhancedCode, enhanced);
    QCOMPARE(reply.lines, lines);
}

void TestSmtpReply::readerStartsAfreshAfterErrorAndTake()
{
    SmtpReplyReader reader;
    QCOMPARE(reader.feedLine("250-a"), SmtpReplyReader::Status::NeedMore);
    QCOMPARE(reader.feedLine("354 b"), SmtpReplyReader::Status::Error);
    QCOMPARE(reader.feedLine("221 2.0.0 bye"), SmtpReplyReader::Status::Complete);
    SmtpReply reply = reader.takeReply();
    QCOMPARE(reply.code, 221);
    QCOMPARE(reply.lines, QList<QByteArray>{"bye"});

    QCOMPARE(reader.feedLine("250 next"), SmtpReplyReader::Status::Complete);
    reply = reader.takeReply();
    QCOMPARE(reply.code, 250);
    QVERIFY(reply.enhancedCode.isEmpty());
    QCOMPARE(reply.lines, QList<QByteArray>{"next"});
}

void TestSmtpReply::roundTrip()
{
    const SmtpReply original = SmtpReply::make(452, "4.5.3", "Too many recipients\nTry again later");
    SmtpReplyReader reader;
    QList<QByteArray> wireLines = original.toWire().split('\n');
    wireLines.removeLast();
    SmtpReplyReader::Status status = SmtpReplyReader::Status::NeedMore;
    for (const QByteArray &line : std::as_const(wireLines))
        status = reader.feedLine(line.chopped(1));
    QCOMPARE(status, SmtpReplyReader::Status::Complete);
    const SmtpReply parsed = reader.takeReply();
    QCOMPARE(parsed.code, original.code);
    QCOMPARE(parsed.enhancedCode, original.enhancedCode);
    QCOMPARE(parsed.lines, original.lines);
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
