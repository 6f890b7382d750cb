// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogDetailsDialog.h"

#include "ServiceConnection.h"
#include "widgets/FormFields.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

LogDetailsDialog::LogDetailsDialog(ServiceConnection *connection, const QString &entry, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(tr("Loading…"), this))
    , m_form(new QFormLayout)
    , m_levelNote(new QLabel(this))
    , m_transcript(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Connection Log Entry %1").arg(entry));
    setObjectName(u"logDetailsDialog"_s);
    resize(800, 780);
    auto *layout = new QVBoxLayout(this);

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_status);

    auto *fieldsBox = new QGroupBox(tr("Entry"), this);
    fieldsBox->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(fieldsBox);

    auto *transcriptLabel = new QLabel(tr("&Transcript:"), this);
    layout->addWidget(transcriptLabel);
    m_levelNote->setWordWrap(true);
    layout->addWidget(m_levelNote);
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setObjectName(u"transcript"_s);
    FormFields::describe(
        transcriptLabel, m_transcript,
        tr("The SMTP commands and replies of this entry, as the connection log stored them"),
        tr("The protocol transcript: for a link cycle, the cycle's own details and then every "
           "session of the cycle in order, each under a heading line. How much of it exists "
           "depends on the logging level set on the Diagnostics page when the session ran. "
           "Passwords and AUTH data are replaced by [redacted] before anything is stored."));
    layout->addWidget(m_transcript, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    FormFields::describe(buttons->button(QDialogButtonBox::Close), tr("Close this window"),
                         tr("Closes the details; the entry stays in the connection log."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_transcript->setFocus();

    connection->request("log-show", {entry}, {}, this, [this, entry](const ControlAnswer &answer) {
        m_loaded = true;
        if (!answer.ok) {
            m_status->setText(tr("Sluice could not show this entry: %1").arg(answer.error));
            m_status->show();
            Q_EMIT loaded(false);
            return;
        }
        showDetails(LogEntryReport::fromPairs(entry, answer.pairs()));
        Q_EMIT loaded(true);
    });
}

LogDetailsDialog::~LogDetailsDialog() = default;

void LogDetailsDialog::showDetails(const LogEntryReport &details)
{
    m_details = details;
    m_status->hide();
    for (const auto &[label, value] : details.fields) {
        auto *field = new QLabel(value, this);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setTextFormat(Qt::PlainText);
        field->setAccessibleName(label);
        field->setObjectName(label);
        m_form->addRow(tr("%1:").arg(label), field);
    }
    m_levelNote->setText(details.levelNote());
    m_transcript->setPlainText(details.transcript.isEmpty() ? tr("(no transcript)") : details.transcript);
}

QString LogDetailsDialog::transcriptText() const
{
    return m_transcript->toPlainText();
}

QString LogDetailsDialog::fieldText(const QString &label) const
{
    for (const auto &[fieldLabel, value] : m_details.fields)
        if (fieldLabel == label)
            return value;
    return {};
}

} // namespace Sluice
