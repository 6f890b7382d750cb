// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyPage.h"
#include "dialogs/LogonInformationDialog.h"
#include "dialogs/ScheduleDialog.h"

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace Sluice {

class ConnectionProfileModel;
class InlineMessage;

/// The IMS "Dial-up Connections" page: which connection to dial (always connected, the NetworkManager
/// connections and pppd peers this machine knows, custom profiles), its logon information and retries,
/// the schedule, and the idle time-out. Custom profiles are staged in ConnectionProfileModel and stored
/// with the page; the logon password goes to the secret store on save, and only when typed.
class DialupPage : public PropertyPage
{
    Q_OBJECT
public:
    explicit DialupPage(ConsoleContext *context, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    bool hasChanges() const override;
    QList<PageProblem> validate() override;
    QString save() override;

    // The page's actions (modal dialogs, except Dial now), public for the tests.
    void newProfile();
    void editProfile();
    void removeProfile();
    void editLogon();
    void editSchedule();
    /// Opens a DialNowDialog (a child of the page, deleted on close) for the selected connection.
    void dialNow();

    ConnectionProfileModel *model() const { return m_model; }
    QTreeView *connectionList() const { return m_list; }
    QString selectedProfileId() const { return m_profileId; }
    QPushButton *logonButton() const { return m_logonButton; }
    QPushButton *scheduleButton() const { return m_scheduleButton; }
    QString scheduleSummary() const;
    QSpinBox *retriesField() const { return m_retries; }
    QSpinBox *idleField() const { return m_idle; }
    QSpinBox *graceField() const { return m_grace; }

private:
    QWidget *buildConnections();
    QWidget *buildSchedule();
    QWidget *buildTimeouts();
    void showProfile(const QString &id); ///< selects id's row without treating it as an edit
    void onCurrentChanged();
    void updateButtons();
    int currentRow() const;

    ConnectionProfileModel *m_model;
    QTreeView *m_list = nullptr;
    QLabel *m_missing = nullptr;
    InlineMessage *m_listMessage = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_dial = nullptr;
    QPushButton *m_logonButton = nullptr;
    InlineMessage *m_logonMessage = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_retryDelay = nullptr;
    QSpinBox *m_dialTimeLimit = nullptr;
    QLabel *m_scheduleSummary = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    InlineMessage *m_scheduleMessage = nullptr;
    QSpinBox *m_idle = nullptr;
    QSpinBox *m_grace = nullptr;

    QString m_profileId; ///< dialup.profile as the page shows it
    LogonValues m_logon;
    ScheduleSettings m_schedule;
    bool m_showing = false; ///< selection changes made by the page itself, not the user
};

} // namespace Sluice
