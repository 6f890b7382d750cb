// SPDX-License-Identifier: GPL-3.0-or-later
// SASL client mechanisms against the RFCs' own examples, and the choice of mechanism.

#include "client/SaslClient.h"
#include "client/SaslEncoding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestSaslClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainMessage();
    void cramMd5Rfc2195Example();
    void loginAnswersUserThenPassword();
    void decodeBase64IsStrict_data();
    void decodeBase64IsStrict();
    void choose_data();
    void choose();
};

void TestSaslClient::plainMessage()
{
    QCOMPARE(Sasl::plainMessage({}, u"tim"_s, u"tanstaaftanstaaf"_s), "\0tim\0tanstaaftanstaaf"_ba);
    QCOMPARE(Sasl::plainMessage(u"Ursel"_s, u"Kurt"_s, u"xipj3plmq"_s), "Ursel\0Kurt\0xipj3plmq"_ba);
    SaslPlainClient plain(u"tim"_s, u"tanstaaftanstaaf"_s);
    QCOMPARE(plain.name(), "PLAIN"_ba);
    QVERIFY(plain.exposesPassword());
    QCOMPARE(plain.initialResponse().value_or(QByteArray()).toBase64(), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"_ba);
    QVERIFY(!plain.respond("").has_value()); // already sent with AUTH
    SaslPlainClient asked(u"tim"_s, u"pw"_s);
    QCOMPARE(asked.respond("").value_or(QByteArray()), "\0tim\0pw"_ba); // a server that ignored no response
}

void TestSaslClient::cramMd5Rfc2195Example()
{
    // RFC 2195 section 2.
    const QByteArray challenge = "<1896.697170952@postoffice.reston.mci.net>"_ba;
    QCOMPARE(Sasl::cramMd5Digest("tanstaaftanstaaf", challenge), "b913a602c7eda7a495b4e6e7334d3890"_ba);
    SaslCramMd5Client cram(u"tim"_s, u"tanstaaftanstaaf"_s);
    QVERIFY(!cram.exposesPassword());
    QVERIFY(!cram.initialResponse().has_value());
    const auto challengeBase64 = "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"_ba;
    const auto decoded = Sasl::decodeBase64(challengeBase64);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, challenge);
    QCOMPARE(cram.respond(*decoded).value_or(QByteArray()).toBase64(),
             "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"_ba);
    QVERIFY(!cram.respond(*decoded).has_value()); // one challenge only
}

void TestSaslClient::loginAnswersUserThenPassword()
{
    SaslLoginClient login(u"user"_s, u"pässword"_s);
    QVERIFY(login.exposesPassword());
    QVERIFY(!login.initialResponse().has_value());
    QCOMPARE(login.respond("Username:").value_or(QByteArray()), "user"_ba);
    QCOMPARE(login.respond("Password:").value_or(QByteArray()), "p\xc3\xa4ssword"_ba);
    QVERIFY(!login.respond("More?").has_value());
}

void TestSaslClient::decodeBase64IsStrict_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("username") << "VXNlcm5hbWU6"_ba << true << "Username:"_ba;
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("padding") << "YQ=="_ba << true << "a"_ba;
    QTest::newRow("bad character") << "VXNl*m5hbWU6"_ba << false << QByteArray();
    QTest::newRow("space inside") << "VXNl cm5hbWU6"_ba << false << QByteArray();
}

void TestSaslClient::decodeBase64IsStrict()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    const auto result = Sasl::decodeBase64(text);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, decoded);
}

void TestSaslClient::choose_data()
{
    using Auth = ClientSecurity::Auth;
    QTest::addColumn<Auth>("auth");
    QTest::addColumn<QList<QByteArray>>("offered");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("allowPlaintext");
    QTest::addColumn<QByteArray>("chosen"); // empty: none, with an error
    QTest::addColumn<QString>("error");     // part of the error text

    const QList<QByteArray> all = {"LOGIN", "PLAIN", "CRAM-MD5"};
    QTest::newRow("none wanted") << Auth::None << all << true << false << QByteArray() << QString();
    QTest::newRow("any: CRAM-MD5 first") << Auth::Any << all << false << false << "CRAM-MD5"_ba << QString();
    QTest::newRow("any: PLAIN before LOGIN")
        << Auth::Any << QList<QByteArray>{"LOGIN", "PLAIN"} << true << false << "PLAIN"_ba << QString();
    QTest::newRow("any: LOGIN last") << Auth::Any << QList<QByteArray>{"LOGIN", "XOAUTH2"} << true << false
                                     << "LOGIN"_ba << QString();
    QTest::newRow("any: PLAIN refused in clear") << Auth::Any << QList<QByteArray>{"LOGIN", "PLAIN"} << false
                                                 << false << QByteArray() << u"without TLS"_s;
    QTest::newRow("any: PLAIN allowed in clear")
        << Auth::Any << QList<QByteArray>{"PLAIN"} << false << true << "PLAIN"_ba << QString();
    QTest::newRow("any: nothing known")
        << Auth::Any << QList<QByteArray>{"GSSAPI"} << true << false << QByteArray() << u"GSSAPI"_s;
    QTest::newRow("no AUTH offered") << Auth::Any << QList<QByteArray>{} << true << false << QByteArray()
                                     << u"offers no AUTH"_s;
    QTest::newRow("LOGIN wanted") << Auth::Login << all << true << false << "LOGIN"_ba << QString();
    QTest::newRow("LOGIN wanted, clear text")
        << Auth::Login << all << false << false << QByteArray() << u"AUTH LOGIN would send the password"_s;
    QTest::newRow("PLAIN wanted, not offered")
        << Auth::Plain << QList<QByteArray>{"LOGIN"} << true << false << QByteArray() << u"offered: LOGIN"_s;
    QTest::newRow("CRAM-MD5 wanted, clear text")
        << Auth::CramMd5 << all << false << false << "CRAM-MD5"_ba << QString();
}

void TestSaslClient::choose()
{
    QFETCH(ClientSecurity::Auth, auth);
    QFETCH(QList<QByteArray>, offered);
    QFETCH(bool, tls);
    QFETCH(bool, allowPlaintext);
    QFETCH(QByteArray, chosen);
    QFETCH(QString, error);

    ClientSecurity security;
    security.auth = auth;
    security.account = u"user"_s;
    security.password = u"secret"_s;
    security.allowPlaintextAuth = allowPlaintext;
    const SaslChoice choice = chooseSaslMechanism(security, offered, tls);
    QCOMPARE(choice.mechanism ? choice.mechanism->name() : QByteArray(), chosen);
    if (error.isEmpty())
        QVERIFY2(choice.error.isEmpty(), qPrintable(choice.error));
    else
        QVERIFY2(choice.error.contains(error), qPrintable(choice.error));
}

QTEST_GUILESS_MAIN(TestSaslClient)
#include "tst_saslclient.moc"
