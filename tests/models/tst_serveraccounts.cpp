// SPDX-License-Identifier: GPL-3.0-or-later
// The server accounts: the table's validation, `sluice account add|list|remove` with an in-memory
// secret store, and how EngineBinder hands accounts and passwords to the SMTP server.

#include "AccountCommand.h"
#include "ConfigCommand.h"
#include "EngineBinder.h"
#include "FakeSecretStore.h"
#include "SecretStore.h"
#include "ServerAccountTable.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestServerAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void names_data();
    void names();
    void domainsAreValidatedAndNormalised();
    void addListRemove();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void storeFailureAddsNothing();
    void removeUnknownAccount();
    void passwordNeverInTheDatabase();
    void engineConfigCarriesAccountsAndPasswords();
    void securitySettings();

private:
    int account(const QStringList &arguments, const QString &input = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeSecretStore> m_secrets;
    QString m_out;
    QString m_err;
};

void TestServerAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_settings =
        Settings::open(m_dir->filePath(u"sluice.db"_s), {m_dir->path(), u"mx.test.example"_s}, &error);
    QVERIFY2(m_settings, qPrintable(error));
    m_secrets = std::make_unique<FakeSecretStore>();
}

void TestServerAccounts::cleanup()
{
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

int TestServerAccounts::account(const QStringList &arguments, const QString &input)
{
    m_out.clear();
    m_err.clear();
    QString inputText = input;
    QTextStream in(&inputText);
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return runAccountCommand(arguments, *m_settings, *m_secrets, in, out, err);
}

void TestServerAccounts::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"branch"_s << true;
    QTest::newRow("address-like") << u"office+odmr@example.net"_s << true;
    QTest::newRow("dots and dashes") << u"a.b-c_d"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"two words"_s << false;
    QTest::newRow("option-like") << u"-x"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("colon") << u"a:b"_s << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
    QTest::newRow("64 is fine") << QString(64, u'a') << true;
}

void TestServerAccounts::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    ServerAccountEntry entry;
    entry.name = name;
    QCOMPARE(ServerAccountEntry::isValidName(name), valid);
    QCOMPARE(entry.validate().isEmpty(), valid);
    ServerAccountTable table(m_settings.get());
    QCOMPARE(table.put(entry).isEmpty(), valid);
    QCOMPARE(table.entries().size(), valid ? 1 : 0);
}

void TestServerAccounts::domainsAreValidatedAndNormalised()
{
    ServerAccountTable table(m_settings.get());
    ServerAccountEntry entry;
    entry.name = u"branch"_s;
    entry.domains = {u"not a domain"_s};
    QVERIFY(!table.put(entry).isEmpty());
    entry.domains = {u"B.Example"_s, u"a.example"_s, u"b.example"_s};
    QCOMPARE(table.put(entry), QString());
    const QList<ServerAccountEntry> entries = table.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().domains, (QStringList{u"a.example"_s, u"b.example"_s}));
    QVERIFY(table.contains(u"branch"_s));
    QVERIFY(!table.contains(u"Branch"_s));
}

void TestServerAccounts::addListRemove()
{
    QCOMPARE(account({u"add"_s, u"branch"_s, u"--domains"_s, u"b.example,A.example"_s}, u"pa55 word\n"_s), 0);
    QCOMPARE(account({u"add"_s, u"solo"_s}, u"other\n"_s), 0);
    QCOMPARE(m_secrets->secrets().value(SecretKey::serverAccount(u"branch"_s)), u"pa55 word"_s);
    QCOMPARE(m_secrets->secrets().value(SecretKey::serverAccount(u"solo"_s)), u"other"_s);

    QCOMPARE(account({u"list"_s}), 0);
    QCOMPARE(m_out, u"branch\ta.example,b.example\nsolo\t-\n"_s);
    QVERIFY(!m_out.contains(u"pa55"_s));

    // Adding again replaces domains and password.
    QCOMPARE(account({u"add"_s, u"branch"_s, u"--domains"_s, u"c.example"_s}, u"new\n"_s), 0);
    QCOMPARE(m_secrets->secrets().value(SecretKey::serverAccount(u"branch"_s)), u"new"_s);
    QCOMPARE(account({u"list"_s}), 0);
    QCOMPARE(m_out, u"branch\tc.example\nsolo\t-\n"_s);

    QCOMPARE(account({u"remove"_s, u"branch"_s}), 0);
    QVERIFY(!m_secrets->secrets().contains(SecretKey::serverAccount(u"branch"_s)));
    QCOMPARE(account({u"list"_s}), 0);
    QCOMPARE(m_out, u"solo\t-\n"_s);
}

