// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyPage.h"

#include "ConsoleContext.h"

namespace Sluice {

PropertyPage::PropertyPage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_bindings(new SettingBindings(context->settings(), this))
{
    connect(m_bindings, &SettingBindings::edited, this, &PropertyPage::edited);
}

Settings *PropertyPage::settings() const
{
    return m_context->settings();
}

void PropertyPage::load()
{
    m_bindings->load();
}

bool PropertyPage::hasChanges() const
{
    return m_bindings->hasChanges();
}

QList<PageProblem> PropertyPage::validate()
{
    return m_bindings->validate();
}

QString PropertyPage::save()
{
    return m_bindings->save();
}

} // namespace Sluice
