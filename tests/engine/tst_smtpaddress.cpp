// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Sluice::PathKind;

namespace {

// A valid domain name of exactly length octets (labels of 62 letters and a shorter last one).
QByteArray domainOfLength(qsizetype length)
{
    QByteArray domain;
    qsizetype remaining = length;
    while (remaining > 63) {
        domain += QByteArray(62, 'd') + '.';
        remaining -= 63;
    }
    return domain + QByteArray(remaining, 'e');
}

} // namespace

class TestSmtpAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPaths_data();
    void validPaths();
    void nullSender();
    void invalidPaths_data();
    void invalidPaths();
    void domainNames_data();
    void domainNames();
    void dotStrings_data();
    void dotStrings();
};

void TestSmtpAddress::validPaths_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<QByteArray>("localPart");
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QByteArray>("decodedLocalPart");
    QTest::addColumn<QString>("domainLower");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<qsizetype>("consumed");

    auto row = [](const char *name, const QByteArray &input, bool forward, const QByteArray &local,
                  const QByteArray &domain, const QByteArray &decoded, const QString &lower,
                  qsizetype consumed = -1) {
        const QByteArray wire = domain.isEmpty() ? local : local + '@' + domain;
        QTest::newRow(name) << input << forward << local << domain << decoded << lower << wire
                            << (consumed < 0 ? input.size() : consumed);
    };

    row("simple", "<user@example.com>", false, "user", "example.com", "user", u"example.com"_s);
    row("dots in local part", "<first.last@example.com>", true, "first.last", "example.com", "first.last",
        u"example.com"_s);
    row("every atext special", "<a!#$%&'*+-/=?^_`{|}~b@example.com>", false, "a!#$%&'*+-/=?^_`{|}~b",
        "example.com", "a!#$%&'*+-/=?^_`{|}~b", u"example.com"_s);
    row("percent hack stays a local part", "<a%b@c>", true, "a%b", "c", "a%b", u"c"_s);
    row("mixed-case domain", "<User@Example.COM>", true, "User", "Example.COM", "User", u"example.com"_s);
    row("digits and hyphens in labels", "<u@123-abc.x-y.example>", true, "u", "123-abc.x-y.example", "u",
        u"123-abc.x-y.example"_s);
    row("single-label domain", "<u@localhost>", true, "u", "localhost", "u", u"localhost"_s);
    row("quoted with spaces", "<\"john doe\"@example.com>", true, "\"john doe\"", "example.com", "john doe",
        u"example.com"_s);
    row("quoted with escaped quote", "<\"a\\\"b\"@example.com>", true, "\"a\\\"b\"", "example.com", "a\"b",
        u"example.com"_s);
    row("quoted with escaped backslash", "<\"a\\\\b\"@example.com>", true, "\"a\\\\b\"", "example.com",
        "a\\b", u"example.com"_s);
    row("quoted containing @ and >", "<\"a@b>c\"@example.com>", true, "\"a@b>c\"", "example.com", "a@b>c",
        u"example.com"_s);
    row("empty quoted string", "<\"\"@example.com>", true, "\"\"", "example.com", "", u"example.com"_s);
    row("IPv4 literal", "<u@[192.0.2.1]>", true, "u", "[192.0.2.1]", "u", u"[192.0.2.1]"_s);
    row("IPv4 literal edges", "<u@[0.0.0.255]>", true, "u", "[0.0.0.255]", "u", u"[0.0.0.255]"_s);
    row("IPv6 literal", "<u@[IPv6:2001:db8::1]>", true, "u", "[IPv6:2001:db8::1]", "u",
        u"[IPv6:2001:db8::1]"_s);
    row("IPv6 literal keeps its letter case", "<u@[ipv6:2001:DB8::1]>", true, "u", "[ipv6:2001:DB8::1]", "u",
        u"[ipv6:2001:DB8::1]"_s);
    row("IPv6 literal with embedded IPv4", "<u@[IPv6:::ffff:192.0.2.1]>", true, "u",
        "[IPv6:::ffff:192.0.2.1]", "u", u"[IPv6:::ffff:192.0.2.1]"_s);
    row("source route is dropped", "<@a.example,@b.example:user@c.example>", true, "user", "c.example",
        "user", u"c.example"_s);
    row("single-hop source route", "<@a.example:user@c.example>", false, "user", "c.example", "user",
        u"c.example"_s);
    row("postmaster", "<Postmaster>", true, "Postmaster", "", "Postmaster", QString());
    row("postmaster in any case", "<pOSTmaster>", true, "pOSTmaster", "", "pOSTmaster", QString());
    row("postmaster with domain as sender", "<postmaster@example.com>", false, "postmaster", "example.com",
        "postmaster", u"example.com"_s);
    row("text after the path is not consumed", "<a@b.example> SIZE=10", false, "a", "b.example", "a",
        u"b.example"_s, 13);

    const QByteArray local64(64, 'l');
    row("local part of 64 octets", "<" + local64 + "@example.com>", true, local64, "example.com", local64,
        u"example.com"_s);
    const QByteArray quoted64 = '"' + QByteArray(62, 'q') + '"';
    row("quoted local part of 64 octets", "<" + quoted64 + "@example.com>", true, quoted64, "example.com",
        QByteArray(62, 'q'), u"example.com"_s);
    const QByteArray label63 = QByteArray(63, 'x') + ".example";
    row("label of 63 octets", "<u@" + label63 + ">", true, "u", label63, "u", QString::fromLatin1(label63));
    // "<" + 64 + "@" + 189 + ">" = 256 octets.
    const QByteArray domain189 = domainOfLength(189);
    row("path of 256 octets", "<" + local64 + "@" + domain189 + ">", true, local64, domain189, local64,
        QString::fromLatin1(domain189));
}

