// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/DataReceiver.h"

#include <QRandomGenerator>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using Sluice::DataReceiver;
using Policy = DataReceiver::BareLineEndings;
using Problem = DataReceiver::Problem;

namespace {

struct Outcome
{
    bool finished = false;
    int problem = 0;
    QByteArray content;
    QByteArray remaining; ///< octets left unconsumed, including those never fed
    qint64 octetsReceived = 0;
    bool leftUnfinishedOctets = false; ///< consume() returned false but kept octets: never allowed
};

// Feeds input in chunks: 0 = all at once, 1 = one octet at a time, otherwise random sizes from seed.
Outcome feed(const QByteArray &input, DataReceiver::Limits limits, Policy policy, int mode, quint32 seed = 0)
{
    DataReceiver receiver(limits, policy);
    QRandomGenerator random(seed);
    Outcome outcome;
    QByteArray buffer;
    qsizetype pos = 0;
    while (pos < input.size() && !outcome.finished) {
        qsizetype chunk = input.size();
        if (mode == 1)
            chunk = 1;
        else if (mode == 2)
            chunk = 1 + random.bounded(17);
        buffer += input.mid(pos, chunk);
        pos += chunk;
        outcome.finished = receiver.consume(buffer);
        if (!outcome.finished && !buffer.isEmpty())
            outcome.leftUnfinishedOctets = true;
    }
    outcome.problem = int(receiver.problem());
    outcome.content = receiver.content();
    outcome.remaining = buffer + input.mid(pos);
    outcome.octetsReceived = receiver.octetsReceived();
    return outcome;
}

DataReceiver::Limits limitsOf(qint64 maxSize, int maxLine, int maxHops)
{
    DataReceiver::Limits limits;
    limits.maxSize = maxSize;
    limits.maxLineLength = maxLine;
    limits.maxReceivedHeaders = maxHops;
    return limits;
}

QByteArray receivedHeaders(int count)
{
    return "Received: from a.example by b.example; Mon, 1 Jan 2024 00:00:00 +0000\r\n"_ba.repeated(count);
}

} // namespace

class TestDataReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receive_data();
    void receive();
    void crAtChunkBoundary_data();
    void crAtChunkBoundary();
    void longLineKeepsMemoryBounded();
    void consumeAfterFinished();
    void takeContent();
};

