// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogViewer.h"

#include "ServiceConnection.h"

namespace Sluice {

LogViewer::LogViewer(ServiceConnection *connection, QWidget *parent)
    : QWidget(parent)
{
    Q_UNUSED(connection);
}

LogViewer::~LogViewer() = default;

} // namespace Sluice
