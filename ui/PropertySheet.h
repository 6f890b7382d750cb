// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include <initializer_list>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace Sluice {

class ConsoleContext;
class PropertyPage;

/// The console's property sheet: the IMS pages as tabs, with OK, Cancel and Apply. Apply is enabled
/// only while a page differs from the store. OK and Apply validate every page before saving any, and
/// put the first invalid page and field in front; after saving, the status line says whether the engine
/// applied the change or why it could not.
class PropertySheet : public QDialog
{
    Q_OBJECT
public:
    /// The standard pages (General, Connections, Dial-up Connections, Mail Retrieval, Security, Routing,
    /// Diagnostics).
    explicit PropertySheet(ConsoleContext *context, QWidget *parent = nullptr);
    /// For tests: a sheet with just these pages (owned by the sheet).
    PropertySheet(ConsoleContext *context, const QList<PropertyPage *> &pages, QWidget *parent = nullptr);
    /// So that `PropertySheet(context, {page})` means one page, not "page as the parent widget".
    PropertySheet(ConsoleContext *context, std::initializer_list<PropertyPage *> pages,
                  QWidget *parent = nullptr)
        : PropertySheet(context, QList<PropertyPage *>(pages), parent)
    {}

    QList<PropertyPage *> pages() const { return m_pages; }
    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString statusText() const;
    /// What the page editing key currently shows (see PropertyPage::pendingText); empty if none does.
    QString pendingText(QAnyStringView key) const;

    /// Validates every page, then saves every page; false (nothing saved) when a page is invalid.
    bool apply();
    void reload(); ///< every page from the store (Cancel, or the store changed elsewhere)

Q_SIGNALS:
    void saved();

private:
    void build(const QList<PropertyPage *> &pages);
    void updateApplyButton();
    void onButton(QAbstractButton *button);
    void showStatus(const QString &text, bool problem);
    void askAboutKeychain(const QString &reason);

    ConsoleContext *m_context;
    QList<PropertyPage *> m_pages;
    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Sluice
