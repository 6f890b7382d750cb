// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertySheet.h"

#include "ConsoleContext.h"
#include "EngineBinder.h"
#include "PropertyPage.h"
#include "pages/StandardPages.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace Sluice {

PropertySheet::PropertySheet(ConsoleContext *context, QWidget *parent)
    : PropertySheet(context, standardPages(context), parent)
{}

PropertySheet::PropertySheet(ConsoleContext *context, const QList<PropertyPage *> &pages, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Sluice Properties"));
    build(pages);
    connect(m_context, &ConsoleContext::keychainUnavailable, this, &PropertySheet::askAboutKeychain);
    connect(m_context, &ConsoleContext::secretFailed, this,
            [this](const QString &message) { showStatus(message, true); });
    reload();
}

void PropertySheet::build(const QList<PropertyPage *> &pages)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Property pages"));
    for (PropertyPage *page : pages) {
        m_pages.append(page);
        m_tabs->addTab(page, page->title());
        connect(page, &PropertyPage::edited, this, &PropertySheet::updateApplyButton);
    }
    layout->addWidget(m_tabs);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::Apply | QDialogButtonBox::Help,
                                     this);
    m_buttons->button(QDialogButtonBox::Help)->setText(tr("What's &This?"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::clicked, this, &PropertySheet::onButton);
}

QString PropertySheet::statusText() const
{
    return m_status->text();
}

QString PropertySheet::pendingText(QAnyStringView key) const
{
    for (const PropertyPage *page : m_pages) {
        if (const QString text = page->pendingText(key); !text.isEmpty())
            return text;
    }
    return {};
}

void PropertySheet::reload()
{
    for (PropertyPage *page : std::as_const(m_pages))
        page->load();
    updateApplyButton();
}

void PropertySheet::updateApplyButton()
{
    bool changed = false;
    for (const PropertyPage *page : std::as_const(m_pages))
        changed = changed || page->hasChanges();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(changed);
}

bool PropertySheet::apply()
{
    // Every page is checked before any is saved: a half-applied sheet would leave the engine running
    // on a mix of old and new settings.
    PropertyPage *firstPage = nullptr;
    PageProblem firstProblem;
    for (PropertyPage *page : std::as_const(m_pages)) {
        const QList<PageProblem> problems = page->validate();
        if (!problems.isEmpty() && !firstPage) {
            firstPage = page;
            firstProblem = problems.constFirst();
        }
    }
    if (firstPage) {
        m_tabs->setCurrentWidget(firstPage);
        if (firstProblem.field)
            firstProblem.field->setFocus(Qt::OtherFocusReason);
        showStatus(tr("Nothing was saved: %1").arg(firstProblem.message), true);
        return false;
    }
    for (PropertyPage *page : std::as_const(m_pages)) {
        if (!page->hasChanges())
            continue;
        const QString error = page->save();
        if (!error.isEmpty()) {
            m_tabs->setCurrentWidget(page);
            showStatus(tr("Saving failed: %1").arg(error), true);
            return false;
        }
    }
    if (EngineBinder *binder = m_context->binder()) {
        showStatus(tr("Saved. Waiting for the mail engine to apply the changes…"), false);
        auto *once = new QObject(this);
        connect(binder, &EngineBinder::applied, once, [this, once] {
            showStatus(tr("Saved. The mail engine applied the changes."), false);
            once->deleteLater();
        });
        connect(binder, &EngineBinder::applyFailed, once, [this, once](const QString &message) {
            showStatus(tr("Saved, but the mail engine could not apply the changes: %1").arg(message), true);
            once->deleteLater();
        });
        binder->reload();
    } else {
        showStatus(tr("Saved. A running Sluice service picks the changes up within a second."), false);
    }
    reload();
    Q_EMIT saved();
    return true;
}

void PropertySheet::onButton(QAbstractButton *button)
{
    switch (m_buttons->standardButton(button)) {
    case QDialogButtonBox::Ok:
        if (apply())
            accept();
        break;
    case QDialogButtonBox::Apply:
        apply();
        break;
    case QDialogButtonBox::Cancel:
        reload();
        reject();
        break;
    case QDialogButtonBox::Help:
        QWhatsThis::enterWhatsThisMode();
        break;
    default:
        break;
    }
}

void PropertySheet::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

void PropertySheet::askAboutKeychain(const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No keychain available"),
                                tr("Sluice could not reach a keychain to store the password (%1).\n\n"
                                   "It can keep passwords in a file in its data folder instead, readable "
                                   "only by you, but not encrypted. Store passwords in that file?")
                                    .arg(reason),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("keychainQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, m_context,
            [context = m_context](int result) { context->useFileStore(result == QMessageBox::Yes); });
    box->open();
}

} // namespace Sluice