void TestDataReceiver::receive_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("policy");
    QTest::addColumn<qint64>("maxSize");
    QTest::addColumn<int>("maxLine");
    QTest::addColumn<int>("maxHops");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("remaining");

    // A row per policy; "both" rows expect the same under Refuse and Normalise.
    auto row = [](const char *name, const QByteArray &input, std::initializer_list<Policy> policies,
                  bool finished, Problem problem, const QByteArray &content, const QByteArray &remaining = {},
                  DataReceiver::Limits limits = {}) {
        for (const Policy policy : policies) {
            const char *suffix = policy == Policy::Refuse ? "refuse" : "normalise";
            QTest::addRow("%s (%s)", name, suffix)
                << input << int(policy) << limits.maxSize << limits.maxLineLength << limits.maxReceivedHeaders
                << finished << int(problem) << (problem == Problem::None ? content : QByteArray())
                << remaining;
        }
    };
    const auto both = {Policy::Refuse, Policy::Normalise};
    const auto refuse = {Policy::Refuse};
    const auto normalise = {Policy::Normalise};

    row("simple message", "Subject: hi\r\n\r\nbody\r\n.\r\n", both, true, Problem::None,
        "Subject: hi\r\n\r\nbody\r\n");
    row("empty message", ".\r\n", both, true, Problem::None, "");
    row("empty line then end", "\r\n.\r\n", both, true, Problem::None, "\r\n");
    row("no end marker yet", "abc\r\n", both, false, Problem::None, "abc\r\n");
    row("dot-unstuffing", "a\r\n..b\r\n...\r\n.x\r\n.\r\n", both, true, Problem::None,
        "a\r\n.b\r\n..\r\nx\r\n");
    row("stuffed lone dot", "..\r\n.\r\n", both, true, Problem::None, ".\r\n");
    row("dot and space is content", "a\r\n. \r\n.\r\n", both, true, Problem::None, "a\r\n \r\n");
    row("dot inside a line stays", "a.b\r\n.\r\n", both, true, Problem::None, "a.b\r\n");
    row("pipelined command stays in the buffer", "a\r\n.\r\nQUIT\r\n", both, true, Problem::None, "a\r\n",
        "QUIT\r\n");
    row("pipelined partial command stays", "a\r\n.\r\nRS", both, true, Problem::None, "a\r\n", "RS");

    // SMTP smuggling: only CRLF.CRLF ends the data; what follows a fake end is message content.
    const QByteArray smuggled = "MAIL FROM:<x@y.example>\r\nRCPT TO:<z@w.example>\r\nDATA\r\nevil\r\n"_ba;
    const QByteArray normalised = "From: a\r\n\r\nbody\r\n.\r\n"_ba + smuggled;
    const std::pair<const char *, QByteArray> fakeEnds[] = {
        {"LF.LF", "\n.\n"_ba},     {"CR.CR", "\r.\r"_ba},     {"LF.CRLF", "\n.\r\n"_ba},
        {"CRLF.LF", "\r\n.\n"_ba}, {"CRLF.CR", "\r\n.\r"_ba}, {"CR.CRLF", "\r.\r\n"_ba},
    };
    for (const auto &[name, fakeEnd] : fakeEnds) {
        const QByteArray input = "From: a\r\n\r\nbody"_ba + fakeEnd + smuggled + ".\r\nQUIT\r\n";
        const QByteArray label = "smuggling with "_ba + name;
        row(label.constData(), input, refuse, true, Problem::BareLineEnding, {}, "QUIT\r\n");
        row(label.constData(), input, normalise, true, Problem::None, normalised, "QUIT\r\n");
        // Without the real end the data never finishes, whatever the policy.
        const QByteArray onlyFake = "From: a\r\n\r\nbody"_ba + fakeEnd + "QUIT\r\n";
        const QByteArray neverLabel = "never ends with only "_ba + name;
        row(neverLabel.constData(), onlyFake, refuse, false, Problem::BareLineEnding, {});
        row(neverLabel.constData(), onlyFake, normalise, false, Problem::None,
            "From: a\r\n\r\nbody\r\n.\r\nQUIT\r\n");
    }

    row("bare LF in headers", "Subject: a\nX: b\r\n\r\nbody\r\n.\r\n", refuse, true, Problem::BareLineEnding,
        {});
    row("bare LF in headers", "Subject: a\nX: b\r\n\r\nbody\r\n.\r\n", normalise, true, Problem::None,
        "Subject: a\r\nX: b\r\n\r\nbody\r\n");
    row("bare CR in body", "a\rb\r\n.\r\n", refuse, true, Problem::BareLineEnding, {});
    row("bare CR in body", "a\rb\r\n.\r\n", normalise, true, Problem::None, "a\r\nb\r\n");
    row("CR CR LF", "a\r\r\n.\r\n", normalise, true, Problem::None, "a\r\n\r\n");
    row("LF CR LF", "a\n\r\n.\r\n", normalise, true, Problem::None, "a\r\n\r\n");
    row("dot after bare LF is not unstuffed", "a\n..b\r\n.\r\n", normalise, true, Problem::None,
        "a\r\n..b\r\n");
    row("bare ending after the real end is not consumed", "a\r\n.\r\n\n", refuse, true, Problem::None,
        "a\r\n", "\n");

    // Size: octets of unstuffed content with CRLF line endings.
    row("size exactly at the limit", "12345678\r\n.\r\n", both, true, Problem::None, "12345678\r\n", {},
        limitsOf(10, 998, 50));
    row("size one over the limit", "123456789\r\n.\r\nQUIT\r\n", both, true, Problem::TooBig, {}, "QUIT\r\n",
        limitsOf(10, 998, 50));
    row("size counts unstuffed content", "..2345678\r\n.\r\n", both, true, Problem::None, ".2345678\r\n", {},
        limitsOf(10, 998, 50));
    row("size over the limit on a later line", "1234\r\n5678\r\nx\r\n.\r\n", both, true, Problem::TooBig, {},
        {}, limitsOf(12, 998, 50));

    // Line length: 998 octets plus CRLF is the RFC 5321 maximum; the transparency dot does not count.
    const QByteArray line998(998, 'x');
    row("line of 998 octets", line998 + "\r\n.\r\n", both, true, Problem::None, line998 + "\r\n");
    row("line of 999 octets", line998 + "y\r\n.\r\nQUIT\r\n", both, true, Problem::LineTooLong, {},
        "QUIT\r\n");
    row("stuffed line of 998 octets", "." + line998 + "\r\n.\r\n", both, true, Problem::None,
        line998 + "\r\n");
    row("stuffed line of 999 octets", ".." + line998 + "\r\n.\r\n", both, true, Problem::LineTooLong, {});
    row("normalised lines are measured apart", line998 + "\n" + line998 + "\r\n.\r\n", normalise, true,
        Problem::None, line998 + "\r\n" + line998 + "\r\n");
    row("line limit of 10", "0123456789\r\n01234567890\r\n.\r\n", both, true, Problem::LineTooLong, {}, {},
        limitsOf(0, 10, 50));

    // Hops: Received: header fields before the first empty line.
    row("50 Received headers", receivedHeaders(50) + "\r\nbody\r\n.\r\n", both, true, Problem::None,
        receivedHeaders(50) + "\r\nbody\r\n");
    row("51 Received headers", receivedHeaders(51) + "\r\nbody\r\n.\r\nQUIT\r\n", both, true,
        Problem::TooManyHops, {}, "QUIT\r\n");
    row("Received in the body is not counted", receivedHeaders(50) + "\r\n" + receivedHeaders(5) + ".\r\n",
        both, true, Problem::None, receivedHeaders(50) + "\r\n" + receivedHeaders(5));
    row("received in lower case is counted", "received: x\r\nRECEIVED: y\r\n\r\n.\r\n", both, true,
        Problem::TooManyHops, {}, {}, limitsOf(0, 998, 1));
    row("space before the colon is counted", "Received : x\r\nReceived: y\r\n\r\n.\r\n", both, true,
        Problem::TooManyHops, {}, {}, limitsOf(0, 998, 1));
    row("other fields are not counted", "X-Received: x\r\nReceived-SPF: y\r\nReceived: z\r\n\r\n.\r\n", both,
        true, Problem::None, "X-Received: x\r\nReceived-SPF: y\r\nReceived: z\r\n\r\n", {},
        limitsOf(0, 998, 1));
    row("headers ended by a normalised empty line", "A: b\n\nReceived: x\r\nReceived: y\r\n.\r\n", normalise,
        true, Problem::None, "A: b\r\n\r\nReceived: x\r\nReceived: y\r\n", {}, limitsOf(0, 998, 1));
}

