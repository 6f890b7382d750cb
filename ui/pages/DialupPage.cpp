// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialupPage.h"

#include "ConnectionProfileModel.h"
#include "ConsoleContext.h"
#include "LinkBinder.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "dial/ProfileDiscovery.h"
#include "dialogs/ConnectionProfileDialog.h"
#include "dialogs/DialNowDialog.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"
#include "widgets/MinutesBinding.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

DialupPage::DialupPage(ConsoleContext *context, QWidget *parent)
    : PropertyPage(context, parent)
    , m_model(new ConnectionProfileModel(context->profiles(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildConnections());
    layout->addWidget(buildSchedule());
    layout->addWidget(buildTimeouts());
    layout->addStretch();

    bindings()->bindCustom(
        m_list, Keys::DialupProfile, [this] { return m_profileId; },
        [this](const QString &text) {
            m_profileId = text;
            showProfile(text);
        },
        m_listMessage);
    bindings()->bindCustom(
        m_logonButton, Keys::DialupAccount, [this] { return m_logon.account; },
        [this](const QString &text) { m_logon.account = text; });
    bindings()->bindCustom(
        m_logonButton, Keys::DialupDomain, [this] { return m_logon.domain; },
        [this](const QString &text) { m_logon.domain = text; });
    bindings()->bind(m_retries, Keys::DialupRetries);
    bindings()->bind(m_retryDelay, Keys::DialupRetryDelay);
    bindings()->bind(m_dialTimeLimit, Keys::DialupTimeLimit);
    const auto bindSchedule = [this](QAnyStringView key, auto read, auto write) {
        bindings()->bindCustom(m_scheduleButton, key, read, [this, write](const QString &text) {
            write(text);
            m_scheduleSummary->setText(m_schedule.summary());
        });
    };
    bindSchedule(
        Keys::ScheduleMode, [this] { return m_schedule.mode; },
        [this](const QString &t) { m_schedule.mode = t; });
    bindSchedule(
        Keys::ScheduleEveryMinutes, [this] { return QString::number(m_schedule.everyMinutes); },
        [this](const QString &t) { m_schedule.everyMinutes = t.toInt(); });
    bindSchedule(
        Keys::ScheduleTimes, [this] { return m_schedule.times; },
        [this](const QString &t) { m_schedule.times = t; });
    bindSchedule(
        Keys::ScheduleQueuedMinutes, [this] { return QString::number(m_schedule.queuedMinutes); },
        [this](const QString &t) { m_schedule.queuedMinutes = t.toInt(); });
    bindMinutes(bindings(), m_idle, Keys::IdleTimeout);
    bindMinutes(bindings(), m_grace, Keys::FirstDeliveryGrace);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DialupPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showProfile(m_profileId); });
}

QString DialupPage::title() const
{
    return tr("Dial-&up Connections");
}

QWidget *DialupPage::buildConnections()
{
    auto *box = new QGroupBox(tr("Dial using"), this);
    auto *grid = new QGridLayout(box);
    auto *label = new QLabel(tr("&Available connections:"), box);
    m_list = new QTreeView(box);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumSize(380, 120);
    FormFields::describe(label, m_list, tr("The connection Sluice brings up before it exchanges mail."),
                         tr("Choose “Always connected” for a permanent line (broadband, LAN). The "
                            "NetworkManager connections and pppd peers of this machine are listed as found; "
                            "custom profiles run commands of your own to bring the link up and down."));
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_list, 1, 0, 5, 1);
    m_new = new QPushButton(tr("&New…"), box);
    m_edit = new QPushButton(tr("&Edit…"), box);
    m_remove = new QPushButton(tr("&Remove"), box);
    m_dial = new QPushButton(tr("&Dial Now"), box);
    FormFields::describe(m_new, tr("Define a custom connection profile with commands of your own."), {});
    FormFields::describe(m_edit, tr("Change the selected custom profile."), {});
    FormFields::describe(m_remove, tr("Remove the selected custom profile."), {});
    FormFields::describe(
        m_dial, tr("Bring the selected connection up now, with the settings shown here."),
        tr("Dials the selected connection with the logon information, retries and time limit "
           "shown on this page (saved or not), and shows what happened. It does not exchange "
           "mail."));
    const QList<QPushButton *> buttons = {m_new, m_edit, m_remove, m_dial};
    for (int i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons.at(i), i + 1, 1);
    m_missing = new QLabel(box);
    m_missing->setWordWrap(true);
    grid->addWidget(m_missing, 6, 0, 1, 2);
    m_listMessage = new InlineMessage(m_list, box);
    grid->addWidget(m_listMessage, 7, 0, 1, 2);
    connect(m_new, &QPushButton::clicked, this, &DialupPage::newProfile);
    connect(m_edit, &QPushButton::clicked, this, &DialupPage::editProfile);
    connect(m_remove, &QPushButton::clicked, this, &DialupPage::removeProfile);
    connect(m_dial, &QPushButton::clicked, this, &DialupPage::dialNow);
    connect(m_list, &QTreeView::doubleClicked, this, &DialupPage::editProfile);

    m_logonButton = new QPushButton(tr("L&ogon Information…"), box);
    FormFields::describe(m_logonButton, tr("The account, password and domain for the dial-up link."), {});
    connect(m_logonButton, &QPushButton::clicked, this, &DialupPage::editLogon);
    grid->addWidget(m_logonButton, 8, 0, Qt::AlignLeft);
    m_logonMessage = new InlineMessage(m_logonButton, box);
    grid->addWidget(m_logonMessage, 9, 0, 1, 2);

    auto *form = new QFormLayout;
    m_retries = new QSpinBox(box);
    FormFields::addRow(form, tr("Re&tries:"), m_retries,
                       tr("How many more times to dial after a failed attempt."), {});
    m_retryDelay = new QSpinBox(box);
    m_retryDelay->setSuffix(tr(" s"));
    FormFields::addRow(form, tr("&Wait between attempts:"), m_retryDelay,
                       tr("Seconds to wait before dialing again."), {});
    m_dialTimeLimit = new QSpinBox(box);
    m_dialTimeLimit->setSuffix(tr(" s"));
    FormFields::addRow(form, tr("Dial time lim&it:"), m_dialTimeLimit,
                       tr("Seconds one attempt may take until the link is up."),
                       tr("Counted from the start of the connect command until the link test passes."));
    grid->addLayout(form, 10, 0, 1, 2);
    return box;
}