void TestServerAccounts::addRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("input");
    QTest::newRow("no password") << QStringList{u"add"_s, u"branch"_s} << QString();
    QTest::newRow("bad name") << QStringList{u"add"_s, u"a b"_s} << u"pw\n"_s;
    QTest::newRow("bad domain") << QStringList{u"add"_s, u"branch"_s, u"--domains"_s, u"x..y"_s} << u"pw\n"_s;
    QTest::newRow("option without value") << QStringList{u"add"_s, u"branch"_s, u"--domains"_s} << u"pw\n"_s;
    QTest::newRow("unknown option") << QStringList{u"add"_s, u"branch"_s, u"--password"_s, u"pw"_s}
                                    << u"pw\n"_s;
    QTest::newRow("no name") << QStringList{u"add"_s} << u"pw\n"_s;
    QTest::newRow("unknown verb") << QStringList{u"rename"_s, u"a"_s} << QString();
}

void TestServerAccounts::addRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, input);
    QCOMPARE(account(arguments, input), 2);
    QVERIFY(!m_err.isEmpty());
    QVERIFY(ServerAccountTable::read(*m_settings).isEmpty());
    QVERIFY(m_secrets->secrets().isEmpty());
}

void TestServerAccounts::storeFailureAddsNothing()
{
    m_secrets->setFailure(SecretError::Kind::NoBackend);
    QCOMPARE(account({u"add"_s, u"branch"_s}, u"pw\n"_s), 1);
    QVERIFY(!m_err.isEmpty());
    QVERIFY(ServerAccountTable::read(*m_settings).isEmpty());
}

void TestServerAccounts::removeUnknownAccount()
{
    QCOMPARE(account({u"remove"_s, u"nobody"_s}), 2);
    QVERIFY(m_err.contains(u"nobody"_s));
}

void TestServerAccounts::passwordNeverInTheDatabase()
{
    const QString password = u"Zq9-unique-secret-Xv"_s;
    QCOMPARE(account({u"add"_s, u"branch"_s, u"--domains"_s, u"b.example"_s}, password + u'\n'), 0);
    QCOMPARE(account({u"list"_s}), 0);
    QVERIFY(!m_out.contains(password));
    m_settings.reset(); // closes the database, so every page is on disk
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY2(!contents.contains(password.toUtf8()), qPrintable(name));
        QVERIFY(!contents.contains(password.toUtf8().toBase64()));
    }
    QVERIFY(QFile::exists(m_dir->filePath(u"sluice.db"_s)));
}

void TestServerAccounts::engineConfigCarriesAccountsAndPasswords()
{
    ServerAccountTable table(m_settings.get());
    QCOMPARE(table.put({u"branch"_s, {u"b.example"_s}}), QString());
    QCOMPARE(table.put({u"nopass"_s, {}}), QString());
    const QStringList keys = EngineBinder::neededSecretKeys(*m_settings, nullptr);
    QVERIFY(keys.contains(SecretKey::serverAccount(u"branch"_s)));
    QVERIFY(keys.contains(SecretKey::serverAccount(u"nopass"_s)));

    const QHash<QString, QString> passwords{{SecretKey::serverAccount(u"branch"_s), u"pw"_s}};
    const SmtpServerConfig smtp = EngineBinder::engineConfig(*m_settings, nullptr, passwords).smtp;
    QCOMPARE(smtp.accounts.size(), 2);
    QCOMPARE(smtp.accounts.value(u"branch"_s).password, u"pw"_s);
    QCOMPARE(smtp.accounts.value(u"branch"_s).domains, QStringList{u"b.example"_s});
    QCOMPARE(smtp.accounts.value(u"nopass"_s).password, QString()); // never matches (ServerAuth)
}

void TestServerAccounts::securitySettings()
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QCOMPARE(m_settings->boolValue(Keys::SmtpPlaintextAuth), false);
    QCOMPARE(m_settings->stringValue(Keys::SmtpTlsCertificate), QString());
    QVERIFY(!EngineBinder::engineConfig(*m_settings, nullptr, {}).smtp.plaintextAuth);
    QCOMPARE(
        runConfigCommand({u"set"_s, u"smtp.plaintext_auth"_s, u"yes"_s}, *m_settings, outStream, errStream),
        0);
    QVERIFY(EngineBinder::engineConfig(*m_settings, nullptr, {}).smtp.plaintextAuth);
    QCOMPARE(runConfigCommand({u"set"_s, u"smtp.tls_certificate"_s, u"relative/cert.pem"_s}, *m_settings,
                              outStream, errStream),
             2);
    QCOMPARE(runConfigCommand({u"set"_s, u"smtp.tls_certificate"_s, u"/etc/ssl/mx.pem"_s}, *m_settings,
                              outStream, errStream),
             0);
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_serveraccounts.moc"
