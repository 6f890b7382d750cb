// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/ControlProtocol.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace Sluice {

/// The running engine's local control channel: a Unix socket in the data folder that only its owner
/// can open (QLocalServer::UserAccessOption), for the command line (`sluice status`, `sluice queue
/// list`, ...) and the console, which uses it whether it runs the engine itself or attaches to the
/// service. Wire format: ControlProtocol.h.
///
/// The server knows no commands of its own but "watch": the parts of Sluice register handlers
/// (LinkControl, QueueControl, LogControl, EngineHost for "reload"). "watch" answers "ok" and keeps
/// the connection: every broadcast() event line reaches every watcher until it disconnects.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ControlReply(const ControlRequest &)>;

    explicit ControlServer(QObject *parent = nullptr);
    ~ControlServer() override;

    /// Listens on path, replacing a stale socket file (the data folder's lock guarantees no other
    /// engine uses it). False with the reason on failure.
    bool listen(const QString &path, QString *error);
    void addHandler(const QByteArray &verb, Handler handler);

    /// Sends "event NAME FIELDS..." (a row, see formatRow) to every watcher. Events are hints: a
    /// watcher that missed one (it reconnected) reloads what it shows.
    void broadcast(const QByteArray &name, const QStringList &fields = {});
    int watcherCount() const { return int(m_watchers.size()); }

    /// Runs one request as if it came from the socket (the same answer bytes); for tests.
    QByteArray answer(const QByteArray &line) const;

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QLocalServer *m_server;
    QHash<QByteArray, Handler> m_handlers;
    QList<QPointer<QLocalSocket>> m_watchers;
};

} // namespace Sluice
