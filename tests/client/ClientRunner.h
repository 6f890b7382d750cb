// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one SmtpClientSession against a FakeSmtpPeer and collects what it reported, so that each test
// reads as script + configuration + expected outcomes.

#include "FakeSmtpPeer.h"

#include "client/SmtpClientSession.h"

namespace Sluice::Test {

struct ClientRun
{
    bool finished = false;
    int finishedSignals = 0;
    bool ok = false;
    QString error;
    QList<MessageResult> results;
    QByteArray transcript;
    PeerInfo peer;
    qint64 elapsedMs = 0;

    /// "101:delivered:250 102:failed:550 ..." over every message in order; ":dup" marks a possible
    /// duplicate. Compact enough for data rows, and a failing QCOMPARE shows all of it.
    QByteArray outcomes() const;
    const RecipientResult *recipient(qint64 recipientId) const;
};

/// 127.0.0.1:port, HELO name sluice.test.example, no TLS wanted beyond the default opportunistic.
SmtpClientConfig clientConfig(quint16 port);
/// Recipient ids are messageId * 100 + 1, + 2, ... in the order given.
OutboundMessage makeMessage(qint64 messageId, const QByteArray &sender, const QList<QByteArray> &recipients,
                            const QByteArray &content);
/// A short plain message: "Subject: test\r\n\r\nHello\r\n" (24 octets).
QByteArray simpleContent();

ClientRun runClient(const SmtpClientConfig &config, const QList<OutboundMessage> &messages,
                    int timeoutMs = 15000);

} // namespace Sluice::Test
