// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataDirectory.h"

#include <smtp/SmtpAddress.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;

class TestDataDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void commandLineWins();
    void environmentComesNext();
    void standardLocationIsTheFallback();
    void databaseLivesInside();
    void createsPrivateFolder();
    void machineNameIsAValidDomain();
};

void TestDataDirectory::initTestCase()
{
    QCoreApplication::setOrganizationName(u"sluice"_s);
    QCoreApplication::setApplicationName(u"sluice"_s);
    QStandardPaths::setTestModeEnabled(true); // never points at the real user's data
}

void TestDataDirectory::cleanup()
{
    qunsetenv("SLUICE_DATA_DIR");
}

void TestDataDirectory::commandLineWins()
{
    qputenv("SLUICE_DATA_DIR", "/from/environment");
    QCOMPARE(resolveDataDirectory(u"/from/command/line/"_s), u"/from/command/line"_s);
    // A relative value is relative to where the command was started, made absolute once.
    QCOMPARE(resolveDataDirectory(u"relative"_s), QDir::current().absoluteFilePath(u"relative"_s));
}

void TestDataDirectory::environmentComesNext()
{
    qputenv("SLUICE_DATA_DIR", "/from/environment");
    QCOMPARE(resolveDataDirectory(QString()), u"/from/environment"_s);
    qputenv("SLUICE_DATA_DIR", "");
    QCOMPARE(resolveDataDirectory(QString()),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

void TestDataDirectory::standardLocationIsTheFallback()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(resolveDataDirectory(QString()), expected);
}

void TestDataDirectory::databaseLivesInside()
{
    QCOMPARE(configDatabasePath(u"/var/lib/sluice"_s), u"/var/lib/sluice/sluice.db"_s);
}

void TestDataDirectory::createsPrivateFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/data"_s);
    QString error;
    QVERIFY2(createDataDirectory(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                        QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
    QVERIFY(createDataDirectory(path, &error)); // existing: fine

    const QString blocked = dir.filePath(u"file"_s);
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!createDataDirectory(blocked + "/data"_L1, &error));
    QVERIFY2(error.contains(blocked), qPrintable(error));
}

void TestDataDirectory::machineNameIsAValidDomain()
{
    const QString name = machineHostName();
    QVERIFY(!name.isEmpty());
    QVERIFY2(isValidDomainName(name.toLatin1()), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"
