// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAnyStringView>

class QSpinBox;

namespace Sluice {

class InlineMessage;
class SettingBindings;

/// Binds a spin box that shows minutes to a setting stored in seconds (link.idle_timeout and the like).
/// The range follows the setting's limits. A stored value that is no whole number of minutes is kept as
/// it is until the field is changed, so that merely opening a page never changes a setting.
void bindMinutes(SettingBindings *bindings, QSpinBox *field, QAnyStringView key,
                 InlineMessage *message = nullptr);

} // namespace Sluice
