// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the console's GUI tests: a real configuration database in a temporary folder, the
// console's context over it with an in-memory secret store, and screenshots for reviewers.

#include "ConsoleContext.h"
#include "FakeSecretStore.h"
#include "PropertySheet.h"
#include "Settings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace Sluice::TestSupport {

struct ConsoleFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ConsoleContext> context;
    FakeSecretStore *secrets = nullptr; ///< owned by context

    /// Opens a fresh configuration database; false (with a QTest failure message) on error.
    bool open()
    {
        QString error;
        settings = Settings::open(dir.filePath(QStringLiteral("config.db")),
                                  {dir.path(), QStringLiteral("gateway.example")}, &error);
        if (!settings) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        context = std::make_unique<ConsoleContext>(settings.get(), nullptr);
        auto store = std::make_unique<FakeSecretStore>();
        secrets = store.get();
        context->setSecretStore(std::move(store));
        return true;
    }
};

/// A property sheet with just page (which it takes over), shown and active, so that focus checks work.
inline std::unique_ptr<PropertySheet> showSheetWith(ConsoleContext *context, PropertyPage *page)
{
    auto sheet = std::make_unique<PropertySheet>(context, QList<PropertyPage *>{page});
    sheet->show();
    sheet->activateWindow();
    if (!QTest::qWaitForWindowActive(sheet.get()))
        qWarning("the sheet did not become active");
    return sheet;
}

/// Writes widget's picture to $SLUICE_SCREENSHOT_DIR/name.png (the build folder's screenshots/),
/// so that a reviewer can look at every page and dialog. Returns false when it could not be written.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SLUICE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return true; // run by hand outside ctest: nothing asked for
    QDir().mkpath(folder);
    widget->ensurePolished();
    if (!widget->isVisible()) {
        widget->show();
        QCoreApplication::processEvents();
    }
    return widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace Sluice::TestSupport
