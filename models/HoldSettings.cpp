// SPDX-License-Identifier: GPL-3.0-or-later
// Sluice as a provider: the ETRN server that releases the mail held for E-Mail Domain entries marked
// "Queue messages for ETRN", and how long such mail may wait.

#include "EngineBinder.h"
#include "SettingBuilders.h"
#include "SettingKeys.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString validateListen(const QString &text)
{
    QHostAddress address;
    quint16 port = 0;
    if (text.isEmpty() || EngineBinder::parseListen(text, &address, &port))
        return {};
    return SettingDefinition::tr("“%1” is not ADDRESS:PORT (for example *:366).").arg(text);
}

} // namespace

QList<SettingDefinition> holdSettingDefinitions()
{
    using namespace SettingBuilders;
    return {
        boolean(Keys::EtrnEnabled, true,
                SettingDefinition::tr("Answer ETRN, so customers can ask for the mail held for their domains "
                                      "(E-Mail Domain entries with “Queue messages for ETRN”).")),
        choice(Keys::EtrnAccess, {u"any"_s, u"listed"_s, u"authenticated"_s}, u"any"_s,
               SettingDefinition::tr("Who may send ETRN: any host, the listed hosts (etrn.hosts) or "
                                     "authenticated clients only. Others are told the domain is not held "
                                     "here.")),
        list(Keys::EtrnHosts, QString(),
             SettingDefinition::tr("For etrn.access listed: the addresses or networks allowed to send ETRN."),
             validateNetworkList),
        integer(
            Keys::HoldTimeoutHours, 120, 1, 90 * 24,
            SettingDefinition::tr("Hours mail may be held for ETRN; then the sender gets a failure report "
                                  "and the mail is dropped.")),
        text(Keys::AtrnListen, fixed(QString()),
             SettingDefinition::tr("Where customers pull held mail with ATRN (On-Demand Mail Relay), as "
                                   "ADDRESS:PORT, usually *:366; empty: no ATRN."),
             validateListen),
    };
}

} // namespace Sluice
