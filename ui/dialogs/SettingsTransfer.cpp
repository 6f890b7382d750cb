// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsTransfer.h"

#include "ConfigTransfer.h"
#include "ConsoleContext.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

SettingsTransfer::FileChooser &testChooser()
{
    static SettingsTransfer::FileChooser chooser;
    return chooser;
}

} // namespace

void SettingsTransfer::setFileChooserForTesting(FileChooser chooser)
{
    testChooser() = std::move(chooser);
}

SettingsTransfer::SettingsTransfer(ConsoleContext *context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_export(new QAction(tr("&Export settings…"), this))
    , m_import(new QAction(tr("&Import settings…"), this))
{
    m_export->setStatusTip(tr("Save the whole configuration, without passwords, to a file."));
    m_export->setWhatsThis(tr("Saves every setting and list (e-mail domains, hosts, routes, connection "
                              "profiles, accounts) to a JSON file, to keep as a backup or to copy to another "
                              "gateway. Passwords are never included."));
    m_import->setStatusTip(tr("Replace the whole configuration with one saved by Export settings."));
    m_import->setWhatsThis(
        tr("Reads a file saved by Export settings and replaces the whole configuration with "
           "it, after checking all of it: a file with any error changes nothing. "
           "Passwords are not in the file; enter them again afterwards."));
    m_export->setEnabled(context != nullptr);
    m_import->setEnabled(context != nullptr);
    connect(m_export, &QAction::triggered, this, &SettingsTransfer::exportSettings);
    connect(m_import, &QAction::triggered, this, &SettingsTransfer::importSettings);
}

QString SettingsTransfer::chooseFile(bool save)
{
    if (testChooser())
        return testChooser()(save);
    const QString filter = tr("Sluice configuration (*.json);;All files (*)");
    if (save) {
        return QFileDialog::getSaveFileName(m_window, tr("Export settings"),
                                            QDir::home().filePath(u"sluice-configuration.json"_s), filter);
    }
    return QFileDialog::getOpenFileName(m_window, tr("Import settings"), QDir::homePath(), filter);
}

void SettingsTransfer::showMessage(int icon, const QString &title, const QString &text,
                                   const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(details);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void SettingsTransfer::exportSettings()
{
    if (!m_context)
        return;
    const QString path = chooseFile(true);
    if (path.isEmpty())
        return;
    const QByteArray document = ConfigTransfer::exportConfiguration(*m_context->settings());
    if (const QString error = ConfigTransfer::writeFile(path, document); !error.isEmpty()) {
        showMessage(QMessageBox::Warning, tr("Export settings"), error);
        return;
    }
    showMessage(QMessageBox::Information, tr("Export settings"),
                tr("The configuration was saved to “%1”.").arg(QDir::toNativeSeparators(path)),
                tr("Passwords are not in the file: after importing it elsewhere, enter them again."));
}

void SettingsTransfer::importSettings()
{
    if (!m_context)
        return;
    const QString path = chooseFile(false);
    if (path.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Import settings"),
        tr("Replace the whole configuration with the one in “%1”?").arg(QFileInfo(path).fileName()),
        QMessageBox::NoButton, m_window);
    box->setInformativeText(tr("Every setting and list is replaced; settings the file does not list go back "
                               "to their defaults. Changes not yet applied in the Properties are lost. "
                               "Passwords stay as they are."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *replace = box->addButton(tr("&Replace configuration"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, replace, path](QAbstractButton *button) {
        Q_UNUSED(box);
        if (button == replace)
            importFile(path);
    });
    box->open();
}

void SettingsTransfer::importFile(const QString &path)
{
    QByteArray data;
    QString error = ConfigTransfer::readFile(path, &data);
    ConfigImportResult result;
    if (error.isEmpty()) {
        result = ConfigTransfer::importConfiguration(*m_context->settings(), data);
        error = result.error;
    }
    if (!error.isEmpty()) {
        showMessage(QMessageBox::Warning, tr("Import settings"),
                    tr("Nothing was imported from “%1”.").arg(QFileInfo(path).fileName()), error);
        return;
    }
    if (result.changed)
        Q_EMIT imported();
    const QString text =
        result.changed ? tr("The configuration from “%1” is now in use.").arg(QFileInfo(path).fileName())
                       : tr("Nothing to change: the configuration is already the same.");
    QStringList details = result.summary;
    if (!result.passwords.isEmpty())
        details << result.passwords;
    showMessage(QMessageBox::Information, tr("Import settings"), text, details.join(u"\n"_s));
}

} // namespace Sluice
