// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesBinding.h"

#include "SettingBindings.h"
#include "SettingsRegistry.h"

#include <QCoreApplication>
#include <QSpinBox>

#include <memory>

namespace Sluice {

void bindMinutes(SettingBindings *bindings, QSpinBox *field, QAnyStringView key, InlineMessage *message)
{
    if (const SettingDefinition *definition = findSettingDefinition(key))
        field->setRange((definition->minimum + 59) / 60, definition->maximum / 60);
    if (field->suffix().isEmpty())
        field->setSuffix(QCoreApplication::translate("Sluice::MinutesBinding", " min"));
    auto loaded = std::make_shared<int>(0); // seconds, as stored
    bindings->bindCustom(
        field, key,
        [field, loaded] {
            return field->value() == (*loaded + 30) / 60 ? QString::number(*loaded)
                                                         : QString::number(field->value() * 60);
        },
        [field, loaded](const QString &text) {
            *loaded = text.toInt();
            field->setValue((*loaded + 30) / 60);
        },
        message);
    QObject::connect(field, &QSpinBox::valueChanged, bindings, &SettingBindings::edited);
}

} // namespace Sluice
