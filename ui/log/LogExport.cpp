// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogExport.h"

#include "ServiceConnection.h"
#include "log/LogEntryReport.h"

#include <QDateTime>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
constexpr int ListPageSize = 1000; // the most "log-list" gives at once
}

LogExport::LogExport(ServiceConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{}

LogExport::~LogExport() = default;

QString LogExport::describe(const ConnectionLogModel::Filter &filter)
{
    QStringList words;
    words << (filter.result == ConnectionLogModel::ResultFilter::Ok       ? tr("succeeded entries")
              : filter.result == ConnectionLogModel::ResultFilter::Failed ? tr("failed entries")
                                                                          : tr("all entries"));
    if (filter.from.isValid())
        words << tr("from %1").arg(filter.from.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    if (filter.to.isValid())
        words << tr("until %1").arg(filter.to.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    if (!filter.search.isEmpty())
        words << tr("containing \"%1\"").arg(filter.search);
    return words.join(u", "_s);
}

void LogExport::start(const QString &path, const ConnectionLogModel::Filter &filter,
                      const QStringList &entries)
{
    if (m_running)
        return;
    m_running = true;
    m_path = path;
    m_filter = filter;
    m_selection = !entries.isEmpty();
    m_entries = entries;
    m_next = 0;
    m_text.clear();
    if (m_selection)
        showNext();
    else
        listFrom(0);
}

void LogExport::listFrom(int offset)
{
    QHash<QString, QString> options = m_filter.options();
    options.insert(u"offset"_s, QString::number(offset));
    options.insert(u"limit"_s, QString::number(ListPageSize));
    m_connection->request("log-list", {}, options, this, [this, offset](const ControlAnswer &answer) {
        if (!answer.ok)
            return fail(answer.error);
        int total = 0;
        int rows = 0;
        for (const QByteArray &line : answer.lines) {
            if (line.startsWith("total=")) {
                total = line.mid(6).toInt();
                continue;
            }
            const QStringList fields = parseRow(line);
            if (!fields.isEmpty() && !fields.first().isEmpty()) {
                m_entries << fields.first();
                ++rows;
            }
        }
        if (rows > 0 && offset + rows < total)
            return listFrom(offset + rows);
        m_entries.removeDuplicates(); // an entry may move across a page boundary while new ones arrive
        showNext();
    });
}

void LogExport::showNext()
{
    Q_EMIT progress(m_next, int(m_entries.size()));
    if (m_next >= m_entries.size())
        return write();
    const QString entry = m_entries.at(m_next);
    m_connection->request("log-show", {entry}, {}, this, [this, entry](const ControlAnswer &answer) {
        if (!answer.ok)
            return fail(tr("Entry %1: %2").arg(entry, answer.error));
        const LogEntryReport details = LogEntryReport::fromPairs(entry, answer.pairs());
        m_text += u"\n"_s + tr("=== Entry %1 ===").arg(entry) + u"\n"_s + details.toText();
        ++m_next;
        showNext();
    });
}

void LogExport::write()
{
    const QString heading =
        tr("Sluice connection log, exported %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate)) +
        u"\n"_s +
        (m_selection ? tr("Selected entries: %1").arg(m_entries.size())
                     : tr("Entries: %1 (%2)").arg(m_entries.size()).arg(describe(m_filter))) +
        u"\n"_s;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(tr("Could not write %1: %2").arg(m_path, file.errorString()));
    file.write(QString(heading + m_text).toUtf8());
    if (!file.commit())
        return fail(tr("Could not write %1: %2").arg(m_path, file.errorString()));
    m_running = false;
    Q_EMIT finished(true, QString(), int(m_entries.size()));
}

void LogExport::fail(const QString &error)
{
    m_running = false;
    Q_EMIT finished(false, error, 0);
}

} // namespace Sluice
