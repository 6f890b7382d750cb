// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dial/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QTcpSocket;
class QTimer;

namespace Sluice {

class CommandRunner;

/// Looks once whether a link is up, the way a LinkProbe says. The answer comes as done(up, text),
/// text in plain words for the dial log ("10.0.0.2 port 25 answered").
class LinkProbeCheck : public QObject
{
    Q_OBJECT
public:
    explicit LinkProbeCheck(QObject *parent = nullptr);
    ~LinkProbeCheck() override;

    /// timeLimitMs caps the probe's own limit (the dialer passes what is left of its dial time);
    /// 0 means the probe's own. A check still running is aborted first.
    void check(const LinkProbe &probe, const QProcessEnvironment &environment, int timeLimitMs = 0);
    /// Stops a check without done().
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void done(bool up, const QString &text); // asynchronously, once per check() not aborted

private:
    void runCommand(const CommandLine &command, const QProcessEnvironment &environment, int timeLimitMs,
                    bool networkManager);
    void connectTcp(int timeLimitMs);
    void checkInterfaces();
    void report(bool up, const QString &text);
    void cleanUp();

    LinkProbe m_probe;
    QPointer<CommandRunner> m_runner;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer;
    bool m_running = false;
    quint64 m_generation = 0; ///< abort() makes a queued done() stale
};

} // namespace Sluice