void TestSmtpAddress::validPaths()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, forward);
    QFETCH(QByteArray, localPart);
    QFETCH(QByteArray, domain);
    QFETCH(QByteArray, decodedLocalPart);
    QFETCH(QString, domainLower);
    QFETCH(QByteArray, wire);
    QFETCH(qsizetype, consumed);

    const auto result = Sluice::parsePath(input, forward ? PathKind::ForwardPath : PathKind::ReversePath);
    QVERIFY2(result.ok, result.error.constData());
    QVERIFY(result.error.isEmpty());
    QVERIFY(!result.isNullPath);
    QCOMPARE(result.consumed, consumed);
    QCOMPARE(result.mailbox.localPart, localPart);
    QCOMPARE(result.mailbox.domain, domain);
    QCOMPARE(result.mailbox.decodedLocalPart(), decodedLocalPart);
    QCOMPARE(result.mailbox.domainLower(), domainLower);
    QCOMPARE(result.mailbox.toWire(), wire);
    QCOMPARE(result.mailbox.toString(), QString::fromLatin1(wire));
    QCOMPARE(result.mailbox.isQuoted(), localPart.startsWith('"'));
    QCOMPARE(result.mailbox.isAddressLiteral(), domain.startsWith('['));
}

void TestSmtpAddress::nullSender()
{
    for (const QByteArray &input : {"<>"_ba, "<> SIZE=0"_ba}) {
        const auto result = Sluice::parsePath(input, PathKind::ReversePath);
        QVERIFY(result.ok);
        QVERIFY(result.isNullPath);
        QCOMPARE(result.consumed, 2);
        QVERIFY(result.mailbox.isEmpty());
        QCOMPARE(result.mailbox.toWire(), QByteArray());
    }
}

