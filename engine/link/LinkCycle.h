// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dial/LinkDialer.h"
#include "link/LinkConfig.h"
#include "log/CycleRecord.h"
#include "outbound/DeliveryOutcome.h"
#include "retrieval/RetrievalOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Sluice {

class CommandRunner;
class DeliveryJob;
class Engine;
class ProviderRetrieval;

/// One link cycle, as the IMS ran it: dial, deliver what is queued, ask the provider for held mail,
/// wait while it arrives, hang up. Writes one CycleRecord to the connection log (begun at the start,
/// so a cycle cut short still shows) and emits finished() once.
///
/// The dialer belongs to the caller (LinkController): whether Sluice brought the link up outlives a
/// cycle that keeps the link up ("always" schedule), and only what Sluice dialed is ever hung up.
class LinkCycle : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Dialing, Delivering, Retrieving, Waiting, HangingUp, Done };
    Q_ENUM(Phase)

    /// keepLinkUp: the "always" schedule: the cycle ends without hanging up.
    LinkCycle(Engine *engine, LinkDialer *dialer, const LinkConfig &config, const QString &trigger,
              bool keepLinkUp, QObject *parent = nullptr);
    ~LinkCycle() override;

    void start();
    /// Ends the cycle early (the engine stops, or the admin pressed "Hang up"): what runs is cut, the
    /// link is hung up when Sluice dialed it, and finished() follows.
    void cancel();
    Phase phase() const { return m_phase; }
    const CycleRecord &record() const { return m_record; }

Q_SIGNALS:
    void phaseChanged(Sluice::LinkCycle::Phase phase, const QString &text);
    void finished(const Sluice::CycleRecord &record);

private:
    void enterPhase(Phase phase, const QString &name, const QString &text);
    void endPhase(const QString &result);
    void onDialed(const DialResult &result);
    void deliver();
    void startDeliveryJob();
    void onJobFinished(const DeliverySummary &summary);
    void retrieve();
    void onRetrieved(const RetrievalOutcome &outcome);
    void onCommandFinished(const CommandResult &result);
    void wait();
    void checkIdle();
    void noteTraffic();
    void onMailQueued(bool hasRemote);
    void hangUp();
    void onHungUp(bool ran, const CommandResult &result);
    void finish();
    void addDetails(const QString &heading, const QByteArray &text);
    QByteArray redacted(QByteArray text) const;

    Engine *m_engine;
    LinkDialer *m_dialer;
    LinkConfig m_config;
    bool m_keepLinkUp;
    Phase m_phase = Phase::Idle;
    CycleRecord m_record;
    bool m_dialOk = false;
    bool m_cancelled = false;
    QPointer<DeliveryJob> m_job;
    ProviderRetrieval *m_retrieval = nullptr;
    CommandRunner *m_command = nullptr;
    bool m_mailExpected = false;
    bool m_reversed = false;
    bool m_inboundSinceCommand = false;
    QElapsedTimer m_sinceTraffic;
    QElapsedTimer m_sinceCommand;
    QTimer m_idleTimer;
};

} // namespace Sluice
