// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretCalls.h"

#include "FileSecretStore.h"
#include "KeychainSecretStore.h"
#include "SecretStoreFactory.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Sluice;

namespace {

// The exact permission bits, as `ls -l` shows them; -1 when the file is missing.
int modeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

ino_t inodeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writeReadDelete();
    void missingKey();
    void deleteMissingKeySucceeds();
    void createdOwnerOnly();
    void refusesFileOthersCanAccess_data();
    void refusesFileOthersCanAccess();
    void rewriteIsAtomicAndKeepsOtherKeys();
    void damagedFileIsNotOverwritten();
    void callbackRunsLaterAndOnlyForLiveContext();
    void factoryFollowsSetting();
    void secretsNeverReachSettingsDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<FileSecretStore> m_store;
};

void TestFileSecretStore::initTestCase()
{
    // The usual umask would create a new file 0644: owner-only must come from the store, not the umask.
    ::umask(022);
}

void TestFileSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(FileSecretStore::fileName());
    m_store = std::make_unique<FileSecretStore>(m_path);
}

void TestFileSecretStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestFileSecretStore::writeReadDelete()
{
    const QString key = SecretKey::smtpAuth(u"Mail.Example.org"_s, u"alice@example.org"_s);
    QCOMPARE(key, u"smtp-auth/mail.example.org/alice@example.org"_s);
    const QString secret = u"pässwörd ✓ with spaces and \"quotes\""_s;

    const SecretOutcome written = writeSecretNow(*m_store, key, secret);
    QVERIFY(written.answered);
    QVERIFY2(written.ok, qPrintable(written.error.message));

    const SecretOutcome read = readSecretNow(*m_store, key);
    QVERIFY(read.answered);
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.secret, secret);
    QCOMPARE(read.error.kind, SecretError::Kind::None);

    const SecretOutcome deleted = deleteSecretNow(*m_store, key);
    QVERIFY(deleted.answered);
    QVERIFY2(deleted.ok, qPrintable(deleted.error.message));
    const SecretOutcome gone = readSecretNow(*m_store, key);
    QVERIFY(gone.answered);
    QVERIFY(!gone.ok);
    QCOMPARE(gone.error.kind, SecretError::Kind::NotFound);
}

void TestFileSecretStore::missingKey()
{
    // Without any file yet, and with a file that holds other keys only.
    const QString key = SecretKey::dialup(u"isp"_s, u"user/with/slashes"_s);
    QCOMPARE(key, u"dialup/isp/user%2Fwith%2Fslashes"_s);
    SecretOutcome read = readSecretNow(*m_store, key);
    QVERIFY(read.answered);
    QCOMPARE(read.error.kind, SecretError::Kind::NotFound);
    QVERIFY(read.error.message.contains(key));
    QVERIFY(!QFile::exists(m_path));

    QVERIFY(writeSecretNow(*m_store, SecretKey::serverAccount(u"bob"_s), u"x"_s).ok);
    read = readSecretNow(*m_store, key);
    QCOMPARE(read.error.kind, SecretError::Kind::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestFileSecretStore::deleteMissingKeySucceeds()
{
    QVERIFY(deleteSecretNow(*m_store, u"server-account/nobody"_s).ok);
    QVERIFY2(!QFile::exists(m_path), "deleting from no file must not create one");
    QVERIFY(writeSecretNow(*m_store, u"server-account/bob"_s, u"x"_s).ok);
    QVERIFY(deleteSecretNow(*m_store, u"server-account/nobody"_s).ok);
}

void TestFileSecretStore::createdOwnerOnly()
{
    QVERIFY(writeSecretNow(*m_store, u"server-account/bob"_s, u"x"_s).ok);
    QCOMPARE(modeOf(m_path), 0600);
}

void TestFileSecretStore::refusesFileOthersCanAccess_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("world-readable 0644") << 0644;
    QTest::newRow("group-readable 0640") << 0640;
    QTest::newRow("world-readable only 0604") << 0604;
    QTest::newRow("group-writable 0620") << 0620;
}

void TestFileSecretStore::refusesFileOthersCanAccess()
{
    QFETCH(int, mode);
    QVERIFY(writeSecretNow(*m_store, u"server-account/bob"_s, u"hunter2"_s).ok);
    QCOMPARE(::chmod(QFile::encodeName(m_path).constData(), static_cast<mode_t>(mode)), 0);
    const QByteArray before = contentsOf(m_path);

    const SecretOutcome read = readSecretNow(*m_store, u"server-account/bob"_s);
    QVERIFY(read.answered);
    QVERIFY(!read.ok);
    QCOMPARE(read.error.kind, SecretError::Kind::Failed);
    QVERIFY(read.secret.isEmpty());
    // The message names the file and the fix.
    QVERIFY2(read.error.message.contains(QDir::toNativeSeparators(m_path)), qPrintable(read.error.message));
    QVERIFY2(read.error.message.contains("chmod 600"_L1), qPrintable(read.error.message));

    // Writing or deleting does not quietly make the file private again, nor change it at all.
    QCOMPARE(writeSecretNow(*m_store, u"server-account/carol"_s, u"x"_s).error.kind,
             SecretError::Kind::Failed);
    QCOMPARE(deleteSecretNow(*m_store, u"server-account/bob"_s).error.kind, SecretError::Kind::Failed);
    QCOMPARE(contentsOf(m_path), before);
    QCOMPARE(modeOf(m_path), mode);
}

void TestFileSecretStore::rewriteIsAtomicAndKeepsOtherKeys()
{
    QVERIFY(writeSecretNow(*m_store, u"a"_s, u"first"_s).ok);
    QVERIFY(writeSecretNow(*m_store, u"b"_s, u"second"_s).ok);
    QVERIFY(writeSecretNow(*m_store, u"c"_s, u"third"_s).ok);
    const ino_t before = inodeOf(m_path);

    QVERIFY(writeSecretNow(*m_store, u"b"_s, u"changed"_s).ok);
    // A new file renamed over the old one (QSaveFile), never the old one truncated and rewritten.
    QVERIFY(inodeOf(m_path) != before);
    QCOMPARE(readSecretNow(*m_store, u"a"_s).secret, u"first"_s);
    QCOMPARE(readSecretNow(*m_store, u"b"_s).secret, u"changed"_s);
    QCOMPARE(readSecretNow(*m_store, u"c"_s).secret, u"third"_s);
    QCOMPARE(modeOf(m_path), 0600);

    QVERIFY(deleteSecretNow(*m_store, u"a"_s).ok);
    QCOMPARE(readSecretNow(*m_store, u"c"_s).secret, u"third"_s);
    QCOMPARE(modeOf(m_path), 0600);
    // No temporary or lock files are left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{FileSecretStore::fileName()});
}

void TestFileSecretStore::damagedFileIsNotOverwritten()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"secrets\": not json");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray before = contentsOf(m_path);

    const SecretOutcome read = readSecretNow(*m_store, u"a"_s);
    QCOMPARE(read.error.kind, SecretError::Kind::Failed);
    QVERIFY(read.error.message.contains(QDir::toNativeSeparators(m_path)));
    // Replacing it would lose every other password in it.
    QCOMPARE(writeSecretNow(*m_store, u"a"_s, u"x"_s).error.kind, SecretError::Kind::Failed);
    QCOMPARE(contentsOf(m_path), before);
}

