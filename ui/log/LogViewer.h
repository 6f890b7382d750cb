// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Sluice {

class ServiceConnection;

/// The connection log viewer: one row per link cycle or SMTP session, with details and export.
/// Everything comes from the engine's control socket, so it works the same attached to the service.
class LogViewer : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewer(ServiceConnection *connection, QWidget *parent = nullptr);
    ~LogViewer() override;
};

} // namespace Sluice
