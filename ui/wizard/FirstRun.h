// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sluice {

class Settings;

/// Whether the console should open the first-run wizard on start: only while the wizard has never been
/// finished (console.first_run_done) AND the configuration is still the default one, with no local
/// domain other than "localhost" and delivery by DNS. An admin who set Sluice up on the command line
/// is not asked again; the wizard stays available from the menu.
bool shouldRunFirstRunWizard(const Settings &settings);

} // namespace Sluice