void TestSmtpAddress::invalidPaths_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<QByteArray>("error");

    auto row = [](const char *name, const QByteArray &input, bool forward, const QByteArray &error) {
        QTest::newRow(name) << input << forward << error;
    };

    row("null path as recipient", "<>", true, "null path");
    row("postmaster without domain as sender", "<Postmaster>", false, "missing domain");
    row("postmaster with source route", "<@a.example:Postmaster>", true, "missing domain");
    row("missing @", "<userexample.com>", true, "missing domain");
    row("missing domain after @", "<user@>", true, "empty domain");
    row("empty local part", "<@example.com>", true, "unexpected '>'");
    row("local part of 65 octets", "<" + QByteArray(65, 'l') + "@example.com>", true, "local part too long");
    row("quoted local part of 65 octets", "<\"" + QByteArray(63, 'q') + "\"@example.com>", true,
        "local part too long");
    row("path of 257 octets", "<" + QByteArray(64, 'l') + "@" + domainOfLength(190) + ">", true,
        "path too long");
    row("domain of 256 octets", "<u@" + domainOfLength(256) + ">", true, "domain too long");
    row("label of 64 octets", "<u@" + QByteArray(64, 'x') + ".example>", true, "label too long");
    row("trailing dot in domain", "<u@example.com.>", true, "trailing dot");
    row("empty label", "<u@example..com>", true, "empty label");
    row("leading dot in domain", "<u@.example.com>", true, "empty label");
    row("label starting with hyphen", "<u@-a.example>", true, "start and end");
    row("label ending with hyphen", "<u@a-.example>", true, "start and end");
    row("underscore in domain", "<u@ex_ample.com>", true, "unexpected '_'");
    row("leading dot in local part", "<.a@example.com>", true, "starts or ends with a dot");
    row("trailing dot in local part", "<a.@example.com>", true, "starts or ends with a dot");
    row("double dot in local part", "<a..b@example.com>", true, "consecutive dots");
    row("unbalanced quote", "<\"abc@example.com>", true, "unterminated quoted string");
    row("quote inside a dot-string", "<ab\"c\"@example.com>", true, "unexpected '\"'");
    row("backslash outside quotes", "<a\\b@example.com>", true, "unexpected '\\'");
    row("control octet in quoted pair", "<\"a\\\x01\"@example.com>", true, "invalid quoted pair");
    row("two @", "<a@b@example.com>", true, "unexpected '@'");
    row("missing opening bracket", "user@example.com>", true, "must start with '<'");
    row("missing closing bracket", "<user@example.com", true, "without '>'");
    row("empty input", "", false, "must start with '<'");
    row("lone <", "<", false, "without '>'");
    row("space in local part", "<a b@example.com>", true, "whitespace");
    row("space before >", "<a@example.com >", true, "whitespace");
    row("space after <", "< a@example.com>", true, "whitespace");
    row("tab in local part", "<a\tb@example.com>", true, "whitespace");
    row("UTF-8 in local part", "<j\xc3\xb6rg@example.com>", true, "non-ASCII");
    row("UTF-8 in domain",
        "<u@b\xc3\xbc"
        "cher.example>",
        true, "non-ASCII");
    row("UTF-8 in quoted string", "<\"\xc3\xb6\"@example.com>", true, "non-ASCII");
    row("emoji local part", "<\xf0\x9f\x98\x80@example.com>", true, "non-ASCII");
    row("Latin-1 octet", "<caf\xe9@example.com>", false, "non-ASCII");
    row("control octet",
        "<a\x01"
        "b@example.com>",
        true, "control");
    row("NUL octet", "<a\0b@example.com>"_ba, true, "control");
    row("DEL octet", "<a\x7f@example.com>", true, "control");
    row("CR in quoted string", "<\"a\rb\"@example.com>", true, "control");
    row("general address literal", "<u@[x-tag:abc]>", true, "general address literals");
    row("IPv4 octet over 255", "<u@[1.2.3.999]>", true, "invalid IPv4");
    row("IPv4 with three parts", "<u@[1.2.3]>", true, "invalid IPv4");
    row("IPv4 with five parts", "<u@[1.2.3.4.5]>", true, "invalid IPv4");
    row("IPv4 with four digits", "<u@[1.2.3.0001]>", true, "invalid IPv4");
    row("IPv4 with empty part", "<u@[1..3.4]>", true, "invalid IPv4");
    row("IPv4 with trailing dot", "<u@[1.2.3.4.]>", true, "invalid IPv4");
    row("hostname in brackets", "<u@[example.com]>", true, "invalid IPv4");
    row("empty literal", "<u@[]>", true, "invalid IPv4");
    row("IPv6 with bad digit", "<u@[IPv6:2001:db8::g]>", true, "invalid IPv6");
    row("IPv6 with scope id", "<u@[IPv6:fe80::1%eth0]>", true, "invalid IPv6");
    row("IPv6 tag with an IPv4 address", "<u@[IPv6:192.0.2.1]>", true, "invalid IPv6");
    row("IPv6 without tag", "<u@[2001:db8::1]>", true, "general address literals");
    row("unterminated literal", "<u@[1.2.3.4>", true, "unterminated address literal");
    row("source route without colon", "<@a.example user@b.example>", true, "whitespace");
    row("source route with bad domain", "<@a..b:u@c.example>", true, "source route");
    row("source route comma without @", "<@a.example,b.example:u@c.example>", true, "unexpected 'b'");
    row("garbage inside brackets", "<u@example.com;x>", true, "unexpected ';'");
}

