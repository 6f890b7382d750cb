// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load_bench_stats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class QTcpSocket;

namespace Sluice::Bench {

/// What every session of a run submits, and where.
struct SessionPlan
{
    quint16 port = 0;
    QByteArray runTag;             ///< makes Message-IDs unique across runs
    QByteArrayList localMailboxes; ///< local parts at localDomain, each a mailbox
    QByteArray localDomain;
    QByteArray remoteDomain; ///< routed to the benchmark's sink
    int replyTimeoutMs = 60 * 1000;
};

/// One SMTP client that loops until asked to stop: connect, EHLO, then one to five transactions
/// (MAIL, RCPT to a local mailbox, a remote address or both, DATA with a unique Message-ID and 2 to
/// 8 KB of body), QUIT, and again. One command at a time, no pipelining: the latency of a
/// transaction is what a sender waits. Every unexpected reply and connection error is recorded, the
/// connection dropped and a new one opened after 100 ms.
class LoadSession : public QObject
{
    Q_OBJECT
public:
    LoadSession(int index, const SessionPlan &plan, LoadStats *stats, QObject *parent = nullptr);

    void start();
    /// Finish the current transaction, then QUIT and emit finished() instead of starting another.
    void stop();
    /// Give up at once (the run's grace time is over): a pending transaction counts as unanswered.
    void abort();

Q_SIGNALS:
    void finished();

private:
    enum class Step { Idle, Greeting, Ehlo, Mail, Rcpt, Data, Body, Quit, Done };

    void connectNow();
    void onReadyRead();
    void onReply(int code, const QByteArray &text);
    void onSocketError();
    void send(Step step, const QByteArray &line);
    void beginTransaction();
    void sendRecipientOrData();
    QByteArray messageText() const;
    void fail(const QString &what);
    void finish();
    static const char *stepName(Step step);

    const int m_index;
    const SessionPlan m_plan;
    LoadStats *const m_stats;
    QTcpSocket *m_socket = nullptr;
    QRandomGenerator m_random;
    QTimer m_replyTimer;
    QElapsedTimer m_transactionClock;
    QByteArray m_buffer;
    QByteArray m_replyText;
    Step m_step = Step::Idle;
    bool m_stopping = false;
    int m_transactionsLeft = 0;
    int m_sequence = 0;
    QByteArray m_messageId;
    QByteArrayList m_recipients;
    QByteArrayList m_destinations;
    int m_nextRecipient = 0;
};

} // namespace Sluice::Bench
