// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDatabase.h"
#include "Migrations.h"
#include "SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Sluice;

namespace {

// A plain connection of the test's own, to look at (or prepare) a file behind ConfigDatabase's back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(++s_counter))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        database.setDatabaseName(path);
        database.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
    }
    bool exec(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(statement);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool tableExists(const RawConnection &connection, const QString &table)
{
    return connection
               .value(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(table))
               .toInt() == 1;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sqlTransactionRollsBackUnlessCommitted();
    void freshDatabaseGetsCurrentSchema();
    void createsMissingFolderPrivately();
    void reopeningIsANoOp();
    void laterStepRunsOnce();
    void versionOneUpgradesKeepingSettings();
    void failingStepLeavesDatabaseAsItWas();
    void refusesFile_data();
    void refusesFile();

private:
    QTemporaryDir m_dir;
};

// The connection stays open throughout: closing it would roll back by itself and hide a missing ROLLBACK.
void TestMigrations::sqlTransactionRollsBackUnlessCommitted()
{
    RawConnection raw(m_dir.filePath(u"transaction.db"_s));
    QVERIFY(raw.exec(u"CREATE TABLE t (x INTEGER)"_s));
    {
        SqlTransaction transaction(raw.database());
        QVERIFY(transaction.isActive());
        QVERIFY(raw.exec(u"INSERT INTO t VALUES (1)"_s));
    }
    QCOMPARE(raw.value(u"SELECT count(*) FROM t"_s).toInt(), 0);
    {
        SqlTransaction transaction(raw.database());
        QVERIFY(raw.exec(u"INSERT INTO t VALUES (2)"_s));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(raw.value(u"SELECT count(*) FROM t"_s).toInt(), 1);
    QVERIFY(raw.exec(u"BEGIN"_s)); // no transaction is left open either way
    QVERIFY(raw.exec(u"ROLLBACK"_s));
}

void TestMigrations::freshDatabaseGetsCurrentSchema()
{
    const QString path = m_dir.filePath(u"fresh.db"_s);
    QString error;
    {
        const auto database = ConfigDatabase::open(path, &error);
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(database->path(), path);
    }
    RawConnection raw(path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 5);
    QCOMPARE(latestSchemaVersion(builtInMigrations()), 5);
    QVERIFY(tableExists(raw, u"settings"_s));
    QVERIFY(tableExists(raw, u"email_domains"_s));
    QVERIFY(tableExists(raw, u"server_accounts"_s));
    QVERIFY(tableExists(raw, u"host_rules"_s));
    QVERIFY(tableExists(raw, u"routes"_s));
    QVERIFY(raw.exec(u"INSERT INTO settings (key, value) VALUES ('a', 'b')"_s));
    QVERIFY(!raw.exec(u"INSERT INTO settings (key, value) VALUES ('a', 'c')"_s)); // key is the primary key
    QVERIFY(!raw.exec(u"INSERT INTO settings (key, value) VALUES ('n', NULL)"_s));
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestMigrations::createsMissingFolderPrivately()
{
    const QString folder = m_dir.filePath(u"nested/data"_s);
    QString error;
    QVERIFY2(ConfigDatabase::open(folder + "/sluice.db"_L1, &error), qPrintable(error));
    QVERIFY(QFile::exists(folder + "/sluice.db"_L1));
    QCOMPARE(QFile::permissions(folder) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestMigrations::reopeningIsANoOp()
{
    const QString path = m_dir.filePath(u"reopen.db"_s);
    int runs = 0;
    QList<Migration> counting = builtInMigrations();
    const auto original = counting[0].apply;
    counting[0].apply = [&runs, original](QSqlDatabase &database, QString *error) {
        ++runs;
        return original(database, error);
    };
    QString error;
    QVERIFY2(ConfigDatabase::open(path, counting, &error), qPrintable(error));
    QCOMPARE(runs, 1);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"INSERT INTO settings (key, value) VALUES ('kept', 'yes')"_s));
    }
    QVERIFY2(ConfigDatabase::open(path, counting, &error), qPrintable(error));
    QCOMPARE(runs, 1);
    RawConnection raw(path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), latestSchemaVersion(builtInMigrations()));
    QCOMPARE(raw.value(u"SELECT value FROM settings WHERE key = 'kept'"_s).toString(), u"yes"_s);
}

void TestMigrations::laterStepRunsOnce()
{
    const QString path = m_dir.filePath(u"later.db"_s);
    QString error;
    QVERIFY2(ConfigDatabase::open(path, &error), qPrintable(error));

    QList<Migration> migrations = builtInMigrations();
    const int next = latestSchemaVersion(migrations) + 1;
    migrations.append({next, u"add a column"_s, [](QSqlDatabase &database, QString *error) {
                           QSqlQuery query(database);
                           if (query.exec(u"ALTER TABLE settings ADD COLUMN note TEXT"_s))
                               return true;
                           *error = query.lastError().text();
                           return false;
                       }});
    QVERIFY2(ConfigDatabase::open(path, migrations, &error), qPrintable(error));
    QVERIFY2(ConfigDatabase::open(path, migrations, &error), qPrintable(error)); // would fail if re-run
    {
        RawConnection raw(path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), next);
    }
    // ... and this Sluice, which knows only the versions before, must now refuse the file.
    QVERIFY(!ConfigDatabase::open(path, &error));
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
}

