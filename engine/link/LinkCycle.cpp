// SPDX-License-Identifier: GPL-3.0-or-later
#include "link/LinkCycle.h"

#include "client/SmtpClientHandshake.h"
#include "core/Engine.h"
#include "dial/ExternalCommand.h"
#include "log/ConnectionLog.h"
#include "outbound/DeliveryJob.h"
#include "outbound/OutboundDelivery.h"
#include "queue/MessageQueue.h"
#include "retrieval/ProviderRetrieval.h"
#include "smtp/SmtpServer.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLink, "sluice.link")

namespace Sluice {

namespace {

QString methodName(RetrievalSettings::Method method)
{
    switch (method) {
    case RetrievalSettings::Method::Etrn:
        return u"etrn"_s;
    case RetrievalSettings::Method::Turn:
        return u"turn"_s;
    case RetrievalSettings::Method::Atrn:
        return u"atrn"_s;
    case RetrievalSettings::Method::Command:
        return u"command"_s;
    case RetrievalSettings::Method::None:
        break;
    }
    return u"none"_s;
}

} // namespace

LinkCycle::LinkCycle(Engine *engine, LinkDialer *dialer, const LinkConfig &config, const QString &trigger,
                     bool keepLinkUp, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_dialer(dialer)
    , m_config(config)
    , m_keepLinkUp(keepLinkUp)
{
    m_record.trigger = trigger;
    m_record.retrievalMethod = methodName(config.retrieval.method);
    // Fine enough for time-outs given in seconds in tests, cheap enough for minutes in real use.
    m_idleTimer.setInterval(std::clamp(config.idleTimeoutMs / 10, 20, 1000));
    connect(&m_idleTimer, &QTimer::timeout, this, &LinkCycle::checkIdle);
}

LinkCycle::~LinkCycle() = default;

void LinkCycle::start()
{
    m_record.started = QDateTime::currentDateTimeUtc();
    if (ConnectionLog *log = m_engine->connectionLog())
        m_record.id = log->beginCycle(m_record);
    qCInfo(lcLink).noquote() << "link cycle started, trigger:" << m_record.trigger;

    connect(m_dialer, &LinkDialer::dialed, this, &LinkCycle::onDialed);
    connect(m_dialer, &LinkDialer::hungUp, this, &LinkCycle::onHungUp);
    connect(m_dialer, &LinkDialer::progress, this,
            [this](const QString &text) { Q_EMIT phaseChanged(m_phase, text); });
    // Traffic in either direction keeps the link up; so does mail queued while the cycle runs.
    connect(m_engine->smtpServer(), &SmtpServer::trafficSeen, this, &LinkCycle::noteTraffic);
    connect(m_engine->smtpServer(), &SmtpServer::messageAccepted, this, [this](qint64 bytes, bool) {
        ++m_record.messagesReceived;
        m_record.bytesReceived += bytes;
        m_inboundSinceCommand = true;
        noteTraffic();
    });
    connect(m_engine->queue(), &MessageQueue::messageQueued, this,
            [this](const QString &, bool, bool hasRemote) { onMailQueued(hasRemote); });
    connect(m_engine->outbound(), &OutboundDelivery::reportsQueued, this,
            [this](bool, bool hasRemote) { onMailQueued(hasRemote); });

    enterPhase(Phase::Dialing, u"dial"_s, tr("Dialing %1").arg(m_config.profile.name));
    m_dialer->dial(m_config.profile, m_config.logon);
}

void LinkCycle::enterPhase(Phase phase, const QString &name, const QString &text)
{
    m_phase = phase;
    m_record.phases.append({name, QDateTime::currentDateTimeUtc(), {}, {}});
    qCInfo(lcLink).noquote() << text;
    Q_EMIT phaseChanged(phase, text);
}

void LinkCycle::endPhase(const QString &result)
{
    if (m_record.phases.isEmpty() || m_record.phases.last().finished.isValid())
        return;
    m_record.phases.last().finished = QDateTime::currentDateTimeUtc();
    m_record.phases.last().result = result;
}

void LinkCycle::onDialed(const DialResult &result)
{
    if (m_phase != Phase::Dialing)
        return;
    for (int i = 0; i < result.attempts.size(); ++i) {
        const DialAttempt &attempt = result.attempts.at(i);
        addDetails(
            tr("Connect attempt %1: %2; link: %3").arg(i + 1).arg(attempt.connect.describe(), attempt.probe),
            attempt.connect.output);
    }
    m_dialOk = result.ok;
    if (!result.ok) {
        m_record.dialResult = result.error;
        m_record.errors.append(result.error);
        endPhase(result.error);
        finish();
        return;
    }
    if (m_config.profile.kind == ConnectionProfile::Kind::AlwaysConnected)
        m_record.dialResult = tr("always connected");
    else if (result.alreadyUp)
        m_record.dialResult = tr("the link was already up");
    else
        m_record.dialResult =
            tr("dialed %1 (%n attempt(s))", nullptr, int(result.attempts.size())).arg(m_config.profile.name);
    endPhase(m_record.dialResult);
    if (m_cancelled) {
        hangUp();
        return;
    }
    deliver();
}

void LinkCycle::deliver()
{
    enterPhase(Phase::Delivering, u"deliver"_s, tr("Delivering queued mail"));
    startDeliveryJob();
    if (!m_job) {
        endPhase(tr("outbound delivery is off (transfer mode or settings not ready)"));
        retrieve();
    }
}

void LinkCycle::startDeliveryJob()
{
    if (m_job || !m_engine->outboundAllowed())
        return;
    m_job = m_engine->outbound()->startJob();
    if (m_job)
        connect(m_job, &DeliveryJob::finished, this, &LinkCycle::onJobFinished);
}

void LinkCycle::onJobFinished(const DeliverySummary &summary)
{
    m_job = nullptr;
    m_record.messagesSent += summary.messagesSent;
    m_record.bytesSent += summary.bytesSent;
    m_record.recipientsDeferred += summary.deferred;
    m_record.recipientsFailed += summary.failed;
    for (auto it = summary.hostErrors.cbegin(); it != summary.hostErrors.cend(); ++it)
        m_record.errors.append(it.key() + u": "_s + it.value());
    noteTraffic();
    if (m_phase == Phase::Delivering) {
        endPhase(tr("%n message(s) sent, %1 recipient(s) deferred, %2 failed", nullptr, summary.messagesSent)
                     .arg(summary.deferred)
                     .arg(summary.failed));
        if (m_cancelled)
            hangUp();
        else
            retrieve();
    }
}

void LinkCycle::onMailQueued(bool hasRemote)
{
    // Mail queued while the link is up leaves on it, whatever phase the cycle is in.
    if (hasRemote && !m_cancelled && m_phase >= Phase::Delivering && m_phase <= Phase::Waiting)
        startDeliveryJob();
}

void LinkCycle::retrieve()
{
    const RetrievalSettings &settings = m_config.retrieval;
    switch (settings.method) {
    case RetrievalSettings::Method::None:
        wait();
        return;
    case RetrievalSettings::Method::Command: {
        enterPhase(Phase::Retrieving, u"retrieve"_s,
                   tr("Running the retrieval command %1").arg(m_config.retrievalCommand.toText()));
        m_command = new CommandRunner(this);
        connect(m_command, &CommandRunner::finished, this, &LinkCycle::onCommandFinished);
        QProcessEnvironment environment;
        environment.insert(u"SLUICE_DOMAINS"_s, settings.domains.join(u','));
        m_sinceCommand.start();
        m_command->run(m_config.retrievalCommand, environment, m_config.retrievalCommandTimeLimitMs);
        return;
    }
    case RetrievalSettings::Method::Etrn:
    case RetrievalSettings::Method::Turn:
    case RetrievalSettings::Method::Atrn:
        break;
    }
    enterPhase(Phase::Retrieving, u"retrieve"_s,
               tr("Asking %1 for held mail (%2)").arg(settings.host, m_record.retrievalMethod.toUpper()));
    m_retrieval = new ProviderRetrieval(this);
    connect(m_retrieval, &ProviderRetrieval::commandSent, this, [this] { m_sinceCommand.start(); });
    connect(m_retrieval, &ProviderRetrieval::rolesReversed, this, [this] {
        Q_EMIT phaseChanged(m_phase, tr("Receiving mail from %1").arg(m_config.retrieval.host));
    });
    connect(m_retrieval, &ProviderRetrieval::finished, this, &LinkCycle::onRetrieved);
    m_retrieval->start(settings, m_engine->smtpServer());
}

void LinkCycle::onRetrieved(const RetrievalOutcome &outcome)
{
    for (const RetrievalReply &reply : outcome.replies) {
        const QString command = m_record.retrievalMethod.toUpper();
        m_record.retrievalReplies.append(
            u"%1 %2: %3 (%4)"_s.arg(command, reply.node, replyText(reply.reply), reply.text));
    }
    if (!outcome.ok)
        m_record.errors.append(outcome.error);
    else if (!outcome.reversedError.isEmpty())
        m_record.errors.append(outcome.reversedError);
    if (ConnectionLog *log = m_engine->connectionLog())
        log->record(u"retrieval"_s, m_config.retrieval.host, outcome.ok && outcome.reversedError.isEmpty(),
                    outcome.ok ? outcome.reversedError : outcome.error, outcome.transcript);
    m_mailExpected = outcome.mailExpected;
    m_reversed = outcome.reversed;
    endPhase(outcome.ok
                 ? (m_reversed
                        ? tr("roles reversed: %n message(s) received", nullptr, outcome.messagesReceived)
                        : (m_mailExpected ? tr("the provider is sending held mail") : tr("no mail released")))
                 : outcome.error);
    m_retrieval->deleteLater();
    m_retrieval = nullptr;
    if (m_cancelled)
        hangUp();
    else
        wait();
}

void LinkCycle::onCommandFinished(const CommandResult &result)
{
    addDetails(tr("Retrieval command: %1").arg(result.describe()), result.output);
    m_record.retrievalReplies.append(tr("command: %1").arg(result.describe()));
    if (!result.ok())
        m_record.errors.append(tr("The retrieval command %1").arg(result.describe()));
    m_mailExpected = result.ok();
    endPhase(result.describe());
    m_command->deleteLater();
    m_command = nullptr;
    if (m_cancelled)
        hangUp();
    else
        wait();
}

void LinkCycle::wait()
{
    enterPhase(Phase::Waiting, u"wait"_s, tr("Waiting for mail"));
    m_sinceTraffic.start();
    m_idleTimer.start();
    checkIdle();
}

void LinkCycle::noteTraffic()
{
    m_sinceTraffic.start();
}

void LinkCycle::checkIdle()
{
    if (m_phase != Phase::Waiting)
        return;
    if (m_job) {
        noteTraffic(); // a delivery in progress is traffic
        return;
    }
    // After TURN/ATRN the provider has said QUIT: everything it held has arrived.
    const qint64 idleLimit = m_reversed ? 0 : m_config.idleTimeoutMs;
    if (m_sinceTraffic.elapsed() < idleLimit)
        return;
    // The first-delivery grace: a slow provider may need longer to start than the idle time-out.
    const bool graceApplies =
        m_mailExpected && !m_reversed && !m_inboundSinceCommand && m_sinceCommand.isValid();
    if (graceApplies && m_sinceCommand.elapsed() < m_config.firstDeliveryGraceMs)
        return;
    endPhase(tr("idle for %1 s").arg(m_sinceTraffic.elapsed() / 1000));
    hangUp();
}

void LinkCycle::hangUp()
{
    m_idleTimer.stop();
    if (m_keepLinkUp && !m_cancelled) {
        finish();
        return;
    }
    enterPhase(Phase::HangingUp, u"hangup"_s, tr("Hanging up"));
    m_dialer->hangUp();
}

void LinkCycle::onHungUp(bool ran, const CommandResult &result)
{
    if (m_phase != Phase::HangingUp)
        return;
    if (ran) {
        addDetails(tr("Disconnect: %1").arg(result.describe()), result.output);
        if (!result.ok())
            m_record.errors.append(tr("The disconnect command %1").arg(result.describe()));
    }
    endPhase(ran ? result.describe() : tr("nothing to hang up (Sluice did not dial this link)"));
    finish();
}

void LinkCycle::cancel()
{
    if (m_phase == Phase::Done || m_cancelled)
        return;
    m_cancelled = true;
    m_record.errors.append(tr("The cycle was ended early."));
    switch (m_phase) {
    case Phase::Idle:
        finish();
        break;
    case Phase::Dialing:
        m_dialer->cancel(); // dialed(ok=false) follows
        break;
    case Phase::Delivering:
        if (m_job)
            m_job->stop(); // finished() follows at once
        else
            hangUp();
        break;
    case Phase::Retrieving:
        if (m_retrieval)
            m_retrieval->cancel();
        else if (m_command)
            m_command->cancel();
        break;
    case Phase::Waiting:
        endPhase(tr("ended early"));
        hangUp();
        break;
    case Phase::HangingUp:
    case Phase::Done:
        break;
    }
}

void LinkCycle::finish()
{
    if (m_phase == Phase::Done)
        return;
    m_idleTimer.stop();
    m_phase = Phase::Done;
    m_record.finished = QDateTime::currentDateTimeUtc();
    m_record.ok = m_dialOk && !m_cancelled && m_record.errors.isEmpty();
    if (!m_dialOk)
        m_record.result = tr("Dialing failed: %1").arg(m_record.dialResult);
    else
        m_record.result = tr("%n message(s) sent, %1 received", nullptr, m_record.messagesSent)
                              .arg(m_record.messagesReceived) +
                          (m_record.errors.isEmpty() ? QString() : u"; "_s + m_record.errors.last());
    m_record.details = redacted(m_record.details);
    if (ConnectionLog *log = m_engine->connectionLog(); log && m_record.id)
        log->finishCycle(m_record);
    disconnect(m_dialer, nullptr, this, nullptr);
    qCInfo(lcLink).noquote() << "link cycle finished:" << m_record.result;
    Q_EMIT phaseChanged(Phase::Done, m_record.result);
    Q_EMIT finished(m_record);
}

void LinkCycle::addDetails(const QString &heading, const QByteArray &text)
{
    m_record.details += heading.toUtf8() + '\n';
    if (!text.isEmpty())
        m_record.details += text + (text.endsWith('\n') ? "" : "\n");
}

QByteArray LinkCycle::redacted(QByteArray text) const
{
    // The dial password reaches the connect command; a chatty script must not carry it into the log.
    const QByteArray password = m_config.logon.password.toUtf8();
    if (password.size() >= 1)
        text.replace(password, "********");
    return text;
}

} // namespace Sluice
