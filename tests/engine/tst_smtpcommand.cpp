// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpCommand.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Sluice::MailRcptArguments;
using Sluice::SmtpCommand;

namespace {

// "KEYWORD=value" or "KEYWORD", so a row can list the expected parameters compactly.
QList<QByteArray> renderParameters(const MailRcptArguments &arguments)
{
    QList<QByteArray> rendered;
    for (const Sluice::EsmtpParameter &parameter : arguments.parameters)
        rendered.append(parameter.hasValue ? parameter.keyword + '=' + parameter.value : parameter.keyword);
    return rendered;
}

} // namespace

class TestSmtpCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLine_data();
    void commandLine();
    void mailArguments_data();
    void mailArguments();
    void rcptArguments_data();
    void rcptArguments();
    void parameterLookup();
    void endToEnd();
};

void TestSmtpCommand::commandLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("verb");
    QTest::addColumn<QByteArray>("verbText");
    QTest::addColumn<QByteArray>("argument");

    using V = SmtpCommand::Verb;
    auto row = [](const char *name, const QByteArray &line, V verb, const QByteArray &text,
                  const QByteArray &argument) {
        QTest::newRow(name) << line << int(verb) << text << argument;
    };
    row("EHLO upper case", "EHLO mx.example", V::Ehlo, "EHLO", "mx.example");
    row("ehlo lower case", "ehlo mx.example", V::Ehlo, "EHLO", "mx.example");
    row("eHlO mixed case", "eHlO mx.example", V::Ehlo, "EHLO", "mx.example");
    row("HELO", "HELO mx.example", V::Helo, "HELO", "mx.example");
    row("MAIL keeps its whole argument", "MAIL FROM:<a@b.example> SIZE=10", V::Mail, "MAIL",
        "FROM:<a@b.example> SIZE=10");
    row("rcpt lower case", "rcpt TO:<a@b.example>", V::Rcpt, "RCPT", "TO:<a@b.example>");
    row("DATA", "DATA", V::Data, "DATA", "");
    row("RSET", "RSET", V::Rset, "RSET", "");
    row("NOOP with argument", "NOOP hello there", V::Noop, "NOOP", "hello there");
    row("VRFY", "VRFY postmaster", V::Vrfy, "VRFY", "postmaster");
    row("EXPN", "EXPN list", V::Expn, "EXPN", "list");
    row("HELP", "help", V::Help, "HELP", "");
    row("QUIT", "QUIT", V::Quit, "QUIT", "");
    row("QUIT with trailing spaces", "QUIT   ", V::Quit, "QUIT", "");
    row("only one separating space is removed", "HELP  me  ", V::Help, "HELP", " me");
    row("STARTTLS", "StartTLS", V::Starttls, "STARTTLS", "");
    row("AUTH", "AUTH PLAIN AGFAAGI=", V::Auth, "AUTH", "PLAIN AGFAAGI=");
    row("ETRN", "ETRN @example.com", V::Etrn, "ETRN", "@example.com");
    row("TURN", "TURN", V::Turn, "TURN", "");
    row("ATRN", "atrn a.example,b.example", V::Atrn, "ATRN", "a.example,b.example");
    row("BDAT", "BDAT 100 LAST", V::Bdat, "BDAT", "100 LAST");
    row("unknown verb", "FOO bar", V::Unknown, "FOO", "bar");
    row("verb with a suffix is unknown", "MAILX FROM:<a@b>", V::Unknown, "MAILX", "FROM:<a@b>");
    row("verb with a tab is unknown", "NOOP\tx", V::Unknown, "NOOP\tX", "");
    row("empty line", "", V::Unknown, "", "");
    row("leading space", " QUIT", V::Unknown, "", "QUIT");
}

void TestSmtpCommand::commandLine()
{
    QFETCH(QByteArray, line);
    QFETCH(int, verb);
    QFETCH(QByteArray, verbText);
    QFETCH(QByteArray, argument);

    const SmtpCommand command = Sluice::parseCommandLine(line);
    QCOMPARE(int(command.verb), verb);
    QCOMPARE(command.verbText, verbText);
    QCOMPARE(command.argument, argument);
}

