// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/ControlProtocol.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QLocalSocket;

namespace Sluice {

/// An answer from the engine's control socket (see ControlProtocol.h).
struct ControlAnswer
{
    bool ok = false;
    QString error;           ///< when !ok: the engine's reason, or why it could not be reached
    QList<QByteArray> lines; ///< the body, one entry per line, without line feeds

    QHash<QString, QString> pairs() const { return parsePairs(lines); }
    QList<QStringList> rows() const; ///< every body line split into fields
};

/// The console's link to a running engine: its own (when the console runs the engine itself) or the
/// service's; the same socket and protocol either way, so the viewers never care which.
///
/// open() keeps a "watch" connection for events and reconnects every second while the engine is
/// unreachable (the service restarting), so a console outlives the service it watches. request()
/// sends one command on a connection of its own and calls back asynchronously: the console's own
/// engine answers on the same event loop, so nothing here may block.
class ServiceConnection : public QObject
{
    Q_OBJECT
public:
    using AnswerHandler = std::function<void(const ControlAnswer &)>;

    explicit ServiceConnection(const QString &socketPath, QObject *parent = nullptr);
    ~ServiceConnection() override;

    void open();
    bool isConnected() const { return m_connected; }
    QString socketPath() const { return m_socketPath; }

    /// Sends the request; handler runs on context's thread unless context is gone by then.
    void request(const ControlRequest &request, QObject *context, AnswerHandler handler);
    /// Convenience: verb with positional arguments and options.
    void request(const QByteArray &verb, const QStringList &arguments, const QHash<QString, QString> &options,
                 QObject *context, AnswerHandler handler);

    /// The latest "status" answer's pairs (empty while disconnected); refreshed on events and every
    /// few seconds.
    QHash<QString, QString> status() const { return m_status; }
    void refreshStatus();

Q_SIGNALS:
    void connectedChanged(bool connected);
    void statusChanged();
    /// An "event NAME FIELDS..." line from the engine (queue-changed, log-changed, status-changed,
    /// notify ...). After a reconnect, reconnected() says everything may have changed.
    void eventReceived(const QString &name, const QStringList &fields);
    void reconnected();

private:
    void connectWatch();
    void onWatchReadyRead();
    void onWatchLost();

    QString m_socketPath;
    QLocalSocket *m_watch = nullptr;
    QByteArray m_watchBuffer;
    bool m_watchAcknowledged = false;
    bool m_connected = false;
    bool m_everConnected = false;
    QTimer m_reconnectTimer;
    QTimer m_statusTimer;
    QHash<QString, QString> m_status;
};

} // namespace Sluice
