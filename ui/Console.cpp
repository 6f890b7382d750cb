// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include "ConsoleContext.h"
#include "DataDirectory.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "Settings.h"
#include "wizard/FirstRun.h"
#include "wizard/FirstRunWizard.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>

namespace Sluice {

int runConsole(const QString &dataDirectory)
{
    installStderrLogger();
    EngineHost host(dataDirectory);
    QString error;
    const bool running = host.start(&error);
    // Without a running engine here (a service holds the data folder, or the engine failed) the
    // settings can still be edited: the service picks up changes to the database within a second.
    std::unique_ptr<Settings> ownSettings;
    Settings *settings = running ? host.settings() : nullptr;
    if (!settings) {
        QString openError;
        ownSettings =
            Settings::open(configDatabasePath(dataDirectory), {dataDirectory, machineHostName()}, &openError);
        settings = ownSettings.get();
    }
    std::unique_ptr<ConsoleContext> context;
    if (settings) {
        context = std::make_unique<ConsoleContext>(settings, running ? &host : nullptr);
        if (ownSettings)
            ownSettings->watchForChangesElsewhere();
    }
    MainWindow window(running ? &host : nullptr, error, context.get());
    window.show();
    if (context && shouldRunFirstRunWizard(*settings))
        QTimer::singleShot(0, &window, &MainWindow::openWizard);
    const int code = QApplication::exec();
    if (running) {
        // Let open transactions finish (briefly) so that no client is cut off mid-message.
        QEventLoop loop;
        QObject::connect(&host, &EngineHost::stopped, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        host.stop(3000);
        loop.exec();
    }
    return code;
}

} // namespace Sluice
