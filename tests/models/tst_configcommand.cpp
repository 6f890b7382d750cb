// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigCommand.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsRegistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestConfigCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listPrintsEveryKeySorted();
    void getPrintsTheValue();
    void setStoresCanonicalValue();
    void setJoinsSeveralArguments();
    void invalidValueChangesNothing();
    void unsetRestoresDefault();
    void describeOneKey();
    void describeAll();
    void unknownKey_data();
    void unknownKey();
    void badUsage_data();
    void badUsage();

private:
    int run(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_out;
    QString m_err;
};

void TestConfigCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_settings =
        Settings::open(m_dir->filePath(u"sluice.db"_s), {m_dir->path(), u"mx.example.org"_s}, &error);
    QVERIFY2(m_settings, qPrintable(error));
}

void TestConfigCommand::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

int TestConfigCommand::run(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return runConfigCommand(arguments, *m_settings, out, err);
}

void TestConfigCommand::listPrintsEveryKeySorted()
{
    QCOMPARE(run({u"list"_s}), 0);
    QVERIFY(m_err.isEmpty());
    QVERIFY(m_out.endsWith(u'\n'));
    const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_settings->keys().size());
    QStringList keys;
    for (const QString &line : lines)
        keys.append(line.section(u'=', 0, 0));
    QCOMPARE(keys, m_settings->keys());
    QVERIFY(lines.contains(u"smtp.listen=*:25"_s));
    QVERIFY(lines.contains(u"general.hostname=mx.example.org"_s));
    QVERIFY(lines.contains(u"relay.networks=127.0.0.0/8, ::1/128"_s));
    QVERIFY(lines.contains(u"delivery.catch_all="_s));
}

void TestConfigCommand::getPrintsTheValue()
{
    QCOMPARE(run({u"get"_s, u"smtp.max_message_size_kb"_s}), 0);
    QCOMPARE(m_out, u"25600\n"_s);
    QVERIFY(m_err.isEmpty());
}

void TestConfigCommand::setStoresCanonicalValue()
{
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    QCOMPARE(run({u"set"_s, u"smtp.bare_line_endings"_s, u"Normalise"_s}), 0);
    QVERIFY(m_out.isEmpty());
    QVERIFY(m_err.isEmpty());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(run({u"get"_s, u"smtp.bare_line_endings"_s}), 0);
    QCOMPARE(m_out, u"normalise\n"_s);
    QVERIFY(m_settings->isExplicit(Keys::BareLineEndings));
}

void TestConfigCommand::setJoinsSeveralArguments()
{
    QCOMPARE(run({u"set"_s, u"routing.local_domains"_s, u"a.example"_s, u"b.example"_s}), 0);
    QCOMPARE(m_settings->text(Keys::LocalDomains), u"a.example, b.example"_s);
    // An empty value is a value: it clears the catch-all.
    QCOMPARE(run({u"set"_s, u"delivery.catch_all"_s, u"everything"_s}), 0);
    QCOMPARE(run({u"set"_s, u"delivery.catch_all"_s, u""_s}), 0);
    QCOMPARE(m_settings->text(Keys::CatchAll), QString());
    QVERIFY(m_settings->isExplicit(Keys::CatchAll));
}

void TestConfigCommand::invalidValueChangesNothing()
{
    QVERIFY(m_settings->setText(Keys::MaxConnections, u"12"_s).isEmpty());
    QSignalSpy spy(m_settings.get(), &Settings::changed);
    QCOMPARE(run({u"set"_s, u"smtp.max_connections"_s, u"0"_s}), 2);
    QVERIFY(m_out.isEmpty());
    QVERIFY2(m_err.contains(u"smtp.max_connections"_s), qPrintable(m_err));
    QCOMPARE(m_settings->text(Keys::MaxConnections), u"12"_s);
    QCOMPARE(spy.count(), 0);

    QCOMPARE(run({u"set"_s, u"general.hostname"_s, u"not a host"_s}), 2);
    QVERIFY(!m_settings->isExplicit(Keys::HostName));
}