void TestSmtpCommand::mailArguments_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<int>("error");
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QList<QByteArray>>("parameters");

    using E = MailRcptArguments::Error;
    using P = QList<QByteArray>;
    auto row = [](const char *name, const QByteArray &argument, E error, const QByteArray &address = {},
                  const P &parameters = {}) {
        QTest::newRow(name) << argument << int(error) << address << parameters;
    };
    row("simple", "FROM:<a@b.example>", E::None, "a@b.example");
    row("from in lower case", "from:<a@b.example>", E::None, "a@b.example");
    row("one space after the colon", "FROM: <a@b.example>", E::None, "a@b.example");
    row("null sender", "FROM:<>", E::None, "");
    row("null sender with SIZE", "FROM:<> SIZE=0", E::None, "", P{"SIZE=0"});
    row("SIZE", "FROM:<a@b.example> SIZE=1000", E::None, "a@b.example", P{"SIZE=1000"});
    row("SIZE and BODY", "FROM:<a@b.example> SIZE=1000 BODY=8BITMIME", E::None, "a@b.example",
        P{"SIZE=1000", "BODY=8BITMIME"});
    row("keyword is upper-cased, value kept", "FROM:<a@b.example> body=8bitMime", E::None, "a@b.example",
        P{"BODY=8bitMime"});
    row("keyword without value", "FROM:<a@b.example> SMTPUTF8", E::None, "a@b.example", P{"SMTPUTF8"});
    row("keyword with hyphen and digits", "FROM:<a@b.example> X-1=v", E::None, "a@b.example", P{"X-1=v"});
    row("xtext value", "FROM:<a@b.example> ENVID=QQ+2B123 RET=HDRS", E::None, "a@b.example",
        P{"ENVID=QQ+2B123", "RET=HDRS"});
    row("runs of spaces between parameters", "FROM:<a@b.example>  SIZE=1   BODY=7BIT", E::None, "a@b.example",
        P{"SIZE=1", "BODY=7BIT"});

    row("missing FROM:", "<a@b.example>", E::Syntax);
    row("TO: instead of FROM:", "TO:<a@b.example>", E::Syntax);
    row("FROM without colon", "FROM <a@b.example>", E::Syntax);
    row("space before the colon", "FROM :<a@b.example>", E::Syntax);
    row("empty argument", "", E::Syntax);
    row("two spaces after the colon", "FROM:  <a@b.example>", E::Address);
    row("path without brackets", "FROM:a@b.example", E::Address);
    row("invalid path", "FROM:<a..b@c.example>", E::Address);
    row("missing path", "FROM:", E::Address);
    row("Postmaster without domain", "FROM:<Postmaster>", E::Address);
    row("garbage after > without space", "FROM:<a@b.example>SIZE=10", E::Syntax);
    row("second path after >", "FROM:<a@b.example><c@d.example>", E::Syntax);
    row("duplicate parameter", "FROM:<a@b.example> SIZE=1 SIZE=2", E::Parameter);
    row("duplicate parameter in another case", "FROM:<a@b.example> SIZE=1 size=2", E::Parameter);
    row("keyword starting with hyphen", "FROM:<a@b.example> -SIZE=1", E::Parameter);
    row("keyword with underscore", "FROM:<a@b.example> X_Y=1", E::Parameter);
    row("empty keyword", "FROM:<a@b.example> =1", E::Parameter);
    row("empty value", "FROM:<a@b.example> SIZE=", E::Parameter);
    row("value containing =", "FROM:<a@b.example> ENVID=a=b", E::Parameter);
    row("UTF-8 value", "FROM:<a@b.example> ENVID=\xc3\xa9", E::Parameter);
    row("control octet in value", "FROM:<a@b.example> ENVID=a\x01", E::Parameter);
    row("UTF-8 keyword", "FROM:<a@b.example> \xc3\xa9=1", E::Parameter);
}

