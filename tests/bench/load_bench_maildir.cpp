// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_bench_maildir.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Sluice::Bench {

MaildirScanner::MaildirScanner(const QString &root, const QByteArrayList &mailboxes)
    : m_root(root)
    , m_mailboxes(mailboxes)
{}

void MaildirScanner::scan(QHash<QByteArray, QByteArrayList> *arrivals)
{
    for (const QByteArray &mailbox : std::as_const(m_mailboxes)) {
        for (const QString &sub : {u"new"_s, u"cur"_s}) {
            const QString folder = QString(m_root + u'/' + QString::fromLatin1(mailbox) + u'/' + sub);
            const QStringList names = QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot);
            for (const QString &name : names) {
                // A reader moves new/NAME to cur/NAME:2,FLAGS: the same message.
                const QString key = QString(QString::fromLatin1(mailbox) + u'/' + name.section(u':', 0, 0));
                if (m_seen.contains(key))
                    continue;
                m_seen.insert(key);
                (*arrivals)[messageIdOf(QString(folder + u'/' + name))].append(mailbox);
            }
        }
    }
}

int MaildirScanner::temporaryFiles() const
{
    int count = 0;
    for (const QByteArray &mailbox : std::as_const(m_mailboxes))
        count += int(QDir(QString(m_root + u'/' + QString::fromLatin1(mailbox) + u"/tmp"_s))
                         .entryList(QDir::Files | QDir::NoDotAndDotDot)
                         .size());
    return count;
}

QByteArray MaildirScanner::messageIdOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(64 * 1024);
    QByteArray id;
    bool continues = false;
    for (QByteArray line : head.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header section
        if (continues && (line.startsWith(' ') || line.startsWith('\t'))) {
            id += line;
            continue;
        }
        if (!id.isEmpty())
            break;
        continues = line.left(11).toLower() == "message-id:";
        if (continues)
            id = line.mid(11);
    }
    return id.trimmed();
}

} // namespace Sluice::Bench
