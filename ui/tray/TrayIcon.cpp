// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayIcon.h"

#include "LinkActions.h"
#include "ServiceConnection.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "StatusPanel.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Sluice {

TrayIcon::TrayIcon(ServiceConnection *connection, LinkActions *actions, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_actions(actions)
    , m_settings(settings)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    QAction *open = m_menu->addAction(tr("&Open console"), this, &TrayIcon::openConsoleRequested);
    m_menu->setDefaultAction(open);
    m_menu->addSeparator();
    m_menu->addAction(m_actions->connectNow());
    m_menu->addAction(m_actions->hangUp());
    m_menu->addAction(m_actions->pauseResume());
    m_menu->addSeparator();
    m_mute = m_menu->addAction(tr("&Mute notifications"));
    m_mute->setCheckable(true);
    m_mute->setToolTip(tr("No pop-up messages when dialing fails, the provider refuses to release held "
                          "mail, or a message cannot be delivered."));
    m_mute->setEnabled(m_settings != nullptr);
    m_mute->setChecked(notificationsMuted());
    connect(m_mute, &QAction::toggled, this, [this](bool muted) {
        if (m_settings)
            m_settings->setText(Keys::Notifications, muted ? u"false"_s : u"true"_s);
    });
    if (m_settings) {
        connect(m_settings, &Settings::changed, this, [this](const QString &key) {
            if (key == Keys::Notifications)
                m_mute->setChecked(notificationsMuted());
        });
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openConsoleRequested();
    });
    connect(m_connection, &ServiceConnection::statusChanged, this, &TrayIcon::update);
    connect(m_connection, &ServiceConnection::connectedChanged, this, &TrayIcon::update);
    connect(m_connection, &ServiceConnection::eventReceived, this, &TrayIcon::onEvent);
    update();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a menu without a parent widget
}

void TrayIcon::show()
{
    m_icon->show();
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

QString TrayIcon::iconPath(const QString &state)
{
    static const QStringList known = {u"idle"_s,       u"dialing"_s, u"connected"_s,
                                      u"delivering"_s, u"error"_s,   u"offline"_s};
    return u":/sluice/icons/state-%1.svg"_s.arg(known.contains(state) ? state : u"offline"_s);
}

bool TrayIcon::notificationsMuted() const
{
    return m_settings && !m_settings->boolValue(Keys::Notifications);
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::update()
{
    const QHash<QString, QString> status = m_connection->status();
    const bool connected = m_connection->isConnected() && !status.isEmpty();
    m_state = connected ? status.value(u"state"_s, u"idle"_s) : u"offline"_s;
    m_icon->setIcon(QIcon(iconPath(m_state)));
    if (!connected) {
        m_icon->setToolTip(tr("Sluice: the service is not reachable, reconnecting…"));
        return;
    }
    QStringList lines;
    QString heading = tr("Sluice: %1").arg(StatusPanel::stateText(m_state));
    if (status.value(u"paused"_s) == "yes"_L1)
        heading = tr("%1 (schedule paused)").arg(heading);
    lines << heading;
    lines << tr("Outbound queued: %1").arg(status.value(u"queued-remote"_s, u"0"_s));
    lines << tr("Held for ETRN: %1").arg(status.value(u"queued-held"_s, u"0"_s));
    lines << tr("Inbound awaiting delivery: %1").arg(status.value(u"queued-local"_s, u"0"_s));
    lines << tr("Last cycle: %1").arg(StatusPanel::lastCycleText(status));
    lines << tr("Next cycle: %1").arg(StatusPanel::nextCycleText(status));
    m_icon->setToolTip(lines.join(u'\n'));
}

void TrayIcon::onEvent(const QString &name, const QStringList &fields)
{
    if (name != "notify"_L1 || fields.size() < 2)
        return;
    const QString &kind = fields.at(0);
    QString title;
    if (kind == "dial-failed"_L1)
        title = tr("Sluice could not dial");
    else if (kind == "retrieval-refused"_L1)
        title = tr("The provider did not release held mail");
    else if (kind == "delivery-failed"_L1)
        title = tr("Mail could not be delivered");
    else
        title = tr("Sluice");
    const bool show = !notificationsMuted();
    if (show) {
        m_lastMessage = {title, fields.at(1)};
        m_icon->showMessage(title, fields.at(1), QSystemTrayIcon::Warning);
    }
    Q_EMIT notified(kind, fields.at(1), show);
}

} // namespace Sluice
