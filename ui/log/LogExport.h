// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionLogModel.h"

#include <QObject>
#include <QStringList>

namespace Sluice {

class ServiceConnection;

/// Export… of the connection log to a plain text file: every entry of the viewer's filter (or just the
/// chosen ones) with its details and transcript, asked from the engine one entry at a time and written
/// through QSaveFile, so a failed export never leaves half a file behind.
class LogExport : public QObject
{
    Q_OBJECT
public:
    explicit LogExport(ServiceConnection *connection, QObject *parent = nullptr);
    ~LogExport() override;

    /// Exports entries (in that order), or every entry matching filter when entries is empty.
    void start(const QString &path, const ConnectionLogModel::Filter &filter,
               const QStringList &entries = {});
    bool isRunning() const { return m_running; }

    /// The filter in words, for the file's heading.
    static QString describe(const ConnectionLogModel::Filter &filter);

Q_SIGNALS:
    void progress(int done, int total);
    /// ok: the file is written; otherwise error says why (and no file was replaced).
    void finished(bool ok, const QString &error, int count);

private:
    void listFrom(int offset);
    void showNext();
    void write();
    void fail(const QString &error);

    ServiceConnection *m_connection;
    QString m_path;
    ConnectionLogModel::Filter m_filter;
    bool m_selection = false;
    QStringList m_entries;
    int m_next = 0;
    QString m_text;
    bool m_running = false;
};

} // namespace Sluice
