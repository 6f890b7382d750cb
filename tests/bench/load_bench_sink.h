// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QThread>

class QTcpServer;

namespace Sluice::Bench {

/// The smarthost (Sluice) or relayhost (Postfix) of a run: an SMTP server on 127.0.0.1, port chosen
/// by the system, that accepts everything, stores nothing and counts each message's Message-ID.
/// It runs in its own thread so that the load client's event loop does not slow it down.
class CountingSink
{
public:
    CountingSink();
    ~CountingSink();
    CountingSink(const CountingSink &) = delete;
    CountingSink &operator=(const CountingSink &) = delete;

    /// Listens; false (and *error) when that failed.
    bool start(QString *error);
    quint16 port() const { return m_port; }

    /// How often each Message-ID arrived so far ("" for messages without one).
    QHash<QByteArray, int> received() const;
    /// Messages received, connections accepted.
    int messages() const;
    int connections() const;

    /// Called by the sink's connections (in its thread).
    void record(const QByteArray &messageId);
    void countConnection();

private:
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, int> m_received;
    int m_messages = 0;
    int m_connections = 0;
};

} // namespace Sluice::Bench
