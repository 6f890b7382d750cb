// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsPage.h"

#include "SettingKeys.h"
#include "Settings.h"
#include "widgets/FormFields.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

DiagnosticsPage::DiagnosticsPage(ConsoleContext *context, QWidget *parent)
    : PropertyPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildLoggingGroup());
    layout->addWidget(buildPathsGroup());
    layout->addWidget(buildAdvancedGroup());
    layout->addStretch();
}

QString DiagnosticsPage::title() const
{
    return tr("D&iagnostics");
}

QWidget *DiagnosticsPage::buildLoggingGroup()
{
    auto *group = new QGroupBox(tr("Logging level"), this);
    auto *layout = new QVBoxLayout(group);
    auto *intro = new QLabel(tr("How much of each SMTP session the connection log keeps. Passwords and AUTH "
                                "data are never logged, at any level."),
                             group);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    struct Level
    {
        QString choice;
        QString text;
        QString explanation;
    };
    const QList<Level> levels{
        {u"none"_s, tr("&None"), tr("Nothing is logged.")},
        {u"minimum"_s, tr("M&inimum"),
         tr("Connection events: connected, disconnected, how many messages, and errors.")},
        {u"medium"_s, tr("Me&dium"), tr("Connection events and every SMTP command and reply.")},
        {u"maximum"_s, tr("Ma&ximum"),
         tr("All of the above and the raw protocol, including message headers. For finding a fault; the log "
            "grows quickly.")}};
    auto *group2 = new QButtonGroup(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    for (const Level &level : levels) {
        auto *button = new QRadioButton(level.text, group);
        button->setProperty("choice", level.choice);
        FormFields::describe(button, level.explanation, level.explanation);
        auto *explanation = new QLabel(level.explanation, group);
        explanation->setWordWrap(true);
        form->addRow(button, explanation);
        group2->addButton(button);
        m_levels.append(button);
    }
    bindings()->bind(group2, Keys::LogLevel);
    auto *retention = new QFormLayout;
    layout->addLayout(retention);
    addRetention(retention);
    return group;
}

void DiagnosticsPage::addRetention(QFormLayout *form)
{
    QWidget *group = form->parentWidget();
    m_retentionDays = new QSpinBox(group);
    m_retentionDays->setSuffix(tr(" days"));
    bindings()->bind(m_retentionDays, Keys::LogRetentionDays,
                     FormFields::addRow(form, tr("&Keep the log for:"), m_retentionDays,
                                        tr("Connection log entries older than this are deleted"),
                                        tr("Link cycles and sessions older than this many days are deleted "
                                           "from the connection log when Sluice starts and every hour.")));
    m_maxSize = new QSpinBox(group);
    m_maxSize->setSuffix(tr(" MB"));
    bindings()->bind(m_maxSize, Keys::LogMaxSizeMb,
                     FormFields::addRow(form, tr("At &most:"), m_maxSize,
                                        tr("The most disk space the connection log may use"),
                                        tr("When the connection log grows past this size, its oldest entries "
                                           "are deleted until it is under 90% of it, and the space is given "
                                           "back, so the log never fills the disk.")));
}

QLineEdit *DiagnosticsPage::addPath(QFormLayout *form, const QString &label, const QString &path,
                                    const QString &toolTip)
{
    auto *field = new QLineEdit(QDir::toNativeSeparators(path), form->parentWidget());
    field->setReadOnly(true);
    field->setCursorPosition(0);
    FormFields::addRow(form, label, field, toolTip,
                       tr("Read-only: select the path to copy it, for example when asking for help."));
    return field;
}

QWidget *DiagnosticsPage::buildPathsGroup()
{
    auto *group = new QGroupBox(tr("Where Sluice keeps its files"), this);
    auto *form = new QFormLayout(group);
    const QString dataFolder = QFileInfo(settings()->databasePath()).absolutePath();
    m_dataFolder = addPath(form, tr("Data &folder:"), dataFolder,
                           tr("The folder holding the settings, the queue and the logs"));
    m_logDatabase = addPath(form, tr("Connection &log:"), dataFolder + u"/log.db"_s,
                            tr("The connection log database (SQLite)"));
    m_queue = addPath(form, tr("&Queue:"), dataFolder + u"/queue"_s,
                      tr("The folder holding the queued messages and their database"));
    return group;
}

QWidget *DiagnosticsPage::buildAdvancedGroup()
{
    auto *group = new QGroupBox(tr("Advanced: Sluice's SMTP server"), this);
    auto *form = new QFormLayout(group);
    m_commandTimeout = new QSpinBox(group);
    m_commandTimeout->setSuffix(tr(" seconds"));
    bindings()->bind(m_commandTimeout, Keys::CommandTimeout,
                     FormFields::addRow(form, tr("Command &time-out:"), m_commandTimeout,
                                        tr("How long a client may stay silent between commands"),
                                        tr("After this many seconds without a command the connection is "
                                           "closed.")));
    m_errorLimit = new QSpinBox(group);
    bindings()->bind(m_errorLimit, Keys::ErrorLimit,
                     FormFields::addRow(
                         form, tr("&Error limit:"), m_errorLimit,
                         tr("How many bad commands a client may send before it is disconnected"), QString()));
    m_greetingDelay = new QSpinBox(group);
    m_greetingDelay->setSuffix(tr(" seconds"));
    m_greetingDelay->setSpecialValueText(tr("No delay"));
    bindings()->bind(m_greetingDelay, Keys::GreetingDelay,
                     FormFields::addRow(form, tr("Greeting dela&y:"), m_greetingDelay,
                                        tr("Seconds to wait before greeting a client"),
                                        tr("Clients that talk before the greeting (often spam software) are "
                                           "refused. 0 greets at once.")));
    m_bareLineEndings = new QComboBox(group);
    m_bareLineEndings->addItem(tr("Refuse the message"), u"refuse"_s);
    m_bareLineEndings->addItem(tr("Repair the line endings"), u"normalise"_s);
    bindings()->bind(
        m_bareLineEndings, Keys::BareLineEndings,
        FormFields::addRow(form, tr("&Bare CR or LF in a message:"), m_bareLineEndings,
                           tr("What to do with a message whose lines do not end in CRLF"),
                           tr("SMTP requires CRLF line endings; a lone CR or LF can be used to "
                              "smuggle a second message past filters. Refusing is safe; repair only "
                              "for an old client that cannot be fixed.")));
    return group;
}

QRadioButton *DiagnosticsPage::levelButton(const QString &level) const
{
    for (QRadioButton *button : m_levels) {
        if (button->property("choice").toString() == level)
            return button;
    }
    return nullptr;
}

} // namespace Sluice