QWidget *DialupPage::buildSchedule()
{
    auto *box = new QGroupBox(tr("Schedule"), this);
    auto *layout = new QGridLayout(box);
    m_scheduleSummary = new QLabel(box);
    m_scheduleSummary->setWordWrap(true);
    m_scheduleSummary->setAccessibleName(tr("Schedule"));
    layout->addWidget(m_scheduleSummary, 0, 0);
    m_scheduleButton = new QPushButton(tr("&Schedule…"), box);
    FormFields::describe(
        m_scheduleButton, tr("When Sluice connects to exchange mail."),
        tr("Every few hours, at set times per weekday, when outbound mail has waited, always "
           "connected, or only when you click Connect now."));
    connect(m_scheduleButton, &QPushButton::clicked, this, &DialupPage::editSchedule);
    layout->addWidget(m_scheduleButton, 0, 1, Qt::AlignTop);
    layout->setColumnStretch(0, 1);
    m_scheduleMessage = new InlineMessage(m_scheduleButton, box);
    layout->addWidget(m_scheduleMessage, 1, 0, 1, 2);
    return box;
}

QWidget *DialupPage::buildTimeouts()
{
    auto *box = new QGroupBox(tr("Time-out"), this);
    auto *form = new QFormLayout(box);
    m_idle = new QSpinBox(box);
    FormFields::addRow(
        form, tr("Ti&me-out after:"), m_idle,
        tr("Hang up after this many minutes without mail traffic in either direction."),
        tr("The link is hung up when no SMTP traffic, in or out, has flowed for this long. The "
           "provider must start sending the held mail within this time."));
    m_grace = new QSpinBox(box);
    FormFields::addRow(
        form, tr("&First wait after the retrieval command:"), m_grace,
        tr("How long to wait for the provider's first delivery after ETRN (or the command)."),
        tr("Slow providers take a while to start delivering after ETRN. Until this wait is over, "
           "the time-out above does not hang up."));
    return box;
}

void DialupPage::load()
{
    m_model->setDiscovered(ProfileDiscovery::discover());
    m_logon = {};
    PropertyPage::load();
    m_logonMessage->clearProblem();
    m_scheduleMessage->clearProblem();
    updateButtons();
}

bool DialupPage::hasChanges() const
{
    return PropertyPage::hasChanges() || m_model->hasChanges() || m_logon.passwordTyped;
}

QList<PageProblem> DialupPage::validate()
{
    QList<PageProblem> problems = PropertyPage::validate();
    const auto report = [&problems](InlineMessage *message, QWidget *field, const QString &problem) {
        if (!problem.isEmpty()) {
            message->showProblem(problem);
            problems.append({field, problem});
        }
    };
    m_logonMessage->clearProblem();
    m_scheduleMessage->clearProblem();
    if (m_profileId.startsWith("custom:"_L1) && m_model->rowOfKey(m_profileId) < 0) {
        report(m_listMessage, m_list,
               tr("The connection chosen to dial, “%1”, is no longer there: choose another one.")
                   .arg(m_profileId.section(u':', 1)));
    }
    if (m_logon.passwordTyped && !m_logon.password.isEmpty() && m_logon.account.isEmpty())
        report(m_logonMessage, m_logonButton, tr("The logon information has a password but no user name."));
    report(m_scheduleMessage, m_scheduleButton, m_schedule.problem());
    return problems;
}

