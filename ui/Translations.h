// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLocale;

namespace Sluice {

/// Installs Sluice's own translation (embedded under :/i18n) and Qt's for locale, replacing any
/// installed before. Returns false when Sluice has no translation for that locale (English is shown).
bool installTranslations(const QLocale &locale);

} // namespace Sluice
