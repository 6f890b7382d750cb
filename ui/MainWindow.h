// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QFormLayout;
class QLabel;
class QTimer;

namespace Sluice {

class EngineHost;

/// The console's main window. For now it shows whether the engine runs, where it listens and what the
/// queue holds; the property sheet, queue viewer and log viewer join it in later work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// host may be nullptr when the engine could not start; startError then says why.
    MainWindow(EngineHost *host, const QString &startError, QWidget *parent = nullptr);

    QString listeningText() const;
    QString queueText() const;

public Q_SLOTS:
    void refresh();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &accessibleName);

    EngineHost *m_host;
    QLabel *m_engineState = nullptr;
    QLabel *m_listening = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_dataFolder = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace Sluice
