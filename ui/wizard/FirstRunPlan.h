// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace Sluice {

class Settings;

/// What the first-run wizard will write: the settings (the same keys the property pages edit) and the
/// passwords typed, collected from its pages in order. The summary page shows it; Finish writes it.
/// Passwords are never part of the summary text, only a note that one will be stored.
class FirstRunPlan
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::FirstRunPlan)
public:
    struct Setting
    {
        QString key;
        QString value; ///< setting text as Settings::setText takes it
        QString label; ///< plain words for the summary ("Your office's e-mail domains")
        QString shown; ///< the value in plain words; empty to show value
    };
    /// Which login a password belongs to: its key is only known once the settings are written, and is
    /// then computed exactly as the engine computes it (so the engine finds the password).
    enum class SecretFor { Smarthost, Retrieval };
    struct Secret
    {
        SecretFor target = SecretFor::Smarthost;
        QString password;
        QString label; ///< "Password for office at smtp.provider.example"
    };

    void set(QLatin1StringView key, const QString &value, const QString &label, const QString &shown = {});
    void addSecret(SecretFor target, const QString &password, const QString &label);

    const QList<Setting> &settings() const { return m_settings; }
    const QList<Secret> &secrets() const { return m_secrets; }
    /// One line per setting and password, for the summary page.
    QString summaryText() const;

    /// Checks every value against the settings registry first, then writes them in order. Returns an
    /// empty string, or a translated message naming the first setting that could not be written
    /// (nothing is written when a value is refused by the check).
    QString write(Settings *settings) const;

    /// The secret store key the engine reads the password for target under, from the stored settings.
    static QString secretKey(SecretFor target, const Settings &settings);
    /// The key of the smarthost's password for a HOST[:PORT] text and account (empty when the host is
    /// not valid), for the pages to tell whether the password already stored still applies.
    static QString smarthostSecretKey(const QString &hostAndPort, const QString &account);

private:
    QList<Setting> m_settings;
    QList<Secret> m_secrets;
};

} // namespace Sluice