void TestSmtpAddress::invalidPaths()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, forward);
    QFETCH(QByteArray, error);

    const auto result = Sluice::parsePath(input, forward ? PathKind::ForwardPath : PathKind::ReversePath);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(error), result.error.constData());
}

void TestSmtpAddress::domainNames_data()
{
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<bool>("valid");

    QTest::newRow("single label") << "localhost"_ba << true;
    QTest::newRow("two labels") << "example.com"_ba << true;
    QTest::newRow("digits only") << "123.456"_ba << true;
    QTest::newRow("inner hyphens") << "a--b.example"_ba << true;
    QTest::newRow("255 octets") << domainOfLength(255) << true;
    QTest::newRow("256 octets") << domainOfLength(256) << false;
    QTest::newRow("label of 63") << QByteArray(63, 'a') << true;
    QTest::newRow("label of 64") << QByteArray(64, 'a') << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("lone dot") << "."_ba << false;
    QTest::newRow("trailing dot") << "example.com."_ba << false;
    QTest::newRow("leading hyphen") << "-example.com"_ba << false;
    QTest::newRow("underscore") << "a_b.example"_ba << false;
    QTest::newRow("space") << "a b.example"_ba << false;
    QTest::newRow("UTF-8") << "b\xc3\xbc"
                              "cher.example"_ba
                           << false;
    QTest::newRow("address literal") << "[1.2.3.4]"_ba << false;
}

void TestSmtpAddress::domainNames()
{
    QFETCH(QByteArray, domain);
    QFETCH(bool, valid);
    QCOMPARE(Sluice::isValidDomainName(domain), valid);
}

void TestSmtpAddress::dotStrings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("atom") << "user"_ba << true;
    QTest::newRow("dotted") << "a.b.c"_ba << true;
    QTest::newRow("specials") << "!#$%&'*+-/=?^_`{|}~"_ba << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("leading dot") << ".a"_ba << false;
    QTest::newRow("trailing dot") << "a."_ba << false;
    QTest::newRow("double dot") << "a..b"_ba << false;
    QTest::newRow("quote") << "a\"b"_ba << false;
    QTest::newRow("at sign") << "a@b"_ba << false;
    QTest::newRow("space") << "a b"_ba << false;
    QTest::newRow("parenthesis") << "a(b)"_ba << false;
    QTest::newRow("UTF-8") << "\xc3\xa9"_ba << false;
}

void TestSmtpAddress::dotStrings()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(Sluice::isValidDotString(text), valid);
}

QTEST_GUILESS_MAIN(TestSmtpAddress)
#include "tst_smtpaddress.moc"
