// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Sluice {

class ConsoleContext;
class PropertyPage;

/// The property sheet's pages in the IMS order: General, Connections, Dial-up Connections, Mail
/// Retrieval, Security, Routing, Diagnostics.
QList<PropertyPage *> standardPages(ConsoleContext *context);

} // namespace Sluice
