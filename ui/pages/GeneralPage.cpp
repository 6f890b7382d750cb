// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneralPage.h"

#include "SettingKeys.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

GeneralPage::GeneralPage(ConsoleContext *context, QWidget *parent)
    : PropertyPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildIdentity());
    layout->addWidget(buildMessageSize());
    layout->addWidget(buildServer());
    layout->addStretch();
}

QString GeneralPage::title() const
{
    return tr("&General");
}

QWidget *GeneralPage::buildIdentity()
{
    auto *group = new QGroupBox(tr("Identity"), this);
    auto *form = new QFormLayout(group);
    m_hostName = new QLineEdit(group);
    bindings()->bind(m_hostName, Keys::HostName,
                     FormFields::addRow(form, tr("&Host name:"), m_hostName,
                                        tr("The full name of this computer as other mail servers see it."),
                                        tr("Sluice greets other servers with this name (EHLO) and writes it "
                                           "into the Received: header of every message. Use the name your "
                                           "provider knows this computer by, such as mail.office.example.")));
    m_postmaster = new QLineEdit(group);
    bindings()->bind(m_postmaster, Keys::Postmaster,
                     FormFields::addRow(form, tr("&Administrator's mailbox:"), m_postmaster,
                                        tr("The address of the person who looks after mail here."),
                                        tr("Delivery-failure reports name this address, and copies of them "
                                           "go to it when the Connections page asks for that.")));
    return group;
}

QWidget *GeneralPage::buildMessageSize()
{
    auto *group = new QGroupBox(tr("Message size"), this);
    auto *layout = new QVBoxLayout(group);
    auto *row = new QHBoxLayout;
    m_noLimit = new QRadioButton(tr("&No limit"), group);
    m_maximum = new QRadioButton(tr("Ma&ximum (KB):"), group);
    m_maximumSize = new QSpinBox(group);
    m_maximumSize->setRange(0, 2097151);
    m_maximumSize->setSuffix(tr(" KB"));
    auto *buttons = new QButtonGroup(group);
    buttons->addButton(m_noLimit);
    buttons->addButton(m_maximum);
    FormFields::describe(m_noLimit, tr("Accept messages of any size."), QString());
    FormFields::describe(m_maximum, tr("Refuse messages larger than the size given."),
                         tr("Larger messages are refused when the sending server announces their size, or "
                            "at the end of the data, with the reply 552. At least 64 KB."));
    m_maximumSize->setToolTip(tr("The largest message accepted, in kilobytes (at least 64)."));
    m_maximumSize->setWhatsThis(m_maximumSize->toolTip());
    m_maximumSize->setAccessibleName(tr("Maximum message size in KB"));
    row->addWidget(m_noLimit);
    row->addWidget(m_maximum);
    row->addWidget(m_maximumSize);
    row->addStretch();
    layout->addLayout(row);
    auto *message = new InlineMessage(m_maximumSize, group);
    layout->addWidget(message);

    // 0 stored means "No limit"; the spin box keeps the last maximum for when the admin switches back.
    bindings()->bindCustom(
        m_maximumSize, Keys::MaxMessageSizeKb,
        [this] { return m_noLimit->isChecked() ? u"0"_s : QString::number(m_maximumSize->value()); },
        [this](const QString &text) {
            const int kilobytes = text.toInt();
            m_noLimit->setChecked(kilobytes == 0);
            m_maximum->setChecked(kilobytes != 0);
            m_maximumSize->setValue(kilobytes == 0 ? 25600 : kilobytes);
            m_maximumSize->setEnabled(kilobytes != 0);
        },
        message);
    connect(m_maximum, &QRadioButton::toggled, m_maximumSize, &QSpinBox::setEnabled);
    connect(m_maximum, &QRadioButton::toggled, this, &PropertyPage::edited);
    connect(m_maximumSize, &QSpinBox::valueChanged, this, &PropertyPage::edited);
    return group;
}

QWidget *GeneralPage::buildServer()
{
    auto *group = new QGroupBox(tr("SMTP server"), this);
    auto *form = new QFormLayout(group);
    m_listen = new QLineEdit(group);
    m_listen->setPlaceholderText(u"*:25"_s);
    bindings()->bind(m_listen, Keys::SmtpListen,
                     FormFields::addRow(form, tr("&Listen on (address:port):"), m_listen,
                                        tr("Where Sluice accepts SMTP connections, as ADDRESS:PORT."),
                                        tr("* listens on every address of this computer; give an IPv4 "
                                           "address (127.0.0.1:2525) or an IPv6 address in brackets "
                                           "([::1]:25) to listen on one only. Ports below 1024, such as "
                                           "25, need privileges.")));

    m_certificate = new QLineEdit(group);
    m_certificate->setPlaceholderText(tr("(self-signed)"));
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate);
    QPushButton *browseCertificate = browseButton(m_certificate, tr("&Browse…"), tr("STARTTLS certificate"));
    certificateRow->addWidget(browseCertificate);
    auto *certificateLabel = new QLabel(tr("STARTTLS &certificate:"), group);
    FormFields::describe(certificateLabel, m_certificate,
                         tr("The PEM certificate file (with its chain) offered with STARTTLS."),
                         tr("Leave empty, with the key, to use a self-signed certificate that Sluice "
                            "makes on first use. Give absolute paths."));
    form->addRow(certificateLabel, certificateRow);
    auto *certificateMessage = new InlineMessage(m_certificate, group);
    form->addRow(QString(), certificateMessage);
    bindings()->bind(m_certificate, Keys::SmtpTlsCertificate, certificateMessage);

    m_key = new QLineEdit(group);
    m_key->setPlaceholderText(tr("(self-signed)"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key);
    QPushButton *browseKey = browseButton(m_key, tr("Br&owse…"), tr("STARTTLS private key"));
    keyRow->addWidget(browseKey);
    auto *keyLabel = new QLabel(tr("Private &key:"), group);
    FormFields::describe(keyLabel, m_key, tr("The unencrypted PEM private key of the certificate."),
                         tr("Leave empty, with the certificate, for the self-signed certificate."));
    form->addRow(keyLabel, keyRow);
    auto *keyMessage = new InlineMessage(m_key, group);
    form->addRow(QString(), keyMessage);
    bindings()->bind(m_key, Keys::SmtpTlsKey, keyMessage);

    setTabOrder(m_listen, m_certificate);
    setTabOrder(m_certificate, browseCertificate);
    setTabOrder(browseCertificate, m_key);
    setTabOrder(m_key, browseKey);
    return group;
}

QPushButton *GeneralPage::browseButton(QLineEdit *field, const QString &text, const QString &caption)
{
    auto *button = new QPushButton(text, field->parentWidget());
    FormFields::describe(button, tr("Choose the file."), QString());
    button->setAccessibleName(tr("Browse for %1").arg(caption));
    connect(button, &QPushButton::clicked, this, [this, field, caption] {
        const QString path = QFileDialog::getOpenFileName(this, caption, field->text(),
                                                          tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty())
            field->setText(path);
    });
    return button;
}

} // namespace Sluice
