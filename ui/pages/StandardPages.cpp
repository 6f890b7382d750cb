// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandardPages.h"

#include "ConnectionsPage.h"
#include "DiagnosticsPage.h"
#include "DialupPage.h"
#include "GeneralPage.h"
#include "RetrievalPage.h"
#include "RoutingPage.h"
#include "SecurityPage.h"

namespace Sluice {

QList<PropertyPage *> standardPages(ConsoleContext *context)
{
    return {new GeneralPage(context),    new ConnectionsPage(context), new DialupPage(context),
            new RetrievalPage(context),  new SecurityPage(context),    new RoutingPage(context),
            new DiagnosticsPage(context)};
}

} // namespace Sluice
