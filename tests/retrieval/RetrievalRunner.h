// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one ProviderRetrieval against a FakeSmtpPeer playing the provider, and a real Engine in a
// temporary folder playing the office, so each test reads as script + settings + expected outcome.

#include "FakeSmtpPeer.h"

#include "core/Engine.h"
#include "retrieval/ProviderRetrieval.h"

#include <QTemporaryDir>

namespace Sluice::Test {

struct RetrievalRun
{
    bool finished = false;
    int finishedSignals = 0;
    int commandSentSignals = 0;
    int rolesReversedSignals = 0;
    RetrievalOutcome outcome;
    QByteArray transcript; ///< outcome.transcript.toText()

    /// "250:Started 459:Refused ..." over every reply in order: a failing QCOMPARE shows all of it.
    QByteArray meanings() const;
};

/// 127.0.0.1:port, HELO name sluice.test.example, opportunistic TLS, no AUTH.
RetrievalSettings retrievalSettings(RetrievalSettings::Method method, quint16 port,
                                    const QStringList &domains = {});

/// Starts the retrieval, waits for finished() and a little longer (to catch a second finished()).
/// cancelAfterMs >= 0 cancels that long after the start.
RetrievalRun runRetrieval(const RetrievalSettings &settings, SmtpServer *reverseServer = nullptr,
                          int timeoutMs = 15000, int cancelAfterMs = -1);

QByteArray meaningName(RetrievalReply::Meaning meaning);

/// The office: an Engine listening on 127.0.0.1, local domain test.example, a Maildir tree with the
/// mailbox "someone", and no relay networks (so a RCPT for another domain is refused, as for any
/// client outside the relay networks).
class Office
{
public:
    bool start(QString *error);
    Engine &engine() { return m_engine; }
    SmtpServer *server() const { return m_engine.smtpServer(); }
    /// The messages in mail/<mailbox>/new, oldest first.
    QList<QByteArray> delivered(const QString &mailbox = QStringLiteral("someone")) const;

private:
    QTemporaryDir m_dir; // declared first: the engine is gone before its folder
    Engine m_engine;
};

/// The RFC 2195 example account: the CRAM-MD5 exchange can be checked against the RFC's own text.
inline const QString CramAccount = QStringLiteral("tim");
inline const QString CramPassword = QStringLiteral("tanstaaftanstaaf");
inline const QByteArray CramExchange = QByteArrayLiteral(R"(
    C: AUTH CRAM-MD5
    S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+
    C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw
    S: 235 2.7.0 Authentication successful
)");

/// The provider's side of a reversed session delivering one message for someone@test.example with
/// the given subject (the reply to EHLO is taken whole).
QByteArray providerDelivers(const QByteArray &subject);

} // namespace Sluice::Test
