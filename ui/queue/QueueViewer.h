// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Sluice {

class ServiceConnection;

/// The queue viewer: outbound mail by destination, mail held for ETRN by domain, and inbound mail awaiting
/// local delivery, with actions.
/// Everything comes from the engine's control socket, so it works the same attached to the service.
class QueueViewer : public QWidget
{
    Q_OBJECT
public:
    explicit QueueViewer(ServiceConnection *connection, QWidget *parent = nullptr);
    ~QueueViewer() override;
};

} // namespace Sluice