void TestDataReceiver::receive()
{
    QFETCH(QByteArray, input);
    QFETCH(int, policy);
    QFETCH(qint64, maxSize);
    QFETCH(int, maxLine);
    QFETCH(int, maxHops);
    QFETCH(bool, finished);
    QFETCH(int, problem);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, remaining);

    const DataReceiver::Limits limits = limitsOf(maxSize, maxLine, maxHops);
    // Whole, one octet at a time, and random chunk sizes must all give the same result.
    const int runs[][2] = {{0, 0}, {1, 0}, {2, 1}, {2, 7}, {2, 42}, {2, 1234}};
    for (const auto &[mode, seed] : runs) {
        const QByteArray context = "mode " + QByteArray::number(mode) + " seed " + QByteArray::number(seed);
        const Outcome outcome = feed(input, limits, Policy(policy), mode, quint32(seed));
        QVERIFY2(!outcome.leftUnfinishedOctets, context.constData());
        QVERIFY2(outcome.finished == finished, context.constData());
        QVERIFY2(outcome.problem == problem, context.constData());
        QVERIFY2(outcome.content == content, context.constData());
        QVERIFY2(outcome.remaining == remaining, context.constData());
        QVERIFY2(outcome.octetsReceived == input.size() - remaining.size(), context.constData());
    }
}

