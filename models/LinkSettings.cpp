// SPDX-License-Identifier: GPL-3.0-or-later
// The link settings: the Dial-up Connections page (profile, logon, retries, idle time-out, schedule)
// and the Mail Retrieval dialog. Custom connection profiles live in ConnectionProfileTable.

#include "EmailDomainTable.h"
#include "SettingBuilders.h"
#include "SettingKeys.h"
#include "dial/ExternalCommand.h"
#include "schedule/Schedule.h"

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString validateProfileId(const QString &text)
{
    if (text == "always"_L1)
        return {};
    const qsizetype colon = text.indexOf(u':');
    const QString kind = text.left(colon);
    if (colon > 0 && colon + 1 < text.size() && (kind == "nm"_L1 || kind == "ppp"_L1 || kind == "custom"_L1))
        return {};
    return SettingDefinition::tr("A connection profile is always, nm:NAME (NetworkManager), ppp:PEER (pppd) "
                                 "or custom:NAME (see `sluice profile list`).");
}

QString validateTimes(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    QList<ScheduleTime> times;
    QString error;
    return Schedule::parseTimes(text, &times, &error) ? QString() : error;
}

QString validateCommand(const QString &text)
{
    QString error;
    CommandLine::parse(text, &error);
    return error;
}

QString validateRetrievalDomains(const QString &text)
{
    for (QString domain : SettingDefinition::splitList(text)) {
        if (domain.startsWith(u'@'))
            domain.remove(0, 1);
        if (!EmailDomainEntry::isValidHost(domain))
            return SettingDefinition::tr("“%1” is not a domain name.").arg(domain);
    }
    return {};
}

} // namespace

QList<SettingDefinition> linkSettingDefinitions()
{
    using namespace SettingBuilders;
    QStringList auth = EmailDomainEntry::authChoices();
    auth.prepend(u"smarthost"_s);
    return {
        text(Keys::DialupProfile, fixed(u"always"_s),
             SettingDefinition::tr("The connection Sluice dials: always (always connected, no dialing), "
                                   "nm:NAME, ppp:PEER or custom:NAME."),
             validateProfileId),
        text(Keys::DialupAccount, fixed(QString()),
             SettingDefinition::tr("Logon Information: the account handed to the connect command "
                                   "(SLUICE_ACCOUNT); the password is kept in the secret store."),
             {}),
        text(Keys::DialupDomain, fixed(QString()),
             SettingDefinition::tr("Logon Information: the domain handed to the connect command "
                                   "(SLUICE_DOMAIN)."),
             {}),
        integer(Keys::DialupRetries, 2, 0, 20,
                SettingDefinition::tr("How many more times to dial after a failed attempt.")),
        integer(Keys::DialupRetryDelay, 30, 0, 3600,
                SettingDefinition::tr("Seconds to wait between dialing attempts.")),
        integer(Keys::DialupTimeLimit, 120, 1, 3600,
                SettingDefinition::tr("Seconds one dialing attempt may take until the link is up.")),
        integer(Keys::IdleTimeout, 300, 1, 24 * 3600,
                SettingDefinition::tr("Hang up after this many seconds without SMTP traffic in either "
                                      "direction.")),
        integer(Keys::FirstDeliveryGrace, 600, 0, 24 * 3600,
                SettingDefinition::tr("Seconds to wait for the provider's first delivery after the retrieval "
                                      "command before the idle time-out may hang up.")),
        choice(Keys::ScheduleMode, {u"every"_s, u"at"_s, u"when_queued"_s, u"always"_s, u"manual"_s},
               u"every"_s,
               SettingDefinition::tr("When to connect: every (schedule.every_minutes, also at start), at "
                                     "(schedule.times), when_queued (mail waited schedule.queued_minutes), "
                                     "always (stay connected) or manual (only on request).")),
        integer(Keys::ScheduleEveryMinutes, 60, 1, 7 * 24 * 60,
                SettingDefinition::tr("Minutes between connections for the every schedule.")),
        text(Keys::ScheduleTimes, fixed(QString()),
             SettingDefinition::tr("Times of day for the at schedule, per weekday, e.g. "
                                   "“mon-fri 08:00,12:30; sat 10:00”."),
             validateTimes),
        integer(Keys::ScheduleQueuedMinutes, 15, 1, 7 * 24 * 60,
                SettingDefinition::tr("For the when_queued schedule: connect when outbound mail has waited "
                                      "this many minutes (and never more often).")),
        choice(Keys::RetrievalMethod, {u"none"_s, u"etrn"_s, u"turn"_s, u"atrn"_s, u"command"_s}, u"none"_s,
               SettingDefinition::tr("How to ask the provider for held mail after delivering: none, etrn, "
                                     "turn, atrn or command.")),
        list(Keys::RetrievalDomains, QString(),
             SettingDefinition::tr("The domains to ask for; empty for the local domains. “@example.com” asks "
                                   "for the domain and its subdomains."),
             validateRetrievalDomains),
        text(Keys::RetrievalEtrnHost, fixed(QString()),
             SettingDefinition::tr("Send ETRN to this HOST[:PORT] instead of the outbound mail host."),
             validateOptionalHostPort),
        text(Keys::RetrievalAtrnHost, fixed(QString()),
             SettingDefinition::tr("The provider's On-Demand Mail Relay host for ATRN, HOST[:PORT] (port 366 "
                                   "unless given)."),
             validateOptionalHostPort),
        text(
            Keys::RetrievalCommand, fixed(QString()),
            SettingDefinition::tr("The retrieval command: a program and its arguments, run without a shell."),
            validateCommand),
        integer(Keys::RetrievalCommandTimeout, 300, 1, 24 * 3600,
                SettingDefinition::tr("Seconds the retrieval command may run.")),
        choice(
            Keys::RetrievalAuth, auth, u"smarthost"_s,
            SettingDefinition::tr("Authentication for ETRN, TURN and ATRN: smarthost (the smarthost's "
                                  "settings and password) or its own: none, any, login, plain, cram-md5.")),
        choice(Keys::RetrievalTls, EmailDomainEntry::tlsChoices(), u"opportunistic"_s,
               SettingDefinition::tr("TLS for retrieval when retrieval.auth is not smarthost.")),
        text(Keys::RetrievalAccount, fixed(QString()),
             SettingDefinition::tr("The account for retrieval when retrieval.auth is not smarthost."), {}),
    };
}

} // namespace Sluice
