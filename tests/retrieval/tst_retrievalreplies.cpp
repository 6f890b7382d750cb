// SPDX-License-Identifier: GPL-3.0-or-later
// What the provider's answers to ETRN (RFC 1985), ATRN (RFC 2645) and TURN (RFC 821) mean for the
// link cycle: every code each command defines, and what happens to the others.

#include "retrieval/RetrievalOutcome.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;

using Meaning = RetrievalReply::Meaning;

Q_DECLARE_METATYPE(RetrievalReply::Meaning)

namespace {

SmtpReply reply(int code, const QByteArray &text)
{
    SmtpReply result;
    result.code = code;
    result.lines = {text};
    return result;
}

} // namespace

class TestRetrievalReplies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void etrn_data();
    void etrn();
    void etrnCountWithEnhancedCode();
    void atrn_data();
    void atrn();
    void atrnWithoutDomains();
    void turn_data();
    void turn();

private:
    void columns();
};

void TestRetrievalReplies::columns()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Meaning>("meaning");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("words"); ///< a part of the plain-words text
}

void TestRetrievalReplies::etrn_data()
{
    columns();
    QTest::newRow("250 started, maybe")
        << 250 << "Queuing started"_ba << Meaning::Started << -1 << u"accepted ETRN for @example.com"_s;
    QTest::newRow("251 nothing") << 251 << "OK, no messages waiting for node example.com"_ba
                                 << Meaning::NothingWaiting << -1 << u"no mail is waiting for @example.com"_s;
    QTest::newRow("252 started") << 252 << "OK, pending messages for node example.com started"_ba
                                 << Meaning::Started << -1 << u"started delivering"_s;
    QTest::newRow("253 count") << 253 << "OK, 14 pending messages for node example.com started"_ba
                               << Meaning::Started << 14 << u"14 message(s)"_s;
    QTest::newRow("253 without count") << 253 << "OK, pending messages started"_ba << Meaning::Started << -1
                                       << u"started delivering the mail"_s;
    QTest::newRow("458 refused") << 458 << "Unable to queue messages for node example.com"_ba
                                 << Meaning::Refused << -1 << u"cannot release"_s;
    QTest::newRow("459 refused") << 459 << "Node example.com not allowed: service unavailable"_ba
                                 << Meaning::Refused << -1 << u"does not allow ETRN for @example.com"_s;
    QTest::newRow("500 not supported")
        << 500 << "Syntax Error"_ba << Meaning::NotSupported << -1 << u"does not accept ETRN"_s;
    QTest::newRow("501 not supported") << 501 << "Syntax Error in Parameters"_ba << Meaning::NotSupported
                                       << -1 << u"does not accept \"@example.com\""_s;
    QTest::newRow("502 not supported")
        << 502 << "Command not implemented"_ba << Meaning::NotSupported << -1 << u"does not accept ETRN"_s;
    QTest::newRow("504 not supported") << 504 << "Parameter not implemented"_ba << Meaning::NotSupported << -1
                                       << u"does not support this form"_s;
    QTest::newRow("530 auth") << 530 << "Authentication required"_ba << Meaning::AuthRequired << -1
                              << u"authentication"_s;
    QTest::newRow("other 4xx failed")
        << 421 << "closing"_ba << Meaning::Failed << -1 << u"unexpected reply 421 to ETRN"_s;
    QTest::newRow("other 5xx refused")
        << 554 << "no"_ba << Meaning::Refused << -1 << u"unexpected reply 554 to ETRN"_s;
}

void TestRetrievalReplies::etrn()
{
    QFETCH(int, code);
    QFETCH(QByteArray, text);
    QFETCH(Meaning, meaning);
    QFETCH(int, count);
    QFETCH(QString, words);
    const RetrievalReply result = interpretEtrnReply(u"@example.com"_s, reply(code, text));
    QCOMPARE(result.node, u"@example.com"_s);
    QCOMPARE(result.reply.code, code);
    QCOMPARE(result.meaning, meaning);
    QCOMPARE(result.waitingCount, count);
    QVERIFY2(result.text.contains(words), qPrintable(result.text));
}

