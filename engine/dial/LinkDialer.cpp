// SPDX-License-Identifier: GPL-3.0-or-later
#include "dial/LinkDialer.h"

#include "dial/DialLog.h"
#include "dial/LinkProbeCheck.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {
/// The first look after a connect command that used up the dial time still gets this long.
constexpr int LastLookMs = 1000;

QString seconds(qint64 ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(double(ms) / 1000.0, 'f', 1);
}
} // namespace

LinkDialer::LinkDialer(QObject *parent)
    : QObject(parent)
    , m_runner(new CommandRunner(this))
    , m_probe(new LinkProbeCheck(this))
    , m_onceProbe(new LinkProbeCheck(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::ProbeWait)
            probeNow(false);
        else if (m_state == State::RetryWait)
            startAttempt();
    });
    connect(m_runner, &CommandRunner::finished, this, &LinkDialer::onCommandFinished);
    connect(m_probe, &LinkProbeCheck::done, this, &LinkDialer::onProbeDone);
    connect(m_onceProbe, &LinkProbeCheck::done, this,
            [this](bool up, const QString &text) { Q_EMIT probed(up, redacted(text)); });
}

LinkDialer::~LinkDialer() = default;

void LinkDialer::setProbeIntervalMs(int ms)
{
    m_probeIntervalMs = qMax(ms, 10);
}

bool LinkDialer::isDialing() const
{
    return m_state != State::Idle && m_state != State::Finishing && m_state != State::HangingUp;
}

QProcessEnvironment LinkDialer::commandEnvironment(const ConnectionProfile &profile, const LogonInfo &logon)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SLUICE_ACCOUNT"_s, logon.account);
    environment.insert(u"SLUICE_PASSWORD"_s, logon.password);
    environment.insert(u"SLUICE_DOMAIN"_s, logon.domain);
    environment.insert(u"SLUICE_PROFILE"_s, profile.name);
    return environment;
}

void LinkDialer::dial(const ConnectionProfile &profile, const LogonInfo &logon)
{
    if (m_state != State::Idle) {
        qCWarning(lcDial) << "dial" << profile.id() << "ignored: still dialing or hanging up";
        return;
    }
    m_profile = profile;
    m_password = logon.password;
    m_environment = commandEnvironment(profile, logon);
    m_result = DialResult();
    m_result.profileId = profile.id();
    m_result.started = QDateTime::currentDateTimeUtc();
    m_cancelled = false;
    qCInfo(lcDial) << "dialing" << profile.id();

    if (profile.kind == ConnectionProfile::Kind::AlwaysConnected) {
        m_result.alreadyUp = true;
        finishDial(true, {});
        return;
    }
    if (profile.probe.kind == LinkProbe::Kind::None) {
        startAttempt();
        return;
    }
    m_state = State::InitialProbe;
    Q_EMIT progress(tr("Checking whether %1 is already up…").arg(profileName()));
    m_probe->check(profile.probe, m_environment);
}

void LinkDialer::cancel()
{
    if (!isDialing() || m_cancelled)
        return;
    qCInfo(lcDial) << "dialing" << m_profile.id() << "cancelled";
    m_cancelled = true;
    m_result.cancelled = true;
    switch (m_state) {
    case State::InitialProbe:
        m_probe->abort();
        finishDial(false, tr("cancelled"));
        return;
    case State::Connecting:
        m_runner->cancel(); // onCommandFinished() goes on
        return;
    case State::Probing:
    case State::ProbeWait:
        m_probe->abort();
        m_timer->stop();
        cleanUpAttempt();
        return;
    case State::RetryWait:
        m_timer->stop();
        finishDial(false, tr("cancelled"));
        return;
    case State::CleaningUp: // afterCleanUp() finishes
    case State::Finishing:
    case State::Idle:
    case State::HangingUp:
        return;
    }
}

void LinkDialer::hangUp()
{
    if (m_state == State::HangingUp)
        return;
    const bool ours = m_broughtUp && m_profile.kind != ConnectionProfile::Kind::AlwaysConnected &&
                      !m_profile.disconnect.isEmpty();
    if (isDialing() || !ours) {
        cancel();
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT hungUp(false, CommandResult()); }, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcDial) << "hanging up" << m_profile.id();
    Q_EMIT progress(tr("Hanging up %1…").arg(profileName()));
    m_state = State::HangingUp;
    m_runner->run(m_profile.disconnect, m_environment, m_profile.hangUpTimeLimitMs);
}

void LinkDialer::probeOnce(const ConnectionProfile &profile)
{
    m_onceProbe->check(profile.probe, commandEnvironment(profile, LogonInfo()));
}

void LinkDialer::startAttempt()
{
    m_result.attempts.append(DialAttempt());
    const int number = int(m_result.attempts.size());
    const int total = qMax(m_profile.retries, 0) + 1;
    Q_EMIT progress(tr("Dialing %1 (attempt %2 of %3)…").arg(profileName()).arg(number).arg(total));
    qCInfo(lcDial) << "attempt" << number << "of" << total << "for" << m_profile.id();
    if (m_profile.connect.isEmpty()) {
        finishDial(false, tr("No connect command is configured for %1.").arg(profileName()));
        return;
    }
    m_state = State::Connecting;
    m_attemptClock.start();
    m_runner->run(m_profile.connect, m_environment, m_profile.dialTimeLimitMs);
}

void LinkDialer::probeNow(bool first)
{
    m_state = State::Probing;
    const qint64 left = m_profile.dialTimeLimitMs - m_attemptClock.elapsed();
    m_probe->check(m_profile.probe, m_environment, int(qMax<qint64>(left, first ? LastLookMs : 100)));
}

