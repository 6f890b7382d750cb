// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dial/ConnectionProfile.h"
#include "dial/ExternalCommand.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>

class QTimer;

namespace Sluice {

class LinkProbeCheck;

/// One try at bringing the link up.
struct DialAttempt
{
    CommandResult connect;
    QString probe; ///< what the probe saw last, plain words
    bool up = false;
    bool disconnectRan = false; ///< the disconnect command ran after this attempt failed
    CommandResult disconnect;
};

/// What dialing did, for the link cycle, the console and the log. Command output in it has the
/// password replaced by "********".
struct DialResult
{
    bool ok = false; ///< the link is up
    bool alreadyUp =
        false; ///< it was up before Sluice dialed: nothing was run, and hangUp() will not take it down
    bool cancelled = false;
    QList<DialAttempt> attempts;
    QString initialProbe; ///< what the probe saw before dialing (empty without a probe)
    QString error; ///< plain words when !ok, e.g. "The connect command exited with status 1 (3 attempts)"
    QString profileId;
    QDateTime started, finished;
};

/// Brings a connection profile's link up and takes it down again: the IMS "dial-up connection".
///
/// Dialing: AlwaysConnected is up at once. Otherwise the probe looks first, and a link that is
/// already up is used as it is (nothing run, and hangUp() leaves it alone: someone else owns it).
/// Else each attempt runs the connect command with the dial time limit, then repeats the probe
/// every probe interval until it passes or the dial time limit (counted from the start of the
/// attempt) is used up; without a probe, exit status 0 means up. A failed attempt whose connect
/// command ran is followed by the disconnect command (after whatever the connect command left running
/// in its process group is killed), so nothing is left half up, then by
/// retryDelayMs of waiting and the next attempt, up to profile.retries more.
///
/// The connect and disconnect commands (and a Command probe) get the logon information in their
/// environment, on top of Sluice's own:
///   SLUICE_ACCOUNT   the account name of the Logon Information
///   SLUICE_PASSWORD  its password
///   SLUICE_DOMAIN    its domain (empty when not given)
///   SLUICE_PROFILE   the profile's name (NM connection, pppd peer or custom name)
/// The password never appears in progress(), in DialResult's texts, in describe() or in the log;
/// command output that echoes it is recorded with "********" in its place.
class LinkDialer : public QObject
{
    Q_OBJECT
public:
    explicit LinkDialer(QObject *parent = nullptr);
    ~LinkDialer() override;

    void setProbeIntervalMs(int ms); ///< how often the probe is repeated while waiting (default 1000)
    /// dialed() follows once, always asynchronously. Ignored (with a warning) while dialing or hanging up.
    void dial(const ConnectionProfile &profile, const LogonInfo &logon);
    /// Stop dialing (finished with ok=false, error "cancelled"). A connect command still running is
    /// killed, and the disconnect command runs when a connect command had run in this attempt.
    void cancel();
    /// Runs the disconnect command only when this dialer brought the link up (not alreadyUp, not
    /// AlwaysConnected); otherwise hungUp() comes at once with ran=false. While dialing, this cancels
    /// the dial (which cleans up itself) and answers ran=false. A disconnect command that fails
    /// leaves broughtLinkUp() true, so hanging up can be tried again.
    void hangUp();
    bool broughtLinkUp() const { return m_broughtUp; }
    bool isDialing() const;
    /// Checks the probe once (for "always" mode: is the link still up?); probed(up, text) follows.
    void probeOnce(const ConnectionProfile &profile);

    /// The environment the profile's commands get (exposed for the console's "test" button and tests).
    static QProcessEnvironment commandEnvironment(const ConnectionProfile &profile, const LogonInfo &logon);

Q_SIGNALS:
    void dialed(const Sluice::DialResult &result);
    void hungUp(bool ran, const Sluice::CommandResult &result);
    void probed(bool up, const QString &text);
    void progress(const QString &text); ///< "Dialing Provider (attempt 2 of 3)…" for the status display

private:
    enum class State {
        Idle,
        InitialProbe,
        Connecting,
        Probing,
        ProbeWait,
        CleaningUp,
        RetryWait,
        Finishing, ///< dialed() is queued
        HangingUp
    };

    void startAttempt();
    void probeNow(bool first);
    void onCommandFinished(const CommandResult &result);
    void onProbeDone(bool up, const QString &text);
    void attemptFailed(const QString &why);
    void cleanUpAttempt(); ///< disconnect after a failed or cancelled attempt whose connect ran
    void afterCleanUp();
    void finishDial(bool ok, const QString &error);
    CommandResult redacted(CommandResult result) const;
    QString redacted(const QString &text) const;
    QString profileName() const;
    DialAttempt &attempt() { return m_result.attempts.last(); }

    CommandRunner *m_runner;
    LinkProbeCheck *m_probe;
    LinkProbeCheck *m_onceProbe;
    QTimer *m_timer;
    QElapsedTimer m_attemptClock;
    ConnectionProfile m_profile;
    QProcessEnvironment m_environment;
    QString m_password;
    DialResult m_result;
    State m_state = State::Idle;
    int m_probeIntervalMs = 1000;
    bool m_broughtUp = false;
    bool m_cancelled = false;
};

} // namespace Sluice

Q_DECLARE_METATYPE(Sluice::DialResult)
