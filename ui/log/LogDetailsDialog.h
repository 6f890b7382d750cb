// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/LogEntryReport.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace Sluice {

class ServiceConnection;

/// Details… of one connection log entry: every field the engine keeps, the phases and errors of a link
/// cycle, and the protocol transcript (read-only, monospace) as it was stored at the Diagnostics
/// page's logging level. Asks the engine ("log-show") when it opens, so it works attached to the service.
class LogDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    LogDetailsDialog(ServiceConnection *connection, const QString &entry, QWidget *parent = nullptr);
    ~LogDetailsDialog() override;

    bool isLoaded() const { return m_loaded; }
    const LogEntryReport &details() const { return m_details; }
    QString transcriptText() const;
    /// The shown value of the field with this label, or a null string.
    QString fieldText(const QString &label) const;

Q_SIGNALS:
    /// The engine answered (ok or not).
    void loaded(bool ok);

private:
    void showDetails(const LogEntryReport &details);

    QLabel *m_status;
    QFormLayout *m_form;
    QLabel *m_levelNote;
    QPlainTextEdit *m_transcript;
    LogEntryReport m_details;
    bool m_loaded = false;
};

} // namespace Sluice