void LinkDialer::onCommandFinished(const CommandResult &rawResult)
{
    const CommandResult result = redacted(rawResult);
    switch (m_state) {
    case State::Connecting:
        attempt().connect = result;
        qCInfo(lcDial) << "connect command" << result.describe();
        if (m_cancelled) {
            cleanUpAttempt();
        } else if (!result.ok()) {
            attemptFailed(tr("The connect command %1").arg(result.describe()));
        } else if (m_profile.probe.kind == LinkProbe::Kind::None) {
            attempt().up = true;
            m_broughtUp = true;
            finishDial(true, {});
        } else {
            Q_EMIT progress(tr("Waiting for %1 to come up…").arg(profileName()));
            probeNow(true);
        }
        return;
    case State::CleaningUp:
        attempt().disconnectRan = true;
        attempt().disconnect = result;
        qCInfo(lcDial) << "disconnect command after the failed attempt" << result.describe();
        afterCleanUp();
        return;
    case State::HangingUp:
        qCInfo(lcDial) << "disconnect command" << result.describe();
        m_state = State::Idle;
        m_broughtUp = !result.ok();
        Q_EMIT hungUp(true, result);
        return;
    default:
        return;
    }
}

void LinkDialer::onProbeDone(bool up, const QString &rawText)
{
    const QString text = redacted(rawText);
    if (m_state == State::InitialProbe) {
        m_result.initialProbe = text;
        if (!up) {
            startAttempt();
            return;
        }
        // Up before dialing: somebody else's link, unless this dialer brought it up and never hung up.
        m_result.alreadyUp = !m_broughtUp;
        qCInfo(lcDial) << m_profile.id() << "is already up:" << text;
        finishDial(true, {});
        return;
    }
    if (m_state != State::Probing)
        return;
    attempt().probe = text;
    if (up) {
        attempt().up = true;
        m_broughtUp = true;
        finishDial(true, {});
        return;
    }
    if (m_attemptClock.elapsed() + m_probeIntervalMs >= m_profile.dialTimeLimitMs) {
        attemptFailed(tr("The link did not come up within %1 s (last check: %2)")
                          .arg(seconds(m_profile.dialTimeLimitMs), text));
        return;
    }
    m_state = State::ProbeWait;
    m_timer->start(m_probeIntervalMs);
}

void LinkDialer::attemptFailed(const QString &why)
{
    m_result.error = why;
    qCInfo(lcDial) << "attempt failed:" << why;
    cleanUpAttempt();
}

void LinkDialer::cleanUpAttempt()
{
    // What the failed attempt's connect command left running (a dialer it put in the background)
    // goes first; the disconnect command then undoes what the attempt changed.
    m_runner->killLeftovers();
    if (!attempt().connect.started || m_profile.disconnect.isEmpty()) {
        afterCleanUp();
        return;
    }
    Q_EMIT progress(tr("Hanging up %1 after the failed attempt…").arg(profileName()));
    m_state = State::CleaningUp;
    m_runner->run(m_profile.disconnect, m_environment, m_profile.hangUpTimeLimitMs);
}

void LinkDialer::afterCleanUp()
{
    if (m_cancelled) {
        finishDial(false, tr("cancelled"));
        return;
    }
    const int count = int(m_result.attempts.size());
    if (count > qMax(m_profile.retries, 0)) {
        const QString attempts = count == 1 ? tr("(1 attempt)") : tr("(%1 attempts)").arg(count);
        finishDial(false, QString(m_result.error + u' ' + attempts));
        return;
    }
    Q_EMIT progress(
        tr("Waiting %1 s before dialing %2 again…").arg(seconds(m_profile.retryDelayMs), profileName()));
    m_state = State::RetryWait;
    m_timer->start(qMax(m_profile.retryDelayMs, 0));
}

void LinkDialer::finishDial(bool ok, const QString &error)
{
    m_result.ok = ok;
    m_result.error = ok ? QString() : redacted(error);
    m_result.finished = QDateTime::currentDateTimeUtc();
    if (ok) {
        Q_EMIT progress(m_result.alreadyUp ? tr("%1 is up.").arg(profileName())
                                           : tr("Connected through %1.").arg(profileName()));
    } else {
        Q_EMIT progress(tr("Dialing %1 failed: %2").arg(profileName(), m_result.error));
    }
    qCInfo(lcDial) << "dialing" << m_profile.id() << (ok ? "done" : "failed:") << m_result.error;
    // Idle only when dialed() is out, so a dial() from a slot connected to it starts afresh; hangUp()
    // may come first (a caller that reacted to progress()).
    m_state = State::Finishing;
    QMetaObject::invokeMethod(
        this,
        [this, result = m_result] {
            if (m_state == State::Finishing)
                m_state = State::Idle;
            Q_EMIT dialed(result);
        },
        Qt::QueuedConnection);
}

CommandResult LinkDialer::redacted(CommandResult result) const
{
    if (!m_password.isEmpty())
        result.output.replace(m_password.toUtf8(), "********");
    result.startError = redacted(result.startError);
    return result;
}

QString LinkDialer::redacted(const QString &text) const
{
    if (m_password.isEmpty() || !text.contains(m_password))
        return text;
    return QString(text).replace(m_password, u"********"_s);
}

QString LinkDialer::profileName() const
{
    return m_profile.name.isEmpty() ? m_profile.displayName() : m_profile.name;
}

} // namespace Sluice
