// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"

using namespace Qt::StringLiterals;

namespace Sluice {

InlineMessage::InlineMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // The palette's link colour would be wrong in dark themes; a fixed, readable red works in both.
    setStyleSheet(u"color: #c62828;"_s);
    setAccessibleName(tr("Problem"));
    hide();
}

void InlineMessage::showProblem(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
    if (m_field) {
        m_field->setAccessibleDescription(text);
        m_field->setProperty("sluiceInvalid", !text.isEmpty());
    }
}

void InlineMessage::clearProblem()
{
    showProblem(QString());
}

} // namespace Sluice