void TestMigrations::versionOneUpgradesKeepingSettings()
{
    const QString path = m_dir.filePath(u"upgrade.db"_s);
    QString error;
    QVERIFY2(ConfigDatabase::open(path, builtInMigrations().mid(0, 1), &error), qPrintable(error));
    {
        RawConnection raw(path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 1);
        QVERIFY(raw.exec(u"INSERT INTO settings (key, value) VALUES ('smtp.listen', '*:2525')"_s));
    }
    QVERIFY2(ConfigDatabase::open(path, &error), qPrintable(error));
    RawConnection raw(path);
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 5);
    QVERIFY(tableExists(raw, u"email_domains"_s));
    QVERIFY(tableExists(raw, u"connection_profiles"_s));
    QVERIFY(tableExists(raw, u"server_accounts"_s));
    QVERIFY(tableExists(raw, u"host_rules"_s));
    QCOMPARE(raw.value(u"SELECT value FROM settings WHERE key = 'smtp.listen'"_s).toString(), u"*:2525"_s);
}

void TestMigrations::failingStepLeavesDatabaseAsItWas()
{
    const QString path = m_dir.filePath(u"failing.db"_s);
    QString error;
    QVERIFY2(ConfigDatabase::open(path, &error), qPrintable(error));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"INSERT INTO settings (key, value) VALUES ('smtp.listen', '*:2525')"_s));
    }

    QList<Migration> migrations = builtInMigrations();
    const int current = latestSchemaVersion(migrations);
    migrations.append(
        {current + 1, u"add the frobnicator table"_s, [](QSqlDatabase &database, QString *error) {
             QSqlQuery query(database);
             // Valid DDL and a data change first, so the rollback has something to undo.
             if (!query.exec(u"CREATE TABLE frobnicator (x INTEGER)"_s) ||
                 !query.exec(u"UPDATE settings SET value = 'changed'"_s)) {
                 *error = query.lastError().text();
                 return false;
             }
             *error = u"deliberate failure"_s;
             return false;
         }});
    QVERIFY(!ConfigDatabase::open(path, migrations, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(u"add the frobnicator table"_s), qPrintable(error));
    QVERIFY2(error.contains(u"deliberate failure"_s), qPrintable(error));

    {
        RawConnection raw(path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), current);
        QVERIFY(!tableExists(raw, u"frobnicator"_s));
        QCOMPARE(raw.value(u"SELECT value FROM settings WHERE key = 'smtp.listen'"_s).toString(),
                 u"*:2525"_s);
    }
    // The file is still usable by a Sluice without the broken step.
    QVERIFY2(ConfigDatabase::open(path, &error), qPrintable(error));
}

void TestMigrations::refusesFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedReason");
    QTest::newRow("newer schema") << u"newer"_s << u"newer version"_s;
    QTest::newRow("not a database") << u"garbage"_s << u"not an SQLite database"_s;
    QTest::newRow("damaged page") << u"damaged"_s << u"damaged"_s;
    QTest::newRow("unreadable") << u"unreadable"_s << u"for reading and writing"_s;
}

void TestMigrations::refusesFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedReason);
    const QString path = m_dir.filePath(kind + ".db"_L1);

    if (kind == "garbage"_L1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            file.write("This is not a database, only some text that happens to be here.\n");
    } else {
        RawConnection raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s));
        // Enough rows for several pages, so that damaging page 2 hits the table's tree.
        QVERIFY(raw.exec(u"BEGIN"_s));
        for (int i = 0; i < 200; ++i)
            QVERIFY(
                raw.exec(u"INSERT INTO settings VALUES ('key%1', '%2')"_s.arg(i).arg(QString(100, u'x'))));
        QVERIFY(raw.exec(u"COMMIT"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(kind == "newer"_L1 ? 99 : 2)));
    }
    if (kind == "damaged"_L1) {
        // Page 2 is the settings table's root page: an invalid page type byte makes it unreadable.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096));
        file.write("\xff\xff\xff\xff\xff\xff\xff\xff", 8);
    }
    const QByteArray before = contentsOf(path);
    QVERIFY(!before.isEmpty());
    // Root reads any file whatever its mode: then the open runs as "nobody" (seteuid, undone below),
    // with the folder made traversable so that the file is seen but cannot be read.
    bool droppedRoot = false;
    if (kind == "unreadable"_L1) {
        QVERIFY(QFile::setPermissions(path, {}));
        if (::geteuid() == 0) {
            QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                            QFile::ExeOwner | QFile::ExeGroup |
                                                            QFile::ExeOther));
            QVERIFY(::seteuid(65534) == 0);
            droppedRoot = true;
        }
        QFile probe(path);
        QVERIFY2(!probe.open(QIODevice::ReadOnly), "the file is still readable: nothing would be tested");
    }

    QString error;
    const bool opened = bool(ConfigDatabase::open(path, &error));
    if (droppedRoot) {
        QVERIFY(::seteuid(0) == 0);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QVERIFY(!opened);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(expectedReason), qPrintable(error));
    QCOMPARE(contentsOf(path), before);
    QVERIFY(!QFile::exists(path + "-wal"_L1));
    QVERIFY(!QFile::exists(path + "-journal"_L1));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