void TestRetrievalReplies::etrnCountWithEnhancedCode()
{
    SmtpReplyReader reader;
    QCOMPARE(reader.feedLine("253 2.0.0 OK, 3 pending messages for node example.com started"),
             SmtpReplyReader::Status::Complete);
    const RetrievalReply result = interpretEtrnReply(u"example.com"_s, reader.takeReply());
    QCOMPARE(result.meaning, Meaning::Started);
    QCOMPARE(result.waitingCount, 3); // "2.0.0" is not the count
}

void TestRetrievalReplies::atrn_data()
{
    columns();
    QTest::newRow("250 started") << 250 << "OK now reversing the connection"_ba << Meaning::Started << -1
                                 << u"releasing the mail for a.example,b.example"_s;
    QTest::newRow("450 not permitted") << 450 << "ATRN request refused"_ba << Meaning::Refused << -1
                                       << u"not permitted, or a release for it is already running"_s;
    QTest::newRow("451 cannot check") << 451 << "Unable to process ATRN request now"_ba << Meaning::Failed
                                      << -1 << u"could not check access"_s;
    QTest::newRow("453 nothing") << 453 << "You have no mail"_ba << Meaning::NothingWaiting << -1
                                 << u"no mail is waiting"_s;
    QTest::newRow("530 auth") << 530 << "Authentication required"_ba << Meaning::AuthRequired << -1
                              << u"wants authentication"_s;
    QTest::newRow("502 not supported")
        << 502 << "Command not implemented"_ba << Meaning::NotSupported << -1 << u"does not accept ATRN"_s;
    QTest::newRow("500 not supported")
        << 500 << "unrecognized"_ba << Meaning::NotSupported << -1 << u"does not accept ATRN"_s;
    QTest::newRow("other 4xx failed")
        << 454 << "later"_ba << Meaning::Failed << -1 << u"unexpected reply 454 to ATRN"_s;
    QTest::newRow("other 5xx refused")
        << 554 << "no"_ba << Meaning::Refused << -1 << u"unexpected reply 554 to ATRN"_s;
}

void TestRetrievalReplies::atrn()
{
    QFETCH(int, code);
    QFETCH(QByteArray, text);
    QFETCH(Meaning, meaning);
    QFETCH(int, count);
    QFETCH(QString, words);
    const RetrievalReply result = interpretAtrnReply(u"a.example,b.example"_s, reply(code, text));
    QCOMPARE(result.node, u"a.example,b.example"_s);
    QCOMPARE(result.meaning, meaning);
    QCOMPARE(result.waitingCount, count);
    QVERIFY2(result.text.contains(words), qPrintable(result.text));
}

void TestRetrievalReplies::atrnWithoutDomains()
{
    const RetrievalReply result = interpretAtrnReply(QString(), reply(453, "none"));
    QVERIFY(result.node.isEmpty());
    QVERIFY2(result.text.contains(u"this account"_s), qPrintable(result.text));
}

void TestRetrievalReplies::turn_data()
{
    columns();
    QTest::newRow("250 started") << 250 << "OK"_ba << Meaning::Started << -1 << u"accepted TURN"_s;
    QTest::newRow("502 not supported")
        << 502 << "Command not implemented"_ba << Meaning::NotSupported << -1 << u"does not accept TURN"_s;
    QTest::newRow("500 not supported")
        << 500 << "unrecognized"_ba << Meaning::NotSupported << -1 << u"does not accept TURN"_s;
    QTest::newRow("530 refused") << 530 << "Authentication required"_ba << Meaning::Refused << -1
                                 << u"wants authentication first"_s;
    QTest::newRow("550 refused") << 550 << "not for you"_ba << Meaning::Refused << -1 << u"refused TURN"_s;
    QTest::newRow("4xx failed") << 450 << "later"_ba << Meaning::Failed << -1 << u"unexpected reply 450"_s;
}

void TestRetrievalReplies::turn()
{
    QFETCH(int, code);
    QFETCH(QByteArray, text);
    QFETCH(Meaning, meaning);
    QFETCH(int, count);
    QFETCH(QString, words);
    const RetrievalReply result = interpretTurnReply(reply(code, text));
    QVERIFY(result.node.isEmpty());
    QCOMPARE(result.meaning, meaning);
    QCOMPARE(result.waitingCount, count);
    QVERIFY2(result.text.contains(words), qPrintable(result.text));
}

QTEST_GUILESS_MAIN(TestRetrievalReplies)
#include "tst_retrievalreplies.moc"
