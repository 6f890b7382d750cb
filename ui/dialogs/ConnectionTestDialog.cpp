// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTestDialog.h"

#include "ConsoleContext.h"
#include "EmailDomainTable.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "client/ConnectionProbe.h"
#include "widgets/FormFields.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

// RFC 2645: ODMR (ATRN) listens on its own port.
constexpr quint16 OdmrPort = 366;

ClientSecurity::Auth authFrom(const QString &text)
{
    if (text == u"any")
        return ClientSecurity::Auth::Any;
    if (text == u"login")
        return ClientSecurity::Auth::Login;
    if (text == u"plain")
        return ClientSecurity::Auth::Plain;
    if (text == u"cram-md5")
        return ClientSecurity::Auth::CramMd5;
    return ClientSecurity::Auth::None;
}

ProbePurpose purposeFrom(ConnectionTestRequest::Purpose purpose)
{
    switch (purpose) {
    case ConnectionTestRequest::Purpose::Etrn:
        return ProbePurpose::Etrn;
    case ConnectionTestRequest::Purpose::Atrn:
        return ProbePurpose::Atrn;
    case ConnectionTestRequest::Purpose::Outbound:
        break;
    }
    return ProbePurpose::Smtp;
}

} // namespace

struct ConnectionTestDialog::Private
{
    ConsoleContext *context = nullptr;
    ConnectionTestRequest request;
    QPointer<ConnectionProbe> probe;
    QLabel *progress = nullptr;
    QTextBrowser *summary = nullptr;
    QPlainTextEdit *transcript = nullptr;
    QPushButton *copy = nullptr;
    QString summaryText;
    bool started = false;
    bool done = false;
};

ConnectionTestDialog::ConnectionTestDialog(ConsoleContext *context, const ConnectionTestRequest &request,
                                           QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->context = context;
    d->request = request;
    setWindowTitle(tr("Test Connection to %1").arg(request.hostPort.trimmed()));
    setWhatsThis(tr("Connects to the host the way Sluice would, shows what the server offers and whether "
                    "logging in works, and sends no mail."));

    auto *layout = new QVBoxLayout(this);
    d->progress = new QLabel(tr("Not started."), this);
    d->progress->setWordWrap(true);
    d->progress->setAccessibleName(tr("Progress"));
    layout->addWidget(d->progress);

    auto *findingsLabel = new QLabel(tr("&Findings:"), this);
    d->summary = new QTextBrowser(this);
    d->summary->setOpenLinks(false);
    d->summary->setMinimumHeight(180);
    FormFields::describe(findingsLabel, d->summary, tr("What the test found, in plain words."),
                         tr("What the server offers (ETRN, ATRN, logging in, encryption), its certificate "
                            "and whether logging in worked. Nothing here is saved."));
    layout->addWidget(findingsLabel);
    layout->addWidget(d->summary, 3);

    auto *transcriptLabel = new QLabel(tr("&Transcript:"), this);
    d->transcript = new QPlainTextEdit(this);
    d->transcript->setReadOnly(true);
    d->transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    d->transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    FormFields::describe(transcriptLabel, d->transcript,
                         tr("The conversation with the server, line by line."),
                         tr("C: lines are what Sluice sent, S: lines the server's replies, -- lines notes. "
                            "Passwords and login data are shown as [redacted]."));
    layout->addWidget(transcriptLabel);
    layout->addWidget(d->transcript, 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    d->copy = buttons->addButton(tr("&Copy Transcript"), QDialogButtonBox::ActionRole);
    d->copy->setEnabled(false);
    FormFields::describe(d->copy, tr("Copies the transcript to the clipboard."),
                         tr("Copies the transcript to the clipboard, to paste into a message to your "
                            "provider. It contains no password."));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    FormFields::describe(close, tr("Closes this window; a test still running is stopped."), QString());
    layout->addWidget(buttons);
    connect(d->copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(d->transcript->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(680, 600);
}

ConnectionTestDialog::~ConnectionTestDialog()
{
    // The probe goes first, so that nothing it does on the way reaches the half-destroyed dialog.
    delete d->probe;
}

void ConnectionTestDialog::start()
{
    if (d->started)
        return;
    d->started = true;
    const bool needsSecret = authFrom(d->request.auth) != ClientSecurity::Auth::None &&
                             d->request.password.isEmpty() && !d->request.secretKey.isEmpty();
    if (!needsSecret) {
        runProbe(std::exchange(d->request.password, QString()));
        return;
    }
    d->progress->setText(tr("Reading the stored password…"));
    d->context->readSecret(d->request.secretKey, this, [this](const QString &secret) { runProbe(secret); });
}

void ConnectionTestDialog::runProbe(const QString &password)
{
    ConnectionProbeRequest probeRequest;
    QString error;
    if (!EmailDomainEntry::parseHostPort(d->request.hostPort, &probeRequest.host, &probeRequest.port,
                                         &error)) {
        showResult({tr("The test stopped: %1").arg(error)}, QString(), false);
        return;
    }
    const QString port = u":"_s + QString::number(probeRequest.port);
    if (d->request.purpose == ConnectionTestRequest::Purpose::Atrn &&
        !d->request.hostPort.trimmed().endsWith(port))
        probeRequest.port = OdmrPort;
    probeRequest.purpose = purposeFrom(d->request.purpose);
    probeRequest.heloName = d->context->settings()->stringValue(Keys::HostName);
    probeRequest.security.tls =
        d->request.tls == u"required" ? ClientSecurity::Tls::Required : ClientSecurity::Tls::Opportunistic;
    probeRequest.security.pinnedSha256 = d->request.pinnedSha256.trimmed().toLatin1();
    probeRequest.security.auth = authFrom(d->request.auth);
    probeRequest.security.account = d->request.account;
    probeRequest.security.password = password;

    d->probe = new ConnectionProbe(probeRequest, this);
    connect(d->probe, &ConnectionProbe::progress, d->progress, &QLabel::setText);
    connect(d->probe, &ConnectionProbe::finished, this, [this](const ConnectionProbeResult &result) {
        showResult(result.plainWords(), QString::fromUtf8(result.transcript), result.succeeded());
    });
    d->probe->start();
}

void ConnectionTestDialog::showResult(const QStringList &words, const QString &transcript, bool succeeded)
{
    d->summaryText = words.join(u'\n');
    QString html = u"<ul>"_s;
    for (const QString &line : words)
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul>"_s;
    d->summary->setHtml(html);
    d->transcript->setPlainText(transcript);
    d->copy->setEnabled(!transcript.isEmpty());
    d->progress->setText(succeeded ? tr("The test is complete: mail can go this way.")
                                   : tr("The test is complete, and it found a problem (see below)."));
    d->done = true;
    Q_EMIT done();
}

bool ConnectionTestDialog::isDone() const
{
    return d->done;
}

QString ConnectionTestDialog::summaryText() const
{
    return d->summaryText;
}

QString ConnectionTestDialog::transcriptText() const
{
    return d->transcript->toPlainText();
}

ConnectionTestDialog *ConnectionTestDialog::openFor(ConsoleContext *context,
                                                    const ConnectionTestRequest &request, QWidget *parent)
{
    auto *dialog = new ConnectionTestDialog(context, request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    return dialog;
}

} // namespace Sluice
