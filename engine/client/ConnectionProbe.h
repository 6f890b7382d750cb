// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ConnectionProbeResult.h"
#include "client/EhloCapabilities.h"
#include "client/SmtpClientConnection.h"
#include "client/SmtpClientTypes.h"
#include "client/Transcript.h"

#include <QObject>
#include <QPointer>
#include <QSslError>

#include <memory>

namespace Sluice {

class SaslClientMechanism;

/// How long a connection test waits. Shorter than delivery's RFC 5321 time-outs: someone is
/// watching the dialog, and a server that takes minutes to greet is itself the finding.
struct ProbeTimeLimits
{
    int connect = 30 * 1000;
    int greeting = 30 * 1000;
    int command = 30 * 1000; ///< EHLO, STARTTLS, the TLS handshake, each AUTH step, QUIT
};

struct ConnectionProbeRequest
{
    ProbePurpose purpose = ProbePurpose::Smtp;
    QString host;
    quint16 port = 25;
    QString heloName;    ///< empty: this machine's host name
    QString tlsPeerName; ///< the name the certificate must carry; empty: host
    /// TLS policy, pin and AUTH as delivery would use them (the password is used, never kept in the
    /// result or the transcript).
    ClientSecurity security;
    QList<QSslCertificate> extraCaCertificates; ///< trusted besides the system store (tests)
    ProbeTimeLimits limits;
};

/// The console's "Test connection": talks to a host the way delivery, ETRN or ATRN would, up to the
/// point where mail would move, and reports what it found. Greeting; EHLO (HELO when refused);
/// STARTTLS when offered (a failure when required and not offered); EHLO again; AUTH when asked;
/// QUIT. It never sends MAIL, RCPT, DATA, ETRN or ATRN.
///
/// Unlike delivery it finishes the TLS handshake even with a certificate that does not verify, so
/// that the certificate can be shown (and pinned); it then stops before AUTH wherever delivery would
/// have refused the certificate, so the password goes only where delivery would send it.
///
/// Transport, reply parsing and time-outs are SmtpClientConnection's; capabilities are
/// EhloCapabilities'; the SASL exchange is SaslClient's.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(const ConnectionProbeRequest &request, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start();
    /// Cuts the connection; finished() is not emitted.
    void abort();
    bool isFinished() const { return m_step == Step::Done; }
    /// Complete once finished() was emitted.
    const ConnectionProbeResult &result() const { return m_result; }

Q_SIGNALS:
    /// What the probe is doing now, in plain words ("Waiting for the server's greeting…").
    void progress(const QString &step);
    void finished(const Sluice::ConnectionProbeResult &result);

private:
    enum class Step { Idle, Connecting, Greeting, Ehlo, Helo, StartTls, Handshake, Auth, Quit, Done };

    void onConnected();
    void onReply(const SmtpReply &reply);
    void onTlsEstablished();
    void onFailed(SmtpClientConnection::Failure failure, const QString &reason);
    void onGreeting(const SmtpReply &reply);
    void onHello(const SmtpReply &reply);
    void onStartTls(const SmtpReply &reply);
    void onAuth(const SmtpReply &reply);
    void sendHello(const QByteArray &verb);
    void recordCapabilities(const EhloCapabilities &capabilities);
    void afterHello();
    bool certificateAcceptable();
    void authenticate();
    void authNotTried(const QString &why);
    void stopWith(const QString &error);
    void quit();
    void finish();
    void send(const QByteArray &line, const QByteArray &logText = {});
    QString describeFailure(SmtpClientConnection::Failure failure, const QString &reason) const;
    QString stepName() const;

    ConnectionProbeRequest m_request;
    ConnectionProbeResult m_result;
    Transcript m_transcript;
    SmtpClientConnection *m_connection = nullptr;
    std::unique_ptr<SaslClientMechanism> m_sasl;
    bool m_saslCancelled = false;
    Step m_step = Step::Idle;
};

} // namespace Sluice
