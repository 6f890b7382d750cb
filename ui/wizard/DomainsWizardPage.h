// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirstRunPage.h"

#include <QStringList>

class QLineEdit;

namespace Sluice {

/// Step 2: the office's e-mail domains (routing.local_domains). At least one, each a valid domain
/// name, none twice. "localhost", when already configured, is kept beside them without being shown.
class DomainsWizardPage : public FirstRunPage
{
    Q_OBJECT
public:
    explicit DomainsWizardPage(ConsoleContext *context, QWidget *parent = nullptr);

    QLineEdit *domainsField() const { return m_domains; }
    /// The domains typed, in order (empty while the field is invalid).
    QStringList domains() const;

    QList<WizardProblem> problems() const override;
    void addTo(FirstRunPlan *plan) const override;

private:
    QLineEdit *m_domains;
    bool m_keepLocalhost = false;
};

} // namespace Sluice
