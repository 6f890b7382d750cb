// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QWizardPage>

class QFormLayout;

namespace Sluice {

class ConsoleContext;
class FirstRunPlan;
class InlineMessage;

/// A problem on a wizard page. A missing answer (an empty required field) is only shown once the admin
/// has changed something on the page: a fresh page full of red would read as an accusation. It keeps
/// Next disabled all the same.
struct WizardProblem
{
    QWidget *field = nullptr;
    QString message;
    bool missing = false;
};

/// The base of the first-run wizard's pages: each page prefills itself from the current settings,
/// checks its fields (inline messages, Next disabled while any problem remains) and adds what it will
/// write to the plan the summary shows and Finish writes.
class FirstRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstRunPage(ConsoleContext *context, QWidget *parent = nullptr);

    /// Adds this page's settings and passwords to plan (nothing for the welcome page).
    virtual void addTo(FirstRunPlan *plan) const;
    /// The page's problems, in the order of its fields.
    virtual QList<WizardProblem> problems() const;

    bool isComplete() const override;
    void initializePage() override;

public Q_SLOTS:
    /// Shows the current problems under their fields and updates Next.
    void revalidate();

protected:
    ConsoleContext *context() const { return m_context; }
    /// FormFields::addRow, remembering the message so that revalidate() can show the field's problem.
    InlineMessage *addField(QFormLayout *form, const QString &label, QWidget *field, const QString &toolTip,
                            const QString &whatsThis);
    /// For fields laid out by the page itself: the message shown under field.
    void addMessage(QWidget *field, InlineMessage *message);
    /// Call from every control's change signal: marks the page as edited and revalidates.
    void markEdited();

private:
    ConsoleContext *m_context;
    QHash<QWidget *, InlineMessage *> m_messages;
    bool m_edited = false;
};

} // namespace Sluice
