// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueViewer.h"

#include "ServiceConnection.h"

namespace Sluice {

QueueViewer::QueueViewer(ServiceConnection *connection, QWidget *parent)
    : QWidget(parent)
{
    Q_UNUSED(connection);
}

QueueViewer::~QueueViewer() = default;

} // namespace Sluice
