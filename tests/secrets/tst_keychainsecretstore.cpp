// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against real D-Bus sessions, never the user's own (see CMakeLists.txt):
//   with-keyring.sh starts a private GNOME Keyring, then runs this binary: TestWithKeyring;
//   "--without-keyring" runs it on a bus where no keychain exists or can be started: TestWithoutKeyring.
#include "SecretCalls.h"

#include "KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sluice;
using namespace std::chrono_literals;

namespace {

const QString SecretService = u"org.freedesktop.secrets"_s;

bool secretServiceRunning()
{
    const QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(SecretService).value();
}

// The items the Secret Service holds for key, found the way any other client would find them.
int itemsInSecretService(const QString &key)
{
    QDBusMessage call = QDBusMessage::createMethodCall(SecretService, u"/org/freedesktop/secrets"_s,
                                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    call << QVariant::fromValue(
        QMap<QString, QString>{{u"server"_s, KeychainSecretStore::serviceName()}, {u"user"_s, key}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return -1;
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    return int(unlocked.size() + locked.size());
}

// Counts the store's "trying again" log lines, to prove there is exactly one retry.
int g_retryMessages = 0;
QtMessageHandler g_previousHandler = nullptr;

void countRetries(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "sluice.secrets") == 0 && message.contains("trying again"_L1))
        ++g_retryMessages;
    g_previousHandler(type, context, message);
}

} // namespace

class TestWithKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeThenRead();
    void overwrite();
    void remove();
    void readMissingKey();

private:
    KeychainSecretStore m_store;
};

void TestWithKeyring::initTestCase()
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    // Never run against the keyring of the developer's desktop session.
    QVERIFY2(qEnvironmentVariableIsSet("SLUICE_PRIVATE_KEYRING"),
             "run through with-keyring.sh (ctest does), not directly");
    QVERIFY2(secretServiceRunning(), "with-keyring.sh did not get gnome-keyring-daemon onto the bus");
}

void TestWithKeyring::writeThenRead()
{
    const QString key = SecretKey::smtpAuth(u"relay.example.net"_s, u"alice@example.org"_s);
    const QString secret = u"pässwörd ✓ with spaces"_s;
    const SecretOutcome written = writeSecretNow(m_store, key, secret);
    QVERIFY(written.answered);
    QVERIFY2(written.ok, qPrintable(written.error.message));
    // In the Secret Service itself, under Sluice's service name: not in some fallback file.
    QCOMPARE(itemsInSecretService(key), 1);

    const SecretOutcome read = readSecretNow(m_store, key);
    QVERIFY(read.answered);
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.error.kind, SecretError::Kind::None);
    QCOMPARE(read.secret, secret);
}

void TestWithKeyring::overwrite()
{
    const QString key = SecretKey::dialup(u"isp"_s, u"bob"_s);
    QVERIFY(writeSecretNow(m_store, key, u"old"_s).ok);
    const SecretOutcome written = writeSecretNow(m_store, key, u"new"_s);
    QVERIFY2(written.ok, qPrintable(written.error.message));
    QCOMPARE(readSecretNow(m_store, key).secret, u"new"_s);
    QCOMPARE(itemsInSecretService(key), 1);
}

void TestWithKeyring::remove()
{
    const QString key = SecretKey::serverAccount(u"carol"_s);
    const QString neighbour = SecretKey::serverAccount(u"dave"_s);
    QVERIFY(writeSecretNow(m_store, key, u"x"_s).ok);
    QVERIFY(writeSecretNow(m_store, neighbour, u"y"_s).ok);

    const SecretOutcome deleted = deleteSecretNow(m_store, key);
    QVERIFY(deleted.answered);
    QVERIFY2(deleted.ok, qPrintable(deleted.error.message));
    QCOMPARE(itemsInSecretService(key), 0);
    QCOMPARE(readSecretNow(m_store, key).error.kind, SecretError::Kind::NotFound);
    QCOMPARE(readSecretNow(m_store, neighbour).secret, u"y"_s);
    // Deleting what is gone already succeeds.
    QVERIFY(deleteSecretNow(m_store, key).ok);
}

void TestWithKeyring::readMissingKey()
{
    const QString key = SecretKey::smtpAuth(u"nowhere.example"_s, u"nobody"_s);
    const SecretOutcome read = readSecretNow(m_store, key);
    QVERIFY(read.answered);
    QVERIFY(!read.ok);
    QCOMPARE(read.error.kind, SecretError::Kind::NotFound);
    QVERIFY(read.error.message.contains(key));
    QVERIFY(read.secret.isEmpty());
}

class TestWithoutKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void noBackendAfterOneRetry_data();
    void noBackendAfterOneRetry();
    void retryIsDroppedWithContext();
    void keychainStartedDuringRetryDelay();

private:
    static constexpr std::chrono::milliseconds RetryDelay{300};
    KeychainSecretStore m_store;
    QTemporaryDir m_config;
};

void TestWithoutKeyring::initTestCase()
{
    const QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    QVERIFY2(bus, "no session bus: run under dbus-run-session (ctest does)");
    QVERIFY2(!secretServiceRunning(), "a Secret Service is running on this bus");
    QVERIFY2(!bus->activatableServiceNames().value().contains(SecretService),
             "this bus can start a Secret Service: use the test's session-bus.conf");
    // Where QtKeychain's plain-text fallback would write, were it enabled.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    m_store.setRetryDelay(RetryDelay);
    g_previousHandler = qInstallMessageHandler(countRetries);
}

void TestWithoutKeyring::init()
{
    g_retryMessages = 0;
}

void TestWithoutKeyring::noBackendAfterOneRetry_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("read") << u"read"_s;
    QTest::newRow("write") << u"write"_s;
    QTest::newRow("delete") << u"delete"_s;
}

void TestWithoutKeyring::noBackendAfterOneRetry()
{
    QFETCH(QString, operation);
    const QString key = SecretKey::serverAccount(u"alice"_s);
    QElapsedTimer timer;
    timer.start();
    const SecretOutcome outcome = operation == "read"_L1    ? readSecretNow(m_store, key)
                                  : operation == "write"_L1 ? writeSecretNow(m_store, key, u"x"_s)
                                                            : deleteSecretNow(m_store, key);
    QVERIFY(outcome.answered);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, SecretError::Kind::NoBackend);
    QVERIFY(!outcome.error.message.isEmpty());
    QCOMPARE(g_retryMessages, 1);
    QVERIFY2(timer.elapsed() >= RetryDelay.count(), "answered before the retry delay");
    // setInsecureFallback(false): nothing went to a plain-text file instead.
    QVERIFY(QDir(m_config.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestWithoutKeyring::retryIsDroppedWithContext()
{
    auto *context = new QObject;
    bool called = false;
    m_store.readSecret(u"server-account/alice"_s, context,
                       [&called](bool, const QString &, const SecretError &) { called = true; });
    QTRY_COMPARE(g_retryMessages, 1);
    delete context;
    QTest::qWait(int(3 * RetryDelay.count()));
    QVERIFY(!called);
}

// What the retry is for: at login the keychain may come up a moment after Sluice. Runs last, since it
// leaves the bus with a keychain until the daemon is stopped at the end.
void TestWithoutKeyring::keychainStartedDuringRetryDelay()
{
    KeychainSecretStore store;
    store.setRetryDelay(3s);
    SecretOutcome outcome;
    QObject context;
    store.readSecret(u"server-account/alice"_s, &context,
                     [&outcome](bool ok, const QString &secret, const SecretError &error) {
                         outcome = {true, ok, secret, error};
                     });
    QTRY_COMPARE(g_retryMessages, 1);

    // The same private keyring as with-keyring.sh, in a HOME of its own.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = home.filePath(QLatin1StringView(variable));
        QVERIFY(
            QDir().mkdir(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        environment.insert(QLatin1StringView(variable), folder);
    }
    QProcess daemon;
    daemon.setProcessEnvironment(environment);
    daemon.start(u"gnome-keyring-daemon"_s, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    QVERIFY2(daemon.waitForStarted(), qPrintable(daemon.errorString()));
    daemon.write("sluice-test");
    daemon.closeWriteChannel();
    const auto stopDaemon = qScopeGuard([&daemon] {
        daemon.terminate();
        daemon.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(secretServiceRunning(), 5000);

    // The retry reaches the keychain: the key is simply not stored there, no "no keychain" error.
    QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 15000);
    QCOMPARE(outcome.error.kind, SecretError::Kind::NotFound);
    QCOMPARE(g_retryMessages, 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // QtKeychain picks KWallet on a KDE desktop; these tests are about the Secret Service.
    for (const char *variable :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
        qunsetenv(variable);
    QStringList arguments = app.arguments();
    if (arguments.removeAll(u"--without-keyring"_s) > 0) {
        TestWithoutKeyring test;
        return QTest::qExec(&test, arguments);
    }
    TestWithKeyring test;
    return QTest::qExec(&test, arguments);
}

#include "tst_keychainsecretstore.moc"
