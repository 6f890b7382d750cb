// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkBinder.h"

#include "ConnectionProfileTable.h"
#include "EmailDomainTable.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLinkBinder, "sluice.binder")

namespace Sluice::LinkBinder {

namespace {

ClientSecurity::Auth authFrom(const QString &auth)
{
    return auth == "any"_L1        ? ClientSecurity::Auth::Any
           : auth == "login"_L1    ? ClientSecurity::Auth::Login
           : auth == "plain"_L1    ? ClientSecurity::Auth::Plain
           : auth == "cram-md5"_L1 ? ClientSecurity::Auth::CramMd5
                                   : ClientSecurity::Auth::None;
}

ConnectionProfile profileFrom(const Settings &settings)
{
    const QString id = settings.stringValue(Keys::DialupProfile);
    const QString name = id.section(u':', 1);
    ConnectionProfile profile = ConnectionProfile::alwaysConnected();
    if (id.startsWith("nm:"_L1)) {
        profile = ConnectionProfile::networkManager(name);
    } else if (id.startsWith("ppp:"_L1)) {
        profile = ConnectionProfile::pppd(name);
    } else if (id.startsWith("custom:"_L1)) {
        bool found = false;
        for (const CustomProfileEntry &entry : ConnectionProfileTable::read(settings)) {
            if (entry.name == name) {
                profile = entry.toProfile();
                found = true;
            }
        }
        if (!found)
            qCWarning(lcLinkBinder).noquote()
                << "there is no custom connection profile" << name << "- treating the link as always up";
    }
    if (profile.kind != ConnectionProfile::Kind::AlwaysConnected) {
        profile.retries = settings.intValue(Keys::DialupRetries);
        profile.retryDelayMs = settings.intValue(Keys::DialupRetryDelay) * 1000;
        profile.dialTimeLimitMs = settings.intValue(Keys::DialupTimeLimit) * 1000;
    }
    return profile;
}

Schedule scheduleFrom(const Settings &settings)
{
    Schedule schedule;
    const QString mode = settings.stringValue(Keys::ScheduleMode);
    schedule.kind = mode == "every"_L1         ? Schedule::Kind::Every
                    : mode == "at"_L1          ? Schedule::Kind::AtTimes
                    : mode == "when_queued"_L1 ? Schedule::Kind::WhenQueued
                    : mode == "always"_L1      ? Schedule::Kind::Always
                                               : Schedule::Kind::Manual;
    schedule.everyMinutes = settings.intValue(Keys::ScheduleEveryMinutes);
    schedule.queuedMinutes = settings.intValue(Keys::ScheduleQueuedMinutes);
    QString error;
    Schedule::parseTimes(settings.stringValue(Keys::ScheduleTimes), &schedule.times, &error);
    QString why;
    if (!schedule.canEverFire(&why)) {
        qCWarning(lcLinkBinder).noquote() << "the schedule can never start a connection:" << why;
        schedule.kind = Schedule::Kind::Manual;
    }
    return schedule;
}

/// Where ETRN/TURN (the smarthost or the specified host) or ATRN (port 366) go.
bool retrievalTarget(const Settings &settings, const OutboundConfig &outbound, RetrievalSettings *out)
{
    QString error;
    if (out->method == RetrievalSettings::Method::Atrn) {
        const QString text = settings.stringValue(Keys::RetrievalAtrnHost);
        if (!EmailDomainEntry::parseHostPort(text, &out->host, &out->port, &error) || out->host.isEmpty())
            return false;
        // RFC 2645: On-Demand Mail Relay listens on port 366 unless the provider says otherwise.
        const bool portGiven = text.startsWith(u'[') ? text.contains("]:"_L1) : text.contains(u':');
        if (!portGiven)
            out->port = 366;
        return true;
    }
    const QString specified = settings.stringValue(Keys::RetrievalEtrnHost);
    if (out->method == RetrievalSettings::Method::Etrn && !specified.isEmpty()) {
        out->port = 25;
        return EmailDomainEntry::parseHostPort(specified, &out->host, &out->port, &error);
    }
    out->host = outbound.smarthost;
    out->port = outbound.smarthostPort;
    return !out->host.isEmpty();
}

} // namespace

QString dialupSecretKey(const Settings &settings)
{
    const QString account = settings.stringValue(Keys::DialupAccount);
    return account.isEmpty() ? QString()
                             : SecretKey::dialup(settings.stringValue(Keys::DialupProfile), account);
}

QString retrievalSecretKey(const Settings &settings)
{
    const QString auth = settings.stringValue(Keys::RetrievalAuth);
    const QString account = settings.stringValue(Keys::RetrievalAccount);
    if (auth == "smarthost"_L1 || auth == "none"_L1 || account.isEmpty())
        return {};
    RetrievalSettings target;
    const QString method = settings.stringValue(Keys::RetrievalMethod);
    target.method = method == "atrn"_L1 ? RetrievalSettings::Method::Atrn : RetrievalSettings::Method::Etrn;
    OutboundConfig outbound;
    QString error;
    EmailDomainEntry::parseHostPort(settings.stringValue(Keys::Smarthost), &outbound.smarthost,
                                    &outbound.smarthostPort, &error);
    retrievalTarget(settings, outbound, &target);
    return SecretKey::smtpAuth(target.host, account);
}

QStringList secretKeys(const Settings &settings)
{
    QStringList keys;
    for (const QString &key : {dialupSecretKey(settings), retrievalSecretKey(settings)})
        if (!key.isEmpty())
            keys << key;
    return keys;
}

LinkConfig linkConfig(const Settings &settings, const OutboundConfig &outbound, const QString &heloName,
                      const QStringList &localDomains, const QHash<QString, QString> &passwords)
{
    LinkConfig config;
    config.profile = profileFrom(settings);
    config.logon.account = settings.stringValue(Keys::DialupAccount);
    config.logon.domain = settings.stringValue(Keys::DialupDomain);
    config.logon.password = passwords.value(dialupSecretKey(settings));
    config.schedule = scheduleFrom(settings);
    config.idleTimeoutMs = settings.intValue(Keys::IdleTimeout) * 1000;
    config.firstDeliveryGraceMs = settings.intValue(Keys::FirstDeliveryGrace) * 1000;

    RetrievalSettings &retrieval = config.retrieval;
    const QString method = settings.stringValue(Keys::RetrievalMethod);
    retrieval.method = method == "etrn"_L1      ? RetrievalSettings::Method::Etrn
                       : method == "turn"_L1    ? RetrievalSettings::Method::Turn
                       : method == "atrn"_L1    ? RetrievalSettings::Method::Atrn
                       : method == "command"_L1 ? RetrievalSettings::Method::Command
                                                : RetrievalSettings::Method::None;
    retrieval.domains = settings.listValue(Keys::RetrievalDomains);
    if (retrieval.domains.isEmpty())
        retrieval.domains = localDomains;
    retrieval.heloName = heloName;
    retrieval.timeouts = outbound.timeouts;
    retrieval.extraCaCertificates = outbound.extraCaCertificates;
    if (retrieval.method == RetrievalSettings::Method::Command) {
        QString error;
        config.retrievalCommand = CommandLine::parse(settings.stringValue(Keys::RetrievalCommand), &error);
        config.retrievalCommandTimeLimitMs = settings.intValue(Keys::RetrievalCommandTimeout) * 1000;
        if (config.retrievalCommand.isEmpty()) {
            qCWarning(lcLinkBinder) << "retrieval.method is command but retrieval.command is empty";
            retrieval.method = RetrievalSettings::Method::None;
        }
    } else if (retrieval.method != RetrievalSettings::Method::None) {
        if (!retrievalTarget(settings, outbound, &retrieval)) {
            qCWarning(lcLinkBinder).noquote()
                << "retrieval needs a host: set delivery.smarthost (or retrieval.etrn_host / "
                   "retrieval.atrn_host); no retrieval command is sent";
            retrieval.method = RetrievalSettings::Method::None;
        }
        const QString auth = settings.stringValue(Keys::RetrievalAuth);
        if (auth == "smarthost"_L1) {
            retrieval.security = outbound.smarthostSecurity;
        } else {
            retrieval.security.tls = settings.stringValue(Keys::RetrievalTls) == "required"_L1
                                         ? ClientSecurity::Tls::Required
                                         : ClientSecurity::Tls::Opportunistic;
            retrieval.security.auth = authFrom(auth);
            retrieval.security.account = settings.stringValue(Keys::RetrievalAccount);
            retrieval.security.password = passwords.value(retrievalSecretKey(settings));
        }
    }
    return config;
}

} // namespace Sluice::LinkBinder
