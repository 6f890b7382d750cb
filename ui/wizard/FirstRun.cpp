// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRun.h"

#include "SettingKeys.h"
#include "Settings.h"

using namespace Qt::StringLiterals;

namespace Sluice {

bool shouldRunFirstRunWizard(const Settings &settings)
{
    if (settings.boolValue(Keys::FirstRunDone))
        return false;
    const QStringList domains = settings.listValue(Keys::LocalDomains);
    for (const QString &domain : domains) {
        if (domain.compare("localhost"_L1, Qt::CaseInsensitive) != 0)
            return false;
    }
    return settings.stringValue(Keys::DeliveryMode) == "dns"_L1;
}

} // namespace Sluice
