// SPDX-License-Identifier: GPL-3.0-or-later
// The settings behind the IMS property sheet's remaining controls: which clients may connect at all
// (Connections page), whether the routes table applies (Routing page), how much of each SMTP session the
// connection log records (Diagnostics page), and whether the first-run wizard has been completed.

#include "SettingBuilders.h"
#include "SettingKeys.h"

using namespace Qt::StringLiterals;

namespace Sluice {

QList<SettingDefinition> consoleSettingDefinitions()
{
    using namespace SettingBuilders;
    return {
        choice(Keys::AcceptFrom, {u"any"_s, u"authenticated"_s, u"authenticated_tls"_s}, u"any"_s,
               SettingDefinition::tr(
                   "Which clients may send mail: any host; only clients that log in (AUTH); or "
                   "only clients that log in over TLS. Others are refused at MAIL FROM "
                   "with 530.")),
        boolean(Keys::Reroute, false,
                SettingDefinition::tr("Reroute incoming mail as the routes table says (`sluice route`).")),
        choice(
            Keys::LogLevel, {u"none"_s, u"minimum"_s, u"medium"_s, u"maximum"_s}, u"medium"_s,
            SettingDefinition::tr("How much of each SMTP session the connection log keeps: none; minimum "
                                  "(connection events); medium (and every command and reply); maximum (and "
                                  "the message headers). Passwords and AUTH data are never kept.")),
        integer(
            Keys::LogRetentionDays, 30, 1, 3650,
            SettingDefinition::tr("Connection log entries older than this many days are deleted (at start "
                                  "and hourly).")),
        integer(Keys::LogMaxSizeMb, 100, 1, 100000,
                SettingDefinition::tr("The most disk space the connection log may use, in MB (its database "
                                      "and write-ahead log); past it the oldest entries are deleted until "
                                      "it is under 90% of this.")),
        boolean(Keys::FirstRunDone, false,
                SettingDefinition::tr("Whether the console's first-run wizard has been completed.")),
        boolean(
            Keys::Notifications, true,
            SettingDefinition::tr("Whether the tray icon pops up a message when dialing fails, the provider "
                                  "refuses to release held mail, or a message cannot be delivered.")),
    };
}

} // namespace Sluice
