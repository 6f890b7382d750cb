// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineConfig.h"

#include <QObject>

namespace Sluice {

class Engine;
class Settings;

/// Connects the settings to the engine: builds the EngineConfig the engine runs on, and applies a
/// fresh one whenever a setting changes (through this process or another), so changes take effect
/// without a restart, listener rebinding included.
class EngineBinder : public QObject
{
    Q_OBJECT
public:
    EngineBinder(Settings *settings, Engine *engine, const QString &dataDirectory, QObject *parent = nullptr);

    /// Translates the current settings. The built-in default port 25 falls back to 2525 when Sluice
    /// may not bind it; a port the admin chose never falls back.
    static EngineConfig engineConfig(const Settings &settings);
    /// Parses "ADDRESS:PORT" as stored in smtp.listen ("*" is every address).
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);

    bool start(QString *error); ///< starts the engine with the queue under the data folder

Q_SIGNALS:
    void applied();
    void applyFailed(const QString &message);

private:
    void scheduleApply();
    void apply();

    Settings *m_settings;
    Engine *m_engine;
    QString m_dataDirectory;
    bool m_applyScheduled = false;
};

} // namespace Sluice
