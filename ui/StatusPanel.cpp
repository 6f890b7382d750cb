// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusPanel.h"

#include "ServiceConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Sluice {

QString localTimeText(const QString &isoUtc)
{
    const QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

StatusPanel::StatusPanel(ServiceConnection *connection, const QString &dataDirectory, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    auto *form = new QFormLayout(this);
    m_engine = addRow(form, tr("&Engine:"), tr("Engine state"));
    m_link = addRow(form, tr("Lin&k:"), tr("Link state"));
    m_schedule = addRow(form, tr("&Next cycle:"), tr("Next scheduled cycle"));
    m_lastCycle = addRow(form, tr("Last c&ycle:"), tr("Last cycle"));
    m_listening = addRow(form, tr("&Listening on:"), tr("Listening address"));
    m_queue = addRow(form, tr("&Queue:"), tr("Queue contents"));
    m_held = addRow(form, tr("&Held for ETRN:"), tr("Mail held for ETRN"));
    m_dataFolder = addRow(form, tr("&Data folder:"), tr("Data folder"));
    m_dataFolder->setText(dataDirectory);
    if (m_connection) {
        connect(m_connection, &ServiceConnection::statusChanged, this, &StatusPanel::refresh);
        connect(m_connection, &ServiceConnection::connectedChanged, this, &StatusPanel::refresh);
    }
    refresh();
}

QLabel *StatusPanel::addRow(QFormLayout *form, const QString &label, const QString &accessibleName)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, read by screen readers
    value->setAccessibleName(accessibleName);
    value->setWordWrap(true);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void StatusPanel::setStartProblem(const QString &problem)
{
    m_startProblem = problem;
    refresh();
}

QString StatusPanel::stateText(const QString &state)
{
    if (state == "dialing"_L1)
        return tr("Dialing");
    if (state == "connected"_L1)
        return tr("Connected");
    if (state == "delivering"_L1)
        return tr("Delivering");
    if (state == "error"_L1)
        return tr("The last cycle failed");
    if (state == "idle"_L1)
        return tr("Idle");
    return tr("Unknown");
}

QString StatusPanel::nextCycleText(const QHash<QString, QString> &status)
{
    if (status.value(u"paused"_s) == "yes"_L1)
        return tr("Schedule paused (Connect now still works)");
    const QString next = localTimeText(status.value(u"next-cycle"_s));
    return next.isEmpty() ? tr("None scheduled") : next;
}

QString StatusPanel::lastCycleText(const QHash<QString, QString> &status)
{
    const QString when = localTimeText(status.value(u"last-cycle"_s));
    if (when.isEmpty())
        return tr("None yet");
    const QString result = status.value(u"last-result"_s);
    const QString verdict = status.value(u"last-ok"_s) == "yes"_L1 ? tr("succeeded") : tr("failed");
    return result.isEmpty() || result == "-"_L1 ? tr("%1, %2").arg(when, verdict)
                                                : tr("%1, %2: %3").arg(when, verdict, result);
}

void StatusPanel::refresh()
{
    const QHash<QString, QString> status = m_connection ? m_connection->status() : QHash<QString, QString>();
    if (!m_connection || !m_connection->isConnected() || status.isEmpty()) {
        const QString problem = m_startProblem.isEmpty() ? tr("Sluice service not reachable, reconnecting…")
                                                         : tr("Not running: %1").arg(m_startProblem);
        m_engine->setText(m_connection && m_connection->isConnected() ? tr("Connecting…") : problem);
        for (QLabel *label : {m_link, m_schedule, m_lastCycle, m_listening, m_queue, m_held})
            label->clear();
        return;
    }
    const qint64 pid = status.value(u"pid"_s).toLongLong();
    m_engine->setText(pid == QCoreApplication::applicationPid()
                          ? tr("Running in this console")
                          : tr("Attached to the Sluice service (process %1)").arg(pid));
    m_link->setText(stateText(status.value(u"state"_s)));
    m_schedule->setText(nextCycleText(status));
    m_lastCycle->setText(lastCycleText(status));
    const quint16 port = status.value(u"smtp-port"_s).toUShort();
    if (port != 0) {
        const QString address = status.value(u"smtp-address"_s);
        const bool any = address == "0.0.0.0"_L1 || address == "::"_L1 || address.isEmpty();
        m_listening->setText(tr("%1, port %2").arg(any ? tr("all addresses") : address).arg(port));
    } else {
        m_listening->setText(tr("not listening"));
    }
    const int messages = status.value(u"queued-messages"_s).toInt();
    m_queue->setText(tr("%n message(s): ", nullptr, messages) +
                     tr("%1 awaiting local delivery, %2 for other hosts, %3 deferred")
                         .arg(status.value(u"queued-local"_s, u"0"_s),
                              status.value(u"queued-remote"_s, u"0"_s),
                              status.value(u"queued-deferred"_s, u"0"_s)));
    m_held->setText(tr("%n recipient(s)", nullptr, status.value(u"queued-held"_s).toInt()));
}

QString StatusPanel::engineText() const
{
    return m_engine->text();
}

QString StatusPanel::linkText() const
{
    return m_link->text();
}

QString StatusPanel::listeningText() const
{
    return m_listening->text();
}

QString StatusPanel::queueText() const
{
    return m_queue->text();
}

} // namespace Sluice
