// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingBindings.h"

#include <QWidget>

namespace Sluice {

class ConsoleContext;

/// One tab of the property sheet. The sheet drives every page through the same steps: load() when it
/// opens (and after Cancel), validate() on every page before any page is saved, save() on OK or Apply.
/// Plain settings are bound through bindings(); a page with lists or passwords adds its own state by
/// overriding the virtual functions and calling the base versions.
class PropertyPage : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyPage(ConsoleContext *context, QWidget *parent = nullptr);

    /// The tab's label with its mnemonic ("&General").
    virtual QString title() const = 0;
    virtual void load();
    virtual bool hasChanges() const;
    /// Every problem on the page, in the order of the fields; inline messages are shown meanwhile.
    virtual QList<PageProblem> validate();
    /// Stores the page; returns a translated error (the sheet shows it) or an empty string.
    virtual QString save();
    /// The canonical value a control on this page shows for key, saved or not; empty when the page
    /// has no control for key (or it is invalid). Lets one page check against another's unsaved edit.
    QString pendingText(QAnyStringView key) const { return m_bindings->currentText(key); }

Q_SIGNALS:
    /// Something may have changed: the sheet re-evaluates hasChanges() to enable Apply.
    void edited();

protected:
    ConsoleContext *context() const { return m_context; }
    Settings *settings() const;
    SettingBindings *bindings() const { return m_bindings; }

private:
    ConsoleContext *m_context;
    SettingBindings *m_bindings;
};

} // namespace Sluice
