// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retrieval/RetrievalOutcome.h"
#include "retrieval/RetrievalSettings.h"

#include <QObject>

namespace Sluice {

class SmtpServer;

/// One retrieval conversation with the provider: the "ask for the held mail" step of a link cycle.
///
/// All three methods open like an outbound session (SmtpClientHandshake: greeting, EHLO, STARTTLS
/// when offered or required, AUTH when configured), then:
/// - ETRN: "ETRN <node>" for each domain in order, each reply recorded; 500/502 stop the list (the
///   provider has no ETRN), any other refusal only its node; then QUIT. ETRN need not be in the
///   EHLO reply: many providers accept it unadvertised (the transcript notes it).
/// - TURN: "TURN" (after AUTH where configured); on 250 the roles reverse.
/// - ATRN: needs an account (AUTH; CRAM-MD5 is preferred when security.auth is Any); then
///   "ATRN d1,d2" with atrnTimeoutMs for the reply; on 250 the roles reverse.
/// On reversal the socket, encrypted or not, goes to reverseServer->adoptConnection(): Sluice greets
/// and serves the provider's session with the listener's own checks, and finished() follows when
/// the provider has quit or hung up.
class ProviderRetrieval : public QObject
{
    Q_OBJECT
public:
    explicit ProviderRetrieval(QObject *parent = nullptr);
    ~ProviderRetrieval() override;

    /// reverseServer: where a reversed connection is served (TURN, ATRN); may be null for ETRN.
    /// One conversation per object; finished() always follows (queued, so the receiver may delete
    /// this object from its slot).
    void start(const RetrievalSettings &settings, SmtpServer *reverseServer);
    void cancel(); ///< cut everything; finished() follows with ok=false, error "cancelled"

Q_SIGNALS:
    void commandSent();   ///< the retrieval command went out (first ETRN / TURN / ATRN)
    void rolesReversed(); ///< 250 to TURN/ATRN: Sluice is now the server on this connection
    void finished(const Sluice::RetrievalOutcome &outcome);

private:
    struct Private;
    Private *d;
};

} // namespace Sluice
