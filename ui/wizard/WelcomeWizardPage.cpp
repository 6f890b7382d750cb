// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomeWizardPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Sluice {

WelcomeWizardPage::WelcomeWizardPage(ConsoleContext *context, QWidget *parent)
    : FirstRunPage(context, parent)
{
    setTitle(tr("Welcome to Sluice"));
    setSubTitle(tr("This wizard connects your office's mail to your Internet provider in about a minute."));
    auto *layout = new QVBoxLayout(this);
    auto *what =
        new QLabel(tr("Sluice is your office's mail gateway: it receives the mail your computers send "
                      "and passes it on to the Internet, and it collects the mail your provider "
                      "holds for your domain. It connects to the provider on a schedule, so it "
                      "works over a dial-up link as well as an always-on line."),
                   this);
    what->setWordWrap(true);
    what->setAccessibleName(tr("What Sluice does"));
    layout->addWidget(what);
    auto *steps =
        new QLabel(tr("You will be asked for your office's e-mail domain, your provider's mail host "
                      "and login, how to collect your mail, and when to connect. Nothing is saved "
                      "until you click Finish; you can change everything later in the Properties."),
                   this);
    steps->setWordWrap(true);
    steps->setAccessibleName(tr("What the wizard asks"));
    layout->addWidget(steps);
    layout->addStretch();
}

} // namespace Sluice
