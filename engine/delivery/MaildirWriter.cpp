// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/MaildirWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString systemError(const QString &what, const QString &path)
{
    return u"%1 %2: %3"_s.arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

bool syncDirectory(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *error = systemError(u"cannot open folder"_s, path);
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok)
        *error = systemError(u"cannot sync folder"_s, path);
    ::close(fd);
    return ok;
}

bool writeAll(int fd, const QByteArray &data)
{
    const char *pointer = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, pointer, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        pointer += written;
        left -= written;
    }
    return true;
}

} // namespace

MaildirWriter::MaildirWriter(const QString &mailRoot)
    : m_mailRoot(mailRoot)
{}

QString MaildirWriter::mailboxPath(const QString &mailbox) const
{
    return m_mailRoot + u'/' + mailbox;
}

bool MaildirWriter::isSafeMailboxName(const QString &mailbox)
{
    if (mailbox.isEmpty() || mailbox.startsWith(u'.') || mailbox.size() > 255)
        return false;
    for (QChar c : mailbox) {
        if (c == u'/' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

bool MaildirWriter::ensureMaildir(const QString &mailbox, QString *error) const
{
    if (!isSafeMailboxName(mailbox)) {
        *error = u"unsafe mailbox name %1"_s.arg(mailbox);
        return false;
    }
    const QString base = mailboxPath(mailbox);
    for (const char *sub : {"tmp", "new", "cur"}) {
        const QString path = base + u'/' + QLatin1StringView(sub);
        if (QFileInfo(path).isDir())
            continue;
        if (!QDir().mkpath(path)) {
            *error = u"cannot create %1"_s.arg(path);
            return false;
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return true;
}

QString MaildirWriter::uniqueNameFor(qint64 receivedSecs, const QString &queueId, qint64 recipientId,
                                     const QString &hostName)
{
    // Maildir names are "time.unique.host"; '/' and ':' must not appear in the host part.
    QString host = hostName;
    host.replace(u'/', u"\\057"_s).replace(u':', u"\\072"_s);
    return u"%1.S%2R%3.%4"_s.arg(receivedSecs).arg(queueId).arg(recipientId).arg(host);
}

MaildirWriter::Result MaildirWriter::deliver(const QString &mailbox, const QString &uniqueName,
                                             const QByteArray &content, bool checkCur, QString *error,
                                             bool syncFolder) const
{
    if (!ensureMaildir(mailbox, error))
        return Result::Failed;
    const QString base = mailboxPath(mailbox);
    const QString finalPath = base + u"/new/"_s + uniqueName;
    if (QFileInfo::exists(finalPath))
        return Result::AlreadyDelivered;
    if (checkCur) {
        // A reader moves new/NAME to cur/NAME:2,FLAGS.
        const QStringList seen = QDir(base + u"/cur"_s).entryList({uniqueName + u'*'}, QDir::Files);
        if (!seen.isEmpty())
            return Result::AlreadyDelivered;
    }

    const QString tmpPath = base + u"/tmp/"_s + uniqueName;
    const QByteArray tmpName = QFile::encodeName(tmpPath);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = systemError(u"cannot create"_s, tmpPath);
        return Result::Failed;
    }
    if (!writeAll(fd, content) || ::fsync(fd) != 0) {
        *error = systemError(u"cannot write"_s, tmpPath);
        ::close(fd);
        ::unlink(tmpName.constData());
        return Result::Failed;
    }
    if (::close(fd) != 0) {
        *error = systemError(u"cannot close"_s, tmpPath);
        ::unlink(tmpName.constData());
        return Result::Failed;
    }
    if (::rename(tmpName.constData(), QFile::encodeName(finalPath).constData()) != 0) {
        *error = systemError(u"cannot move into new/"_s, finalPath);
        ::unlink(tmpName.constData());
        return Result::Failed;
    }
    if (syncFolder && !syncNewFolder(mailbox, error))
        return Result::Failed;
    return Result::Delivered;
}

bool MaildirWriter::syncNewFolder(const QString &mailbox, QString *error) const
{
    return syncDirectory(mailboxPath(mailbox) + u"/new"_s, error);
}

} // namespace Sluice
