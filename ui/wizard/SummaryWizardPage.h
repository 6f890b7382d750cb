// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirstRunPage.h"

class QLabel;
class QPlainTextEdit;

namespace Sluice {

/// Step 6: everything Finish will write, in plain words and as the settings' keys and values, so that
/// the admin sees exactly what changes (and can find it again on the property pages or with `sluice
/// config get`). A failure while saving is shown here and the wizard stays open.
class SummaryWizardPage : public FirstRunPage
{
    Q_OBJECT
public:
    explicit SummaryWizardPage(ConsoleContext *context, QWidget *parent = nullptr);

    QString summaryText() const;
    QString statusText() const;
    void showStatus(const QString &text, bool problem);

    void initializePage() override;

private:
    QPlainTextEdit *m_summary;
    QLabel *m_status;
};

} // namespace Sluice