void TestSmtpCommand::mailArguments()
{
    QFETCH(QByteArray, argument);
    QFETCH(int, error);
    QFETCH(QByteArray, address);
    QFETCH(QList<QByteArray>, parameters);

    const MailRcptArguments result = Sluice::parseMailArguments(argument);
    QCOMPARE(int(result.error), error);
    QCOMPARE(result.ok(), error == int(MailRcptArguments::Error::None));
    if (!result.ok()) {
        QVERIFY(!result.errorText.isEmpty());
        return;
    }
    QVERIFY(result.path.ok);
    QCOMPARE(result.path.isNullPath, address.isEmpty());
    QCOMPARE(result.path.mailbox.toWire(), address);
    QCOMPARE(renderParameters(result), parameters);
}

void TestSmtpCommand::rcptArguments_data()
{
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<int>("error");
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QList<QByteArray>>("parameters");

    using E = MailRcptArguments::Error;
    using P = QList<QByteArray>;
    auto row = [](const char *name, const QByteArray &argument, E error, const QByteArray &address = {},
                  const P &parameters = {}) {
        QTest::newRow(name) << argument << int(error) << address << parameters;
    };
    row("simple", "TO:<a@b.example>", E::None, "a@b.example");
    row("to in lower case with a space", "to: <a@b.example>", E::None, "a@b.example");
    row("Postmaster without domain", "TO:<Postmaster>", E::None, "Postmaster");
    row("DSN parameters", "TO:<a@b.example> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;a@b.example", E::None,
        "a@b.example", P{"NOTIFY=SUCCESS,FAILURE", "ORCPT=rfc822;a@b.example"});
    row("null path", "TO:<>", E::Address);
    row("FROM: instead of TO:", "FROM:<a@b.example>", E::Syntax);
    row("missing TO:", "<a@b.example>", E::Syntax);
    row("garbage after > without space", "TO:<a@b.example>x", E::Syntax);
    row("duplicate NOTIFY", "TO:<a@b.example> NOTIFY=NEVER NOTIFY=NEVER", E::Parameter);
}

void TestSmtpCommand::rcptArguments()
{
    QFETCH(QByteArray, argument);
    QFETCH(int, error);
    QFETCH(QByteArray, address);
    QFETCH(QList<QByteArray>, parameters);

    const MailRcptArguments result = Sluice::parseRcptArguments(argument);
    QCOMPARE(int(result.error), error);
    if (!result.ok()) {
        QVERIFY(!result.errorText.isEmpty());
        return;
    }
    QCOMPARE(result.path.mailbox.toWire(), address);
    QCOMPARE(renderParameters(result), parameters);
}

void TestSmtpCommand::parameterLookup()
{
    const MailRcptArguments result = Sluice::parseMailArguments("FROM:<a@b.example> Size=42 SMTPUTF8");
    QVERIFY(result.ok());
    const Sluice::EsmtpParameter *size = result.parameter("size");
    QVERIFY(size);
    QCOMPARE(size->keyword, "SIZE"_ba);
    QCOMPARE(size->value, "42"_ba);
    QVERIFY(size->hasValue);
    const Sluice::EsmtpParameter *utf8 = result.parameter("SMTPUTF8");
    QVERIFY(utf8);
    QVERIFY(!utf8->hasValue);
    QVERIFY(!result.parameter("BODY"));
}

void TestSmtpCommand::endToEnd()
{
    const SmtpCommand command = Sluice::parseCommandLine("mail from: <Sender@Example.org> body=8BITMIME  ");
    QCOMPARE(command.verb, SmtpCommand::Verb::Mail);
    const MailRcptArguments arguments = Sluice::parseMailArguments(command.argument);
    QVERIFY2(arguments.ok(), arguments.errorText.constData());
    QCOMPARE(arguments.path.mailbox.localPart, "Sender"_ba);
    QCOMPARE(arguments.path.mailbox.domainLower(), u"example.org"_s);
    QCOMPARE(renderParameters(arguments), QList<QByteArray>{"BODY=8BITMIME"});
}

QTEST_GUILESS_MAIN(TestSmtpCommand)
#include "tst_smtpcommand.moc"
