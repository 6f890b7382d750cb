// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Sluice {

class ServiceConnection;

/// The main window's "Status" tab: which engine the console talks to, the link's state, the schedule,
/// the last cycle, where mail comes in and what the queue holds, all from the engine's "status" pairs
/// (ServiceConnection::status()), so it reads the same whether the engine runs in this process or in the
/// service.
class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(ServiceConnection *connection, const QString &dataDirectory,
                         QWidget *parent = nullptr);

    /// Why the console could not run the engine itself (a broken database, ...); shown while no engine
    /// answers. Empty: none.
    void setStartProblem(const QString &problem);

    QString engineText() const;
    QString linkText() const;
    QString listeningText() const;
    QString queueText() const;

    /// Plain words for the link state of a "status" answer ("Idle", "Dialing", ...); shared with the
    /// status bar and the tray.
    static QString stateText(const QString &state);
    /// "Next cycle" in plain words: a local time, "paused", or "none scheduled".
    static QString nextCycleText(const QHash<QString, QString> &status);
    /// "Last cycle": local time and result, or "none yet".
    static QString lastCycleText(const QHash<QString, QString> &status);

public Q_SLOTS:
    void refresh();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &accessibleName);

    ServiceConnection *m_connection;
    QString m_startProblem;
    QLabel *m_engine = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_schedule = nullptr;
    QLabel *m_lastCycle = nullptr;
    QLabel *m_listening = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_held = nullptr;
    QLabel *m_dataFolder = nullptr;
};

/// A time from a status pair ("2026-11-30T10:00:00Z" or "-") in the user's local time; empty for "-".
QString localTimeText(const QString &isoUtc);

} // namespace Sluice
