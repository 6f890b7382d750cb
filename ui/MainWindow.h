// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QFormLayout;
class QLabel;
class QTimer;

namespace Sluice {

class ConsoleContext;
class EngineHost;
class PropertySheet;

/// The console's main window: whether the engine runs, where it listens and what the queue holds, and
/// the menu that opens the property sheet and the setup wizard. The queue and log viewers join it later.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// host may be nullptr when the engine could not start; startError then says why.
    /// context may be nullptr when not even the configuration could be opened (nothing to edit then).
    MainWindow(EngineHost *host, const QString &startError, ConsoleContext *context = nullptr,
               QWidget *parent = nullptr);

    QString listeningText() const;
    QString queueText() const;

public Q_SLOTS:
    void refresh();
    void openProperties();
    void openWizard();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &accessibleName);
    void buildMenus();

    EngineHost *m_host;
    ConsoleContext *m_context;
    QLabel *m_engineState = nullptr;
    QLabel *m_listening = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_dataFolder = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QPointer<PropertySheet> m_sheet;
};

} // namespace Sluice
