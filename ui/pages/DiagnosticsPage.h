// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyPage.h"

class QComboBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Sluice {

/// The Diagnostics page: how much of each SMTP session the connection log keeps (the IMS's None /
/// Minimum / Medium / Maximum), where Sluice keeps its data, log and queue (to find them when asking
/// for help), and the SMTP server's protocol limits that matter when diagnosing a misbehaving client.
class DiagnosticsPage : public PropertyPage
{
    Q_OBJECT
public:
    explicit DiagnosticsPage(ConsoleContext *context, QWidget *parent = nullptr);
    QString title() const override;

    // For tests.
    QRadioButton *levelButton(const QString &level) const;
    QLineEdit *dataFolderField() const { return m_dataFolder; }
    QLineEdit *logDatabaseField() const { return m_logDatabase; }
    QLineEdit *queueField() const { return m_queue; }
    QSpinBox *commandTimeoutField() const { return m_commandTimeout; }
    QSpinBox *errorLimitField() const { return m_errorLimit; }
    QSpinBox *greetingDelayField() const { return m_greetingDelay; }
    QComboBox *bareLineEndingsField() const { return m_bareLineEndings; }
    QSpinBox *retentionDaysField() const { return m_retentionDays; }
    QSpinBox *maxSizeField() const { return m_maxSize; }

private:
    QWidget *buildLoggingGroup();
    void addRetention(QFormLayout *form);
    QWidget *buildPathsGroup();
    QWidget *buildAdvancedGroup();
    QLineEdit *addPath(QFormLayout *form, const QString &label, const QString &path, const QString &toolTip);

    QList<QRadioButton *> m_levels;
    QLineEdit *m_dataFolder = nullptr;
    QLineEdit *m_logDatabase = nullptr;
    QLineEdit *m_queue = nullptr;
    QSpinBox *m_commandTimeout = nullptr;
    QSpinBox *m_errorLimit = nullptr;
    QSpinBox *m_greetingDelay = nullptr;
    QComboBox *m_bareLineEndings = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QSpinBox *m_maxSize = nullptr;
};

} // namespace Sluice
