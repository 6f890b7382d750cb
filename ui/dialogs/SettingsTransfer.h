// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace Sluice {

class ConsoleContext;

/// The Sluice menu's "Export settings…" and "Import settings…" (ConfigTransfer): a file dialog, a
/// confirmation before an import replaces the whole configuration, and the outcome (what changed, which
/// passwords to enter again, or why nothing was imported) in a message box. Boxes are window-modal and
/// opened with open(), never exec(), so the console keeps running the engine meanwhile.
class SettingsTransfer : public QObject
{
    Q_OBJECT
public:
    SettingsTransfer(ConsoleContext *context, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    /// Answers the file dialogs instead of showing them (tests): called with true for export (save) and
    /// false for import (open); an empty path cancels.
    using FileChooser = std::function<QString(bool save)>;
    static void setFileChooserForTesting(FileChooser chooser);

public Q_SLOTS:
    void exportSettings();
    void importSettings();

Q_SIGNALS:
    /// An import changed the configuration: the window reloads what shows it and the engine.
    void imported();

private:
    QString chooseFile(bool save);
    void importFile(const QString &path);
    void showMessage(int icon, const QString &title, const QString &text, const QString &details = {});

    ConsoleContext *m_context;
    QPointer<QWidget> m_window;
    QAction *m_export;
    QAction *m_import;
};

} // namespace Sluice
