// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 3464 failure reports and delay warnings, read back field by field here and by Python's
// email package (check_report.py).

#include "outbound/DeliveryReport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Sluice;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Original =
    "Received: from client.example (client.example [192.0.2.1])\r\n"
    "\tby gw.example.org (Sluice) with ESMTP id Q1; Sun, 1 Mar 2026 12:00:00 +0000\r\n"
    "From: Alice <alice@example.org>\r\n"
    "To: bob@remote.test\r\n"
    "Subject: quarterly figures\r\n"
    "Message-ID: <m1@example.org>\r\n"
    "\r\n"
    "The secret body.\r\n"
    "--=_sluice_notreallyaboundary\r\n";

/// A header section split into (name, unfolded value) pairs.
QList<std::pair<QByteArray, QByteArray>> fields(const QByteArray &section)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (const QByteArray &line : section.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (trimmed.isEmpty())
            continue;
        if ((trimmed.startsWith(' ') || trimmed.startsWith('\t')) && !out.isEmpty()) {
            out.last().second += ' ' + trimmed.trimmed();
            continue;
        }
        const qsizetype colon = trimmed.indexOf(':');
        out.append({trimmed.left(colon), trimmed.mid(colon + 1).trimmed()});
    }
    return out;
}

QByteArray field(const QByteArray &section, const QByteArray &name)
{
    for (const auto &[key, value] : fields(section)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct Part
{
    QByteArray headers;
    QByteArray body;
};

struct Parsed
{
    QByteArray headers;
    QByteArray boundary;
    QList<Part> parts;
};

Parsed parse(const QByteArray &content)
{
    Parsed parsed;
    const qsizetype end = content.indexOf("\r\n\r\n");
    parsed.headers = content.left(end + 2);
    const QRegularExpression boundary(u"boundary=\"([^\"]+)\""_s);
    parsed.boundary =
        boundary.match(QString::fromLatin1(field(parsed.headers, "Content-Type"))).captured(1).toLatin1();
    const QByteArray delimiter = "\r\n--" + parsed.boundary;
    QList<QByteArray> chunks;
    qsizetype from = content.indexOf(delimiter, end);
    while (from >= 0) {
        const qsizetype next = content.indexOf(delimiter, from + delimiter.size());
        if (next < 0)
            break;
        chunks.append(content.mid(from + delimiter.size() + 2, next - from - delimiter.size() - 2));
        from = next;
    }
    for (const QByteArray &chunk : chunks) {
        const qsizetype split = chunk.indexOf("\r\n\r\n");
        parsed.parts.append({chunk.left(split + 2), chunk.mid(split + 4)});
    }
    return parsed;
}

ReportedRecipient refused()
{
    ReportedRecipient recipient;
    recipient.address = "bob@remote.test";
    recipient.status = "5.1.1";
    recipient.remoteMta = u"mx1.remote.test"_s;
    recipient.diagnostic = "550 5.1.1 <bob@remote.test>: Recipient address rejected: User unknown";
    recipient.lastAttempt = QDateTime(QDate(2026, 3, 1), QTime(12, 5), Qt::UTC);
    return recipient;
}

ReportedRecipient noDomain()
{
    ReportedRecipient recipient;
    recipient.address = "carol@gone.test";
    recipient.status = "5.1.2";
    recipient.diagnostic = "no such domain: gone.test";
    recipient.diagnosticIsSmtpReply = false;
    recipient.lastAttempt = QDateTime(QDate(2026, 3, 1), QTime(12, 5), Qt::UTC);
    return recipient;
}

const QDateTime Arrival(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QDateTime Now(QDate(2026, 3, 1), QTime(12, 6), Qt::UTC);

} // namespace

class TestDeliveryReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void failureReport();
    void fullMessageOnRequest();
    void delayWarning();
    void noReportForTheNullSender();
    void copyToPostmaster();
    void longDiagnosticsAreFolded();
    void eightBitHeadersAreDeclared();
    void statusFor_data();
    void statusFor();
    void pythonReadsIt_data();
    void pythonReadsIt();
};

void TestDeliveryReport::failureReport()
{
    DeliveryReport report(DeliveryReport::Kind::Failure, u"gw.example.org"_s, "postmaster@example.org");
    report.addRecipient(refused());
    report.addRecipient(noDomain());
    const std::optional<NewMessage> message =
        report.build(u"Q1"_s, "alice@example.org", Arrival, Original, Now);
    QVERIFY(message);

    // The envelope: from <>, to the original sender only.
    QVERIFY(message->sender.isEmpty());
    QCOMPARE(message->recipients.size(), 1);
    QCOMPARE(message->recipients.first().address, QByteArray("alice@example.org"));
    QCOMPARE(message->recipients.first().route, RecipientRoute::Remote);
    QVERIFY(!message->queueId.isEmpty());
    QVERIFY(message->queueId != u"Q1"_s);

    const QByteArray &content = message->content;
    QVERIFY(!QByteArray(content).replace("\r\n", "").contains('\n'));
    QVERIFY(!QByteArray(content).replace("\r\n", "").contains('\r'));

    const Parsed parsed = parse(content);
    QCOMPARE(field(parsed.headers, "From"), QByteArray("Mail Delivery System <postmaster@example.org>"));
    QCOMPARE(field(parsed.headers, "To"), QByteArray("<alice@example.org>"));
    QCOMPARE(field(parsed.headers, "Subject"), QByteArray("Undelivered mail returned to sender"));
    QCOMPARE(field(parsed.headers, "Date"), QByteArray("Sun, 1 Mar 2026 12:06:00 +0000"));
    QCOMPARE(field(parsed.headers, "Message-ID"), "<" + message->queueId.toLatin1() + "@gw.example.org>");
    QCOMPARE(field(parsed.headers, "MIME-Version"), QByteArray("1.0"));
    QCOMPARE(field(parsed.headers, "Auto-Submitted"), QByteArray("auto-replied"));
    QVERIFY(
        field(parsed.headers, "Content-Type").startsWith("multipart/report; report-type=delivery-status;"));
    QVERIFY(!parsed.boundary.isEmpty());
    QVERIFY(content.endsWith(QByteArray("\r\n--" + parsed.boundary + "--\r\n")));
    QCOMPARE(parsed.parts.size(), 3);
    for (const Part &part : parsed.parts)
        QVERIFY(!part.body.contains(QByteArray("--" + parsed.boundary)));

    // 1: plain words.
    QCOMPARE(field(parsed.parts[0].headers, "Content-Type"), QByteArray("text/plain; charset=us-ascii"));
    const QByteArray text = parsed.parts[0].body;
    QVERIFY(text.contains("could not be delivered"));
    QVERIFY(text.contains("<bob@remote.test>"));
    QVERIFY(text.contains("mx1.remote.test"));
    QVERIFY(text.contains("User unknown"));
    QVERIFY(text.contains("<carol@gone.test>"));
    QVERIFY(text.contains("no such domain: gone.test"));

    // 2: message/delivery-status: per-message fields, then one group per recipient.
    QCOMPARE(field(parsed.parts[1].headers, "Content-Type"), QByteArray("message/delivery-status"));
    const QList<QByteArray> groups =
        QByteArray(parsed.parts[1].body).replace("\r\n\r\n", "\x01").split('\x01');
    QCOMPARE(groups.size(), 3);
    QCOMPARE(field(groups[0], "Reporting-MTA"), QByteArray("dns; gw.example.org"));
    QCOMPARE(field(groups[0], "Arrival-Date"), QByteArray("Sun, 1 Mar 2026 12:00:00 +0000"));
    QCOMPARE(field(groups[1], "Final-Recipient"), QByteArray("rfc822; bob@remote.test"));
    QCOMPARE(field(groups[1], "Action"), QByteArray("failed"));
    QCOMPARE(field(groups[1], "Status"), QByteArray("5.1.1"));
    QCOMPARE(field(groups[1], "Remote-MTA"), QByteArray("dns; mx1.remote.test"));
    QCOMPARE(field(groups[1], "Diagnostic-Code"),
             QByteArray("smtp; 550 5.1.1 <bob@remote.test>: Recipient address rejected: User unknown"));
    QCOMPARE(field(groups[1], "Last-Attempt-Date"), QByteArray("Sun, 1 Mar 2026 12:05:00 +0000"));
    QCOMPARE(field(groups[2], "Final-Recipient"), QByteArray("rfc822; carol@gone.test"));
    QCOMPARE(field(groups[2], "Status"), QByteArray("5.1.2"));
    QVERIFY(field(groups[2], "Remote-MTA").isEmpty()); // no host answered
    QVERIFY(!field(groups[2], "Diagnostic-Code").startsWith("smtp;"));

    // 3: the original's headers, exactly, and nothing of its body.
    QCOMPARE(field(parsed.parts[2].headers, "Content-Type"), QByteArray("text/rfc822-headers"));
    QVERIFY(parsed.parts[2].body.startsWith(DeliveryReport::headerSection(Original)));
    QVERIFY(!content.contains("The secret body."));
}

void TestDeliveryReport::fullMessageOnRequest()
{
    DeliveryReport report(DeliveryReport::Kind::Failure, u"gw.example.org"_s, "postmaster@example.org");
    report.setReturn(DeliveryReport::Return::FullMessage);
    report.addRecipient(refused());
    const std::optional<NewMessage> message =
        report.build(u"Q1"_s, "alice@example.org", Arrival, Original, Now);
    QVERIFY(message);
    const Parsed parsed = parse(message->content);
    QCOMPARE(parsed.parts.size(), 3);
    QCOMPARE(field(parsed.parts[2].headers, "Content-Type"), QByteArray("message/rfc822"));
    QVERIFY(parsed.parts[2].body.startsWith(Original));
    // The original carries a line that looks like a boundary of ours: the real one must differ.
    QVERIFY(!Original.contains(parsed.boundary));
}

void TestDeliveryReport::delayWarning()
{
    DeliveryReport report(DeliveryReport::Kind::DelayWarning, u"gw.example.org"_s, "postmaster@example.org");
    report.setWillRetryUntil(Arrival.addDays(2));
    ReportedRecipient slow = refused();
    slow.status = "4.2.2";
    slow.diagnostic = "452 4.2.2 Mailbox full";
    report.addRecipient(slow);
    const std::optional<NewMessage> message =
        report.build(u"Q1"_s, "alice@example.org", Arrival, Original, Now);
    QVERIFY(message);
    const Parsed parsed = parse(message->content);
    QCOMPARE(field(parsed.headers, "Subject"), QByteArray("Delayed mail (still being retried)"));
    const QByteArray text = QByteArray(parsed.parts[0].body).replace("\r\n", " ");
    QVERIFY(text.contains("only a warning"));
    QVERIFY(text.contains("Tue, 3 Mar 2026 12:00:00 +0000"));
    const QByteArray status = parsed.parts[1].body;
    QCOMPARE(field(status, "Action"), QByteArray("delayed"));
    QCOMPARE(field(status, "Status"), QByteArray("4.2.2"));
    QCOMPARE(field(status, "Will-Retry-Until"), QByteArray("Tue, 3 Mar 2026 12:00:00 +0000"));
}

void TestDeliveryReport::noReportForTheNullSender()
{
    DeliveryReport report(DeliveryReport::Kind::Failure, u"gw.example.org"_s, "postmaster@example.org");
    report.addRecipient(refused());
    QVERIFY(!report.build(u"Q1"_s, QByteArray(), Arrival, Original, Now));
    DeliveryReport empty(DeliveryReport::Kind::Failure, u"gw.example.org"_s, "postmaster@example.org");
    QVERIFY(empty.isEmpty());
    QVERIFY(!empty.build(u"Q1"_s, "alice@example.org", Arrival, Original, Now));
}

void TestDeliveryReport::copyToPostmaster()
{
    DeliveryReport report(DeliveryReport::Kind::Failure, u"gw.example.org"_s, "postmaster@example.org");
    report.setCopyToPostmaster(true);
    report.addRecipient(refused());
    const std::optional<NewMessage> message =
        report.build(u"Q1"_s, "alice@example.org", Arrival, Original, Now);
    QVERIFY(message);
    QCOMPARE(message->recipients.size(), 2);
    QCOMPARE(message->recipients[1].address, QByteArray("postmaster@example.org"));
    QCOMPARE(field(parse(message->content).headers, "To"), QByteArray("<alice@example.org>"));
    // The postmaster's own mail failing: one copy is enough.
    const std::optional<NewMessage> own =
        report.build(u"Q1"_s, "postmaster@example.org", Arrival, Original, Now);
    QCOMPARE(own->recipients.size(), 1);
}

void TestDeliveryReport::longDiagnosticsAreFolded()
{
    DeliveryReport report(DeliveryReport::Kind::Failure, u"gw.example.org"_s, "postmaster@example.org");
    ReportedRecipient chatty = refused();
    chatty.diagnostic = "550 5.7.1 " +
                        QByteArray("Message rejected because of policy reasons, ").repeated(12) +
                        "\x01\xff end";
    report.addRecipient(chatty);
    const std::optional<NewMessage> message =
        report.build(u"Q1"_s, "alice@example.org", Arrival, Original, Now);
    const Parsed parsed = parse(message->content);
    for (const QByteArray &line : message->content.split('\n'))
        QVERIFY2(line.size() <= 80, line.constData());
    const QByteArray diagnostic = field(parsed.parts[1].body, "Diagnostic-Code");
    QVERIFY(diagnostic.startsWith("smtp; 550 5.7.1 Message rejected"));
    QVERIFY(diagnostic.endsWith("?? end")); // control and 8-bit octets neutralised
}

void TestDeliveryReport::eightBitHeadersAreDeclared()
{
    DeliveryReport report(DeliveryReport::Kind::Failure, u"gw.example.org"_s, "postmaster@example.org");
    report.addRecipient(refused());
    const QByteArray original = "Subject: caf\xc3\xa9\r\n\r\nbody\r\n";
    const Parsed parsed = parse(report.build(u"Q1"_s, "alice@example.org", Arrival, original, Now)->content);
    QCOMPARE(field(parsed.parts[2].headers, "Content-Transfer-Encoding"), QByteArray("8bit"));
}

void TestDeliveryReport::statusFor_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("enhanced");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("enhanced code") << 550 << QByteArray("5.1.1") << QByteArray("5.1.1");
    QTest::newRow("temporary") << 451 << QByteArray("4.7.1") << QByteArray("4.7.1");
    QTest::newRow("none") << 554 << QByteArray() << QByteArray("5.0.0");
    QTest::newRow("class mismatch") << 450 << QByteArray("5.1.1") << QByteArray("4.0.0");
}