void TestConfigCommand::unsetRestoresDefault()
{
    QCOMPARE(run({u"set"_s, u"smtp.listen"_s, u"127.0.0.1:2525"_s}), 0);
    QCOMPARE(run({u"unset"_s, u"smtp.listen"_s}), 0);
    QVERIFY(m_err.isEmpty());
    QVERIFY(!m_settings->isExplicit(Keys::SmtpListen));
    QCOMPARE(run({u"get"_s, u"smtp.listen"_s}), 0);
    QCOMPARE(m_out, u"*:25\n"_s);
    QCOMPARE(run({u"unset"_s, u"smtp.listen"_s}), 0); // already the default: still fine
}

void TestConfigCommand::describeOneKey()
{
    QCOMPARE(run({u"describe"_s, u"smtp.max_message_size_kb"_s}), 0);
    QVERIFY(m_err.isEmpty());
    const QStringList lines = m_out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"smtp.max_message_size_kb"_s);
    QVERIFY2(lines.at(1).contains(u"0"_s) && lines.at(1).contains(u"2097151"_s), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2).trimmed(), u"Default: 25600"_s);
    QCOMPARE(lines.at(3).trimmed(), m_settings->definition(Keys::MaxMessageSizeKb)->description);

    // The default shown is the default, not the current value.
    QVERIFY(m_settings->setText(Keys::MaxMessageSizeKb, u"100"_s).isEmpty());
    QCOMPARE(run({u"describe"_s, u"smtp.max_message_size_kb"_s}), 0);
    QVERIFY(m_out.contains(u"Default: 25600"_s));

    QCOMPARE(run({u"describe"_s, u"smtp.bare_line_endings"_s}), 0);
    QVERIFY2(m_out.contains(u"refuse, normalise"_s), qPrintable(m_out));
}

void TestConfigCommand::describeAll()
{
    QCOMPARE(run({u"describe"_s}), 0);
    // One block per key, separated by blank lines, in key order.
    QStringList described;
    for (const QString &block : m_out.split(u"\n\n"_s))
        described.append(block.section(u'\n', 0, 0));
    QCOMPARE(described, m_settings->keys());
}

void TestConfigCommand::unknownKey_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("get") << QStringList{u"get"_s, u"smtp.nope"_s};
    QTest::newRow("set") << QStringList{u"set"_s, u"smtp.nope"_s, u"1"_s};
    QTest::newRow("unset") << QStringList{u"unset"_s, u"smtp.nope"_s};
    QTest::newRow("describe") << QStringList{u"describe"_s, u"smtp.nope"_s};
}

void TestConfigCommand::unknownKey()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(run(arguments), 2);
    QVERIFY(m_out.isEmpty());
    QVERIFY2(m_err.contains(u"smtp.nope"_s), qPrintable(m_err));
}

void TestConfigCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("list with argument") << QStringList{u"list"_s, u"x"_s};
    QTest::newRow("get without key") << QStringList{u"get"_s};
    QTest::newRow("get two keys") << QStringList{u"get"_s, u"smtp.listen"_s, u"smtp.max_recipients"_s};
    QTest::newRow("set without value") << QStringList{u"set"_s, u"smtp.listen"_s};
    QTest::newRow("unset without key") << QStringList{u"unset"_s};
    QTest::newRow("describe two keys") << QStringList{u"describe"_s, u"smtp.listen"_s, u"smtp.listen"_s};
}

void TestConfigCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(run(arguments), 2);
    QVERIFY(m_out.isEmpty());
    QVERIFY2(m_err.startsWith(u"Usage:"_s), qPrintable(m_err));
    QVERIFY(!m_settings->isExplicit(Keys::SmtpListen));
}

QTEST_GUILESS_MAIN(TestConfigCommand)
#include "tst_configcommand.moc"
