// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QHash>
#include <QSet>
#include <QString>

namespace Sluice::Bench {

/// Finds the messages delivered into a set of Maildir mailboxes (ROOT/MAILBOX/{new,cur}), reading
/// only the files it has not seen before, so that polling stays cheap as the mailboxes fill up.
class MaildirScanner
{
public:
    MaildirScanner(const QString &root, const QByteArrayList &mailboxes);

    /// Adds each newly found message's Message-ID ("" when it has none) with its mailbox's name.
    void scan(QHash<QByteArray, QByteArrayList> *arrivals);
    int files() const { return m_seen.size(); }
    /// Files still in tmp/ (a delivery in progress, or one left half-written).
    int temporaryFiles() const;

private:
    static QByteArray messageIdOf(const QString &path);

    QString m_root;
    QByteArrayList m_mailboxes;
    QSet<QString> m_seen;
};

} // namespace Sluice::Bench
