// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirstRunPage.h"

namespace Sluice {

/// Step 1: what Sluice does, in two sentences, and what the wizard will ask.
class WelcomeWizardPage : public FirstRunPage
{
    Q_OBJECT
public:
    explicit WelcomeWizardPage(ConsoleContext *context, QWidget *parent = nullptr);
};

} // namespace Sluice
