// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sluice {

/// Writes one message into a Maildir (tmp/, fsync, rename into new/, fsync new/).
///
/// Qt's QSaveFile is not used: it renames within one folder and does not fsync the folder, while
/// Maildir needs the tmp/ -> new/ move and a durable directory entry.
///
/// The file name is derived from the queue id and recipient, so delivering the same copy twice (after
/// a crash between the rename and the queue update) is detected and skipped instead of duplicated.
class MaildirWriter
{
public:
    enum class Result { Delivered, AlreadyDelivered, Failed };

    explicit MaildirWriter(const QString &mailRoot);

    /// Creates mailRoot/mailbox/{tmp,new,cur} as needed (owner-only permissions).
    bool ensureMaildir(const QString &mailbox, QString *error) const;

    /// uniqueName must be stable for one copy of one message (see uniqueNameFor()).
    /// checkCur: also look for the name in cur/ (where a mail reader moves seen mail); costs a
    /// directory scan, so it is done only for copies that may have been delivered before a crash.
    /// syncFolder false: the caller calls syncNewFolder() itself before it counts the copy as
    /// delivered (one folder sync for a whole batch instead of one per message).
    Result deliver(const QString &mailbox, const QString &uniqueName, const QByteArray &content,
                   bool checkCur, QString *error, bool syncFolder = true) const;
    /// Makes the names moved into mailbox/new durable (fsync of the folder).
    bool syncNewFolder(const QString &mailbox, QString *error) const;

    static QString uniqueNameFor(qint64 receivedSecs, const QString &queueId, qint64 recipientId,
                                 const QString &hostName);
    QString mailboxPath(const QString &mailbox) const;

    /// True when mailbox is usable as a folder name: no '/', no NUL or control octets, not "." or
    /// "..", not starting with '.'.
    static bool isSafeMailboxName(const QString &mailbox);

private:
    QString m_mailRoot;
};

} // namespace Sluice
