// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageFaults.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Sluice::Test {

TmpfsMount::TmpfsMount(const QString &path, qint64 bytes)
    : m_path(path)
{
    QDir().mkpath(path);
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) == 0) {
        m_mounted = true;
        return;
    }
    const int code = errno;
    m_error = u"cannot mount a tmpfs on %1: %2%3"_s.arg(
        path, QString::fromLocal8Bit(std::strerror(code)),
        code == EPERM ? u" (these fault tests must run as root, as CI does)"_s : QString());
}

TmpfsMount::~TmpfsMount()
{
    // Lazy: an engine that failed to stop must not leave the mount behind.
    if (m_mounted)
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
}

qint64 freeSpace(const QString &path)
{
    struct statvfs info = {};
    if (::statvfs(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

bool fillDisk(const QString &fillerPath, qint64 leaveFree, QString *error)
{
    QFile filler(fillerPath);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = filler.errorString();
        return false;
    }
    const QByteArray page(4096, 'F');
    while (freeSpace(fillerPath) - leaveFree >= page.size()) {
        if (filler.write(page) != page.size() || !filler.flush()) {
            *error = filler.errorString();
            return false;
        }
    }
    return true;
}

SqliteLockHolder::~SqliteLockHolder()
{
    release();
}

bool SqliteLockHolder::lock(const QString &databasePath, const QByteArray &mode, QString *error, int holdMs)
{
    // isolation_level=None: the script's BEGIN is the transaction, nothing implicit. The lock is
    // held until a line arrives on stdin (or stdin closes, or holdMs passed), then rolled back.
    const QString script = u"import select, sqlite3, sys\n"
                           "con = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)\n"
                           "con.execute('BEGIN %1')\n"
                           "print('locked', flush=True)\n"
                           "hold = float(sys.argv[2])\n"
                           "select.select([sys.stdin], [], [], None if hold < 0 else hold / 1000)\n"
                           "con.execute('ROLLBACK')\n"
                           "con.close()\n"
                           "print('released', flush=True)\n"_s.arg(QString::fromLatin1(mode));
    m_process.start(u"python3"_s, {u"-c"_s, script, databasePath, QString::number(holdMs)});
    const bool locked =
        m_process.waitForStarted(10000) &&
        QTest::qWaitFor([&] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                        20000) &&
        m_process.readLine().trimmed() == "locked";
    if (!locked && error)
        *error = u"python3 could not lock %1: %2 %3"_s.arg(
            databasePath, m_process.errorString(), QString::fromLocal8Bit(m_process.readAllStandardError()));
    return locked;
}

bool SqliteLockHolder::release()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.write("\n");
    m_process.closeWriteChannel();
    return m_process.waitForFinished(20000) && m_process.exitCode() == 0;
}

namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"storage-faults-reader-%1"_s.arg(++counter);
}

template<typename Reader> auto withReader(const QString &databasePath, Reader read)
{
    const QString name = nextConnectionName();
    decltype(read(std::declval<QSqlDatabase &>())) result{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (db.open())
            result = read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

QList<StoredMessage> storedMessages(const QString &databasePath, QString *error)
{
    return withReader(databasePath, [&](QSqlDatabase &db) {
        QList<StoredMessage> messages;
        QSqlQuery query(db);
        if (!query.exec(u"SELECT queue_id, content FROM messages ORDER BY id"_s)) {
            if (error)
                *error = query.lastError().text();
            return messages;
        }
        while (query.next())
            messages.append({query.value(0).toString(), query.value(1).toByteArray()});
        return messages;
    });
}

int recipientRows(const QString &databasePath)
{
    return withReader(databasePath, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(u"SELECT COUNT(*) FROM recipients"_s) && query.next() ? query.value(0).toInt() : -1;
    });
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                  QDir::Name);
}

StorageEngine::StorageEngine(const QString &queueDirectory, const QString &mailRoot,
                             const Customise &customise)
    : m_queueDirectory(queueDirectory)
    , m_mailRoot(mailRoot)
{
    EngineConfig config;
    config.smtp.hostName = u"mx.test.example"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.smtp.maxMessageSize = 64 * 1024 * 1024;
    // Remote recipients stay queued: nothing leaves this machine, and the queue keeps what it
    // acknowledged for the test to read back.
    config.smtp.transferMode = TransferMode::InboundOnly;
    config.local.localDomains = {u"test.example"_s};
    config.local.mailRoot = mailRoot;
    config.local.firstRetrySeconds = 1;
    QDir().mkpath(mailRoot + u"/alice"_s);
    if (customise)
        customise(config);
    m_engine = std::make_unique<Engine>();
    m_running = m_engine->start(queueDirectory, config, &m_error);
}

StorageEngine::~StorageEngine()
{
    m_engine.reset();
}

QStringList StorageEngine::maildirFiles(const QString &mailbox, const QString &sub) const
{
    return QDir(m_mailRoot + u'/' + mailbox + u'/' + sub).entryList(QDir::Files, QDir::Name);
}

namespace {
QMutex collectorMutex;
QStringList collected;
const char *collectedCategory = nullptr;
QtMessageHandler previousHandler = nullptr;
} // namespace

WarningCollector::WarningCollector(const char *category)
{
    QMutexLocker locker(&collectorMutex);
    collected.clear();
    collectedCategory = category;
    previousHandler = qInstallMessageHandler(&WarningCollector::handle);
}

WarningCollector::~WarningCollector()
{
    qInstallMessageHandler(previousHandler);
    QMutexLocker locker(&collectorMutex);
    collectedCategory = nullptr;
}

QStringList WarningCollector::warnings() const
{
    QMutexLocker locker(&collectorMutex);
    return collected;
}

void WarningCollector::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&collectorMutex);
        if (type == QtWarningMsg && collectedCategory && context.category &&
            std::strcmp(context.category, collectedCategory) == 0)
            collected.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QByteArray messageBody(qsizetype size, char seed)
{
    QByteArray body;
    body.reserve(size + 80);
    int line = 0;
    while (body.size() < size) {
        QByteArray text = "line " + QByteArray::number(line++) + " of message " + QByteArray(1, seed) + " ";
        text += QByteArray(74 - text.size(), char('a' + (line + seed) % 26));
        body += text + "\r\n";
    }
    return body;
}

} // namespace Sluice::Test
