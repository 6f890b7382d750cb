// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyPage.h"

class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Sluice {

/// The General page: who Sluice says it is (host name, administrator's mailbox), the largest message
/// it accepts, where its SMTP server listens, and (beyond the IMS) the certificate STARTTLS presents.
class GeneralPage : public PropertyPage
{
    Q_OBJECT
public:
    explicit GeneralPage(ConsoleContext *context, QWidget *parent = nullptr);
    QString title() const override;

    // The controls, for tests.
    QLineEdit *hostNameField() const { return m_hostName; }
    QLineEdit *postmasterField() const { return m_postmaster; }
    QRadioButton *noLimitButton() const { return m_noLimit; }
    QRadioButton *maximumButton() const { return m_maximum; }
    QSpinBox *maximumSizeField() const { return m_maximumSize; }
    QLineEdit *listenField() const { return m_listen; }
    QLineEdit *certificateField() const { return m_certificate; }
    QLineEdit *keyField() const { return m_key; }

private:
    QWidget *buildIdentity();
    QWidget *buildMessageSize();
    QWidget *buildServer();
    QPushButton *browseButton(QLineEdit *field, const QString &text, const QString &caption);

    QLineEdit *m_hostName = nullptr;
    QLineEdit *m_postmaster = nullptr;
    QRadioButton *m_noLimit = nullptr;
    QRadioButton *m_maximum = nullptr;
    QSpinBox *m_maximumSize = nullptr;
    QLineEdit *m_listen = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
};

} // namespace Sluice
