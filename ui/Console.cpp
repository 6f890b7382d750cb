// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include "EngineHost.h"
#include "MainWindow.h"

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
    MainWindow window(running ? &host : nullptr, error);
    window.show();
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
