// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/SmtpClientTypes.h"
#include "client/Transcript.h"
#include "outbound/DeliveryOutcome.h"
#include "outbound/OutcomeRecorder.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QSslSocket;

namespace Sluice {

class MessageQueue;
class SmtpClientSession;

/// The provider's half of a role reversal (ATRN, or TURN served): delivers the mail held for some
/// nodes over the connection the customer opened, as the client, then says QUIT. Outcomes are
/// recorded as for any delivery (OutcomeRecorder): delivered copies leave the queue, refused ones go
/// back to their sender with a report, and what the customer defers goes back on hold for the next
/// request. The held mail never times out here before the hold time-out does.
class ReversedDelivery : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString heloName; ///< our FQDN
        QByteArray postmaster;
        ClientTimeouts timeouts;
        int holdTimeoutHours = 120;
        int maxMessages = 1000; ///< per request; the rest waits for the next one
    };

    ReversedDelivery(MessageQueue *queue, const Settings &settings, OutcomeRecorder::ReportRouter router,
                     QObject *parent = nullptr);
    ~ReversedDelivery() override;

    /// Takes ownership of socket (open, perhaps encrypted): the customer's greeting comes next.
    void start(QSslSocket *socket, const QStringList &nodes);
    const DeliverySummary &summary() const { return m_summary; }
    const Transcript &transcript() const;

Q_SIGNALS:
    /// ok: the conversation reached QUIT; error: why not, in plain words.
    void finished(bool ok, const QString &error);

private:
    void onMessageFinished(const MessageResult &result);

    MessageQueue *m_queue;
    Settings m_settings;
    DeliverySummary m_summary;
    OutcomeRecorder m_recorder;
    SmtpClientSession *m_session = nullptr;
    QString m_peer;                             ///< the customer's address, for the log
    QHash<qint64, DueRemoteMessage> m_messages; ///< by message id
};

} // namespace Sluice