QString DialupPage::save()
{
    if (QString error = m_model->save(); !error.isEmpty())
        return error;
    const QString oldKey = LinkBinder::dialupSecretKey(*settings());
    if (QString error = PropertyPage::save(); !error.isEmpty())
        return error;
    const QString newKey = LinkBinder::dialupSecretKey(*settings());
    ConsoleContext *console = context();
    const auto notify = [console](bool ok, const QString &) {
        if (ok)
            console->secretsChanged();
    };
    if (m_logon.passwordTyped && !newKey.isEmpty()) {
        console->storeSecret(newKey, m_logon.password, this, notify);
    } else if (!m_logon.passwordTyped && !oldKey.isEmpty() && !newKey.isEmpty() && oldKey != newKey) {
        // Another connection or user name, same password: the logon information is one for the page.
        console->readSecret(oldKey, this, [this, console, newKey, notify](const QString &secret) {
            if (!secret.isEmpty())
                console->storeSecret(newKey, secret, this, notify);
        });
    }
    m_logon.passwordTyped = false;
    m_logon.password.clear();
    return {};
}

int DialupPage::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void DialupPage::showProfile(const QString &id)
{
    m_showing = true;
    const int row = m_model->rowOfKey(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    else
        m_list->selectionModel()->clearCurrentIndex();
    if (row < 0)
        m_list->selectionModel()->clearSelection();
    m_showing = false;
    m_missing->setText(row >= 0
                           ? QString()
                           : tr("Sluice is set to dial “%1”, which is not on this machine's list.").arg(id));
    m_missing->setVisible(row < 0);
    updateButtons();
}

void DialupPage::onCurrentChanged()
{
    updateButtons();
    const int row = currentRow();
    if (m_showing || row < 0)
        return;
    m_profileId = m_model->entryAt(row).id();
    m_missing->hide();
    Q_EMIT edited();
}

void DialupPage::updateButtons()
{
    const int row = currentRow();
    const bool custom = row >= 0 && m_model->entryAt(row).custom;
    m_edit->setEnabled(custom);
    m_remove->setEnabled(custom);
    m_dial->setEnabled(row >= 0);
}

void DialupPage::newProfile()
{
    ConnectionProfileDialog dialog(CustomProfileEntry(), m_model->customNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_showing = true;
    const int row = m_model->putCustom(dialog.entry());
    m_showing = false;
    m_list->setCurrentIndex(m_model->index(row, 0)); // the new profile is the one to dial
    Q_EMIT edited();
}

void DialupPage::editProfile()
{
    const int row = currentRow();
    if (row < 0 || !m_model->entryAt(row).custom)
        return;
    const ConnectionProfileRow old = m_model->entryAt(row);
    QStringList taken = m_model->customNames();
    taken.removeOne(old.entry.name);
    ConnectionProfileDialog dialog(old.entry, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfileRow changed = ConnectionProfileModel::customRow(dialog.entry());
    if (m_profileId == old.id())
        m_profileId = changed.id(); // renaming the chosen profile keeps it chosen
    m_showing = true;
    m_model->replaceCustom(row, dialog.entry());
    m_showing = false;
    showProfile(m_profileId);
    Q_EMIT edited();
}

void DialupPage::removeProfile()
{
    const int row = currentRow();
    if (row < 0 || !m_model->entryAt(row).custom)
        return;
    m_showing = true;
    m_model->removeEntry(row);
    m_showing = false;
    // Removing the chosen profile does not choose another one behind the admin's back: validate() asks.
    showProfile(m_profileId);
    Q_EMIT edited();
}

void DialupPage::editLogon()
{
    const QString key =
        m_logon.account.isEmpty() ? QString() : SecretKey::dialup(m_profileId, m_logon.account);
    LogonInformationDialog dialog(context(), key, m_logon, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_logon = dialog.values();
    m_logonMessage->clearProblem();
    Q_EMIT edited();
}

void DialupPage::editSchedule()
{
    ScheduleDialog dialog(m_schedule, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_schedule = dialog.schedule();
    m_scheduleSummary->setText(m_schedule.summary());
    m_scheduleMessage->clearProblem();
    Q_EMIT edited();
}

QString DialupPage::scheduleSummary() const
{
    return m_scheduleSummary->text();
}

void DialupPage::dialNow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ConnectionProfileRow &chosen = m_model->entryAt(row);
    ConnectionProfile profile = chosen.profile;
    if (profile.kind != ConnectionProfile::Kind::AlwaysConnected) {
        profile.retries = m_retries->value();
        profile.retryDelayMs = m_retryDelay->value() * 1000;
        profile.dialTimeLimitMs = m_dialTimeLimit->value() * 1000;
    }
    const QString key =
        m_logon.account.isEmpty() ? QString() : SecretKey::dialup(chosen.id(), m_logon.account);
    DialNowDialog::openFor(context(), profile, m_logon, key, this);
}

} // namespace Sluice
