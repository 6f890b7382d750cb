// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormFields.h"

#include "InlineMessage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Sluice::FormFields {

QString plainText(const QString &labelText)
{
    QString text = labelText;
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    while (text.endsWith(u':') || text.endsWith(u' ') || text.endsWith(u'\u2026'))
        text.chop(1);
    return text;
}

void describe(QWidget *control, const QString &toolTip, const QString &whatsThis)
{
    control->setToolTip(toolTip);
    control->setWhatsThis(whatsThis.isEmpty() ? toolTip : whatsThis);
    if (auto *button = qobject_cast<QAbstractButton *>(control))
        control->setAccessibleName(plainText(button->text()));
}

void describe(QLabel *label, QWidget *field, const QString &toolTip, const QString &whatsThis)
{
    label->setBuddy(field);
    field->setToolTip(toolTip);
    field->setWhatsThis(whatsThis.isEmpty() ? toolTip : whatsThis);
    field->setAccessibleName(plainText(label->text()));
}

void configureEntryList(QAbstractItemView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

InlineMessage *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &toolTip,
                      const QString &whatsThis)
{
    auto *labelWidget = new QLabel(label, form->parentWidget());
    describe(labelWidget, field, toolTip, whatsThis);
    form->addRow(labelWidget, field);
    auto *message = new InlineMessage(field, form->parentWidget());
    form->addRow(QString(), message);
    return message;
}

} // namespace Sluice::FormFields
