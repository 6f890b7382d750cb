// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QTabWidget;

namespace Sluice {

class ConsoleContext;
class LinkActions;
class LogViewer;
class PropertySheet;
class QueueViewer;
class ServiceConnection;
class StatusPanel;
class TrayIcon;

/// The console's main window, the same whether the engine runs in this process or in the service it
/// attached to: everything comes over the control socket (ServiceConnection). Tabs: Status, Queue,
/// Connection log; menus: Sluice (properties, wizard, export/import settings, quit), Link (connect now, hang
/// up, pause/resume, reload), Help. The status bar always shows the link state and which engine answers
/// (where no system tray exists, it is the only place that shows it).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// connection: the engine's control socket (not owned); context: nullptr when not even the
    /// configuration could be opened (nothing to edit then).
    MainWindow(ServiceConnection *connection, ConsoleContext *context, const QString &dataDirectory,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Why the console could not run the engine itself; shown while no engine answers.
    void setStartProblem(const QString &problem);
    /// With a tray icon, closing the window hides it to the tray; Quit quits.
    void setTrayIcon(TrayIcon *tray);

    LinkActions *linkActions() const { return m_linkActions; }
    StatusPanel *statusPanel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    QueueViewer *queueViewer() const { return m_queueViewer; }
    LogViewer *logViewer() const { return m_logViewer; }
    QString listeningText() const;
    QString queueText() const;
    /// The status bar's permanent text: the link state, then which engine answers.
    QString statusBarText() const;

public Q_SLOTS:
    void openProperties();
    void openWizard();
    /// Quits the console (and the engine it runs): quitRequested() follows.
    void quit();

Q_SIGNALS:
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateStatusBar();

    ServiceConnection *m_connection;
    ConsoleContext *m_context;
    LinkActions *m_linkActions;
    QTabWidget *m_tabs;
    StatusPanel *m_status;
    QueueViewer *m_queueViewer;
    LogViewer *m_logViewer;
    QLabel *m_linkState;
    QLabel *m_engineState;
    QPointer<TrayIcon> m_tray;
    QPointer<PropertySheet> m_sheet;
    bool m_quitting = false;
};

} // namespace Sluice
