// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QTest>

// Runs one operation of a SecretStore and waits for its callback, so that the tests read in order.
// `answered` stays false when no callback came within the timeout; tests check it first.
struct SecretOutcome
{
    bool answered = false;
    bool ok = false;
    QString secret;
    Sluice::SecretError error;
};

inline SecretOutcome readSecretNow(Sluice::SecretStore &store, const QString &key, int timeoutMs = 30000)
{
    SecretOutcome outcome;
    QObject context;
    store.readSecret(key, &context,
                     [&outcome](bool ok, const QString &secret, const Sluice::SecretError &error) {
                         outcome = {true, ok, secret, error};
                     });
    // The outcome says itself whether the callback came.
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.answered; }, timeoutMs));
    return outcome;
}

inline SecretOutcome writeSecretNow(Sluice::SecretStore &store, const QString &key, const QString &secret,
                                    int timeoutMs = 30000)
{
    SecretOutcome outcome;
    QObject context;
    store.writeSecret(key, secret, &context, [&outcome](bool ok, const Sluice::SecretError &error) {
        outcome = {true, ok, {}, error};
    });
    // The outcome says itself whether the callback came.
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.answered; }, timeoutMs));
    return outcome;
}

inline SecretOutcome deleteSecretNow(Sluice::SecretStore &store, const QString &key, int timeoutMs = 30000)
{
    SecretOutcome outcome;
    QObject context;
    store.deleteSecret(key, &context, [&outcome](bool ok, const Sluice::SecretError &error) {
        outcome = {true, ok, {}, error};
    });
    // The outcome says itself whether the callback came.
    static_cast<void>(QTest::qWaitFor([&outcome] { return outcome.answered; }, timeoutMs));
    return outcome;
}

// For QCOMPARE on SecretError::Kind, so a failure prints the name rather than a number.
namespace QTest {
template<> inline char *toString(const Sluice::SecretError::Kind &kind)
{
    switch (kind) {
    case Sluice::SecretError::Kind::None:
        return qstrdup("None");
    case Sluice::SecretError::Kind::NotFound:
        return qstrdup("NotFound");
    case Sluice::SecretError::Kind::NoBackend:
        return qstrdup("NoBackend");
    case Sluice::SecretError::Kind::Failed:
        return qstrdup("Failed");
    }
    return qstrdup("?");
}
} // namespace QTest