void TestFileSecretStore::callbackRunsLaterAndOnlyForLiveContext()
{
    QVERIFY(writeSecretNow(*m_store, u"a"_s, u"first"_s).ok);
    bool called = false;
    QObject context;
    m_store->readSecret(u"a"_s, &context,
                        [&called](bool, const QString &, const SecretError &) { called = true; });
    QVERIFY2(!called, "the callback ran inside readSecret()");
    QTRY_VERIFY(called);

    bool calledForGone = false;
    auto *gone = new QObject;
    m_store->writeSecret(u"b"_s, u"x"_s, gone,
                         [&calledForGone](bool, const SecretError &) { calledForGone = true; });
    delete gone;
    QTest::qWait(50);
    QVERIFY(!calledForGone);
}

void TestFileSecretStore::factoryFollowsSetting()
{
    QString error;
    auto settings =
        Settings::open(m_dir->filePath(u"sluice.db"_s), {m_dir->path(), u"mx.example.org"_s}, &error);
    QVERIFY2(settings, qPrintable(error));

    QCOMPARE(settings->stringValue(Keys::SecretsStore), u"keychain"_s);
    QString warning = u"stale"_s;
    std::unique_ptr<SecretStore> store = createSecretStore(*settings, &warning);
    QVERIFY(qobject_cast<KeychainSecretStore *>(store.get()));
    QVERIFY(warning.isEmpty());

    QCOMPARE(settings->setText(Keys::SecretsStore, u"File"_s), QString());
    store = createSecretStore(*settings, &warning);
    auto *fileStore = qobject_cast<FileSecretStore *>(store.get());
    QVERIFY(fileStore);
    QCOMPARE(fileStore->filePath(), m_path);
    QCOMPARE(warning, FileSecretStore::warningText());
    QVERIFY(warning.contains("NOT encrypted"_L1));

    QVERIFY(!settings->setText(Keys::SecretsStore, u"plaintext"_s).isEmpty());
}

void TestFileSecretStore::secretsNeverReachSettingsDatabase()
{
    QString error;
    const QString databasePath = m_dir->filePath(u"sluice.db"_s);
    auto settings = Settings::open(databasePath, {m_dir->path(), u"mx.example.org"_s}, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->setText(Keys::SecretsStore, u"file"_s), QString());
    std::unique_ptr<SecretStore> store = createSecretStore(*settings, nullptr);

    const QString secret = u"Zebra-Quokka-7731-ünïcode"_s;
    QVERIFY(writeSecretNow(*store, SecretKey::smtpAuth(u"relay.example.net"_s, u"gw"_s), secret).ok);
    QVERIFY(writeSecretNow(*store, SecretKey::serverAccount(u"alice"_s), secret + u'2').ok);
    // Settings changed around the secrets are written to the database as usual.
    QCOMPARE(settings->setText(Keys::CatchAll, u"postmaster"_s), QString());
    settings.reset();

    // Every file SQLite may have written: the database and its journal or write-ahead log.
    QByteArray databaseBytes;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-journal"_s, u"-shm"_s})
        databaseBytes += contentsOf(databasePath + suffix);
    QVERIFY(databaseBytes.contains("delivery.catch_all"));
    QVERIFY(!databaseBytes.contains(secret.toUtf8()));
    QVERIFY(!databaseBytes.contains(
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
    // ...and they are where they belong (which also shows that the search above would find them).
    QVERIFY(contentsOf(m_path).contains("Zebra-Quokka-7731"));
}

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