void TestDeliveryReport::statusFor()
{
    QFETCH(int, code);
    QFETCH(QByteArray, enhanced);
    QFETCH(QByteArray, status);
    SmtpReply reply;
    reply.code = code;
    reply.enhancedCode = enhanced;
    reply.lines = {"text"};
    QCOMPARE(DeliveryReport::statusFor(reply), status);
    QCOMPARE(DeliveryReport::diagnosticFor(reply),
             QByteArray::number(code) + (enhanced.isEmpty() ? QByteArray() : ' ' + enhanced) + " text");
}

void TestDeliveryReport::pythonReadsIt_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("full");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("third");
    QTest::newRow("failure, headers")
        << int(DeliveryReport::Kind::Failure) << false << u"failed"_s << u"text/rfc822-headers"_s;
    QTest::newRow("failure, full") << int(DeliveryReport::Kind::Failure) << true << u"failed"_s
                                   << u"message/rfc822"_s;
    QTest::newRow("delay warning") << int(DeliveryReport::Kind::DelayWarning) << false << u"delayed"_s
                                   << u"text/rfc822-headers"_s;
}

void TestDeliveryReport::pythonReadsIt()
{
    QFETCH(int, kind);
    QFETCH(bool, full);
    QFETCH(QString, action);
    QFETCH(QString, third);
    DeliveryReport report(DeliveryReport::Kind(kind), u"gw.example.org"_s, "postmaster@example.org");
    report.setReturn(full ? DeliveryReport::Return::FullMessage : DeliveryReport::Return::Headers);
    report.setWillRetryUntil(Arrival.addDays(2));
    report.addRecipient(refused());
    report.addRecipient(noDomain());
    const std::optional<NewMessage> message =
        report.build(u"Q1"_s, "alice@example.org", Arrival, Original, Now);
    QVERIFY(message);

    QTemporaryDir dir;
    QFile file(dir.filePath(u"report.eml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(message->content);
    file.close();
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(u"/usr/bin/python3"_s, {QFINDTESTDATA("check_report.py"), file.fileName(), action,
                                         u"bob@remote.test,carol@gone.test"_s, third});
    QVERIFY2(python.waitForFinished(30000), qPrintable(python.errorString()));
    const QByteArray output = python.readAll();
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, output.constData());
}

QTEST_GUILESS_MAIN(TestDeliveryReport)
#include "tst_deliveryreport.moc"
