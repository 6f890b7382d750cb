// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace Sluice {

class Engine;

/// The running engine's local control channel: a Unix socket in the data folder that only its owner
/// can open (QLocalServer::UserAccessOption), for `sluice connect-now` and the like now and the console
/// and tray later.
///
/// Protocol: the client sends one command line; the server answers with lines and closes. The first
/// answer line is "ok" or "error: <reason>"; what follows depends on the command:
///   connect-now   a link cycle starts now, or after the running one
///   hang-up       the running cycle ends and the link is hung up (when Sluice dialed it)
///   status        "key=value" lines: phase, link, next-cycle, last-cycle, last-result, queued-*,
///                 and one "held=NODE MESSAGES BYTES OLDEST" line per domain holding mail
class ControlServer : public QObject
{
    Q_OBJECT
public:
    explicit ControlServer(Engine *engine, QObject *parent = nullptr);
    ~ControlServer() override;

    /// Listens on path, replacing a stale socket file (the data folder's lock guarantees no other
    /// engine uses it). False with the reason on failure.
    bool listen(const QString &path, QString *error);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    QByteArray answer(const QByteArray &command) const;
    QByteArray status() const;

    Engine *m_engine;
    QLocalServer *m_server;
};

} // namespace Sluice