void TestDataReceiver::crAtChunkBoundary_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<int>("policy");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QByteArray>("content");

    using C = QList<QByteArray>;
    const int refuse = int(Policy::Refuse);
    const int normalise = int(Policy::Normalise);
    QTest::newRow("CR | LF ends a line")
        << C{"a\r", "\nb\r\n.\r\n"} << refuse << true << int(Problem::None) << "a\r\nb\r\n"_ba;
    QTest::newRow("end marker split after CR")
        << C{"a\r\n.\r", "\n"} << refuse << true << int(Problem::None) << "a\r\n"_ba;
    QTest::newRow("end marker split after dot")
        << C{"a\r\n.", "\r\n"} << refuse << true << int(Problem::None) << "a\r\n"_ba;
    QTest::newRow("end marker split before dot")
        << C{"a\r\n", ".\r\n"} << refuse << true << int(Problem::None) << "a\r\n"_ba;
    QTest::newRow("CR | other is bare, refused")
        << C{"a\r", "b\r\n.\r\n"} << refuse << true << int(Problem::BareLineEnding) << QByteArray();
    QTest::newRow("CR | other is bare, normalised")
        << C{"a\r", "b\r\n.\r\n"} << normalise << true << int(Problem::None) << "a\r\nb\r\n"_ba;
    QTest::newRow("dot CR | dot is no end")
        << C{"a\r\n.\r", ".\r\n.\r\n"} << normalise << true << int(Problem::None) << "a\r\n.\r\n.\r\n"_ba;
    QTest::newRow("dot CR | LF-less tail waits")
        << C{"a\r\n.\r"} << refuse << false << int(Problem::None) << "a\r\n"_ba;
}

void TestDataReceiver::crAtChunkBoundary()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(int, policy);
    QFETCH(bool, finished);
    QFETCH(int, problem);
    QFETCH(QByteArray, content);

    DataReceiver receiver({}, Policy(policy));
    bool done = false;
    for (QByteArray chunk : std::as_const(chunks)) {
        QVERIFY(!done);
        done = receiver.consume(chunk);
        QVERIFY(chunk.isEmpty());
    }
    QCOMPARE(done, finished);
    QCOMPARE(receiver.isFinished(), finished);
    QCOMPARE(int(receiver.problem()), problem);
    QCOMPARE(receiver.content(), content);
}

// A client that never sends CRLF must not make the server buffer the line.
void TestDataReceiver::longLineKeepsMemoryBounded()
{
#ifdef Q_OS_LINUX
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
#endif
    DataReceiver receiver({}, Policy::Refuse);
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 1024; ++i) { // 64 MB in one line
        QByteArray buffer = chunk;
        QVERIFY(!receiver.consume(buffer));
        QVERIFY(buffer.isEmpty());
        if (i == 31) { // 2 MB
            QCOMPARE(receiver.problem(), Problem::LineTooLong);
            QCOMPARE(receiver.content().size(), 0);
        }
    }
#ifdef Q_OS_LINUX
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    // ru_maxrss is in KiB: buffering the line would have raised the peak by some 64 MiB.
    QVERIFY2(after.ru_maxrss - before.ru_maxrss < 16 * 1024,
             QByteArray::number(qint64(after.ru_maxrss - before.ru_maxrss)).constData());
#endif
    QByteArray end = "\r\nnext\r\n.\r\nQUIT\r\n"_ba;
    QVERIFY(receiver.consume(end));
    QCOMPARE(end, "QUIT\r\n"_ba);
    QCOMPARE(receiver.problem(), Problem::LineTooLong);
    QCOMPARE(receiver.content().size(), 0);
    QCOMPARE(receiver.octetsReceived(), 64 * 1024 * 1024 + 11);
}

void TestDataReceiver::consumeAfterFinished()
{
    DataReceiver receiver({}, Policy::Refuse);
    QByteArray buffer = "a\r\n.\r\n"_ba;
    QVERIFY(receiver.consume(buffer));
    QByteArray more = ".\r\nMAIL FROM:<>\r\n"_ba;
    QVERIFY(receiver.consume(more));
    QCOMPARE(more, ".\r\nMAIL FROM:<>\r\n"_ba);
    QCOMPARE(receiver.content(), "a\r\n"_ba);
    QCOMPARE(receiver.octetsReceived(), 6);
}

void TestDataReceiver::takeContent()
{
    DataReceiver receiver({}, Policy::Normalise);
    QByteArray buffer = "Subject: x\r\n\r\nhello\r\n.\r\n"_ba;
    QVERIFY(receiver.consume(buffer));
    QCOMPARE(receiver.takeContent(), "Subject: x\r\n\r\nhello\r\n"_ba);
    QVERIFY(receiver.content().isEmpty());
}

QTEST_GUILESS_MAIN(TestDataReceiver)
#include "tst_datareceiver.moc"
