// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The office for the fault suites: a real Engine on a temporary data folder, dial-up through a
// marker-file profile (connect creates <dir>/up, disconnect removes it, each leaves a line in
// <dir>/trace), a Maildir with the mailbox "alice", and helpers to submit mail and run one cycle.

#include "core/Engine.h"
#include "log/CycleRecord.h"

#include <QTemporaryDir>

#include <functional>

namespace Sluice::Test {

/// `/bin/sh -c script`.
CommandLine shell(const QString &script);

class FaultOffice
{
public:
    /// smarthostPort / retrievalPort: 127.0.0.1 ports (0: a port where nothing listens).
    bool start(quint16 smarthostPort, quint16 retrievalPort,
               const std::function<void(EngineConfig &)> &adjust = {});
    Engine &engine() { return m_engine; }
    QString dir() const { return m_dir.path(); }
    /// The configuration start() used, for applyConfig() with changes.
    EngineConfig config() const { return m_engine.config(); }

    /// Submits one message from boss@office.test to recipient over SMTP; true when it was queued.
    bool submit(const QByteArray &recipient, const QByteArray &subject);
    /// Runs one cycle through "Connect now" and returns its record (empty when none finished).
    CycleRecord runCycle(int timeoutMs = 20000);
    int maildirCount(const QString &mailbox = QStringLiteral("alice")) const;
    QByteArray trace() const;
    bool linkUp() const;

private:
    QTemporaryDir m_dir; // first: the engine goes before its folder
    Engine m_engine;
};

/// A loopback port where nothing listens (bound, then closed again).
quint16 deadPort();
/// Processes (not zombies) whose command line contains marker, from /proc.
QList<qint64> processesWith(const QByteArray &marker);

} // namespace Sluice::Test
